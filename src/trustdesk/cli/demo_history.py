"""Weeks of demo history: reports arriving day by day, moderators deciding them, people appealing.

Played through the services on a clock that starts weeks ago and walks up to now, so every row, audit
entry, statement of reasons and appeal is what real use would have left; the dashboard and the
transparency report then have something to show."""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from trustdesk.clock import ManualClock
from trustdesk.domain.errors import DomainError
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base import subjects
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.enforcement import actions, appeals, reversals
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.services.intake import reports
from trustdesk.services.review import messages

# What moderators decide on an ordinary subject, with how often; a post can also be removed.
ACCOUNT_DECISIONS = [("dismiss", 30), ("warn", 25), ("limit", 15), ("suspend", 20), ("label", 10)]
POST_DECISIONS = [("dismiss", 30), ("warn", 10), ("remove", 35), ("interstitial", 10), ("limit", 15)]
SOURCES = [("user", 80), ("trusted_flagger", 8), ("automated", 12)]
APPEAL_TEXTS = ["I did not break the rules; this was a joke between friends.",
                "Je n'ai rien fait de mal, c'était une citation.",
                "My account was hacked when this was posted.", "The context was missing: I was quoting someone."]


@dataclass
class History:
    reports: int = 0
    actions: int = 0
    appeals: int = 0
    open_cases: dict[str, tuple[SubjectRef, datetime]] = field(default_factory=dict)
    executed: list[tuple[str, datetime, str]] = field(default_factory=list)  # action, when, owner
    appealed: list[tuple[str, datetime]] = field(default_factory=list)


def history_context(ctx: Context, start: datetime) -> Context:
    return replace(ctx, clock=ManualClock(start))


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def play_history(
    ctx: Context, *, platform: Principal, moderators: list[Principal], seniors: list[Principal],
    targets: list[SubjectRef], ordinary: set[SubjectRef], texts: dict[str, list[tuple[str, str]]],
    rng: random.Random, until: datetime,
) -> History:
    """Advance ctx's manual clock to `until`, a few hours at a time, filing and deciding as it goes."""
    clock = ctx.clock
    assert isinstance(clock, ManualClock)
    history = History()
    while clock.now() < until:
        hours = rng.uniform(1, 7)
        if clock.now() + timedelta(hours=hours) >= until:
            break
        clock.advance(hours=hours)
        for _ in range(rng.randint(0, 3)):
            _file(ctx, platform, rng, targets, texts, history)
        _decide(ctx, moderators, rng, ordinary, history)
        _appeal(ctx, platform, moderators, rng, history)
        _decide_appeals(ctx, seniors + moderators, rng, history)
        run_due(ctx)
    _leave_work_open(ctx, platform, moderators, rng, history)
    return history


def _leave_work_open(ctx, platform, moderators, rng, history: History) -> None:
    """A few recent decisions appealed and not yet decided, and a conversation with an owner, for the console."""
    for action_id, _at, owner in history.executed[-3:]:
        with contextlib.suppress(DomainError):
            appeals.file_appeal(ctx, actor=platform, action_id=action_id, appellant=owner,
                                text=rng.choice(APPEAL_TEXTS))
            history.appeals += 1
    for case_id, (ref, _opened) in list(history.open_cases.items())[:2]:
        with contextlib.suppress(DomainError):
            messages.post_message(ctx, actor=rng.choice(moderators), case_id=case_id,
                                  text="Could you tell us more about the context of this?")
            messages.post_message(ctx, actor=platform, case_id=case_id, text="It was a joke between friends.",
                                  person=_owner(ctx, moderators[0], ref))


def _file(ctx, platform, rng, targets, texts, history: History) -> None:
    category = rng.choice(list(texts))
    _lang, text = rng.choice(texts[category])
    ref = rng.choice(targets)
    receipt = reports.file_report(ctx, actor=platform, ref=ref, category=category, text=text,
                                  reporter=f"reporter_{rng.randint(1, 400)}", source=_pick(rng, SOURCES))
    history.reports += 1
    history.open_cases.setdefault(receipt.case_id, (ref, ctx.clock.now()))


def _decide(ctx, moderators, rng, ordinary, history: History) -> None:
    now = ctx.clock.now()
    for case_id, (ref, opened) in list(history.open_cases.items()):
        # Most cases wait a few hours to a couple of days; some are still open at the end.
        if now - opened < timedelta(hours=rng.uniform(2, 60)) or rng.random() < 0.3:
            continue
        del history.open_cases[case_id]
        if ref not in ordinary:
            choice = "dismiss"
        else:
            choice = _pick(rng, POST_DECISIONS if ref.kind is SubjectKind.POST else ACCOUNT_DECISIONS)
        extra: dict = {}
        if choice in ("suspend", "limit"):
            extra["duration_hours"] = rng.choice([24, 72, 168])
        if choice == "label":
            extra["label"] = "misleading"
        try:
            action = actions.propose_action(ctx, actor=rng.choice(moderators), ref=ref, type=choice,
                                            reason=_reason(choice), case_id=case_id, **extra)
        except DomainError:
            continue
        history.actions += 1
        if action["state"] == "executed" and choice not in ("dismiss", "warn"):
            history.executed.append((action["id"], now, _owner(ctx, moderators[0], ref)))


def _reason(choice: str) -> str:
    return {
        "dismiss": "no breach of the rules found", "warn": "first breach: a warning",
        "limit": "repeated borderline posts", "suspend": "repeated breaches after a warning",
        "label": "misleading claim, labelled with context", "remove": "breaks the community rules",
        "interstitial": "graphic content behind a warning screen",
    }[choice]


def _owner(ctx: Context, actor: Principal, ref: SubjectRef) -> str:
    if ref.kind is SubjectKind.ACCOUNT:
        return ref.external_id
    return subjects.get_subject(ctx, actor=actor, ref=ref)["author_id"]


def _appeal(ctx, platform, moderators, rng, history: History) -> None:
    now = ctx.clock.now()
    for action_id, at, owner in list(history.executed):
        if now - at < timedelta(hours=12):
            continue
        history.executed.remove((action_id, at, owner))
        if rng.random() < 0.04:  # a second look by a moderator, no appeal needed
            with contextlib.suppress(DomainError):
                reversals.reverse_action(ctx, actor=rng.choice(moderators), action_id=action_id,
                                       reason="second look: the rules were not broken")
            continue
        if rng.random() > 0.15:
            continue
        try:
            appeal = appeals.file_appeal(ctx, actor=platform, action_id=action_id, appellant=owner,
                                         text=rng.choice(APPEAL_TEXTS))
        except DomainError:
            continue
        history.appeals += 1
        history.appealed.append((appeal["id"], now))


def _decide_appeals(ctx, deciders, rng, history: History) -> None:
    now = ctx.clock.now()
    for appeal_id, at in list(history.appealed):
        if now - at < timedelta(hours=rng.uniform(6, 48)):
            continue
        history.appealed.remove((appeal_id, at))
        overturn = rng.random() < 0.3
        for decider in rng.sample(deciders, len(deciders)):
            try:
                appeals.decide_appeal(ctx, actor=decider, appeal_id=appeal_id, overturn=overturn,
                                      reason="the decision was wrong" if overturn else "the decision stands")
                break
            except DomainError:
                continue
