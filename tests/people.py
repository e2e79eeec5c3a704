"""Building staff, the platform integration and subjects through the services, as a real operator would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.access import staff
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, authenticate
from trustdesk.services.intake import platform_sync, reports


@dataclass(frozen=True)
class Person:
    principal: Principal
    token: str

    @property
    def id(self) -> str:
        return self.principal.id

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def hire(ctx: Context, name: str, role: str, *, contractor: bool = False, access_end: datetime | None = None,
         password: str | None = None) -> Person:
    credential = staff.add_staff(ctx, actor=None, name=name, role=role, contractor=contractor,
                                 access_end=access_end, password=password)
    return Person(authenticate(ctx, token=credential.token), credential.token)


def platform(ctx: Context, name: str = "platform") -> Person:
    credential = staff.add_integration(ctx, name=name)
    return Person(authenticate(ctx, token=credential.token), credential.token)


def account(ctx: Context, integration: Person, account_id: str, *, followers: int | None = 100,
            verified: bool = False, tags: list[str] | None = None, handle: str | None = None) -> SubjectRef:
    ref = SubjectRef(SubjectKind.ACCOUNT, account_id)
    platform_sync.sync_subject(ctx, actor=integration.principal, ref=ref, handle=handle or account_id,
                               followers=followers, verified=verified, tags=tags or [])
    return ref.on(integration.principal.name)  # staff name the platform: the integration's own


def post(ctx: Context, integration: Person, post_id: str, author_id: str, content: str = "hello") -> SubjectRef:
    ref = SubjectRef(SubjectKind.POST, post_id)
    platform_sync.sync_subject(ctx, actor=integration.principal, ref=ref, handle=None, followers=None, verified=False,
                          tags=[], author_id=author_id, content=content)
    return ref


def report(ctx: Context, integration: Person, ref: SubjectRef, category: str = "harassment",
           reporter: str = "someone", text: str = "abusive") -> reports.ReportReceipt:
    return reports.file_report(ctx, actor=integration.principal, ref=ref, category=category, text=text,
                               reporter=reporter)
