"""Evaluating triage on labelled texts: ROC-AUC of case priority, abusive against benign, overall, per language
and per class, the worst-ranked examples, and whether self-harm intent reaches the top decile every time.

Pure Python on (text, lang, class, score) rows; ``services.intake.triage_eval`` produces the scores by filing each text
as a real report. The TSV has a header with the columns text, lang and class; class "benign" is the negative.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

BENIGN = "benign"
URGENT_CLASS = "selfharm"
TOP_DECILE = 0.10


@dataclass(frozen=True)
class Example:
    text: str
    lang: str
    label: str  # a class: benign, selfharm, hate, scam, threat, ...

    @property
    def abusive(self) -> bool:
        return self.label != BENIGN


@dataclass(frozen=True)
class Scored:
    example: Example
    score: float
    queue: str = ""
    line: str = ""


def read_examples(path: str | Path) -> list[Example]:
    """Rows of a TSV with header text, lang, class; a missing lang is "", blank lines are skipped."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"text", "class"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: the header needs the columns text, lang, class (missing {sorted(missing)})")
        return [Example(row["text"], (row.get("lang") or "").strip().lower(), row["class"].strip().lower())
                for row in reader if (row.get("text") or "").strip()]


def roc_auc(labels: Sequence[bool], scores: Sequence[float]) -> float | None:
    """Probability that a random positive outranks a random negative (ties count half); None without both."""
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum, i = 0.0, 0
    while i < len(order):  # average ranks over ties
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        mean_rank = (i + j) / 2 + 1
        rank_sum += sum(mean_rank for k in range(i, j + 1) if labels[order[k]])
        i = j + 1
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def _auc(rows: Iterable[Scored]) -> tuple[float | None, int]:
    rows = list(rows)
    return roc_auc([r.example.abusive for r in rows], [r.score for r in rows]), len(rows)


@dataclass(frozen=True)
class Report:
    overall: tuple[float | None, int]
    by_language: dict[str, tuple[float | None, int]]
    by_class: dict[str, tuple[float | None, int]]  # each class against all benign texts
    urgent_in_top_decile: tuple[int, int]  # self-harm texts ranked in the top decile of the others, of all
    worst_missed: list[Scored]  # abusive texts ranked lowest
    worst_false_alarms: list[Scored]  # benign texts ranked highest


def evaluate(rows: Sequence[Scored], *, worst: int = 5) -> Report:
    languages = sorted({r.example.lang for r in rows if r.example.lang})
    classes = sorted({r.example.label for r in rows if r.example.abusive})
    benign = [r for r in rows if not r.example.abusive]
    others = sorted(r.score for r in rows if r.example.label != URGENT_CLASS)
    urgent = [r for r in rows if r.example.label == URGENT_CLASS]
    # In the top decile: fewer than 10% of the other texts score at least as high.
    top = sum(1 for r in urgent if sum(1 for s in others if s >= r.score) < TOP_DECILE * max(len(others), 1))
    return Report(
        overall=_auc(rows),
        by_language={lang: _auc(r for r in rows if r.example.lang == lang) for lang in languages},
        by_class={label: _auc([*benign, *(r for r in rows if r.example.label == label)]) for label in classes},
        urgent_in_top_decile=(top, len(urgent)),
        worst_missed=sorted((r for r in rows if r.example.abusive), key=lambda r: r.score)[:worst],
        worst_false_alarms=sorted(benign, key=lambda r: -r.score)[:worst],
    )


def _fmt(auc: tuple[float | None, int]) -> str:
    value, n = auc
    return f"{'n/a' if value is None else f'{value:.3f}':>6}  (n={n})"


def format_report(report: Report) -> list[str]:
    lines = [f"ROC-AUC overall      {_fmt(report.overall)}"]
    lines += [f"ROC-AUC {lang:<12} {_fmt(auc)}" for lang, auc in report.by_language.items()]
    lines += [f"ROC-AUC {label:<12} {_fmt(auc)}  vs all benign" for label, auc in report.by_class.items()]
    top, total = report.urgent_in_top_decile
    if total:
        lines.append(f"self-harm in the top decile: {top}/{total}")

    def show(r: Scored) -> str:
        text = " ".join(r.example.text.split())
        text = text if len(text) <= 70 else text[:69] + "…"
        return f"  {r.score:6.2f}  {r.example.lang or '--':>2}  {r.example.label:<9} {text}  [{r.line}]"

    lines.append("abusive texts ranked lowest:")
    lines += [show(r) for r in report.worst_missed]
    lines.append("benign texts ranked highest:")
    lines += [show(r) for r in report.worst_false_alarms]
    return lines
