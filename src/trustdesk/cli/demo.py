"""The demo dataset: a small platform, its staff, a few hundred reports, and the 2017 situation."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import typer
from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.cli.common import DbOption, context
from trustdesk.cli.demo_history import history_context, play_history
from trustdesk.clock import ManualClock
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.access import staff
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, authenticate
from trustdesk.services.intake import platform_sync, reports
from trustdesk.storage.tables import IntegrationRow
from trustdesk.storage.tables_platforms import DemoAccountRow, DemoPostRow

DEMO_PASSWORD = "trustdesk-demo"
HEAD_OF_STATE = "headofstate"

ACCOUNTS = [
    # id, handle, followers, verified, tags
    (HEAD_OF_STATE, "HeadOfState", 41_700_000, True, ["public-interest"]),
    ("pm_fr", "PremierMinistre", 6_200_000, True, ["public-interest"]),
    ("newsdesk", "DailyNewsDesk", 12_400_000, True, []),
    ("popstar", "PopStarOfficial", 28_000_000, True, []),
    ("mayor_lyon", "MaireDeLyon", 310_000, True, ["public-interest"]),
    ("chef_marie", "ChefMarie", 154_000, True, []),
    ("techreviewer", "TechReviewer", 89_000, False, []),
    ("localbakery", "LaBoulangerie", 2_300, False, []),
    ("gardening_tips", "GardenTips", 45_000, False, []),
    ("activist_amina", "AminaSpeaks", 520_000, True, ["protected"]),
]
FIRST = ["alex", "sam", "lea", "hugo", "nora", "tom", "ines", "max", "zoe", "leo", "emma", "jules", "mila", "noah"]

TEXTS = {
    "threat": [("en", "He said he will find where I live and hurt my family."),
               ("fr", "Il a écrit qu'il viendrait chez moi pour me tuer."),
               ("en", "This post threatens to shoot people at the rally.")],
    "harassment": [("en", "This account keeps sending me insults every single day."),
                   ("fr", "Ce compte m'insulte et me harcèle depuis des semaines."),
                   ("en", "Coordinated pile-on against a journalist.")],
    "hate": [("en", "Slurs against an ethnic group in the replies."),
             ("fr", "Propos haineux contre une religion dans ce message.")],
    "spam": [("en", "Buy followers now!!! cheap cheap cheap"), ("fr", "Gagnez de l'argent facilement, cliquez ici"),
             ("en", "Same crypto link posted 200 times")],
    "scam": [("en", "Fake giveaway asking for bank details"), ("fr", "Faux concours qui demande un RIB")],
    "misinformation": [("en", "Claims the election date has moved; it has not."),
                       ("fr", "Fausse information sur le vaccin.")],
    "self_harm": [("en", "The user says they want to end it all tonight."),
                  ("fr", "Il dit qu'il veut mettre fin à ses jours.")],
    "impersonation": [("en", "This account pretends to be the mayor."), ("fr", "Faux compte du ministre.")],
}


def _integration(ctx: Context) -> Principal | None:
    with ctx.db.read() as session:
        row = session.execute(select(IntegrationRow).where(IntegrationRow.name == "demo-platform")).scalar_one_or_none()
        return Principal(kind="integration", id=row.id, name=row.name) if row else None


def end_of_today(now: datetime) -> datetime:
    """The contractor's access ends today: at 23:59 UTC, or within the hour if that has passed."""
    end = now.replace(hour=23, minute=59, second=0, microsecond=0)
    return end if end - now > timedelta(minutes=30) else now + timedelta(hours=1)


def seed_demo(ctx: Context, *, reports_count: int = 300, seed: int = 2017, history_days: int = 0) -> str:
    if _integration(ctx) is not None:
        return "demo data is already seeded (staff passwords: " + DEMO_PASSWORD + ")"
    rng = random.Random(seed)
    now = ctx.clock.now()
    # Everything before today is played on a clock that starts `history_days` ago and walks up to now.
    past = history_context(ctx, now - timedelta(days=history_days))
    platform_token = staff.add_integration(past, name="demo-platform")
    platform = _integration(ctx)
    assert platform is not None
    lines = ["seeded the demo platform; console sign-in (password for all: " + DEMO_PASSWORD + "):"]
    team = [("admin", "admin", False, None), ("senior1", "senior", False, None), ("senior2", "senior", False, None),
            ("mod_julie", "moderator", False, None), ("mod_karim", "moderator", False, None),
            ("triage_ana", "triage", False, None), ("contractor_last_day", "moderator", True, end_of_today(now))]
    people: dict[str, Principal] = {}
    for name, role, contractor, access_end in team:
        credential = staff.add_staff(past, actor=None, name=name, role=role, contractor=contractor,
                                     access_end=access_end, password=DEMO_PASSWORD)
        people[name] = authenticate(past, token=credential.token)
        lines.append(f"  {name:<20} {role:<9} token {credential.token}")
    accounts = list(ACCOUNTS) + [
        (f"user_{i}", f"{rng.choice(FIRST)}{i}", int(10 ** rng.uniform(1, 4.5)), False, []) for i in range(30)
    ]
    _seed_platform(past, accounts, rng, now)
    for account_id, handle, followers, verified, tags in accounts:
        platform_sync.sync_subject(past, actor=platform, ref=SubjectRef(SubjectKind.ACCOUNT, account_id),
                                   handle=handle, followers=followers, verified=verified, tags=tags)
    with ctx.db.read() as session:
        posts = session.execute(select(DemoPostRow)).scalars().all()
    for post in posts:
        platform_sync.sync_subject(past, actor=platform, ref=SubjectRef(SubjectKind.POST, post.id), handle=None,
                                   followers=None, verified=False, tags=[], author_id=post.author_id,
                                   content=post.text)
    targets = [SubjectRef(SubjectKind.ACCOUNT, a[0]) for a in accounts] + [
        SubjectRef(SubjectKind.POST, p.id) for p in posts]
    ordinary = {ref for ref in targets if ref.external_id.startswith("user_")}
    # The head of state's account stays out of the history: today's single report on it is the 2017 story.
    history = play_history(
        past, platform=platform, moderators=[people["mod_julie"], people["mod_karim"]],
        seniors=[people["senior1"], people["senior2"]], targets=[t for t in targets if t.external_id != HEAD_OF_STATE],
        ordinary=ordinary, texts=TEXTS, rng=rng, until=now - timedelta(days=1) if history_days else now,
    )
    # With a history, today's open work arrives over the last day rather than in one instant.
    spread = past if history_days else ctx
    for i in range(reports_count):
        if history_days:
            assert isinstance(past.clock, ManualClock)  # history_context gives it one
            past.clock.set(now - timedelta(days=1) + timedelta(days=1) * (i + 1) / (reports_count + 1))
        category = rng.choice(list(TEXTS))
        _lang, text = rng.choice(TEXTS[category])
        reports.file_report(spread, actor=platform, ref=rng.choice(targets), category=category, text=text,
                            reporter=f"reporter_{rng.randint(1, 400)}", idempotency_key=f"demo-{seed}-{i}")
    # The 2017 situation: one user's abuse report on the head of state's account.
    reports.file_report(ctx, actor=platform, ref=SubjectRef(SubjectKind.ACCOUNT, HEAD_OF_STATE),
                        category="harassment", text="This account is abusive, please deactivate it.",
                        reporter="angry_user_2017")
    lines.append(f"  platform integration token {platform_token.token}")
    lines.append(f"{len(accounts)} accounts, {len(posts)} posts, {reports_count + 1} reports today; over the "
                 f"{history_days} days before: {history.reports} reports, {history.actions} decisions, "
                 f"{history.appeals} appeals")
    return "\n".join(lines)


def _seed_platform(ctx: Context, accounts: list, rng: random.Random, now: datetime) -> None:
    with ctx.db.transaction(ctx.clock) as tx:
        for account_id, handle, followers, verified, _tags in accounts:
            tx.session.add(DemoAccountRow(id=account_id, handle=handle, display_name=handle, followers=followers,
                                          verified=verified, status="active", labels=[],
                                          settings={"language": rng.choice(["en", "fr"]), "dm_open": True}))
        tx.session.flush()
        for account_id, *_ in accounts:
            for n in range(rng.randint(1, 3)):
                _lang, text = rng.choice(rng.choice(list(TEXTS.values())))
                tx.session.add(DemoPostRow(id=f"{account_id}-p{n}", author_id=account_id, text=text,
                                           visibility="visible", status="active", labels=[],
                                           created_at=now - timedelta(hours=rng.randint(1, 500))))
        tx.record(actor="operator", verb=AuditVerb.DEMO_SEEDED, summary="demo platform seeded",
                  payload={"accounts": len(accounts)})


def demo(db: DbOption = None, history_days: int = typer.Option(
        42, "--history-days", help="days of decided history played before today (0 for none)")) -> None:
    """Seed the demo platform and a realistic report history, the 2017 incident included."""
    summary = seed_demo(context(db), history_days=history_days)
    typer.echo(summary)
