"""A model-based attack on the safeguards: random interleavings of everything people and time can do,
against the real services, with the promise checked after every step.

Used by tests/services/test_safeguards_model.py (short, both databases) and bench/bench_safeguards_model.py
(100,000+ steps). Every call goes through the services exactly as the API would, re-authenticating each
time; refusals (DomainError) are expected outcomes, anything else is a failure."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from tests.people import Person, account, hire, platform
from trustdesk.clock import ManualClock
from trustdesk.config import Settings
from trustdesk.domain.actions import SEVERITY, ActionState, ActionType, Severity
from trustdesk.domain.errors import DomainError
from trustdesk.domain.restrictions import RESTRICTIVE, Hold, combined_state
from trustdesk.domain.staff import Sponsorship
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.access import staff
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, authenticate, staff_facts
from trustdesk.services.base.subjects import find_subject, subject_state
from trustdesk.services.enforcement import actions, appeals, reversals
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.storage.database import Database
from trustdesk.storage.tables import ActionRow, AuditEntryRow, ProposalApprovalRow, StaffRow

_examples = itertools.count()
TYPES = [t.value for t in ActionType if t is not ActionType.DISMISS]
TIERS = {"critical": 41_700_000, "high": 500_000, "low": 100}
# What the default policy requires of a high-severity action by tier: the promise, stated independently.
REQUIRED_APPROVALS = {"critical": 2, "high": 1, "low": 0}


@dataclass
class Stats:
    steps: int = 0
    refused: int = 0


class SafeguardsModel(RuleBasedStateMachine):
    database: Database
    settings: Settings
    start: datetime
    stats = Stats()

    def __init__(self) -> None:
        super().__init__()
        self.prefix = f"e{next(_examples)}_"
        self.clock = ManualClock(self.start)
        self.ctx = Context(db=self.database, settings=self.settings, clock=self.clock)
        self.platform = platform(self.ctx, self.prefix + "platform")
        roles = [("admin", "admin"), ("admin2", "admin"), ("senior1", "senior"), ("senior2", "senior"),
                 ("senior3", "senior"), ("mod1", "moderator"), ("mod2", "moderator")]
        self.people: list[Person] = [hire(self.ctx, self.prefix + name, role) for name, role in roles]
        self.people.append(hire(self.ctx, self.prefix + "contractor", "moderator", contractor=True,
                                access_end=self.start + timedelta(hours=6)))
        self.subjects: dict[str, SubjectRef] = {
            tier: account(self.ctx, self.platform, self.prefix + tier, followers=followers, verified=tier != "low",
                          tags=["public-interest"] if tier == "critical" else [])
            for tier, followers in TIERS.items()
        }
        self.action_ids: list[str] = []

    # -- helpers -------------------------------------------------------------------------------------------

    def _as(self, index: int) -> Principal | None:
        """The caller as the API would see them now: re-authenticated, or None if their token no longer works."""
        person = self.people[index % len(self.people)]
        try:
            return authenticate(self.ctx, token=person.token)
        except DomainError:
            return None

    def _action(self, index: int) -> str | None:
        return self.action_ids[index % len(self.action_ids)] if self.action_ids else None

    def _attempt(self, call, *args, **kwargs):  # noqa: ANN001, ANN202 - any use case
        type(self).stats.steps += 1
        try:
            return call(*args, **kwargs)
        except DomainError:
            type(self).stats.refused += 1
            return None

    # -- what people do ------------------------------------------------------------------------------------

    @rule(who=st.integers(0, 50), tier=st.sampled_from(list(TIERS)), kind=st.sampled_from(TYPES))
    def propose(self, who: int, tier: str, kind: str) -> None:
        actor = self._as(who)
        if actor is None:
            return
        view = self._attempt(actions.propose_action, self.ctx, actor=actor, ref=self.subjects[tier], type=kind,
                             reason="model", duration_hours=2 if kind in ("suspend", "limit") else None,
                             label="model" if kind == "label" else None)
        if view:
            self.action_ids.extend(view.get("proposals", [view["id"]]))

    @rule(tier=st.sampled_from(list(TIERS)), admin=st.integers(0, 1))
    def break_glass(self, tier: str, admin: int) -> None:
        actor = self._as(admin)
        if actor is None:
            return
        view = self._attempt(actions.propose_action, self.ctx, actor=actor, ref=self.subjects[tier],
                             type="deactivate", reason="imminent harm", break_glass=True)
        if view:
            self.action_ids.append(view["id"])

    @precondition(lambda self: self.action_ids)
    @rule(who=st.integers(0, 50), which=st.integers(0, 1000),
          decision=st.sampled_from(["approve", "reject", "cancel", "reverse", "ratify"]))
    def decide(self, who: int, which: int, decision: str) -> None:
        actor, action_id = self._as(who), self._action(which)
        if actor is None or action_id is None:
            return
        call = {"approve": actions.approve_action, "reject": actions.reject_action,
                "cancel": actions.cancel_action, "reverse": reversals.reverse_action,
                "ratify": actions.ratify_action}[decision]
        kwargs = {"reason": "model"} if decision != "approve" else {}
        view = self._attempt(call, self.ctx, actor=actor, action_id=action_id, **kwargs)
        if view and "proposals" in view:  # reversing a restore proposes the lifted restrictions again
            self.action_ids.extend(view["proposals"])

    @precondition(lambda self: self.action_ids)
    @rule(filer=st.integers(0, 50), decider=st.integers(0, 50), which=st.integers(0, 1000), overturn=st.booleans())
    def appeal(self, filer: int, decider: int, which: int, overturn: bool) -> None:
        by, judge, action_id = self._as(filer), self._as(decider), self._action(which)
        if by is None or judge is None or action_id is None:
            return
        filed = self._attempt(appeals.file_appeal, self.ctx, actor=by, action_id=action_id, appellant="owner",
                              text="model")
        if filed:
            self._attempt(appeals.decide_appeal, self.ctx, actor=judge, appeal_id=filed["id"], overturn=overturn,
                          reason="model")

    @rule(admin=st.integers(0, 1), role=st.sampled_from(["moderator", "senior", "admin"]))
    def create_colleague(self, admin: int, role: str) -> None:
        actor = self._as(admin)
        if actor is None:
            return
        name = f"{self.prefix}made{len(self.people)}"
        credential = self._attempt(staff.add_staff, self.ctx, actor=actor, name=name, role=role)
        if credential:
            self.people.append(Person(authenticate(self.ctx, token=credential.token), credential.token))

    @rule(admin=st.integers(0, 1), whom=st.integers(2, 50), role=st.sampled_from(["senior", "admin"]))
    def promote(self, admin: int, whom: int, role: str) -> None:
        actor = self._as(admin)
        target = self.people[whom % len(self.people)]
        if actor is not None:
            self._attempt(staff.change_staff, self.ctx, actor=actor, name=target.principal.name, role=role)

    @rule(admin=st.integers(0, 1), whom=st.integers(2, 50))
    def issue_token(self, admin: int, whom: int) -> None:
        actor = self._as(admin)
        target = self.people[whom % len(self.people)]
        if actor is not None:
            self._attempt(staff.issue_token, self.ctx, actor=actor, name=target.principal.name)

    @rule(whom=st.integers(0, 50))
    def end_access(self, whom: int) -> None:
        target = self.people[whom % len(self.people)]
        self._attempt(staff.change_staff, self.ctx, actor=None, name=target.principal.name, end_access_now=True)

    @rule(tier=st.sampled_from(["critical", "high"]), down=st.booleans())
    def platform_sync(self, tier: str, down: bool) -> None:
        followers = 10 if down else TIERS[tier]
        self._attempt(account, self.ctx, self.platform, self.subjects[tier].external_id, followers=followers,
                      verified=not down, tags=["public-interest"] if tier == "critical" else [])

    @rule(minutes=st.sampled_from([1, 5, 11, 31, 61, 125, 24 * 60, 4 * 24 * 60]))
    def time_passes(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    @rule()
    def scheduler_tick(self) -> None:
        """Ticks until nothing more is due, as serve's loop does second after second: one tick takes at most a
        batch of each kind, and the database also holds earlier examples' items."""
        for _ in range(100):
            report = run_due(self.ctx)
            type(self).stats.steps += 1
            assert not report.errors, f"scheduler items failed: {report.errors}"
            if not any((report.executed, report.failed, report.ended, report.unratified, report.expired)):
                break
        self._check_nothing_due()

    @rule()
    def restart(self) -> None:
        """A new process on the same database: nothing may depend on memory."""
        self.ctx = Context(db=self.database, settings=self.settings, clock=self.clock)

    # -- the promise ---------------------------------------------------------------------------------------

    def _rows(self):  # noqa: ANN202
        with self.ctx.db.read() as session:
            subject_ids = {tier: find_subject(session, ref).id for tier, ref in self.subjects.items()}
            tier_of = {sid: tier for tier, sid in subject_ids.items()}
            rows = session.execute(select(ActionRow).where(ActionRow.subject_id.in_(tier_of))).scalars().all()
            approvals = session.execute(
                select(ProposalApprovalRow, StaffRow).join(StaffRow, ProposalApprovalRow.staff_id == StaffRow.id)
                .where(ProposalApprovalRow.proposal_kind == "action",
                       ProposalApprovalRow.proposal_id.in_([r.id for r in rows]),
                       ProposalApprovalRow.verdict == "approve")
            ).all()
            executed_entries = dict(session.execute(
                select(AuditEntryRow.object_id, func.count()).where(
                    AuditEntryRow.verb == "action.executed", AuditEntryRow.object_id.in_([r.id for r in rows]))
                .group_by(AuditEntryRow.object_id)).all())
            ratifiers = {r.ratified_by for r in rows if r.ratified_by}
            staff_rows = {s.id: s for s in
                          session.execute(select(StaffRow).where(StaffRow.id.in_(ratifiers))).scalars()}
            states = {sid: subject_state(find_subject(session, self.subjects[tier]))
                      for tier, sid in subject_ids.items()}
        return tier_of, rows, approvals, executed_entries, staff_rows, states

    @invariant()
    def the_promise_holds(self) -> None:
        """Read the example's rows once per step and check every part of the promise on them."""
        tier_of, rows, approvals, executed_entries, staff_rows, states = self._rows()
        self._only_independent_approvals(tier_of, rows, approvals, staff_rows)
        self._nothing_twice_and_all_on_record(rows, executed_entries)
        self._state_is_the_restrictions_in_force(rows, states)

    def _only_independent_approvals(self, tier_of, rows, approvals, staff_rows) -> None:  # noqa: ANN001
        """No restriction on an account that matters is in force without independent approval."""
        policy = self.ctx.policy.settings
        by_action: dict[str, list[tuple[ProposalApprovalRow, StaffRow]]] = {}
        for approval, member in approvals:
            by_action.setdefault(approval.proposal_id, []).append((approval, member))
        for row in rows:
            if row.state != ActionState.EXECUTED.value or ActionType(row.type) not in RESTRICTIVE:
                continue
            tier = tier_of[row.subject_id]
            needed = REQUIRED_APPROVALS[tier] if SEVERITY[ActionType(row.type)] is Severity.HIGH else 0
            if row.break_glass:
                # Past its window an unratified break-glass is undone by the next tick (checked there).
                assert row.ratify_by is not None
                if row.ratified_by is not None:
                    assert row.ratified_by != row.proposed_by
                    ratifier = staff_facts(staff_rows[row.ratified_by])
                    assert ratifier.sponsored_by(row.proposed_by, since=row.executed_at - policy.independence_window) \
                        is None, f"{row.id} ratified by someone the admin made"
                continue
            assert row.approvals_required >= needed, f"{row.type} on {tier} ran with {row.approvals_required}"
            independent = set()
            for approval, member in by_action.get(row.id, []):
                facts = staff_facts(member)
                made_by_proposer = [s for s in facts.sponsors if isinstance(s, Sponsorship)
                                    and s.by_id == row.proposed_by and s.at <= approval.at
                                    and s.at >= approval.at - policy.independence_window]
                if (member.id != row.proposed_by and not made_by_proposer
                        and facts.seasoned_at(approval.at, policy.seasoning)):
                    independent.add(member.id)
            assert len(independent) >= row.approvals_required, (
                f"{row.type} on {tier} ({row.id}) executed with {len(independent)} independent approvals "
                f"of {row.approvals_required}")

    def _nothing_twice_and_all_on_record(self, rows, executed_entries) -> None:  # noqa: ANN001
        for row in rows:
            count = executed_entries.get(row.id, 0)
            assert count <= 1, f"{row.id} executed {count} times"
            if row.state in (ActionState.EXECUTED.value, ActionState.REVERSED.value):
                assert count == 1, f"{row.id} is {row.state} without its action.executed entry"

    def _state_is_the_restrictions_in_force(self, rows, states) -> None:  # noqa: ANN001
        for subject_id, state in states.items():
            holds = [Hold(r.id, ActionType(r.type), r.label) for r in rows
                     if r.subject_id == subject_id and r.state == ActionState.EXECUTED.value
                     and ActionType(r.type) in RESTRICTIVE]
            assert state == combined_state(holds), f"{state} is not what {len(holds)} holds make"

    def _check_nothing_due(self) -> None:
        now = self.clock.now()
        _, rows, _, _, _, _ = self._rows()
        for row in rows:
            assert not (row.state == ActionState.SCHEDULED.value and row.execute_after <= now), \
                f"scheduled {row.id} left behind"
            assert not (row.state == ActionState.EXECUTED.value and row.ends_at and row.ends_at <= now), \
                f"timed {row.id} not ended"
            assert not (row.state == ActionState.EXECUTED.value and row.break_glass and not row.ratified_by
                        and row.ratify_by and row.ratify_by <= now), f"break-glass {row.id} not undone"


def machine_for(database: Database, settings: Settings, start: datetime) -> type[SafeguardsModel]:
    """A machine class bound to one database (state machines take no constructor arguments)."""
    return type("SafeguardsModelOn" + database.engine.dialect.name.title(), (SafeguardsModel,),
                {"database": database, "settings": settings, "start": start, "stats": Stats()})
