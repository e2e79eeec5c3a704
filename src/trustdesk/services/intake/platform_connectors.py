"""Connecting platforms: add, list, check and remove connectors, and pull new reports from pulling ones.

A connector NAME is a platform NAME: adding one registers an integration of that name (if none exists), which
owns the platform's subjects. Pulled reports go through the same use cases as reports the platform pushes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlparse

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.connectors.base import CheckResult, ConnectorConfig, DeliveryFailed, PulledReport
from trustdesk.connectors.registry import KINDS, build_connector, connector_class
from trustdesk.domain.errors import Conflict, DomainError, InvalidInput, NotFound
from trustdesk.domain.ids import new_id
from trustdesk.services.access.staff import add_integration
from trustdesk.services.base.connector_configs import config_of, forget_connector_configs
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import forget_default_platform
from trustdesk.services.base.principals import Principal
from trustdesk.services.intake import platform_sync, reports
from trustdesk.storage.tables import IntegrationRow
from trustdesk.storage.tables_platforms import ConnectorRow

log = logging.getLogger(__name__)
MAX_CREDENTIAL = 500


@dataclass(frozen=True)
class AddedConnector:
    name: str
    kind: str
    integration_token: str | None  # set when the connector's integration was created now


def add_connector(ctx: Context, *, name: str, kind: str, url: str, token: str,
                  webhook_secret: str | None = None) -> AddedConnector:
    connector_class(kind)
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or len(url) > 500:
        raise InvalidInput("url must be an http(s) URL of at most 500 characters", field="url")
    if not token or len(token) > MAX_CREDENTIAL:
        raise InvalidInput(f"token must be 1..{MAX_CREDENTIAL} characters", field="token")
    if webhook_secret is not None and not 0 < len(webhook_secret) <= MAX_CREDENTIAL:
        raise InvalidInput(f"webhook secret must be 1..{MAX_CREDENTIAL} characters", field="webhook_secret")
    with ctx.db.read() as session:
        if session.execute(select(ConnectorRow.id).where(ConnectorRow.name == name)).first():
            raise Conflict(f"a connector named {name!r} exists", field="name")
        integration_id = session.execute(
            select(IntegrationRow.id).where(IntegrationRow.name == name)).scalar_one_or_none()
    created_token = None
    if integration_id is None:
        credential = add_integration(ctx, name=name)
        integration_id, created_token = credential.id, credential.token
    with ctx.db.transaction(ctx.clock) as tx:
        row = ConnectorRow(id=new_id("con"), name=name, kind=kind, url=url, credential=token,
                           webhook_secret=webhook_secret, integration_id=integration_id, created_at=tx.now)
        tx.session.add(row)
        tx.record(actor="operator", verb=AuditVerb.CONNECTOR_ADDED, object_id=row.id,
                  summary=f"operator connected {kind} platform {name} at {url}",
                  payload={"name": name, "kind": kind, "url": url})
        forget_default_platform(tx.session)
        forget_connector_configs(tx.session)
    return AddedConnector(name, kind, created_token)


def list_connectors(ctx: Context) -> list[dict]:
    with ctx.db.read() as session:
        rows = session.execute(select(ConnectorRow).order_by(ConnectorRow.created_at, ConnectorRow.name)).scalars()
        return [{"name": r.name, "kind": r.kind, "url": r.url, "cursor": r.cursor,
                 "last_pulled_at": r.last_pulled_at.isoformat() if r.last_pulled_at else None} for r in rows]


def _config(ctx: Context, name: str) -> ConnectorConfig:
    with ctx.db.read() as session:
        row = session.execute(select(ConnectorRow).where(ConnectorRow.name == name)).scalar_one_or_none()
        if row is None:
            raise NotFound(f"no connector named {name!r}", field="name")
        return config_of(row)


def check_connector(ctx: Context, *, name: str) -> CheckResult:
    """Whether the platform answers and the credential works; never raises for a platform's failure."""
    return build_connector(_config(ctx, name)).check()


def remove_connector(ctx: Context, *, name: str) -> None:
    """Stop acting on and pulling from the platform; its subjects, cases and integration stay."""
    with ctx.db.transaction(ctx.clock) as tx:
        row = tx.session.execute(select(ConnectorRow).where(ConnectorRow.name == name)).scalar_one_or_none()
        if row is None:
            raise NotFound(f"no connector named {name!r}", field="name")
        tx.session.delete(row)
        forget_connector_configs(tx.session)
        tx.record(actor="operator", verb=AuditVerb.CONNECTOR_REMOVED, object_id=row.id,
                  summary=f"operator disconnected platform {name}", payload={"name": name, "kind": row.kind})


def pull_all(ctx: Context) -> int:
    """Pull new reports from every pulling connector; one platform failing never stops the others."""
    with ctx.db.read() as session:
        rows = session.execute(select(ConnectorRow, IntegrationRow)
                               .join(IntegrationRow, IntegrationRow.id == ConnectorRow.integration_id)).all()
        targets = [(config_of(c), Principal(kind="integration", id=i.id, name=i.name, via=f"connector {c.name}"))
                   for c, i in rows if hasattr(connector_class(c.kind), "pull_reports")]
    filed = 0
    for config, principal in targets:
        try:
            filed += pull_from(ctx, config, principal)
        except DeliveryFailed as error:
            log.warning("pulling from %s failed: %s", config.name, error)
    return filed


def pull_from(ctx: Context, config: ConnectorConfig, principal: Principal) -> int:
    connector = build_connector(config)
    found, cursor = connector.pull_reports(config.cursor)  # type: ignore[attr-defined]
    for report in found:
        try:
            file_pulled(ctx, principal, report)
        except DomainError as error:
            # One report the platform sent badly must not stop every later one: skip it, say so.
            log.warning("skipping report %s from %s: %s", report.external_id, config.name, error.message)
    with ctx.db.transaction(ctx.clock) as tx:
        row = tx.session.execute(select(ConnectorRow).where(ConnectorRow.name == config.name)).scalar_one_or_none()
        if row is not None:
            row.cursor, row.last_pulled_at = cursor, tx.now
            forget_connector_configs(tx.session)
    return len(found)


def file_pulled(ctx: Context, principal: Principal, report: PulledReport) -> reports.ReportReceipt:
    """Sync the subjects a pulled report concerns, then file it once (its platform id is the idempotency key)."""
    for subject in report.subjects:
        platform_sync.sync_subject(
            ctx, actor=principal, ref=subject.ref, handle=subject.handle, followers=subject.followers,
            verified=False, tags=[], author_id=subject.author_id, content=subject.content,
            platform_data=subject.subject_data, keep_unknown=True,
        )
    return reports.file_report(
        ctx, actor=principal, ref=report.subject.ref, category=report.category, text=report.text,
        reporter=report.reporter, idempotency_key=report.external_id,
        snapshot=report.snapshot.to_dict() if report.snapshot else None,
    )


__all__ = ["KINDS", "add_connector", "check_connector", "list_connectors", "pull_all", "remove_connector"]
