"""Abuse lexicons: threats and self-harm in French and English, without flagging the harmless."""

from __future__ import annotations

import pytest

from trustdesk.triage import lexicon
from trustdesk.triage.signals import CompositeScorer


def labels(text: str, language: str | None) -> set[str]:
    return {hit.label for hit in lexicon.scan(text, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Je vais te tuer", "fr"),
        ("Je sais où tu habites, fais gaffe", "fr"),
        ("je vais te faire la peau", "fr"),
        ("On va te choper ce soir", "fr"),
        ("je vais te retrouver et te tuer", "fr"),
        ("on va vous égorger", "fr"),
        ("I'm going to kill you", "en"),
        ("I know where you live", "en"),
        ("ill come for you after work", "en"),
        ("I will burn your house", "en"),
    ],
)
def test_finds_a_threat_in_french_and_english(text: str, language: str) -> None:
    assert "threat" in labels(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("kill yourself", "en"), ("I want to kill myself", "en"), ("va te pendre", "fr"),
     ("je veux mourir", "fr")],
)
def test_finds_self_harm_incitement_and_risk(text: str, language: str) -> None:
    assert "self_harm" in labels(text, language)


def test_a_quoted_threat_in_a_report_still_counts_most_of_its_weight() -> None:
    direct = max(hit.strength for hit in lexicon.scan("je vais te tuer", "fr"))
    quoted = max(hit.strength for hit in lexicon.scan("il m'a écrit « je vais te tuer »", "fr"))
    assert 0.7 * direct <= quoted < direct


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Great day at the park with Sam!", "en"),
        ("Super journée au parc avec Camille !", "fr"),
        ("un café con leche, por favor", "es"),  # "con" is French abuse but Spanish for "with"
        ("un caffè con latte, per favore", "it"),
        ("Je vais te retrouver à la gare ce soir", "fr"),  # meeting someone, not hunting them
        ("Je vais te retrouver à la gare ce soir", None),
        ("What a killer goal, you are dead right about that team", "en"),
        ("t'es mort de fatigue après le match, va dormir", "fr"),
        ("une espèce de thon menacée a été retrouvée en Méditerranée", "fr"),  # a species, not an insult
        ("la vache, quelle journée", "fr"),
        ("wait until you reply to the landlord before you sign", "en"),
        ("attends jusqu'à ce que tu répondes au prof pour t'inscrire", "fr"),
    ],
)
def test_harmless_text_has_no_abuse_labels(text: str, language: str | None) -> None:
    assert labels(text, language) == set()


def test_every_trustdesk_rule_compiles_in_every_pack() -> None:
    for language in (*lexicon.PACK_LANGUAGES, None):
        assert lexicon.scan("hello", language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("espèce de tocard, personne te calcule", "fr"),
    ("regardez cette grosse baleine qui se prend pour un mannequin", "fr"),
    ("t'es tellement débile que ça fait peur", "fr"),
    ("what an ugly freak, the stupidest guy on this app", "en"),
    ("I'll be in your replies every day until you quit, you can't block me", "en"),
    ("je reviendrai sous chaque vidéo jusqu'à ce que tu supprimes ta chaîne", "fr"),
])
def test_finds_insults_aimed_at_a_person_without_swear_words(text: str, language: str) -> None:
    assert "harassment" in labels(text, language)


def test_insults_in_game_banter_are_lowered(composite: CompositeScorer) -> None:
    banter, insult = composite.score_many(["t'es trop débile au Mario Kart mdr", "t'es trop débile, dégage"])
    assert banter.abuse < insult.abuse
