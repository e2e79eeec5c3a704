"""Inbound webhooks from connected platforms: authenticated by their signature, not by a bearer token."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from trustdesk.api.deps import CtxDep
from trustdesk.api.responses_common import error_responses
from trustdesk.services.intake.inbound_webhooks import receive_webhook

router = APIRouter()


class WebhookSubjectOut(BaseModel):
    platform: str
    kind: str
    id: str


class WebhookAcceptedOut(BaseModel):
    accepted: str  # "report" or "subject"
    report_id: str | None = None
    case_id: str | None = None
    subject: WebhookSubjectOut | None = None


@router.post("/platforms/{name}/webhook", response_model=WebhookAcceptedOut,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
async def platform_webhook(name: str, request: Request, ctx: CtxDep) -> WebhookAcceptedOut:
    """A signed report or subject update from platform NAME (generic signed webhook or Mastodon's)."""
    body = await request.body()
    outcome = await _in_thread(ctx, name, body, dict(request.headers))
    return WebhookAcceptedOut.model_validate(outcome)


async def _in_thread(ctx, name: str, body: bytes, headers: dict) -> dict:  # noqa: ANN001
    # The services are synchronous and touch the database: keep them off the event loop.
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(receive_webhook, ctx, platform=name, body=body, headers=_Headers(headers))


class _Headers(dict):
    """Header lookups ignore case, as HTTP says."""

    def __init__(self, raw: dict) -> None:
        super().__init__({k.lower(): v for k, v in raw.items()})

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(key.lower(), default)
