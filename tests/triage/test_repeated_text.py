"""Repeated-text fingerprints: copies of one campaign text match whatever they vary (case, accents, links, handles,
digits, emoji, punctuation); different texts and texts too short to be telling do not."""

from __future__ import annotations

import pytest

from trustdesk.triage.repeated_text import RepeatedText, normalise, text_print

COPIES = [
    "WIN a FREE iPhone 15!!! 🎁 claim it at https://bit.ly/abc123 now, only 3 left",
    "win a free iphone 16 🎁🎁 claim it at bit.ly/zz9 now... only 12 left!!",
    "Win a free iPhone 15 - claim it at www.free-phones.example/claim?id=77 now, only 1 left",
    "@maria_88 WIN A FREE IPHONE 15 claim it at tinyurl.com/x now only 3 left",
]


def test_copies_that_change_digits_links_handles_case_and_emoji_share_one_fingerprint():
    prints = {text_print(text) for text in COPIES}
    assert len(prints) == 1 and None not in prints


def test_accents_and_spacing_do_not_matter_but_words_do():
    assert text_print("Gagnez 5000 € par jour depuis chez vous, écrivez-moi") == \
        text_print("gagnez   50 €  par JOUR depuis chez vous ecrivez moi !!")
    assert text_print("Gagnez 5000 € par jour depuis chez vous, écrivez-moi") != \
        text_print("Gagnez 5000 € par semaine depuis chez vous, écrivez-moi")


@pytest.mark.parametrize("text", ["spam", "this is spam", "ok 👍", "http://bit.ly/x http://bit.ly/y", "12345 678 9"])
def test_short_or_wordless_texts_get_no_fingerprint(text):
    assert text_print(text) is None


def test_normalise_says_what_it_kept():
    assert normalise("Éric: GO to https://x.example/a?b=1 & pay @bob 250€!!") == "eric go to url pay 0"


def test_a_campaign_needs_several_subjects_and_more_than_one_reporter():
    assert not RepeatedText(reports=40, subjects=1, voices=40, span_seconds=60).campaign  # one post, many reporters
    assert not RepeatedText(reports=9, subjects=9, voices=1, span_seconds=60).campaign  # one reporter's habit
    two = RepeatedText(reports=2, subjects=2, voices=2, span_seconds=60)
    three = RepeatedText(reports=3, subjects=3, voices=2, span_seconds=60)
    many = RepeatedText(reports=37, subjects=12, voices=30, span_seconds=3600)
    assert not two.campaign and two.strength == 0 and two.describe() == ""
    assert three.campaign and 0.5 <= three.strength < many.strength < 1
    assert many.describe() == "repeated text · 37 reports on 12 subjects in 1 h"
    assert RepeatedText(5, 5, 5, 0).describe().endswith("in 1 min")
    assert RepeatedText(5, 5, 5, 7200).describe().endswith("in 2 h")
