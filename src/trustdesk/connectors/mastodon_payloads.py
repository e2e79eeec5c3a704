"""Reading Mastodon's report.created webhook (admin/webhooks: an Admin::Report) into a pulled report."""

from __future__ import annotations

import re
from html import unescape

from trustdesk.connectors.base import PulledReport, PulledSubject, Snapshot
from trustdesk.domain.subjects import SubjectKind, SubjectRef

TAG = re.compile(r"<[^>]+>")
HREF = re.compile(r'href="([^"]+)"')
CATEGORIES = {"spam": "spam", "legal": "other", "violation": "other", "other": "other"}


def plain_text(html: str) -> str:
    return unescape(TAG.sub(" ", html.replace("</p><p>", "\n"))).strip()


def _account(admin_account: dict) -> PulledSubject:
    account = admin_account.get("account") or {}
    return PulledSubject(
        SubjectRef(SubjectKind.ACCOUNT, str(admin_account["id"])), handle=account.get("acct"),
        followers=account.get("followers_count"),
    )


def report_from_webhook(payload: dict) -> PulledReport:
    """Raises KeyError/TypeError/ValueError on a payload that is not a report.created Admin::Report."""
    if payload.get("event") != "report.created":
        raise ValueError(f"event {payload.get('event')!r} is not report.created")
    report = payload["object"]
    target = _account(report["target_account"])
    data = {"report_id": str(report["id"])}
    target = PulledSubject(target.ref, handle=target.handle, followers=target.followers, subject_data=data)
    statuses = report.get("statuses") or []
    posts = []
    texts: list[str] = []
    links: list[str] = []
    media: list[dict[str, str | None]] = []  # {"ref": ..., "sha256": ...}, as in Snapshot.media
    for status in statuses:
        html = status.get("content") or ""
        text = plain_text(html)
        texts.append(text)
        links.extend(HREF.findall(html))
        media.extend({"ref": m.get("url") or m.get("remote_url"), "sha256": None}
                     for m in status.get("media_attachments") or [] if m.get("url") or m.get("remote_url"))
        posts.append(PulledSubject(SubjectRef(SubjectKind.POST, str(status["id"])), author_id=target.ref.external_id,
                                   content=text, subject_data={**data, "url": status.get("url")}))
    subjects = (target, posts[0]) if len(posts) == 1 else (*posts, target)
    reporter = report.get("account") or {}
    return PulledReport(
        external_id=f"mastodon_report:{report['id']}", subjects=tuple(subjects),
        reporter=(reporter.get("account") or {}).get("acct") or reporter.get("username"),
        text=str(report.get("comment") or "")[:10_000], category=CATEGORIES.get(report.get("category"), "other"),
        snapshot=Snapshot(text="\n\n".join(texts) if texts else None, handle=target.handle, links=tuple(links),
                          media=tuple(media)),
    )
