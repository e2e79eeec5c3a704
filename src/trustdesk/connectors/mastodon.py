"""Mastodon through its documented admin API (methods/admin/accounts, methods/admin/reports).

Account states map to moderation actions: limit = silence, suspend = suspend, label = sensitive, each with its
documented reversal (unsilence, unsuspend, unsensitive). Deactivate is a suspension too, but one trustdesk does
not lift: Mastodon deletes a suspended account's data after 30 days, so it is declared irreversible here.

What the person is told (statement of reasons, warning, appeal outcome, a staff message) reaches them the way the
documentation offers: the same account action with type `none`, the notice as `text` and
`send_email_notification`, which Mastodon keeps as a warning in the account's moderation history and e-mails.
Mastodon's documented API has no call that removes, hides or labels one status (the admin API acts on accounts;
DELETE /api/v1/statuses/:id deletes only the caller's own statuses), so those actions are declared unsupported
and refused before they are proposed. Reporters are not told through Mastodon: it offers no documented way to
write to them."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import quote

from trustdesk.connectors.base import CheckResult, DeliveryFailed, Effect, Unsupported
from trustdesk.connectors.http import AdminApiConnector, PlatformRefused
from trustdesk.domain.actions import ActionType
from trustdesk.domain.subjects import SubjectKind, SubjectState, SubjectStatus

ADMIN = "/api/v1/admin"
REPORT_PREFIX = "mastodon_report:"  # how a Mastodon report's id is kept as its trustdesk report's idempotency key
STATUS_ACTION = {SubjectStatus.LIMITED: "silence", SubjectStatus.SUSPENDED: "suspend",
                 SubjectStatus.DEACTIVATED: "suspend"}
STATUS_REFUSAL = ("Mastodon's documented API has no call that acts on a single status: its admin API acts on "
                  "accounts, and DELETE /api/v1/statuses/:id deletes only the caller's own statuses. Act on the "
                  "author's account instead, or remove the status in Mastodon's own moderation interface.")
# Notices for the person the action is about; each becomes a warning (type none) with the notice as its text.
TO_THE_PERSON = frozenset({"platform.statement", "platform.notice", "platform.appeal_outcome", "platform.message"})
UNDO = {"silence": "unsilence", "disable": "enable", "suspend": "unsuspend", "sensitive": "unsensitive"}


class MastodonConnector(AdminApiConnector):
    kind = "mastodon"
    irreversible = frozenset({ActionType.DEACTIVATE, ActionType.REMOVE})
    unsupported: ClassVar[Unsupported] = {
        (action, SubjectKind.POST): STATUS_REFUSAL
        for action in (ActionType.REMOVE, ActionType.INTERSTITIAL, ActionType.LIMIT, ActionType.LABEL)
    }

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
        if kind == "platform.report_resolved" and str(payload.get("report_id")).startswith(REPORT_PREFIX):
            # Resolving an already resolved report is fine: Mastodon answers 200 either way.
            report = quote(str(payload["report_id"]).removeprefix(REPORT_PREFIX), safe="")
            self._call("POST", f"{ADMIN}/reports/{report}/resolve", headers={"Idempotency-Key": idempotency_key})
        elif kind in TO_THE_PERSON:
            self._tell(payload, idempotency_key)

    def _tell(self, payload: dict, key: str) -> None:
        recipient, text = payload.get("recipient"), str(payload.get("text") or "").strip()
        if not recipient or not text:
            raise DeliveryFailed("a notice without a recipient account or text cannot be sent")
        account = quote(str(recipient), safe="")
        # No report_id: a warning resolves no report by itself (an action of type none resolves only the named one).
        self._call("POST", f"{ADMIN}/accounts/{account}/action", headers={"Idempotency-Key": key},
                   data={"type": "none", "text": text, "send_email_notification": "true"})
