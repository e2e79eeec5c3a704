"""The writers' sets: texts written blind by people who had read no corpus, rule or earlier set (``bench/``), each
run once on the triage of its day and then used for development. From round 12 the seed model also learns from
them, as they are written: twenty-two writers' voices (forums, chat, games, replies, letters, two languages and
their regional forms) against the corpus's templates and its few writers. Round 14 added v21 and v23-v26 (after
their blind runs) and seven self-harm sets (``triage_selfharm_w*.tsv``): written blind by seven more writers in
other voices (teens, adult forums, night shifts, veterans, people under strain, second-language speakers), each
with self-harm, passive ideation and first-person everyday texts that sound like them; written to train on, so
never run as held-out sets. Round 15 added four more (``w8``-``w11``: older adults, workers in hard jobs, people
just after a loss, neurodivergent people and recovery communities); round 16 v27-v32 (after their blind runs) and
three more self-harm sets (``w12``-``w14``: students, people at the margins, parents and people of faith); round
17 v33-v34 (after their blind runs) and six more (``w15``-``w20``: people ruined by money, people living with
illness or pain, people whose job gives them the means, eating disorders and self-injury, regional French and
English, very short messages of every age); round 18 v35-v38 (after their blind runs) and two more (``w21``,
``w22``: young people at school or a first job, and messages to one person); round 19 v39-v42 (after their
blind runs) and two more (``w23``, ``w24``: West and Central Africa and the Caribbean, and despair buried in
political threads); round 20 v47-v50 (after their blind runs; never v43-v46, kept unread and untrained as the
project's standing held-out sets) and three more (``w25``, ``w27``, ``w28``: addiction and recovery, men who rarely
talk about feelings, carers and the bereaved long after); round 21 v51-v54 (after their blind runs) and four more
(``w26``: people facing the justice system, written on a second brief; ``w29``-``w31``: gamers and streamers, people
in or leaving abusive relationships, heartbreak and dating); round 22 v55-v58 (after their blind runs) and three
more (``w32``-``w34``: parents in the year after a birth, teenagers, people living with long-term mental illness).

A set joins ``SETS`` only after its blind runs are on record; a fresh set is never trained on before it is run
(tests/triage/test_seed_model.py checks that every set in ``bench/`` outside ``SETS`` is absent from the corpus).
Measured leave-one-set-out (``bench/triage_measure.py --loso``: each set scored by a model trained without it, that
is, as a new writer), bench/results/README.md, round 12.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

# In the order they were written; file names under the repository's bench/ directory.
SETS = ("triage_dev.tsv", "triage_heldout_v1.tsv", "triage_heldout.tsv", "triage_heldout_v3.tsv",
        "triage_heldout_v4.tsv", "triage_heldout_v5.tsv", "triage_heldout_v6.tsv", "triage_heldout_v7.tsv",
        "triage_heldout_v8.tsv", "triage_heldout_v9.tsv", "triage_heldout_v10.tsv", "triage_heldout_v11.tsv",
        "triage_heldout_v12.tsv", "triage_heldout_v13.tsv", "triage_heldout_v14.tsv", "triage_heldout_v15.tsv",
        "triage_heldout_v16.tsv", "triage_heldout_v17.tsv", "triage_heldout_v18.tsv", "triage_heldout_v19.tsv",
        "triage_heldout_v20.tsv", "triage_heldout_v22.tsv", "triage_heldout_v21.tsv", "triage_heldout_v23.tsv",
        "triage_heldout_v24.tsv", "triage_heldout_v25.tsv", "triage_heldout_v26.tsv", "triage_heldout_v27.tsv",
        "triage_heldout_v28.tsv", "triage_heldout_v29.tsv", "triage_heldout_v30.tsv", "triage_heldout_v31.tsv",
        "triage_heldout_v32.tsv", "triage_heldout_v33.tsv", "triage_heldout_v34.tsv", "triage_heldout_v35.tsv",
        "triage_heldout_v36.tsv", "triage_heldout_v37.tsv", "triage_heldout_v38.tsv", "triage_heldout_v39.tsv",
        "triage_heldout_v40.tsv", "triage_heldout_v41.tsv", "triage_heldout_v42.tsv", "triage_heldout_v47.tsv",
        "triage_heldout_v48.tsv", "triage_heldout_v49.tsv", "triage_heldout_v50.tsv", "triage_heldout_v51.tsv",
        "triage_heldout_v52.tsv", "triage_heldout_v53.tsv", "triage_heldout_v54.tsv", "triage_heldout_v55.tsv",
        "triage_heldout_v56.tsv", "triage_heldout_v57.tsv", "triage_heldout_v58.tsv",
        "triage_selfharm_w1.tsv", "triage_selfharm_w2.tsv", "triage_selfharm_w3.tsv", "triage_selfharm_w4.tsv",
        "triage_selfharm_w5.tsv", "triage_selfharm_w6.tsv", "triage_selfharm_w7.tsv",
        "triage_selfharm_w8.tsv", "triage_selfharm_w9.tsv", "triage_selfharm_w10.tsv", "triage_selfharm_w11.tsv",
        "triage_selfharm_w12.tsv", "triage_selfharm_w13.tsv", "triage_selfharm_w14.tsv",
        "triage_selfharm_w15.tsv", "triage_selfharm_w16.tsv", "triage_selfharm_w17.tsv", "triage_selfharm_w18.tsv",
        "triage_selfharm_w19.tsv", "triage_selfharm_w20.tsv", "triage_selfharm_w21.tsv", "triage_selfharm_w22.tsv",
        "triage_selfharm_w23.tsv", "triage_selfharm_w24.tsv", "triage_selfharm_w25.tsv", "triage_selfharm_w27.tsv",
        "triage_selfharm_w28.tsv", "triage_selfharm_w26.tsv", "triage_selfharm_w29.tsv", "triage_selfharm_w30.tsv",
        "triage_selfharm_w31.tsv", "triage_selfharm_w32.tsv", "triage_selfharm_w33.tsv", "triage_selfharm_w34.tsv")
# The sets' classes as the seed model knows them: a veiled threat is a threat said otherwise.
MODEL_CLASS = {"veiled": "threat"}


def grouped_rows(directory: str | Path, sets: Sequence[str] = SETS) -> list[tuple[str, str, str, str]]:
    """(text, lang, class, group) rows of the sets under ``directory``, in order, the group naming the set."""
    rows: list[tuple[str, str, str, str]] = []
    for name in sets:
        with open(Path(directory) / name, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = " ".join((row.get("text") or "").split())
                label = row["class"].strip().lower()
                if text:
                    rows.append((text, (row.get("lang") or "").strip().lower(), MODEL_CLASS.get(label, label), name))
    return rows


def rows(directory: str | Path, sets: Sequence[str] = SETS) -> list[tuple[str, str, str]]:
    """(text, lang, class) rows of the sets under ``directory``."""
    return [row[:3] for row in grouped_rows(directory, sets)]


def added_to(corpus: Sequence[tuple[str, str, str]], directory: str | Path) -> list[tuple[str, str, str]]:
    """The corpus, then each writer's text it does not already hold (as ``seed_model.write_corpus`` spaces it)."""
    combined = list(corpus)
    seen = {" ".join(text.split()) for text, _, _ in combined}
    for text, lang, label in rows(directory):
        if text not in seen:
            seen.add(text)
            combined.append((text, lang, label))
    return combined
