"""Matrix through Synapse's admin API: pull event and user reports, act on users and events.

Users are account subjects with their full id (@bob:example.org); events are post subjects with their event id,
their room kept in subject_data. Actions move a subject between states: suspend ↔ unsuspend, limit ↔ shadow-ban
lifted, deactivate (no way back), remove = redact the event (no way back either)."""

from __future__ import annotations

import json
import re
import secrets
from typing import ClassVar
from urllib.parse import quote

from trustdesk.connectors.base import (
    CheckResult,
    DeliveryFailed,
    Effect,
    NeverDeliverable,
    PulledReport,
    PulledSubject,
    Snapshot,
    Unsupported,
)
from trustdesk.connectors.http import AdminApiConnector, PlatformRefused, call
from trustdesk.domain.actions import ActionType
from trustdesk.domain.subjects import SubjectKind, SubjectRef, SubjectState, SubjectStatus, Visibility

ADMIN = "/_synapse/admin"
CLIENT = "/_matrix/client/v3"
PAGE = 100
LINK = re.compile(r"https?://[^\s<>\"']+")


class CannotUndo(NeverDeliverable):
    """The platform has no way back for this change; retrying will never succeed."""


def unregistered_name() -> str:
    """A user name nobody registers: the check's probe must never reach a real person."""
    return secrets.token_hex(8)


def _q(value: str) -> str:
    return quote(value, safe="")


class MatrixConnector(AdminApiConnector):
    kind = "matrix"
    irreversible = frozenset({ActionType.DEACTIVATE, ActionType.REMOVE})
    unsupported: ClassVar[Unsupported] = {
        (action, SubjectKind.POST): "Matrix cannot hide, demote or label a single event; it can only redact it "
                                    "(remove)."
        for action in (ActionType.INTERSTITIAL, ActionType.LIMIT, ActionType.LABEL)
    }

    # -- checking ----------------------------------------------------------------------------------

    def check(self) -> CheckResult:
        try:
            version = call("GET", self.base + f"{ADMIN}/v1/server_version").get("server_version", "?")
            who = self._call("GET", f"{CLIENT}/account/whoami").get("user_id")
            if not who:
                return CheckResult(False, "the homeserver did not say whose token this is")
            self._call("GET", f"{ADMIN}/v1/event_reports", params={"limit": 1})
        except PlatformRefused as error:
            return CheckResult(False, f"the homeserver answers but refuses the token: {error}")
        except DeliveryFailed as error:
            return CheckResult(False, f"the homeserver does not answer: {error}")
        if not self._server_notices_enabled(str(who)):
            return CheckResult(False, f"Synapse {version} answers and {who} is a server admin, but server notices "
                                      "are not enabled: statements of reasons and warnings cannot reach anyone until "
                                      "server_notices is set in homeserver.yaml")
        return CheckResult(True, f"Synapse {version} answers; {who} is a server admin; server notices are enabled")

    def _server_notices_enabled(self, admin: str) -> bool:
        """Probe without sending anything: Synapse checks that notices are enabled before it looks the user up, so
        a notice to a local user who does not exist answers 404 when they are, 400 when they are not."""
        nobody = f"@trustdesk-check-{unregistered_name()}:{admin.split(':', 1)[-1]}"
        try:
            self._call("POST", f"{ADMIN}/v1/send_server_notice",
                       json={"user_id": nobody, "content": {"msgtype": "m.text", "body": "check"}})
        except PlatformRefused as refused:
            return refused.status == 404
        except DeliveryFailed:
            return False
        return True

    # -- acting ------------------------------------------------------------------------------------

    def apply(self, effect: Effect, *, idempotency_key: str) -> None:
        self._move(effect.subject, effect.prior, effect.resulting, effect.subject_data, effect.reason, idempotency_key)

    def reverse(self, effect: Effect, *, idempotency_key: str) -> None:
        self._move(effect.subject, effect.resulting, effect.prior, effect.subject_data, effect.reason, idempotency_key)

    def deliver(self, kind: str, payload: dict, *, idempotency_key: str) -> None:
        """Whatever trustdesk tells a person (statement of reasons, warning, appeal outcome, staff message, a
        reporter's receipt and outcome) arrives as a server notice from the homeserver (Synapse's Server Notices
        admin API; `server_notices` must be configured in homeserver.yaml). The PUT form with the delivery's
        idempotency key as transaction id makes a retried notice arrive once."""
        recipient, text = payload.get("recipient"), str(payload.get("text") or "").strip()
        if not recipient:
            return  # a delivery for the platform itself (none today): nobody to tell
        if not text:
            raise NeverDeliverable(f"a notice to {recipient} without text cannot be sent")
        if not isinstance(recipient, str) or not recipient.startswith("@") or ":" not in recipient:
            raise NeverDeliverable(f"{recipient!r} is not a Matrix user id; server notices go only to users")
        try:
            self._call("PUT", f"{ADMIN}/v1/send_server_notice/{_q(idempotency_key)}",
                       json={"user_id": recipient, "content": {"msgtype": "m.text", "body": text}})
        except PlatformRefused as refused:
            error = str((refused.body or {}).get("error") if isinstance(refused.body, dict) else "")
            # Not enabled in homeserver.yaml is fixed by the operator: keep retrying (and alert). These are not.
            if refused.status == 404 or "local users" in error:
                raise NeverDeliverable(f"{recipient} cannot get a server notice: the homeserver sends them only to "
                                       f"users of this homeserver ({error or refused.status})") from refused
            raise

    def _move(self, subject: SubjectRef, before: SubjectState, after: SubjectState, data: dict, reason: str,
              key: str) -> None:
        if subject.kind is SubjectKind.ACCOUNT:
            self._move_user(subject.external_id, before.status, after.status)
        elif after.visibility is Visibility.REMOVED and before.visibility is not Visibility.REMOVED:
            self._redact(data.get("room_id"), subject.external_id, reason, key)
        elif before.visibility is Visibility.REMOVED and after.visibility is not Visibility.REMOVED:
            raise CannotUndo(f"event {subject.external_id} was redacted; Matrix cannot bring it back")

    def _move_user(self, user: str, before: SubjectStatus, after: SubjectStatus) -> None:
        path = _q(user)
        if before is SubjectStatus.DEACTIVATED and after is not SubjectStatus.DEACTIVATED:
            raise CannotUndo(f"{user} was deactivated; Synapse cannot reactivate it as it was")
        if after is SubjectStatus.DEACTIVATED:
            if before is not SubjectStatus.DEACTIVATED:
                self._call("POST", f"{ADMIN}/v1/deactivate/{path}", json={"erase": False})
            return
        # Each of these is a set-to-value call: repeating it after a crash changes nothing.
        if (after is SubjectStatus.SUSPENDED) != (before is SubjectStatus.SUSPENDED):
            self._call("PUT", f"{ADMIN}/v1/suspend/{path}", json={"suspend": after is SubjectStatus.SUSPENDED})
        if after is SubjectStatus.LIMITED and before is not SubjectStatus.LIMITED:
            self._call("POST", f"{ADMIN}/v1/users/{path}/shadow_ban", json={})
        elif before is SubjectStatus.LIMITED and after is not SubjectStatus.LIMITED:
            self._call("DELETE", f"{ADMIN}/v1/users/{path}/shadow_ban")

    def _redact(self, room_id: str | None, event_id: str, reason: str, key: str) -> None:
        if not room_id:
            raise DeliveryFailed(f"event {event_id} has no known room; sync it with its room_id first")
        # The transaction id is the delivery's idempotency key: a retried redaction is the same request.
        path = f"{CLIENT}/rooms/{_q(room_id)}/redact/{_q(event_id)}/{_q(key)}"
        body = {"reason": reason[:500]} if reason else {}
        try:
            self._call("PUT", path, json=body)
        except PlatformRefused as refused:
            if refused.status != 403:
                raise
            # Not in the room or without power there: take the room's highest power through the admin API.
            self._call("POST", f"{ADMIN}/v1/rooms/{_q(room_id)}/make_room_admin", json={})
            self._call("POST", f"{CLIENT}/join/{_q(room_id)}", json={})
            self._call("PUT", path, json=body)

    # -- pulling -----------------------------------------------------------------------------------

    def pull_reports(self, cursor: str | None) -> tuple[list[PulledReport], str | None]:
        """Event reports (and user reports where the server has them) after the cursor's offsets."""
        offsets = json.loads(cursor) if cursor else {}
        events_from, users_from = int(offsets.get("events", 0)), int(offsets.get("users", 0))
        pulled: list[PulledReport] = []
        page = self._call("GET", f"{ADMIN}/v1/event_reports",
                          params={"from": events_from, "limit": PAGE, "dir": "f"})
        event_reports = page.get("event_reports")
        if not isinstance(event_reports, list):
            raise DeliveryFailed("event_reports answer has no list of reports")
        for summary in event_reports:
            if not isinstance(summary, dict) or "id" not in summary:
                raise DeliveryFailed("an event report without an id")
            report = self._event_report(summary)
            if report is not None:
                pulled.append(report)
        events_from += len(event_reports)
        try:
            users_page = self._call("GET", f"{ADMIN}/v1/user_reports",
                                    params={"from": users_from, "limit": PAGE, "dir": "f"})
        except PlatformRefused:
            users_page = {}  # older Synapse: no user reports
        user_reports = users_page.get("user_reports") or []
        for summary in user_reports:
            if isinstance(summary, dict) and summary.get("target_user_id") and "id" in summary:
                pulled.append(self._user_report(summary))
        users_from += len(user_reports)
        return pulled, json.dumps({"events": events_from, "users": users_from}, sort_keys=True)

    def _event_report(self, summary: dict) -> PulledReport | None:
        report_id = summary["id"]
        detail = self._call("GET", f"{ADMIN}/v1/event_reports/{report_id}")
        event = detail.get("event_json")
        event = event if isinstance(event, dict) else {}
        content = event.get("content")
        content = content if isinstance(content, dict) else {}
        sender = detail.get("sender") or event.get("sender") or summary.get("sender")
        room_id, event_id = detail.get("room_id") or summary.get("room_id"), detail.get("event_id") or summary.get(
            "event_id")
        if not (isinstance(sender, str) and isinstance(room_id, str) and isinstance(event_id, str)):
            return None  # the event is gone (purged room): nothing left to moderate
        text = content.get("body") if isinstance(content.get("body"), str) else None
        media = ({"ref": content["url"], "sha256": (content.get("info") or {}).get("sha256")},) \
            if isinstance(content.get("url"), str) else ()
        author = PulledSubject(SubjectRef(SubjectKind.ACCOUNT, sender), handle=sender)
        post = PulledSubject(SubjectRef(SubjectKind.POST, event_id), author_id=sender, content=text,
                             subject_data={"room_id": room_id})
        return PulledReport(
            external_id=f"event_report:{report_id}", subjects=(author, post), reporter=summary.get("user_id"),
            text=str(summary.get("reason") or detail.get("reason") or "")[:10_000],
            snapshot=Snapshot(text=text, handle=sender, links=tuple(LINK.findall(text or "")), media=media),
        )

    def _user_report(self, summary: dict) -> PulledReport:
        target = summary["target_user_id"]
        account = PulledSubject(SubjectRef(SubjectKind.ACCOUNT, target), handle=target)
        return PulledReport(
            external_id=f"user_report:{summary['id']}", subjects=(account,),
            reporter=summary.get("user_id"), text=str(summary.get("reason") or "")[:10_000],
            snapshot=Snapshot(handle=target),
        )
