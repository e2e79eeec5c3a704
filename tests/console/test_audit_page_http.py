"""The console's audit page speaks the verb catalogue: a filter that lists every verb, and each entry's line."""

from __future__ import annotations

import html
import re

from tests.console.http_session import PASSWORD, sign_in
from tests.people import hire
from trustdesk.audit.verbs import AuditVerb


def test_the_audit_page_filters_by_catalogued_verb_and_says_what_each_entry_means(ctx, client):
    hire(ctx, "sam", "senior", password=PASSWORD)
    sign_in(client, "sam")  # logs console.signed_in
    assert 'data-nav="audit"' in client.get("/queue").text
    page = client.get("/audit")
    assert page.status_code == 200
    options = set(re.findall(r'<option value="([^"]*)"', page.text))
    assert {verb.value for verb in AuditVerb} <= options and {"", "action.", "staff_change."} <= options
    text = html.unescape(page.text)
    assert AuditVerb.CONSOLE_SIGNED_IN.description in text
    filtered = client.get("/audit", params={"verb": "console.signed_in"})
    assert '<option value="console.signed_in" title=' in filtered.text
    assert re.search(r'<option value="console.signed_in"[^>]* selected>', filtered.text)
    assert "verb-chip" in filtered.text and "staff.added</span>" not in filtered.text


def test_the_audit_page_is_hidden_and_refused_where_the_policy_says_so(ctx, client):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    sign_in(client, "julie")
    assert 'data-nav="audit"' not in client.get("/queue").text
    assert client.get("/audit").status_code == 403
