"""Mastodon through its documented admin API (methods/admin/accounts, methods/admin/reports).

Account states map to moderation actions: limit = silence, suspend = suspend, label = sensitive, each with its
documented reversal (unsilence, unsuspend, unsensitive). Deactivate is a suspension too, but one trustdesk does
not lift: Mastodon deletes a suspended account's data after 30 days, so it is declared irreversible here."""

from __future__ import annotations

from urllib.parse import quote

from trustdesk.connectors.base import CheckResult, DeliveryFailed, Effect
from trustdesk.connectors.http import AdminApiConnector, PlatformRefused
from trustdesk.domain.actions import ActionType
from trustdesk.domain.subjects import SubjectKind, SubjectState, SubjectStatus

ADMIN = "/api/v1/admin"
STATUS_ACTION = {SubjectStatus.LIMITED: "silence", SubjectStatus.SUSPENDED: "suspend",
                 SubjectStatus.DEACTIVATED: "suspend"}
UNDO = {"silence": "unsilence", "disable": "enable", "suspend": "unsuspend", "sensitive": "unsensitive"}


class MastodonConnector(AdminApiConnector):
    kind = "mastodon"
    irreversible = frozenset({ActionType.DEACTIVATE, ActionType.REMOVE})

    def check(self) -> CheckResult:
        try:
            self._call("GET", f"{ADMIN}/accounts", params={"limit": 1})
        except PlatformRefused as error:
            return CheckResult(False, f"the server answers but refuses the token: {error}")
        except DeliveryFailed as error:
            return CheckResult(False, f"the server does not answer: {error}")
        return CheckResult(True, "Mastodon answers and the token may moderate accounts")

    def apply(self, effect: Effect, *, idempotency_key: str) -> None:
        self._move(effect, effect.prior, effect.resulting, idempotency_key)

    def reverse(self, effect: Effect, *, idempotency_key: str) -> None:
        self._move(effect, effect.resulting, effect.prior, idempotency_key)

    def _move(self, effect: Effect, before: SubjectState, after: SubjectState, key: str) -> None:
        if effect.subject.kind is not SubjectKind.ACCOUNT:
            if before.visibility != after.visibility:
                raise DeliveryFailed("Mastodon's admin API acts on accounts; remove the status on the server")
            return
        account = quote(effect.subject.external_id, safe="")
        undo, do = STATUS_ACTION.get(before.status), STATUS_ACTION.get(after.status)
        if undo and undo != do:
            self._call("POST", f"{ADMIN}/accounts/{account}/{UNDO[undo]}", headers={"Idempotency-Key": key + "-undo"})
        if do and undo != do:
            form = {"type": do, "text": effect.reason[:500], "send_email_notification": "false"}
            report_id = effect.subject_data.get("report_id")
            if report_id:
                form["report_id"] = str(report_id)
            self._call("POST", f"{ADMIN}/accounts/{account}/action", data=form, headers={"Idempotency-Key": key})
        if bool(after.labels) != bool(before.labels):
            verb = "unsensitive" if before.labels else None
            if verb:
                self._call("POST", f"{ADMIN}/accounts/{account}/{verb}", headers={"Idempotency-Key": key + "-label"})
            else:
                self._call("POST", f"{ADMIN}/accounts/{account}/action", data={"type": "sensitive"},
                           headers={"Idempotency-Key": key + "-label"})

    def deliver(self, kind: str, payload: dict, *, idempotency_key: str) -> None:
        if kind == "platform.report_resolved" and payload.get("report_id"):
            report = quote(str(payload["report_id"]), safe="")
            self._call("POST", f"{ADMIN}/reports/{report}/resolve", headers={"Idempotency-Key": idempotency_key})
