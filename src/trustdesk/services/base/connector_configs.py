"""Reading configured connectors as domain values, and what each platform cannot undo."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.connectors.base import ConnectorConfig
from trustdesk.connectors.registry import irreversible_actions, unsupported_reason
from trustdesk.domain.actions import ActionType
from trustdesk.domain.subjects import SubjectKind
from trustdesk.storage.tables_platforms import ConnectorRow


def config_of(row: ConnectorRow) -> ConnectorConfig:
    return ConnectorConfig(name=row.name, kind=row.kind, url=row.url, credential=row.credential, cursor=row.cursor,
                           webhook_secret=row.webhook_secret)


_CACHE_KEY = "trustdesk.connector_configs"
_NONE = object()


def connector_config(session: Session, platform: str) -> ConnectorConfig | None:
    """Kept for the session (one transaction: an intake batch asks once per platform, not once per report);
    code that writes connector rows forgets it (forget_connector_configs)."""
    cache = session.info.setdefault(_CACHE_KEY, {})
    found = cache.get(platform, _NONE)
    if found is _NONE:
        row = session.execute(select(ConnectorRow).where(ConnectorRow.name == platform)).scalar_one_or_none()
        found = cache[platform] = config_of(row) if row is not None else None
    return found


def forget_connector_configs(session: Session) -> None:
    session.info.pop(_CACHE_KEY, None)


def cannot_undo(session: Session, platform: str, action_type: ActionType) -> ConnectorConfig | None:
    """The platform's connector when it cannot reverse this action there, else None."""
    config = connector_config(session, platform)
    if config is None or action_type not in irreversible_actions(config.kind):
        return None
    return config


def cannot_carry_out(session: Session, platform: str, action_type: ActionType,
                     subject_kind: SubjectKind) -> tuple[ConnectorConfig, str] | None:
    """The platform's connector and its reason when it cannot carry out this action on such a subject at all."""
    config = connector_config(session, platform)
    reason = unsupported_reason(config.kind, action_type, subject_kind) if config is not None else None
    return (config, reason) if config is not None and reason is not None else None
