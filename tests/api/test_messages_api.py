"""A case's message thread: staff write to the owner through the platform, the platform relays the owner's replies."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.people import hire, platform
from trustdesk.storage.tables import AuditEntryRow, OutboxRow


def test_a_thread_between_a_moderator_and_the_owner(ctx, client):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator", password="correct horse battery")
    client.put("/api/v1/subjects/account/a1", headers=integration.headers, json={"handle": "a1", "followers": 10})
    case_id = client.post("/api/v1/reports", headers=integration.headers,
                          json={"subject": {"kind": "account", "id": "a1"}, "category": "spam", "text": "spam",
                                "reporter": "r1"}).json()["case_id"]
    sent = client.post(f"/api/v1/cases/{case_id}/messages", headers=julie.headers,
                       json={"text": "Why do you post the same link 200 times?"})
    assert sent.status_code == 201 and sent.json()["direction"] == "to_person" and sent.json()["person"] == "a1"
    reply = client.post(f"/api/v1/cases/{case_id}/messages", headers=integration.headers,
                        json={"text": "It is my shop, sorry", "person": "a1"})
    assert reply.status_code == 201 and reply.json()["direction"] == "from_person"
    stranger = client.post(f"/api/v1/cases/{case_id}/messages", headers=integration.headers,
                           json={"text": "hi", "person": "r1"})
    assert stranger.status_code == 403 and stranger.json()["error"]["field"] == "person"
    assert client.post("/api/v1/cases/case_nope/messages", headers=julie.headers,
                       json={"text": "x"}).status_code == 404
    assert client.post(f"/api/v1/cases/{case_id}/messages", headers=julie.headers,
                       json={"text": "   "}).status_code == 422
    thread = client.get(f"/api/v1/cases/{case_id}/messages", headers=julie.headers).json()["items"]
    assert [(m["direction"], m["text"]) for m in thread] == [
        ("to_person", "Why do you post the same link 200 times?"), ("from_person", "It is my shop, sorry")]
    assert client.get(f"/api/v1/cases/{case_id}/messages", headers=integration.headers).status_code == 403
    with ctx.db.read() as session:
        [outgoing] = session.execute(select(OutboxRow).where(OutboxRow.kind == "platform.message")).scalars().all()
        verbs = session.execute(select(AuditEntryRow.verb).where(AuditEntryRow.verb.like("message.%"))).scalars()
        assert outgoing.payload["recipient"] == "a1" and sorted(verbs) == ["message.received", "message.sent"]
    # The console shows the thread on the case and sends a template reply when the text is left empty.
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/sign-in").text).group(1)
    client.post("/sign-in", data={"name": "julie", "password": "correct horse battery", "csrf": token,
                                  "next": "/queue"})
    page = client.get(f"/cases/{case_id}").text
    assert "It is my shop, sorry" in page and "Ask for context" in page
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    done = client.post(f"/cases/{case_id}/messages", data={"csrf": token, "text": "", "template": "under_review"})
    assert "Message queued for the owner" in done.text and "your case is being reviewed by our team" in done.text
