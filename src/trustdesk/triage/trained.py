"""A small model trustdesk trains on its own moderators' past decisions (was the report actioned?).

TF-IDF over character n-grams (within word boundaries, 2..5) feeding a logistic regression: robust to the
misspellings and leetspeak of abuse, language-agnostic (French and English in one model), and fast. The model
is evaluated on a stratified 20% held-out split and that evaluated model is what is saved, so the printed
metrics describe exactly the model in use.

Files are versioned in one directory: ``model-v{N}.joblib`` plus ``model-v{N}.json`` (version, trained_at,
n_examples, metrics, sha256). joblib files are pickles and loading one runs code, so only load from a
directory the operator controls; the checksum catches a truncated or swapped file, it is not a signature.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trustdesk.triage.signals import ContentScorer, ContentSignals

MIN_EXAMPLES = 20
MIN_PER_CLASS = 5
TEST_SHARE = 0.2
SEED_CORPUS_WEIGHT = 0.25  # weight of each seed-corpus example next to one moderator decision
THRESHOLD = 0.5  # probability from which precision and recall count a prediction as "actioned"

_VERSIONED = re.compile(r"^model-v(\d+)\.json$")


@dataclass
class TrainedModel:
    """A fitted pipeline with what is known about it; ``version`` is None until saved."""

    pipeline: Any = field(repr=False)
    trained_at: datetime
    n_examples: int
    metrics: dict[str, float]
    version: int | None = None

    def predict_proba(self, texts: Sequence[str]) -> list[float]:
        """Probability that a moderator would action each text, by this platform's past decisions."""
        if not texts:
            return []
        return [float(p) for p in self.pipeline.predict_proba(list(texts))[:, 1]]

    def describe(self) -> str:
        """One line for the CLI: version, size and held-out evaluation."""
        m = self.metrics
        name = "unsaved" if self.version is None else f"v{self.version}"
        return (
            f"model {name} · {self.n_examples} decisions · "
            f"held-out {int(m['n_test'])}: precision {m['precision']:.3f} · recall {m['recall']:.3f} · "
            f"ROC AUC {m['roc_auc']:.3f}"
        )

    def save(self, directory: str | os.PathLike[str]) -> Path:
        """Write the next version into directory; returns the .joblib path."""
        import joblib

        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        version = _claim_next_version(folder)
        model_path = folder / f"model-v{version}.joblib"
        # Write to a temporary name and rename, so a reader never sees half a file.
        tmp = model_path.with_suffix(".joblib.tmp")
        joblib.dump(self.pipeline, tmp, compress=3)
        os.replace(tmp, model_path)
        meta = {
            "version": version,
            "trained_at": self.trained_at.isoformat(),
            "n_examples": self.n_examples,
            "metrics": self.metrics,
            "sha256": _sha256(model_path),
            "file": model_path.name,
        }
        # The JSON goes last: a version counts as saved once its metadata exists.
        meta_tmp = folder / f"model-v{version}.json.tmp"
        meta_tmp.write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(meta_tmp, folder / f"model-v{version}.json")
        self.version = version
        return model_path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _versions(folder: Path) -> list[int]:
    if not folder.is_dir():
        return []
    return sorted(int(m.group(1)) for p in folder.iterdir() if (m := _VERSIONED.match(p.name)))


def _claim_next_version(folder: Path) -> int:
    """Reserve the next version number; O_EXCL keeps two concurrent trainers from taking the same one."""
    version = max(_versions(folder), default=0) + 1
    while True:
        try:
            fd = os.open(folder / f"model-v{version}.json.tmp", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            os.close(fd)
            return version
        except FileExistsError:
            version += 1


def load(directory: str | os.PathLike[str], version: int) -> TrainedModel:
    """Load one saved version, checking the model file against its recorded checksum."""
    import joblib

    folder = Path(directory)
    meta = json.loads((folder / f"model-v{version}.json").read_text(encoding="utf-8"))
    model_path = folder / meta.get("file", f"model-v{version}.joblib")
    if _sha256(model_path) != meta["sha256"]:
        raise ValueError(f"{model_path} does not match the checksum in model-v{version}.json; retrain")
    return TrainedModel(
        pipeline=joblib.load(model_path),
        trained_at=datetime.fromisoformat(meta["trained_at"]),
        n_examples=int(meta["n_examples"]),
        metrics={k: float(v) for k, v in meta["metrics"].items()},
        version=int(meta["version"]),
    )


def load_latest(directory: str | os.PathLike[str]) -> TrainedModel:
    """The highest saved version in directory; FileNotFoundError when none was trained yet."""
    versions = _versions(Path(directory))
    if not versions:
        raise FileNotFoundError(f"no trained model in {directory}; run `trustdesk triage train` first")
    return load(directory, versions[-1])


def _pipeline(seed: int) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200_000
        ),
        # Balanced classes: most reports are dismissed, and the rare actioned ones are the ones that matter.
        LogisticRegression(C=4.0, class_weight="balanced", max_iter=1_000, random_state=seed),
    )


def _check(examples: Sequence[tuple[str, bool]]) -> None:
    actioned = sum(1 for _, label in examples if label)
    if len(examples) < MIN_EXAMPLES:
        raise ValueError(f"need at least {MIN_EXAMPLES} decisions to train, got {len(examples)}")
    if min(actioned, len(examples) - actioned) < MIN_PER_CLASS:
        raise ValueError(
            f"need at least {MIN_PER_CLASS} actioned and {MIN_PER_CLASS} dismissed decisions, "
            f"got {actioned} and {len(examples) - actioned}"
        )


def seed_examples() -> list[tuple[str, bool]]:
    """The shipped seed corpus as (text, harmful) examples: what every trained model starts from."""
    from trustdesk.triage.seed_model import read_corpus

    return [(text, label != "benign") for text, _, label in read_corpus()]


def train_model(
    examples: Sequence[tuple[str, bool]], *, seed: int = 0, with_seed_corpus: bool = True
) -> TrainedModel:
    """Fit on 80% of (text, was_actioned) decisions, on top of the shipped seed corpus, and evaluate on the
    stratified other 20% of the decisions (never on seed texts, so the metrics speak of this platform)."""
    from sklearn.metrics import precision_score, recall_score, roc_auc_score
    from sklearn.model_selection import train_test_split

    _check(examples)
    texts = [text for text, _ in examples]
    labels = [bool(label) for _, label in examples]
    x_train, x_test, y_train, y_test = train_test_split(
        texts, labels, test_size=TEST_SHARE, stratify=labels, random_state=seed
    )
    weights = [1.0] * len(x_train)
    if with_seed_corpus:
        # The seed corpus is where the model starts; the platform's own decisions weigh four times as much.
        extra = seed_examples()
        x_train = [*x_train, *(text for text, _ in extra)]
        y_train = [*y_train, *(label for _, label in extra)]
        weights += [SEED_CORPUS_WEIGHT] * len(extra)
    pipeline = _pipeline(seed).fit(x_train, y_train, logisticregression__sample_weight=weights)
    scores = pipeline.predict_proba(x_test)[:, 1]
    predicted = scores >= THRESHOLD
    metrics = {
        "precision": float(precision_score(y_test, predicted, zero_division=0)),
        "recall": float(recall_score(y_test, predicted, zero_division=0)),
        "roc_auc": float(roc_auc_score(y_test, scores)),
        "threshold": THRESHOLD,
        "n_train": float(len(x_train)),  # seed corpus included
        "n_test": float(len(x_test)),
    }
    return TrainedModel(pipeline, datetime.now(UTC), len(examples), metrics)


def _with_model(signals: ContentSignals, p: float) -> ContentSignals:
    explanation = f"{signals.explanation} · past decisions {p:.2f}"
    return replace(signals, abuse=round(max(signals.abuse, p), 4), explanation=explanation)


class TrainedScorer:
    """ContentScorer from a trained model, optionally on top of another scorer (for language and labels).

    With a base scorer, abuse is the higher of the two: the base knows abuse in general, the model knows what
    this platform's moderators act on, and either alone is reason enough to look sooner.
    """

    def __init__(self, model: TrainedModel, *, base: ContentScorer | None = None) -> None:
        self.model = model
        self.base = base
        own = f"trained-v{model.version if model.version is not None else 'unsaved'}"
        self.name = f"{own}+{base.name}" if base is not None else own

    def score_many(self, texts: Sequence[str]) -> list[ContentSignals]:
        probabilities = self.model.predict_proba(texts)
        if self.base is None:
            return [ContentSignals(None, round(p, 4), (), f"past decisions {p:.2f}") for p in probabilities]
        signals = self.base.score_many(texts)
        return [_with_model(sig, p) for sig, p in zip(signals, probabilities, strict=True)]
