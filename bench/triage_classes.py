"""Per-class ROC-AUC (each abusive class against all benign texts) on the development sets, with the shipped model,
and optionally the texts of some classes ranked lowest and the benign texts ranked highest (round 13).

    .venv/bin/python bench/triage_classes.py [--sets v17,v22] [--show hate,harassment --worst 20]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ("hate", "harassment", "threat", "veiled", "scam", "selfharm", "ideation")


def main(argv: Sequence[str] | None = None) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from triage_measure import DEV_SETS, _short

    from trustdesk.triage.evaluation import read_examples, roc_auc
    from trustdesk.triage.harms import LABEL_URGENCY
    from trustdesk.triage.signals import CompositeScorer

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", help="short names, comma-separated (all by default)")
    parser.add_argument("--show", default="", help="classes whose lowest-ranked texts to print")
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--benign", type=int, default=0, help="highest-ranked benign texts to print per set")
    parser.add_argument("--lang", help="en or fr only")
    args = parser.parse_args(argv)
    scorer = CompositeScorer()
    shown = [c for c in args.show.split(",") if c]
    totals: dict[str, list[float]] = {}
    print(f"{'set':<5} " + " ".join(f"{c[:8]:>8}" for c in CLASSES))
    for name in DEV_SETS:
        short = _short(name)
        if args.sets and short not in args.sets.split(","):
            continue
        examples = [e for e in read_examples(ROOT / "bench" / name) if not args.lang or e.lang == args.lang]
        signals = scorer.score_many([e.text for e in examples])
        scores = [s.abuse + max((LABEL_URGENCY.get(label, 0) for label in s.labels), default=0) for s in signals]
        benign = [score for e, score in zip(examples, scores, strict=True) if not e.abusive]
        cells = []
        for cls in CLASSES:
            mine = [score for e, score in zip(examples, scores, strict=True) if e.label == cls]
            if not mine:
                cells.append(f"{'-':>8}")
                continue
            auc = roc_auc([True] * len(mine) + [False] * len(benign), mine + benign) or float("nan")
            totals.setdefault(cls, []).append(auc)
            cells.append(f"{auc:8.3f}")
        print(f"{short:<5} " + " ".join(cells))
        for cls in shown:
            rows = sorted(((score, e, s) for e, score, s in zip(examples, scores, signals, strict=True)
                           if e.label == cls), key=lambda r: r[0])
            for score, e, s in rows[:args.worst]:
                beaten = sum(b >= score for b in benign)
                print(f"  {short} {cls} {e.lang} {score:.3f} below={beaten} {e.text[:150]!r} [{s.explanation[:70]}]")
        if args.benign:
            rows = sorted(((score, e, s) for e, score, s in zip(examples, scores, signals, strict=True)
                           if not e.abusive), key=lambda r: -r[0])
            for score, e, s in rows[:args.benign]:
                print(f"  {short} BENIGN {e.lang} {score:.3f} {e.text[:150]!r} [{s.explanation[:70]}]")
    print("mean  " + " ".join(f"{sum(v) / len(v):8.3f}" if (v := totals.get(c)) else f"{'-':>8}" for c in CLASSES))


if __name__ == "__main__":
    main()
