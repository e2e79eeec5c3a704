"""Mastodon against a loopback stand-in of its documented admin API, fed the documented report.created example:
webhook in (X-Hub-Signature), case with the reported status as evidence, actions and their reversals out."""

from __future__ import annotations

import json

import pytest

from tests.people import hire
from tests.support.mastodon_standin import MastodonStandIn, report_created
from trustdesk.connectors.signing import hub_signature
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.enforcement import action_queries, actions, reversals
from trustdesk.services.intake import platform_connectors
from trustdesk.services.oversight import notices
from trustdesk.services.oversight.outbox import deliver_outbox

TOKEN, SECRET = "mastodon-admin-token", "mastodon-webhook-secret"
URL = "/api/v1/platforms/masto/webhook"
TARGET = "123454321"


@pytest.fixture
def mastodon(ctx):
    standin = MastodonStandIn(TOKEN)
    platform_connectors.add_connector(ctx, name="masto", kind="mastodon", url=standin.url, token=TOKEN,
                                      webhook_secret=SECRET)
    yield standin
    standin.close()


def _deliver_report(client, body: bytes, secret: str = SECRET):
    return client.post(URL, content=body, headers={"X-Hub-Signature": hub_signature(secret, body),
                                                    "Content-Type": "application/json"})


def test_report_created_webhook_opens_a_case_with_the_reported_status_as_evidence(ctx, client, mastodon):
    filed = _deliver_report(client, json.dumps(report_created()).encode())
    assert filed.status_code == 200, filed.text
    julie = hire(ctx, "julie", "moderator")
    case = client.get(f"/api/v1/cases/{filed.json()['case_id']}", headers=julie.headers).json()
    assert case["platform"] == "masto"
    assert case["subject"]["kind"] == "post" and case["subject"]["id"] == "12345678987654321"
    [report] = case["reports"]
    assert report["reported"]["text"] == "Here is some content"
    assert report["reported"]["handle"] == "cheeseperson@someothermastodonsite.com"
    assert report["reporter"] == "bobisaburger"
    account = client.get(f"/api/v1/subjects/account/{TARGET}", headers=julie.headers,
                         params={"platform": "masto"}).json()
    assert account["followers"] == 2 and account["handle"] == "cheeseperson@someothermastodonsite.com"


def test_badly_signed_or_replayed_mastodon_webhooks_are_refused(client, mastodon):
    body = json.dumps(report_created()).encode()
    assert _deliver_report(client, body, secret="wrong").status_code == 401
    assert client.post(URL, content=body).status_code == 401
    assert _deliver_report(client, body).status_code == 200
    assert _deliver_report(client, body).status_code == 409
    garbage = json.dumps({"event": "report.created", "object": {"id": 1}}).encode()
    assert _deliver_report(client, garbage).status_code == 422


def test_actions_and_reversals_reach_mastodon_with_the_documented_calls(ctx, client, mastodon):
    _deliver_report(client, json.dumps(report_created()).encode())
    julie, sam = hire(ctx, "julie", "moderator"), hire(ctx, "sam", "senior")
    account = SubjectRef(SubjectKind.ACCOUNT, TARGET, "masto")

    limited = actions.propose_action(ctx, actor=julie.principal, ref=account, type="limit", reason="meanie")
    assert limited["state"] == "executed"
    deliver_outbox(ctx)
    assert mastodon.accounts[TARGET]["silenced"] is True
    assert mastodon.reports["8437"]["action_taken"] is True  # the action named the report: resolved there
    reversals.reverse_action(ctx, actor=sam.principal, action_id=limited["id"], reason="appeal")
    deliver_outbox(ctx)
    assert mastodon.accounts[TARGET]["silenced"] is False

    suspended = actions.propose_action(ctx, actor=sam.principal, ref=account, type="suspend", reason="meanie",
                                       duration_hours=24)
    assert suspended["state"] == "executed", suspended
    deliver_outbox(ctx)
    assert mastodon.accounts[TARGET]["suspended"] is True
    reversals.reverse_action(ctx, actor=sam.principal, action_id=suspended["id"], reason="appeal")
    deliver_outbox(ctx)
    assert mastodon.accounts[TARGET]["suspended"] is False
    # Statements of reasons travel as documented warnings (type none) beside the effects; here only the effects.
    calls = [(path.rsplit("/", 1)[1], form.get("type")) for _m, path, form in mastodon.calls
             if form.get("type") != "none"]
    assert calls == [("action", "silence"), ("unsilence", None), ("action", "suspend"), ("unsuspend", None)]
    assert all(form.get("report_id") == "8437" for _m, path, form in mastodon.calls
               if path.endswith("/action") and form.get("type") != "none")


def test_deactivation_on_mastodon_is_declared_irreversible(ctx, client, mastodon):
    _deliver_report(client, json.dumps(report_created()).encode())
    julie = hire(ctx, "julie", "moderator")
    preview = action_queries.preview_action(ctx, actor=julie.principal, type="deactivate",
                                            ref=SubjectRef(SubjectKind.ACCOUNT, TARGET, "masto"))
    assert "deactivate cannot be undone on masto (Mastodon)" in preview["explanation"]


def test_check_says_whether_the_token_works(ctx, mastodon):
    assert platform_connectors.check_connector(ctx, name="masto").ok
    platform_connectors.add_connector(ctx, name="masto-bad", kind="mastodon", url=mastodon.url, token="wrong")
    result = platform_connectors.check_connector(ctx, name="masto-bad")
    assert not result.ok and "refuses the token" in result.detail


def _mastodon_notices(mastodon) -> list[dict]:
    """What the stand-in received as the documented warning: an action of type none with text and e-mail."""
    return [form for _m, path, form in mastodon.calls if path.endswith("/action") and form.get("type") == "none"]


def test_a_warning_reaches_the_person_as_a_documented_mastodon_warning(ctx, client, mastodon):
    _deliver_report(client, json.dumps(report_created()).encode())
    julie = hire(ctx, "julie", "moderator")
    account = SubjectRef(SubjectKind.ACCOUNT, TARGET, "masto")
    warned = actions.propose_action(ctx, actor=julie.principal, ref=account, type="warn", reason="be kind")
    assert warned["state"] == "executed"
    deliver_outbox(ctx)
    [notice] = _mastodon_notices(mastodon)
    assert notice["send_email_notification"] == "true" and "be kind" in notice["text"]
    assert "report_id" not in notice  # a notice resolves no report by itself
    [warning] = mastodon.warnings[TARGET]
    assert warning["action"] == "none" and warning["text"] == notice["text"]
    assert mastodon.accounts[TARGET]["suspended"] is False and mastodon.accounts[TARGET]["silenced"] is False
    [told] = [n for n in notices.list_notices(ctx, actor=julie.principal) if n["kind"] == "warning"]
    assert told["delivery"] == "delivered" and told["recipient"] == TARGET


def test_the_statement_of_reasons_follows_the_suspension_to_the_person(ctx, client, mastodon):
    _deliver_report(client, json.dumps(report_created()).encode())
    sam = hire(ctx, "sam", "senior")
    account = SubjectRef(SubjectKind.ACCOUNT, TARGET, "masto")
    actions.propose_action(ctx, actor=sam.principal, ref=account, type="suspend", reason="threats",
                           duration_hours=24)
    deliver_outbox(ctx)
    assert mastodon.accounts[TARGET]["suspended"] is True
    kinds = [form.get("type") for _m, path, form in mastodon.calls if path.endswith("/action")]
    assert kinds == ["suspend", "none"]  # the effect first, then what the person is told about it
    [statement] = [n for n in notices.list_notices(ctx, actor=sam.principal) if n["kind"] == "statement"]
    assert _mastodon_notices(mastodon)[0]["text"] == statement["text"].strip()
    assert statement["delivery"] == "delivered"


def test_removing_a_single_status_is_refused_before_it_is_proposed(ctx, client, mastodon):
    filed = _deliver_report(client, json.dumps(report_created()).encode()).json()
    julie = hire(ctx, "julie", "moderator")
    status = SubjectRef(SubjectKind.POST, "12345678987654321", "masto")
    preview = action_queries.preview_action(ctx, actor=julie.principal, ref=status, type="remove")
    assert "remove cannot be carried out on masto (Mastodon)" in preview["explanation"]
    assert "deletes only the caller's own statuses" in preview["explanation"]
    assert preview["allowed"] is False
    answer = client.post("/api/v1/actions", headers=julie.headers, json={
        "subject": {"kind": "post", "id": "12345678987654321", "platform": "masto"}, "type": "remove",
        "reason": "phishing", "case_id": filed["case_id"]})
    assert answer.status_code == 409, answer.text
    assert "cannot be carried out on masto" in answer.json()["error"]["message"]
    assert not mastodon.calls  # nothing was proposed, so nothing left for Mastodon


def test_dismissing_the_case_resolves_the_report_on_mastodon(ctx, client, mastodon):
    filed = _deliver_report(client, json.dumps(report_created()).encode()).json()
    julie = hire(ctx, "julie", "moderator")
    status = SubjectRef(SubjectKind.POST, "12345678987654321", "masto")
    deliver_outbox(ctx)
    assert mastodon.reports["8437"]["action_taken"] is False
    actions.propose_action(ctx, actor=julie.principal, ref=status, type="dismiss", reason="no violation",
                           case_id=filed["case_id"])
    deliver_outbox(ctx)
    assert mastodon.reports["8437"]["action_taken"] is True
    assert [path for _m, path, _form in mastodon.calls] == ["/api/v1/admin/reports/8437/resolve"]
