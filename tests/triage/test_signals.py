"""The composite scorer and the scorer interface a platform plugs its own model into."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from trustdesk.triage import language, lexicon, profanity
from trustdesk.triage.history import generate_decision_history
from trustdesk.triage.loading import load_scorer
from trustdesk.triage.signals import CompositeScorer, ContentScorer, ContentSignals


def test_a_french_threat_gets_its_language_a_threat_label_and_high_abuse(composite: CompositeScorer) -> None:
    [signals] = composite.score_many(["Je sais où tu habites. Je vais te tuer, sale connard."])
    assert signals.language == "fr"
    assert signals.labels[0] == "threat"
    assert signals.abuse > 0.7
    assert "threat “Je vais te tuer”" in signals.explanation  # the most severe of its two threats


def test_an_english_threat_and_a_benign_post(composite: CompositeScorer) -> None:
    texts = ["I know where you live, watch your back", "Lovely day at the park!"]
    threat, benign = composite.score_many(texts)
    assert (threat.language, benign.language) == ("en", "en")
    assert "threat" in threat.labels and benign.labels == ()
    assert threat.abuse > 0.5 > 0.1 > benign.abuse
    assert benign.explanation == "en · no abuse signals"


def test_profanity_alone_is_weak_evidence_of_abuse(composite: CompositeScorer) -> None:
    [cheer] = composite.score_many(["that match was fucking amazing, what a goal"])
    assert cheer.labels == ("profanity",)
    assert cheer.abuse <= 0.35


def test_scores_keep_the_order_and_length_of_the_batch(composite: CompositeScorer) -> None:
    texts = ["kill yourself", "bonne journée à tous", "", "Buy 10k followers now at cheap-likes.example"]
    signals = composite.score_many(texts)
    assert len(signals) == 4
    assert "self_harm" in signals[0].labels and signals[1].language == "fr" and signals[2].language is None
    assert composite.score_many([]) == []


def test_abuse_is_higher_for_what_moderators_actioned(composite: CompositeScorer) -> None:
    history = generate_decision_history(400, seed=3)
    signals = composite.score_many([text for text, _ in history])
    assert all(0.0 <= s.abuse <= 1.0 for s in signals)
    actioned = [s.abuse for s, (_, was) in zip(signals, history, strict=True) if was]
    dismissed = [s.abuse for s, (_, was) in zip(signals, history, strict=True) if not was]
    assert sum(actioned) / len(actioned) > 2 * sum(dismissed) / len(dismissed)


def test_a_very_long_text_is_scored_quickly(composite: CompositeScorer) -> None:
    [signals] = composite.score_many(["je vais te tuer " + "bla " * 50_000])
    assert "threat" in signals.labels


def test_the_composite_scorer_is_a_content_scorer(composite: CompositeScorer) -> None:
    assert isinstance(composite, ContentScorer)
    assert composite.name == "composite(lingua+safetype+profanity-check)"


def test_missing_packages_degrade_the_composite_and_its_name_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Forget what was loaded, then make each `import package` fail the way a missing install does.
    for module, loaded in ((language, "_detector"), (profanity, "_predict")):
        monkeypatch.setattr(module, loaded, None)
        monkeypatch.setattr(module, "_missing", None)
        monkeypatch.setattr(module, "_loaded", False)
    monkeypatch.setattr(lexicon, "_engines", {})
    monkeypatch.setattr(lexicon, "_missing", None)
    for package in ("lingua", "safetype", "profanity_check"):
        monkeypatch.setitem(sys.modules, package, None)

    scorer = CompositeScorer()
    assert scorer.name == "composite(nothing; missing: lingua, safetype, profanity-check)"
    assert scorer.score_many(["je vais te tuer"]) == [
        ContentSignals(None, 0.0, (), "language unknown · no abuse signals")
    ]
    assert "lingua" in (language.missing_reason() or "")


def test_the_default_spec_loads_the_composite_scorer() -> None:
    assert isinstance(load_scorer(None), CompositeScorer)
    assert isinstance(load_scorer("default"), CompositeScorer)


PLATFORM_SCORER = '''
from trustdesk.triage.signals import ContentSignals


class KeywordScorer:
    """A platform's own model: anything mentioning "scam" is abusive."""

    name = "keyword-v1"

    def score_many(self, texts):
        return [ContentSignals("en", 1.0 if "scam" in t else 0.0, ("scam",) if "scam" in t else (), "keyword")
                for t in texts]


scorer = KeywordScorer()


def make():
    return KeywordScorer()


not_a_scorer = 42
'''


@pytest.fixture
def platform_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    (tmp_path / "acme_scorer.py").write_text(textwrap.dedent(PLATFORM_SCORER), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "acme_scorer", raising=False)
    return "acme_scorer"


@pytest.mark.parametrize("attr", ["KeywordScorer", "scorer", "make"])
def test_a_platform_plugs_its_own_scorer_by_module_and_attribute(platform_module: str, attr: str) -> None:
    scorer = load_scorer(f"{platform_module}:{attr}")
    assert scorer.name == "keyword-v1"
    assert [s.abuse for s in scorer.score_many(["a scam link", "hello"])] == [1.0, 0.0]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("acme_scorer:missing", "no attribute"),
        ("acme_scorer:not_a_scorer", "not a ContentScorer"),
        ("no_such_module_anywhere:scorer", "cannot be imported"),
        ("acme_scorer", "must be"),
    ],
)
def test_a_bad_scorer_spec_is_refused_with_a_reason(platform_module: str, spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_scorer(spec)
