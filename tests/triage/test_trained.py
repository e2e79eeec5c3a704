"""The model trained on moderators' past decisions: train, evaluate, save versions, load the latest, score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trustdesk.triage.history import generate_decision_history
from trustdesk.triage.loading import load_scorer
from trustdesk.triage.signals import ContentScorer
from trustdesk.triage.trained import TrainedScorer, load, load_latest, train_model


@pytest.fixture(scope="module")
def history() -> list[tuple[str, bool]]:
    return generate_decision_history(1_500, seed=7)


def test_the_trainer_round_trips_on_a_generated_history(
    history: list[tuple[str, bool]], tmp_path: Path
) -> None:
    model = train_model(history, seed=0)
    print("\n" + model.describe())
    assert model.metrics["roc_auc"] > 0.8
    assert model.metrics["precision"] > 0.7 and model.metrics["recall"] > 0.7
    assert model.metrics["n_test"] == 300  # a 20% hold-out

    first = model.save(tmp_path)
    second = model.save(tmp_path)
    assert (first.name, second.name) == ("model-v1.joblib", "model-v2.joblib")
    meta = json.loads((tmp_path / "model-v2.json").read_text(encoding="utf-8"))
    assert meta["version"] == 2 and meta["n_examples"] == 1_500 and "trained_at" in meta
    assert meta["metrics"]["roc_auc"] == pytest.approx(model.metrics["roc_auc"])

    latest = load_latest(tmp_path)
    assert latest.version == 2
    texts = ["je vais te faire la peau, je sais où tu habites", "Super journée au parc avec Léa !"]
    assert latest.predict_proba(texts) == pytest.approx(model.predict_proba(texts))

    scorer = TrainedScorer(latest)
    assert isinstance(scorer, ContentScorer) and scorer.name == "trained-v2"
    threat, benign = scorer.score_many(texts)
    assert threat.abuse > 0.7 > 0.3 > benign.abuse


def test_trained_scorer_on_top_of_the_composite_keeps_language_and_labels(
    history: list[tuple[str, bool]], tmp_path: Path
) -> None:
    train_model(history[:600], seed=0).save(tmp_path)
    scorer = load_scorer(f"trained:{tmp_path}")
    assert scorer.name == "trained-v1+composite(lingua+safetype+profanity-check)"
    [signals] = scorer.score_many(["Je vais te tuer"])
    assert signals.language == "fr" and "threat" in signals.labels
    assert "past decisions" in signals.explanation


def test_training_is_reproducible_for_a_seed(history: list[tuple[str, bool]]) -> None:
    assert train_model(history[:400], seed=3).metrics == train_model(history[:400], seed=3).metrics


def test_a_tampered_model_file_is_refused(history: list[tuple[str, bool]], tmp_path: Path) -> None:
    path = train_model(history[:300]).save(tmp_path)
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(ValueError, match="checksum"):
        load(tmp_path, 1)


def test_loading_from_an_empty_directory_says_to_train_first(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="triage train"):
        load_latest(tmp_path)


def test_too_few_decisions_or_one_outcome_cannot_train() -> None:
    with pytest.raises(ValueError, match="at least 20"):
        train_model([("a", True)] * 5 + [("b", False)] * 5)
    with pytest.raises(ValueError, match="actioned and"):
        train_model([("spam spam", True)] * 40 + [("hello", False)] * 2)
