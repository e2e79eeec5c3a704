"""The seed model ships inside the package, loads offline, and is rebuilt from the corpus the project wrote."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from trustdesk.triage import seed_model
from trustdesk.triage.corpus import writers
from trustdesk.triage.corpus.fragments import expand


def test_the_shipped_seed_model_loads_without_the_network_and_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the seed model must not reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    model = seed_model.SeedModel(__import__("joblib").load(seed_model.model_path()))
    harmful, benign = model.predict(["I'm ending it tonight, I already have the pills", "Great recipe, thanks!"])
    assert harmful.top_class == "selfharm" and harmful.harm > 0.7
    assert benign.harm < 0.5
    assert seed_model.model_path().stat().st_size < 2 * 1024 * 1024


BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_the_shipped_corpus_is_the_fragments_then_the_writers_sets_with_every_class_in_both_languages() -> None:
    rows = seed_model.read_corpus()
    assert writers.added_to([(" ".join(t.split()), lang, c) for t, lang, c in expand()], BENCH) == rows
    for label in seed_model.CLASSES:
        for lang in ("fr", "en"):
            # harassment comes from the writers' sets alone (7-12 texts per set and language); passive ideation is
            # hand-written only (no templates)
            least = {"harassment": 100, "ideation": 200}.get(label, 300)
            assert sum(1 for _, lg, c in rows if (c, lg) == (label, lang)) >= least


def test_no_set_outside_the_writers_list_is_trained_on() -> None:
    """A fresh blind set is run once before anyone reads it; trained on, its numbers would say nothing."""
    corpus = {text for text, _, _ in seed_model.read_corpus()}
    fresh = sorted(p.name for p in BENCH.glob("triage_*.tsv") if p.name not in writers.SETS)
    for name in fresh:
        texts = [row[0] for row in writers.grouped_rows(BENCH, (name,))]
        assert sum(text in corpus for text in texts) <= len(texts) // 50, name  # a stock phrase may recur
    assert set(writers.SETS) <= {p.name for p in BENCH.glob("triage_*.tsv")}
    assert {label for _, _, label, _ in writers.grouped_rows(BENCH)} <= set(seed_model.CLASSES)


def test_training_is_deterministic_and_refuses_unknown_classes() -> None:
    rows = [r for i, r in enumerate(seed_model.read_corpus()) if i % 6 == 0]
    first, second = seed_model.train(rows), seed_model.train(rows)
    texts = ["on a tes photos, paie", "super recette"]
    assert (first.predict_proba(texts) == second.predict_proba(texts)).all()
    with pytest.raises(ValueError, match="unknown classes"):
        seed_model.train([*rows, ("x", "en", "spam")])


def test_round_nine_is_an_optional_part_that_only_adds_its_writers_benign_posts() -> None:
    from trustdesk.triage.corpus import fragments, round9_en, round9_fr

    shipped = fragments.expand_grouped()
    with_round9 = fragments.expand_grouped(parts=(*fragments.PARTS, "round9"))
    own = {f"{lang}:benign:{text}" for lang, texts in (("en", round9_en.BENIGN), ("fr", round9_fr.BENIGN))
           for text in texts}
    # measured against the shipped corpus row for row: the part adds its texts (and their variants), nothing else
    assert [row for row in with_round9 if row[3] not in own] == shipped
    assert {row[2] for row in with_round9 if row[3] in own} == {"benign"}
    assert len(round9_en.BENIGN) == len(round9_fr.BENIGN) == 200
    assert "round9" in fragments.OPTIONAL_PARTS and "round9" not in fragments.PARTS
