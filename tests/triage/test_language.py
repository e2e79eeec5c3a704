"""Language ID: offline, ISO 639-1 codes, honest about texts too short to tell."""

from __future__ import annotations

import pytest

from trustdesk.triage import language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Je vais te retrouver ce soir, tu ne verras rien venir.", "fr"),
        ("Bonjour à tous, merci pour vos messages, c'était une belle soirée.", "fr"),
        ("t'es vraiment nul", "fr"),
        ("I know where you live and I am coming for you tonight.", "en"),
        ("Thanks everyone for the kind messages, see you tomorrow!", "en"),
        ("this is spam", "en"),
        ("Hola a todos, gracias por los mensajes de ayer.", "es"),
        ("Vielen Dank für die netten Nachrichten, bis morgen!", "de"),
    ],
)
def test_detects_the_language_of_real_sentences(text: str, code: str) -> None:
    assert language.detect(text) == code


def test_texts_too_short_to_tell_have_no_language() -> None:
    assert language.detect_many(["ok", "lol", "", "👍👍", "https://x.io/abc", "@someone #tag"]) == [None] * 6


def test_batch_keeps_order_and_length() -> None:
    texts = ["Merci beaucoup pour votre aide précieuse", "ok", "Thank you very much for your help"]
    assert language.detect_many(texts) == ["fr", None, "en"]


def test_the_detector_is_built_once_and_reused() -> None:
    assert language.detector() is language.detector()
    assert language.available() and language.missing_reason() is None


@pytest.mark.parametrize("text", ["spam", "L" * 4000, "arnaque totale", "aaaa aaaa aaaa", "lol lol lol", "!!! 😡😡",
                                  "https://bit.ly/x"])
def test_short_or_degenerate_texts_are_unknown_rather_than_guessed(text: str) -> None:
    assert language.detect_many([text]) == [None]


def test_three_ordinary_words_are_enough() -> None:
    assert language.detect_many(["journée de merde", "that movie killed me"]) == ["fr", "en"]
