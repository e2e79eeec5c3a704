"""Triage over HTTP: queues and claim-next, bulk actions, notes, reporters, an account's roll-up."""

from __future__ import annotations

from tests.people import account, hire, platform, post, report
from trustdesk.services.enforcement.bulk import MAX_BULK


def test_queues_list_only_what_the_caller_may_see_and_claim_next_takes_the_top_case(ctx, client):
    integration = platform(ctx)
    report(ctx, integration, account(ctx, integration, "vip", followers=41_700_000, tags=["public-interest"]),
           category="threat", text="I will find you")
    ordinary = report(ctx, integration, account(ctx, integration, "someone"), category="spam", text="ads")
    mod, senior = hire(ctx, "mod", "moderator"), hire(ctx, "sen", "senior")
    names = [q["name"] for q in client.get("/api/v1/queues", headers=mod.headers).json()["items"]]
    assert "protected" not in names and "general" in names
    general = next(q for q in client.get("/api/v1/queues", headers=mod.headers).json()["items"]
                   if q["name"] == "general")
    assert general["depth"] == 1 and general["sla_minutes"] == 1440
    refused = client.post("/api/v1/queues/protected/claim-next", headers=mod.headers)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "not_permitted"
    assert client.post("/api/v1/queues/nope/claim-next", headers=mod.headers).status_code == 404
    claimed = client.post("/api/v1/cases/claim-next", headers=mod.headers)
    assert claimed.status_code == 200 and claimed.json()["case"]["id"] == ordinary.case_id
    assert client.post("/api/v1/cases/claim-next", headers=mod.headers).json() == {"case": None}
    top = client.post("/api/v1/queues/protected/claim-next", headers=senior.headers).json()["case"]
    assert top["queue"] == "protected" and "41.7M reach" in top["priority_line"]
    assert top["sla_breached"] is False and top["sla_due_at"]


def test_bulk_actions_over_http_report_each_item_and_refuse_oversized_requests(ctx, client):
    integration = platform(ctx)
    receipts = [report(ctx, integration, account(ctx, integration, f"a{i}"), category="spam") for i in range(3)]
    mod = hire(ctx, "mod", "moderator")
    done = client.post("/api/v1/cases/bulk-actions", headers=mod.headers,
                       json={"type": "dismiss", "reason": "not spam", "case_ids": [r.case_id for r in receipts]})
    assert done.status_code == 200, done.text
    assert done.json()["counts"] == {"executed": 3}
    too_many = client.post("/api/v1/cases/bulk-actions", headers=mod.headers,
                           json={"type": "dismiss", "reason": "x", "case_ids": [f"c{i}" for i in range(MAX_BULK + 1)]})
    assert too_many.status_code == 413 and too_many.json()["error"]["code"] == "too_large"
    unknown = client.post("/api/v1/cases/bulk-actions", headers=mod.headers,
                          json={"type": "obliterate", "reason": "x", "case_ids": ["c1"]})
    assert unknown.status_code == 422
    warned = client.post("/api/v1/cases/bulk-actions", headers=mod.headers,
                         json={"type": "label", "reason": "context", "label": "satire",
                               "subjects": [{"kind": "account", "id": "a0"}, {"kind": "account", "id": "big"}]})
    assert warned.status_code == 200  # "big" was never synced: unknown subject, reported per item
    assert [r["status"] for r in warned.json()["results"]] == ["executed", "error"]


def test_notes_are_added_and_listed_by_case_or_subject(ctx, client):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc"))
    mod = hire(ctx, "mod", "moderator")
    added = client.post("/api/v1/notes", headers=mod.headers, json={"case_id": receipt.case_id, "text": "see ticket"})
    assert added.status_code == 201
    client.post("/api/v1/notes", headers=mod.headers,
                json={"subject": {"kind": "account", "id": "acc"}, "text": "repeat offender"})
    by_case = client.get("/api/v1/notes", headers=mod.headers, params={"case_id": receipt.case_id}).json()
    by_subject = client.get("/api/v1/notes", headers=mod.headers, params={"subject": "account/acc"}).json()
    assert by_case["count"] == 1 and by_subject["count"] == 2
    assert client.post("/api/v1/notes", headers=mod.headers, json={"text": "where?"}).status_code == 422
    assert client.get("/api/v1/notes", headers=mod.headers, params={"subject": "acc"}).status_code == 422


def test_reporters_can_be_muted_invalidated_and_made_trusted_flaggers_by_the_right_people(ctx, client):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc"), reporter="org/hotline")
    mod, admin = hire(ctx, "mod", "moderator"), hire(ctx, "root", "admin")
    reason = {"reason": "DSA Art. 22 designation"}
    assert client.post("/api/v1/reporters/org/hotline/trusted-flagger", headers=mod.headers,
                       json=reason).status_code == 403
    granted = client.post("/api/v1/reporters/org/hotline/trusted-flagger", headers=admin.headers, json=reason)
    assert granted.status_code == 200 and granted.json()["trusted_flagger"] is True
    case = client.get(f"/api/v1/cases/{receipt.case_id}", headers=mod.headers).json()
    assert "trusted flagger" in case["priority_line"]
    muted = client.post("/api/v1/reporters/troll/mute", headers=mod.headers, json={"reason": "bad faith"})
    assert muted.status_code == 200 and muted.json()["muted"] is True
    invalidated = client.post("/api/v1/reporters/org/hotline/invalidate", headers=mod.headers,
                              json={"reason": "filed in error"})
    assert invalidated.json()["invalidated_reports"] == 1
    assert client.get("/api/v1/reporters/org/hotline", headers=mod.headers).json()["total_reports"] == 1
    assert client.get("/api/v1/reporters/nobody", headers=mod.headers).status_code == 404
    assert client.post("/api/v1/reporters/x/mute", headers=mod.headers, json={}).status_code == 422


def test_an_accounts_rollup_shows_the_cases_on_its_posts(ctx, client):
    integration = platform(ctx)
    account(ctx, integration, "author")
    report(ctx, integration, post(ctx, integration, "p1", "author"), category="hate")
    mod = hire(ctx, "mod", "moderator")
    rollup = client.get("/api/v1/subjects/account/author/rollup", headers=mod.headers).json()
    assert rollup["open_cases_on_posts"] == 1 and rollup["cases"][0]["subject"]["id"] == "p1"
    assert client.get("/api/v1/subjects/account/ghost/rollup", headers=mod.headers).status_code == 404


def test_a_cases_triage_view_says_why_it_ranks_where_it_does(ctx, client):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc", followers=5_000), category="threat",
                     reporter="r1", text="Je vais te retrouver, je sais où tu habites.")
    mod = hire(ctx, "mod", "moderator")
    view = client.get(f"/api/v1/cases/{receipt.case_id}/triage", headers=mod.headers).json()
    assert set(view["parts"]) == {"severity", "content", "reach", "reporters", "sla"}
    assert abs(sum(view["parts"].values()) - view["score"]) < 0.05
    assert view["queue"] == "french" and view["reports"][0]["language"] == "fr"
    assert view["reports"][0]["abuse"] > 0.3 and view["reports"][0]["invalidated"] is False
    assert client.get("/api/v1/cases/case_nope/triage", headers=mod.headers).status_code == 404


def test_claim_next_checks_the_token_every_time_and_claims_nothing_for_a_member_whose_access_ended(ctx, client):
    # claim-next checks the token and claims in one worker-thread call (quick during a flood): the check must
    # still come first, every time, on both routes.
    from trustdesk.services.access import staff

    integration = platform(ctx)
    waiting = report(ctx, integration, account(ctx, integration, "someone"), category="spam", text="ads")
    mod = hire(ctx, "mod", "moderator")
    for path in ("/api/v1/cases/claim-next", "/api/v1/queues/general/claim-next"):
        assert client.post(path).status_code == 401
        assert client.post(path, headers={"Authorization": "Bearer not-a-token"}).status_code == 401
        assert client.post(path, headers=integration.headers).status_code == 403
    assert client.get(f"/api/v1/cases/{waiting.case_id}", headers=mod.headers).json()["claimed_by"] is None
    staff.change_staff(ctx, actor=None, name="mod", end_access_now=True)
    for path in ("/api/v1/cases/claim-next", "/api/v1/queues/general/claim-next"):
        assert client.post(path, headers=mod.headers).status_code == 401
    senior = hire(ctx, "sen", "senior")
    assert client.get(f"/api/v1/cases/{waiting.case_id}", headers=senior.headers).json()["claimed_by"] is None
