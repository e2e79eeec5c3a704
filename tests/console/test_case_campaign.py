"""The console's case page says when the case's text was reported on many subjects (a campaign), with counts as of
the campaign's latest report, and links to the campaign's other open cases."""

from __future__ import annotations

from tests.console.http_session import PASSWORD, sign_in
from tests.people import account, hire, platform, report


def test_the_case_page_names_a_repeated_text_campaign_and_links_its_other_cases(ctx, client):
    integration = platform(ctx)
    text = "Earn {n}00 a day from your phone, no experience needed, join at cash{n}.example today"
    receipts = [report(ctx, integration, account(ctx, integration, f"bot-{i}"), category="spam", reporter=f"u{i}",
                       text=text.format(n=i)) for i in range(4)]
    lone = report(ctx, integration, account(ctx, integration, "baker"), category="spam", reporter="u9",
                  text="this bakery account posts its opening hours every single day")
    hire(ctx, "julie", "moderator", password=PASSWORD)
    sign_in(client, "julie")
    page = client.get(f"/cases/{receipts[0].case_id}").text
    assert "Repeated text" in page and "repeated text · 4 reports on 4 subjects in 1 min, from 4 reporters" in page
    assert all(f'href="/cases/{r.case_id}"' in page for r in receipts[1:])
    assert "Repeated text" not in client.get(f"/cases/{lone.case_id}").text
