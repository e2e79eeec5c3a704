"""Each API entry point the policy's desk permissions guard answers 403 with what it takes, as it always did."""

from __future__ import annotations

import pytest

from tests.people import hire

API = "/api/v1"
REASON = {"reason": "looked at it"}

# (method, path, body, a role the default policy refuses, the lowest role it lets)
GUARDED = [
    ("GET", "/audit", None, "moderator", "senior"),
    ("GET", "/audit/verify", None, "moderator", "senior"),
    ("GET", "/audit/proof/1", None, "moderator", "senior"),
    ("GET", "/alerts", None, "triage", "moderator"),
    ("GET", "/policy", None, "triage", "moderator"),
    ("GET", "/appeals", None, "triage", "moderator"),
    ("POST", "/appeals/apl_missing/decide", {"overturn": False, "reason": "stands"}, "triage", "moderator"),
    ("POST", "/actions/act_missing/reject", REASON, "triage", "moderator"),
    ("POST", "/actions/act_missing/ratify", REASON, "moderator", "senior"),
    ("POST", "/subjects/account/nobody/confirm-reach-drop", REASON, "moderator", "senior"),
    ("POST", "/reporters/troll/mute", {"reason": "bad faith"}, "triage", "moderator"),
    ("POST", "/reporters/troll/invalidate", {"reason": "bad faith"}, "triage", "moderator"),
    ("POST", "/reporters/ngo/trusted-flagger", {"reason": "DSA Art. 22"}, "senior", "admin"),
    ("GET", "/staff", None, "moderator", "senior"),
    ("POST", "/staff", {"name": "newcomer", "role": "triage"}, "senior", "admin"),
    ("POST", "/staff/someone/role", {"role": "triage"}, "senior", "admin"),  # lowering: at once, for managers
    ("GET", "/staff-changes", None, "senior", "admin"),
    ("GET", "/staff-changes/stc_missing", None, "senior", "admin"),
    ("POST", "/staff-changes/stc_missing/reject", None, "senior", "admin"),
]


@pytest.mark.parametrize(("method", "path", "body", "refused", "lowest"), GUARDED,
                         ids=[f"{m} {p}" for m, p, *_ in GUARDED])
def test_a_desk_entry_point_refuses_a_role_the_policy_does_not_let(client, ctx, method, path, body, refused, lowest):
    person = hire(ctx, "someone", refused)
    response = client.request(method, API + path, json=body, headers=person.headers)
    assert response.status_code == 403, response.text
    assert response.json()["error"] == {"code": "not_permitted", "message": f"this needs the {lowest} role or higher"}
