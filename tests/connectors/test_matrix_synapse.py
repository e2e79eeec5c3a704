"""The whole path against a real Synapse on loopback: a user reports another's message, trustdesk pulls the
report, a moderator decides under the safeguard policy, the effect shows in Synapse, and so does the restore."""

from __future__ import annotations

import secrets
import time
from datetime import datetime

import pytest
from sqlalchemy import select

from tests.people import hire
from tests.support.synapse import MatrixUser, SynapseServer
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.principals import authenticate
from trustdesk.services.enforcement import action_queries, actions, reversals
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.services.intake import platform_connectors
from trustdesk.services.oversight import notices
from trustdesk.services.oversight.alerts import list_alerts
from trustdesk.services.oversight.outbox import deliver_outbox
from trustdesk.services.review import cases
from trustdesk.storage.tables import OutboxRow

PLATFORM = "matrix-home"


class Community:
    """Two users of the homeserver in one room: the offender's message reported by the other."""

    def __init__(self, synapse: SynapseServer) -> None:
        suffix = secrets.token_hex(4)
        self.alice: MatrixUser = synapse.register(f"alice{suffix}")
        self.bob: MatrixUser = synapse.register(f"bob{suffix}")
        self.room = synapse.create_room(self.alice)
        synapse.invite_and_join(self.room, self.alice, self.bob)
        self.message = f"you are worthless, I will find you {suffix} https://evil.example/{suffix}"
        self.event = synapse.send(self.room, self.bob, self.message)
        synapse.report_event(self.room, self.event, self.alice, "he threatens me")


@pytest.fixture
def staff(ctx):
    return {name: hire(ctx, name, role) for name, role in
            (("julie", "moderator"), ("sam", "senior"), ("sara", "senior"), ("root", "admin"))}


@pytest.fixture
def connected(ctx, synapse):
    platform_connectors.add_connector(ctx, name=PLATFORM, kind="matrix", url=synapse.url,
                                      token=synapse.admin.token)
    return synapse


def _carry_out(ctx, clock, staff, ref: SubjectRef, type_: str, **extra) -> dict:
    """Propose as the moderator and take it through approvals and the delay, as the policy requires."""
    action = actions.propose_action(ctx, actor=staff["julie"].principal, ref=ref, type=type_,
                                    reason="threats in a room", **extra)
    approvers = iter(["sam", "sara", "root"])
    while action["state"] == "pending_approval":
        action = actions.approve_action(ctx, actor=staff[next(approvers)].principal, action_id=action["id"])
    if action["state"] == "scheduled":
        clock.set(datetime.fromisoformat(action["execute_after"]))
        assert run_due(ctx).executed == [action["id"]]
        action = actions.get_action(ctx, actor=staff["julie"].principal, action_id=action["id"])
    assert action["state"] == "executed", action
    return action


def test_report_case_decision_effect_and_restore_through_synapse(ctx, clock, staff, connected):
    synapse, people = connected, Community(connected)
    assert platform_connectors.pull_all(ctx) >= 1
    # Pulling again files nothing twice: the platform's report id is the idempotency key.
    assert platform_connectors.pull_all(ctx) == 0

    post = SubjectRef(SubjectKind.POST, people.event, PLATFORM)
    [case] = cases.list_cases(ctx, actor=staff["julie"].principal, subject=post)
    detail = cases.get_case(ctx, actor=staff["julie"].principal, case_id=case["id"])
    assert detail["platform"] == PLATFORM and detail["subject"]["id"] == people.event
    [report] = detail["reports"]
    assert report["reporter"] == people.alice.user_id and report["text"] == "he threatens me"
    assert report["reported"]["text"] == people.message
    assert report["reported"]["handle"] == people.bob.user_id
    assert report["reported"]["links"] == [f"https://evil.example/{people.message.rsplit('/', 1)[1]}"]

    # Suspend the sender: reversible on Matrix.
    account = SubjectRef(SubjectKind.ACCOUNT, people.bob.user_id, PLATFORM)
    suspended = _carry_out(ctx, clock, staff, account, "suspend", duration_hours=24)
    assert synapse.user_info(people.bob.user_id).get("suspended") is False  # not before commit + delivery
    # With the effect go bob's statement of reasons and the reporters' receipts (the homeserver is shared by the
    # session: earlier tests' reports are pulled too), as server notices.
    delivered = _deliver(ctx)
    assert set(delivered) == {"platform.action_executed", "platform.reporter_update", "platform.statement"}
    assert delivered.count("platform.action_executed") == delivered.count("platform.statement") == 1
    assert synapse.user_info(people.bob.user_id)["suspended"] is True
    reversals.reverse_action(ctx, actor=staff["sam"].principal, action_id=suspended["id"], reason="appeal upheld")
    assert _deliver(ctx) == ["platform.action_reversed"]
    assert synapse.user_info(people.bob.user_id)["suspended"] is False

    # Remove the message: Synapse redacts the event.
    _carry_out(ctx, clock, staff, post, "remove", case_id=case["id"])
    deliver_outbox(ctx)
    redacted = synapse.event(people.room, people.event, people.alice)
    assert redacted["content"] == {} and "redacted_because" in redacted["unsigned"]


def _deliver(ctx) -> list[str]:
    """One pass of the outbox; the kinds of the platform deliveries it completed."""
    before = _pending(ctx)
    deliver_outbox(ctx)
    after = _pending(ctx)
    return sorted(kind for outbox_id, kind in before.items() if outbox_id not in after)


def _pending(ctx) -> dict[str, str]:
    with ctx.db.read() as session:
        query = select(OutboxRow.id, OutboxRow.kind).where(OutboxRow.delivered_at.is_(None),
                                                           OutboxRow.kind.like("platform.%"))
        return {key: value for key, value in session.execute(query).all()}


def test_deactivation_says_it_cannot_be_undone_and_restore_cannot_bring_it_back(ctx, clock, staff, connected):
    synapse, people = connected, Community(connected)
    platform_connectors.pull_all(ctx)
    account = SubjectRef(SubjectKind.ACCOUNT, people.bob.user_id, PLATFORM)

    preview = action_queries.preview_action(ctx, actor=staff["julie"].principal, ref=account, type="deactivate")
    assert f"deactivate cannot be undone on {PLATFORM} (Matrix)" in preview["explanation"]
    # Reach unknown puts the account in the high tier: an irreversible action there needs the strongest safeguards.
    assert preview["tier"] == "high" and preview["approvals_required"] >= 2
    assert set(preview["approver_roles"]) <= {"senior", "admin"}

    deactivated = _carry_out(ctx, clock, staff, account, "deactivate")
    deliver_outbox(ctx)
    assert synapse.user_info(people.bob.user_id)["deactivated"] is True
    # trustdesk's record comes back; the platform cannot, and an alert says so instead of retrying forever.
    reversals.reverse_action(ctx, actor=staff["sam"].principal, action_id=deactivated["id"], reason="mistake")
    assert deliver_outbox(ctx) == 0
    assert synapse.user_info(people.bob.user_id)["deactivated"] is True
    alerts = [a for a in list_alerts(ctx, actor=staff["sam"].principal) if a["kind"] == "platform_delivery_failed"]
    assert len(alerts) == 1 and "cannot reactivate" in alerts[0]["message"]
    assert alerts[0]["subject"]["platform"] == PLATFORM


def test_the_connector_checks_the_homeserver_and_the_token(ctx, connected):
    result = platform_connectors.check_connector(ctx, name=PLATFORM)
    assert result.ok and "answers" in result.detail and "server notices are enabled" in result.detail
    platform_connectors.add_connector(ctx, name="wrong-token", kind="matrix", url=connected.url, token="nope")
    refused = platform_connectors.check_connector(ctx, name="wrong-token")
    assert not refused.ok and "refuses the token" in refused.detail


def test_the_matrix_integration_cannot_touch_another_platforms_subjects(ctx, connected):
    other = authenticate(ctx, token=_integration_token(ctx, "other"))
    with pytest.raises(Exception, match="only touch subjects of its own platform"):
        from trustdesk.services.intake import reports

        reports.file_report(ctx, actor=other, ref=SubjectRef(SubjectKind.ACCOUNT, "@x:td.test", PLATFORM),
                            category="spam")


def _integration_token(ctx, name: str) -> str:
    from trustdesk.services.access.staff import add_integration

    return add_integration(ctx, name=name).token


def test_user_reports_are_pulled_too(ctx, staff, connected):
    synapse, people = connected, Community(connected)
    synapse.report_user(people.bob, people.alice, "spams every room")
    platform_connectors.pull_all(ctx)
    account = SubjectRef(SubjectKind.ACCOUNT, people.bob.user_id, PLATFORM)
    [case] = cases.list_cases(ctx, actor=staff["julie"].principal, subject=account)
    [report] = cases.get_case(ctx, actor=staff["julie"].principal, case_id=case["id"])["reports"]
    assert report["reporter"] == people.alice.user_id and report["text"] == "spams every room"


def test_serve_pulls_new_reports_by_itself(ctx, staff, connected):
    from fastapi.testclient import TestClient

    from trustdesk.cli.server import create_web_app

    people = Community(connected)
    post = SubjectRef(SubjectKind.POST, people.event, PLATFORM)
    with TestClient(create_web_app(ctx, run_scheduler=True)):
        # serve's puller runs every pull_every_seconds (5); wait for its first pass, on a real server
        deadline = time.monotonic() + 60
        while not cases.list_cases(ctx, actor=staff["julie"].principal, subject=post):
            assert time.monotonic() < deadline, "serve never pulled the report"
            time.sleep(0.2)
    assert ctx.settings.pull_every_seconds <= 5


def test_the_people_concerned_read_their_notices_as_server_notices(ctx, clock, staff, connected):
    """The reporter's receipt and outcome, the warned user's warning and the suspended user's statement of reasons
    reach them on the homeserver: each reads them back with their own access token."""
    synapse, people = connected, Community(connected)
    platform_connectors.pull_all(ctx)
    account = SubjectRef(SubjectKind.ACCOUNT, people.bob.user_id, PLATFORM)
    post = SubjectRef(SubjectKind.POST, people.event, PLATFORM)
    [case] = cases.list_cases(ctx, actor=staff["julie"].principal, subject=post)
    _carry_out(ctx, clock, staff, account, "warn")
    suspended = _carry_out(ctx, clock, staff, account, "suspend", duration_hours=24)
    _carry_out(ctx, clock, staff, post, "remove", case_id=case["id"])
    deliver_outbox(ctx)
    assert _pending(ctx) == {}

    told = {n["id"]: n for n in notices.list_notices(ctx, actor=staff["julie"].principal)}
    for_bob = [n for n in told.values() if n["recipient"] == people.bob.user_id]
    for_alice = [n for n in told.values() if n["recipient"] == people.alice.user_id]
    assert {n["kind"] for n in for_bob} == {"warning", "statement"}
    assert {n["kind"] for n in for_alice} == {"reporter_receipt", "reporter_outcome"}
    assert all(n["delivery"] == "delivered" for n in for_bob + for_alice)

    bob_reads, alice_reads = synapse.server_notices(people.bob), synapse.server_notices(people.alice)
    assert sorted(bob_reads) == sorted(n["text"].strip() for n in for_bob)
    statement = actions.get_action(ctx, actor=staff["julie"].principal, action_id=suspended["id"])
    assert any("threats in a room" in body for body in bob_reads), statement
    assert sorted(alice_reads) == sorted(n["text"].strip() for n in for_alice)
    # Another user of the homeserver reads nothing of it.
    assert synapse.server_notices(synapse.register(f"carol{secrets.token_hex(4)}")) == []


def test_a_notice_to_someone_on_another_homeserver_is_given_up_not_retried(ctx, staff, connected):
    from trustdesk.connectors.base import ConnectorConfig, DeliveryFailed
    from trustdesk.connectors.matrix import MatrixConnector
    from trustdesk.services.oversight.platform_delivery import GiveUp, send_platform_row

    connector = MatrixConnector(ConnectorConfig(PLATFORM, "matrix", connected.url, connected.admin.token))
    with pytest.raises(GiveUp, match="only to users of this homeserver"):
        send_platform_row(connector, "platform.notice", {"recipient": "@eve:elsewhere.example", "text": "hi"}, "k1")
    with pytest.raises(DeliveryFailed):
        send_platform_row(connector, "platform.notice", {"recipient": "@eve:td.test", "text": ""}, "k2")
