"""What a change to the seed corpus or model adds, before it ships: grouped cross-validation on the corpus and the
content score on the development sets, without a database (fast enough to try many variants).

    .venv/bin/python bench/triage_measure.py [--variant NAME ...]

- ``cv``: 5-fold cross-validation of the seed model alone, harm against benign, with every filled variant of one
  template kept on the same side of a split (otherwise the folds share sentences and the number flatters).
- dev sets (the writers' sets of ``trustdesk.triage.corpus.writers.SETS``: bench/triage_dev.tsv,
  triage_heldout_v1.tsv, triage_heldout.tsv, _v3 … _v42 and the self-harm sets triage_selfharm_w1 … w24; ``--sets
  dev,v1`` picks some, and may name a fresh set outside them, v43): the composite content score; a text the self-harm
  urgent route takes ranks above all others, then possible self-harm, as in the queue. ``_sh`` is self-harm texts in
  the top decile (as ``trustdesk triage eval`` counts them), ``_falseurg`` the benign texts the urgent route takes,
  ``_possible`` those ranked as possible self-harm. Since round 12 the seed model is trained on these sets too
  (``--no-writers``: without them), so scoring them with the model trained on everything (or the shipped one,
  ``--shipped``) measures what it remembers; ``--loso`` scores each set with a model trained without it, as a new
  writer's. These sets have also shaped the rules, so even ``--loso`` gives development numbers; ``trustdesk triage
  eval`` on a set nobody has read is the honest measurement.
- ``--heldout-part NAME --folds K``: a corpus part (a new writer's sentences) scored as if unseen: each of K folds of
  it by a model trained without that fold, and the urgent route's counts per class (plans, benign, passive ideation
  on the route). ``--folds 1`` trains on no part of it: what the rules and the rest of the corpus do for that writer.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from trustdesk.triage.corpus.writers import SETS  # noqa: E402  (the writers' sets: trained on since round 12)

# Read and used for development, not trained on. Empty since round 14, which trained on v21 and v23-v26 after their
# blind runs (round 16: v27-v32); the newest held-out sets in bench/ (v33, v34) are not read for development, so they
# are not here either.
NOT_TRAINED_ON: tuple[str, ...] = ()
DEV_SETS = (*SETS, *NOT_TRAINED_ON)


def _auc(labels: Sequence[bool], scores: Sequence[float]) -> float:
    from trustdesk.triage.evaluation import roc_auc

    return roc_auc(labels, scores) or float("nan")


def grouped_cv(rows: Sequence[tuple[str, str, str, str]], train: Callable[[Any], Any]) -> dict[str, float]:
    from sklearn.model_selection import GroupKFold

    from trustdesk.triage import seed_model

    labels = [label for _, _, label, _ in rows]
    groups = [group for _, _, _, group in rows]
    scores = [0.0] * len(rows)
    for fit, test in GroupKFold(5).split(rows, labels, groups):
        model = seed_model.SeedModel(train([rows[i][:3] for i in fit]))
        for i, p in zip(test, model.predict([rows[i][0] for i in test]), strict=True):
            scores[i] = p.harm
    harmful = [label != "benign" for label in labels]
    out = {"cv": _auc(harmful, scores)}
    for lang in ("en", "fr"):
        idx = [i for i, row in enumerate(rows) if row[1] == lang]
        out[f"cv_{lang}"] = _auc([harmful[i] for i in idx], [scores[i] for i in idx])
    return out


def _short(name: str) -> str:
    short = name.removeprefix("triage_").removesuffix(".tsv").removeprefix("heldout_")
    return "v2" if short == "heldout" else short


def dev_scores(pipeline: Any, *, show: bool = False, sets: Sequence[str] = DEV_SETS) -> dict[str, float | str | int]:
    from trustdesk.triage import seed_model
    from trustdesk.triage.evaluation import Scored, evaluate, read_examples
    from trustdesk.triage.harms import LABEL_URGENCY, POSSIBLE_SELF_HARM, SELF_HARM_INTENT
    from trustdesk.triage.signals import CompositeScorer

    seed_model._model, seed_model._loaded = seed_model.SeedModel(pipeline), True
    scorer = CompositeScorer()
    out: dict[str, float | str | int] = {}
    for name in sets:
        examples = read_examples(ROOT / "bench" / name)
        signals = scorer.score_many([e.text for e in examples])
        urgent = [SELF_HARM_INTENT in s.labels for s in signals]
        possible = [POSSIBLE_SELF_HARM in s.labels for s in signals]
        # The urgent route first, then possible self-harm, then the rest by abuse: the queue's order.
        scores = [s.abuse + max((LABEL_URGENCY.get(label, 0) for label in s.labels), default=0) for s in signals]
        short = _short(name)
        out[short] = _auc([e.abusive for e in examples], scores)
        for lang in ("en", "fr"):
            idx = [i for i, e in enumerate(examples) if e.lang == lang]
            out[f"{short}_{lang}"] = _auc([examples[i].abusive for i in idx], [scores[i] for i in idx])
        rows = [Scored(e, score) for e, score in zip(examples, scores, strict=True)]
        top, total = evaluate(rows).urgent_in_top_decile
        out[f"{short}_sh"] = f"{top}/{total}"
        out[f"{short}_falseurg"] = sum(u for u, e in zip(urgent, examples, strict=True) if not e.abusive)
        out[f"{short}_ideation"] = sum(u for u, e in zip(urgent, examples, strict=True) if e.label == "ideation")
        out[f"{short}_possible"] = sum(p for p, e in zip(possible, examples, strict=True) if not e.abusive)
        if show:
            for e, s, u in zip(examples, signals, urgent, strict=True):
                if u != (e.label == "selfharm"):
                    print(f"{short} {'FALSE-URGENT' if u else 'MISSED'} {s.abuse:.2f} {e.label} {e.text[:110]!r}"
                          f" [{s.explanation[:80]}]")
    return out


def route_counts(scorer: Any, rows: Sequence[tuple[str, str, str]]) -> dict[str, list[int]]:
    """Per class of ``rows`` (text, lang, class): [texts the self-harm urgent route takes, texts]."""
    from trustdesk.triage.harms import SELF_HARM_INTENT

    counts: dict[str, list[int]] = {}
    for (_, _, label), signals in zip(rows, scorer.score_many([text for text, _, _ in rows]), strict=True):
        count = counts.setdefault(label, [0, 0])
        count[0] += SELF_HARM_INTENT in signals.labels
        count[1] += 1
    return counts


def heldout_part(part: str, parts: Sequence[str], folds: int, train: Callable[[Any], Any]) -> dict[str, list[int]]:
    """A corpus part scored as a new writer's texts: its sentences split into ``folds`` folds (by order), each scored
    with a model trained on the other parts and the part's other folds (``folds`` 1: on the other parts alone).
    Returns the urgent route's counts per class, summed over the folds."""
    from trustdesk.triage import seed_model
    from trustdesk.triage.corpus.fragments import expand_grouped
    from trustdesk.triage.signals import CompositeScorer

    own = [row for row in expand_grouped(parts=(part,))]
    everything = expand_grouped(parts=tuple(parts) if part in parts else (*parts, part))
    total: dict[str, list[int]] = {}
    for fold in range(folds):
        scored = [row for i, row in enumerate(own) if i % folds == fold]
        left_out = {group for _, _, _, group in scored} | (set() if folds > 1 else {g for *_, g in own})
        pipeline = train([row[:3] for row in everything if row[3] not in left_out])
        seed_model._model, seed_model._loaded = seed_model.SeedModel(pipeline), True
        for label, (urgent, n) in route_counts(CompositeScorer(), [row[:3] for row in scored]).items():
            count = total.setdefault(label, [0, 0])
            count[0] += urgent
            count[1] += n
    return total


def main(argv: Sequence[str] | None = None) -> None:
    from trustdesk.triage import seed_model
    from trustdesk.triage.corpus import writers
    from trustdesk.triage.corpus.fragments import PARTS, expand_grouped

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-cv", action="store_true")
    parser.add_argument("--shipped", action="store_true", help="score with the shipped model, not one trained here")
    parser.add_argument("--show", action="store_true", help="print the texts the urgent route gets wrong")
    parser.add_argument("--parts", default=",".join(PARTS), help="corpus parts, comma-separated")
    parser.add_argument("--features", default="{}", help="overrides of seed_model.FEATURES, a Python dict literal")
    parser.add_argument("--ideation", help="class of the corpus's passive ideation (selfharm before round 5)")
    parser.add_argument("--blend", default="{}", help="overrides of trustdesk.triage.blend constants, a dict literal")
    parser.add_argument("--selfharm", default="{}", help="overrides of trustdesk.triage.selfharm constants, a dict")
    parser.add_argument("--heldout-part", help="score this corpus part's sentences with models trained without them")
    parser.add_argument("--folds", type=int, default=2, help="folds of --heldout-part (1: trained on no part of it)")
    parser.add_argument("--sets", help="short names of the sets to score, comma-separated (dev,v1,…; all by default)")
    parser.add_argument("--no-writers", action="store_true", help="train without the writers' sets (before round 12)")
    parser.add_argument("--loso", action="store_true",
                        help="leave one set out: score each set with a model trained without it (a new writer)")
    args = parser.parse_args(argv)
    from trustdesk.triage import blend, selfharm, selfharm_writer

    for name, value in ast.literal_eval(args.blend).items():
        setattr(blend, name, value)
    for name, value in ast.literal_eval(args.selfharm).items():  # TELEGRAPHIC lives beside who speaks
        setattr(selfharm_writer if hasattr(selfharm_writer, name) else selfharm, name, value)
    overrides = ast.literal_eval(args.features)
    from trustdesk.triage.corpus import fragments

    fragments.IDEATION = args.ideation or fragments.IDEATION
    if args.heldout_part:
        counts = heldout_part(args.heldout_part, args.parts.split(","), args.folds,
                              lambda fit: seed_model.train(fit, **ast.literal_eval(args.features)))
        print(f"{args.heldout_part} held out ({args.folds} folds): on the urgent route "
              + ", ".join(f"{label} {urgent}/{n}" for label, (urgent, n) in sorted(counts.items())))
        return
    rows = expand_grouped(parts=tuple(args.parts.split(",")))
    if not args.no_writers:
        # Spaced as the shipped corpus spaces them. A text two writers both wrote stays twice (the shipped corpus
        # keeps it once), so that leaving one set out leaves its own copy out.
        seen = {" ".join(text.split()) for text, *_ in rows}
        rows += [row for row in writers.grouped_rows(ROOT / "bench") if row[0] not in seen]
    result: dict[str, float | str | int] = {}
    if not args.no_cv:
        result.update(grouped_cv(rows, lambda fit: seed_model.train(fit, **overrides)))
    sets = [name for name in DEV_SETS if args.sets is None or _short(name) in args.sets.split(",")]
    # A fresh set (bench/triage_heldout_vN.tsv or triage_selfharm_wN.tsv outside the writers' sets) is scored when
    # named: counts, no texts.
    known = {_short(name) for name in DEV_SETS}
    fresh = [f"triage_{short}.tsv" if short.startswith("selfharm_") else f"triage_heldout_{short}.tsv"
             for short in (args.sets or "").split(",") if short not in known]
    sets += [name for name in fresh if (ROOT / "bench" / name).exists()]
    if args.loso:  # each set as a new writer's: scored by a model trained on everything but that set
        for name in sets:
            pipeline = seed_model.train([row[:3] for row in rows if row[3] != name], **overrides)
            result.update(dev_scores(pipeline, show=args.show, sets=[name]))
    else:
        pipeline = seed_model.load().pipeline if args.shipped \
            else seed_model.train([row[:3] for row in rows], **overrides)
        result.update(dev_scores(pipeline, show=args.show, sets=sets))
    print(f"{len(rows)} corpus texts" + ("" if args.no_cv else
          "  cv={cv:.3f} cv_en={cv_en:.3f} cv_fr={cv_fr:.3f}".format(**result)))
    print(f"{'set':<5} {'all':>6} {'en':>6} {'fr':>6} {'sh top10%':>10} {'false urg (benign)':>10} {'ideation urg':>8} "
          f"{'possible (benign)':>8}")
    for name in sets:
        short = _short(name)
        print(f"{short:<5} {result[short]:6.3f} {result[short + '_en']:6.3f} {result[short + '_fr']:6.3f} "
              f"{result[short + '_sh']:>10} {result[short + '_falseurg']:>10} {result[short + '_ideation']:>8} "
              f"{result[short + '_possible']:>8}")


if __name__ == "__main__":
    main()
