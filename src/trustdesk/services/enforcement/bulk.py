"""Bulk actions: one request, many subjects, and not one safeguard fewer.

Each item goes through ``actions.propose_action`` exactly as a single action would, so approvals, delays, rate
limits and protections hold per subject: a bulk deactivation that includes a protected account leaves that one
pending approval (or refused) while the ordinary ones go ahead. The request is capped, and the answer warns
when any selected subject is high or critical tier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.actions import ActionType
from trustdesk.domain.errors import DomainError, InvalidInput, NotFound, NotPermitted, RateLimited, TooLarge
from trustdesk.domain.ids import new_id
from trustdesk.domain.staff import StaffFacts
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import find_subject, subject_facts
from trustdesk.services.enforcement import actions
from trustdesk.services.review.cases import ensure_visible
from trustdesk.storage.tables import CaseRow, SubjectRow

MAX_BULK = 100
HIGH_TIERS = ("high", "critical")


@dataclass
class _Item:
    key: str  # what the caller selected: a case id or kind/id
    ref: SubjectRef | None = None
    case_id: str | None = None
    tier: str | None = None
    handle: str | None = None
    followers: int | None = None
    result: dict | None = None  # set when the item failed before any action was proposed


def _selection(case_ids: Sequence[str], subjects: Sequence[SubjectRef]) -> list[_Item]:
    keys = list(dict.fromkeys([*case_ids, *(str(ref) for ref in subjects)]))  # de-duplicated, in order
    if not keys:
        raise InvalidInput("select at least one case or subject", field="case_ids")
    if len(keys) > MAX_BULK:
        raise TooLarge(f"{len(keys)} items selected; one bulk request takes at most {MAX_BULK}", field="case_ids")
    items = [_Item(case_id) for case_id in dict.fromkeys(case_ids)]
    return items + [_Item(str(ref), ref=ref) for ref in dict.fromkeys(subjects)]


def _failed(code: str, message: str) -> dict:
    return {"status": "denied" if code in ("not_permitted", "rate_limited") else "error", "code": code,
            "explanation": message}


def _resolve(session: Session, ctx: Context, staff: StaffFacts, item: _Item, dismiss: bool) -> None:
    """Find the item's subject (and case), and the subject's tier, before anything is proposed."""
    if item.ref is None:
        case = session.get(CaseRow, item.key)
        try:
            if case is None:
                raise NotFound(f"no case {item.key}")
            ensure_visible(staff, case)
        except NotFound as error:
            item.result = _failed(error.code, error.message)
            return
        subject = session.get(SubjectRow, case.subject_id)
        assert subject is not None
        item.case_id, item.ref = case.id, SubjectRef(SubjectKind(subject.kind), subject.external_id, subject.platform)
    else:
        subject = find_subject(session, item.ref)
        if subject is None:
            item.result = _failed("not_found", f"no subject {item.ref}")
            return
        if dismiss:  # dismissing a subject means dismissing its open case
            item.case_id = session.execute(
                select(CaseRow.id).where(CaseRow.open_subject_id == subject.id)
            ).scalar_one_or_none()
    item.tier = ctx.policy.tier_of(subject_facts(session, subject))[0].value
    item.handle, item.followers = subject.handle, subject.followers


def _propose(ctx: Context, actor: Principal, item: _Item, type: str, reason: str, duration_hours: int | None,
             label: str | None) -> dict:
    assert item.ref is not None
    try:
        view = actions.propose_action(ctx, actor=actor, ref=item.ref, type=type, reason=reason,
                                      case_id=item.case_id, duration_hours=duration_hours, label=label)
    except (NotPermitted, RateLimited) as refusal:
        return _failed(refusal.code, refusal.message)
    except DomainError as error:
        return _failed(error.code, error.message)
    return {"status": view["state"], "action_id": view["id"], "explanation": view.get("explanation")}


def _warning(items: list[_Item]) -> str | None:
    high = [i for i in items if i.tier in HIGH_TIERS]
    if not high:
        return None
    named = ", ".join(f"{i.ref} ({i.tier}{f', @{i.handle}' if i.handle else ''})" for i in high[:5])
    more = f" and {len(high) - 5} more" if len(high) > 5 else ""
    return (f"{len(high)} of the {len(items)} selected subjects are high or critical tier: {named}{more}. "
            "Each still needs what the safeguard policy asks for it.")


def bulk_propose(
    ctx: Context, *, actor: Principal, type: str, reason: str, case_ids: Sequence[str] = (),
    subjects: Sequence[SubjectRef] = (), duration_hours: int | None = None, label: str | None = None,
) -> dict:
    """Propose one action type on up to MAX_BULK cases or subjects; a result per item, in the order given."""
    staff = require_staff(actor)
    try:
        ActionType(type)
    except ValueError:
        raise InvalidInput(f"unknown action type {type!r}", field="type") from None
    if not reason.strip():
        raise InvalidInput("a reason is required", field="reason")
    items = _selection(case_ids, subjects)
    dismiss = type == ActionType.DISMISS.value
    with ctx.db.read() as session:
        for item in items:
            _resolve(session, ctx, staff, item, dismiss)
    results = []
    for item in items:
        outcome = item.result or _propose(ctx, actor, item, type, reason, duration_hours, label)
        results.append({"selected": item.key, "subject": str(item.ref) if item.ref else None,
                        "case_id": item.case_id, "tier": item.tier, **outcome})
    counts: dict[str, int] = {}
    for result in results:
        counts[result["status"]] = counts.get(result["status"], 0) + 1
    bulk_id = new_id("bulk")
    with ctx.db.transaction(ctx.clock) as tx:
        tx.session.connection()  # begin: an audit-only transaction has written nothing else yet
        tx.record(actor=actor.label, verb=AuditVerb.BULK_PROPOSED, object_id=bulk_id,
                  summary=f"{actor.label} proposed {type} on {len(items)} items in bulk: "
                  + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())),
                  payload={"type": type, "reason": reason, "counts": counts,
                           "items": [{k: r.get(k) for k in ("selected", "status", "action_id")} for r in results]})
    return {"id": bulk_id, "type": type, "counts": counts, "warning": _warning(items), "results": results}
