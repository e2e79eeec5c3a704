"""Every command, not only `serve`, checks which safeguard policy is in force before it acts.

A one-off run with TRUSTDESK_POLICY pointing at an edited copy must neither slip past the approved version
in the database nor go unnoticed: it is refused when it differs from the approved version, and any change
of the policy in force is recorded and alerted, as at a server start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.policy import SafeguardPolicy
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.safeguards.policy_versions import record_policy_in_force
from trustdesk.storage.tables import AuditEntryRow


@dataclass(frozen=True)
class PolicyCheck:
    refused: str | None = None  # why the command must not run
    notice: str | None = None  # what changed and was recorded


def check_policy_in_force(ctx: Context, *, command: str) -> PolicyCheck:
    """Cheap when nothing changed: the policy is loaded anyway, plus one indexed read. Raises PolicyError."""
    policy = ctx.policy
    override = ctx.settings.policy_path
    if override and policy.origin.startswith("database:"):
        file_policy = SafeguardPolicy.load(override)
        if file_policy.digest != policy.digest:
            return PolicyCheck(refused=_refuse(ctx, command=command, override=override, file_policy=file_policy))
    if _last_recorded_digest(ctx) == policy.digest:
        return PolicyCheck()
    if record_policy_in_force(ctx):
        return PolicyCheck(notice=f"safeguard policy {policy.digest[:12]} ({policy.origin}) is now in force; "
                                  "recorded in the audit log (and alerted if it changed)")
    return PolicyCheck()


def _last_recorded_digest(ctx: Context) -> str | None:
    with ctx.db.read() as session:
        payload = session.execute(
            select(AuditEntryRow.payload).where(AuditEntryRow.verb == "policy.in_force")
            .order_by(AuditEntryRow.seq.desc()).limit(1)
        ).scalar_one_or_none()
    return payload.get("digest") if payload else None


def _refuse(ctx: Context, *, command: str, override: str, file_policy: SafeguardPolicy) -> str:
    approved = ctx.policy
    message = (f"TRUSTDESK_POLICY={override} (sha256 {file_policy.digest[:12]}) differs from the approved safeguard "
               f"policy in the database ({approved.origin}, sha256 {approved.digest[:12]}); refusing to run "
               f"`trustdesk {command}`. Unset TRUSTDESK_POLICY, or propose the file (`trustdesk policy propose`).")
    with ctx.db.transaction(ctx.clock) as tx:
        tx.record(actor="operator", verb=AuditVerb.POLICY_OVERRIDE_REFUSED,
                  summary=f"`trustdesk {command}` refused: a policy file that differs from the approved version",
                  payload={"override": override, "file_digest": file_policy.digest, "approved": approved.origin,
                           "approved_digest": approved.digest, "command": command})
        raise_alert(tx, kind="policy_override_refused",
                    message=f"someone ran `trustdesk {command}` with a policy file that differs from the approved "
                            f"version ({override}); refused",
                    payload={"override": override, "file_digest": file_policy.digest, "command": command})
    return message
