"""The seed model that ships with trustdesk: a small classifier of harm classes, trained offline on the project's
own labelled corpus (``corpus/seed_corpus.tsv``: its templates and sentences, and the writers' sets of
``corpus/writers.py``), French and English together.

TF-IDF over words (1-2) and characters within word boundaries (2-5) feeding a multinomial logistic regression
over the classes benign, selfharm (a plan or an act), ideation (passive: "I wish I could stop existing"), hate, scam,
threat and harassment. ``scripts/build-seed-model`` rebuilds both the corpus
and ``data/seed_model.joblib`` deterministically. Loading happens once per process (``load``), at server start.
joblib files are pickles: only the file shipped in the package is loaded.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

# Passive ideation is its own class (round 5): folded into "selfharm" since round 3, it taught the model that
# "I wish I could disappear" reads like a plan, so the urgent route could trust the model alone only from 0.9.
# Harassment joined with the writers' sets (round 12), the only texts of it the project has; as "threat" it would
# name a pile-on a threat in the priority line.
CLASSES = ("benign", "selfharm", "ideation", "hate", "scam", "threat", "harassment")
MODEL_FILE = "seed_model.joblib"
CORPUS_FILE = "seed_corpus.tsv"
SEED = 13


@dataclass(frozen=True)
class SeedPrediction:
    """Probability that a text is harmful (1 - P(benign)) and the most likely harm class with its probability;
    with the probabilities of a self-harm plan and of passive ideation, which the urgent route reads apart."""

    harm: float
    top_class: str
    top_probability: float
    selfharm: float = 0.0
    ideation: float = 0.0


def corpus_path() -> Path:
    return Path(str(resources.files("trustdesk.triage.corpus").joinpath(CORPUS_FILE)))


def model_path() -> Path:
    return Path(str(resources.files("trustdesk.triage").joinpath("data", MODEL_FILE)))


def read_corpus(path: str | Path | None = None) -> list[tuple[str, str, str]]:
    """(text, lang, class) rows of a TSV with a header text, lang, class."""
    with open(path or corpus_path(), encoding="utf-8", newline="") as f:
        return [(row["text"], row["lang"], row["class"]) for row in csv.DictReader(f, delimiter="\t",
                                                                                   quoting=csv.QUOTE_NONE)]


def write_corpus(rows: Sequence[tuple[str, str, str]], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("text\tlang\tclass\n")
        for text, lang, label in rows:
            f.write(f"{' '.join(text.split())}\t{lang}\t{label}\n")


# The shipped configuration; bench/triage_measure.py tries others against it (bench/results/README.md).
FEATURES: dict[str, Any] = {"word_ngrams": (1, 2), "char_analyzer": "char_wb", "char_ngrams": (2, 5),
                            "char_max": 25_000, "C": 8.0}


def make_pipeline(**overrides: Any) -> Any:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline as pipe
    from sklearn.pipeline import make_union

    f = {**FEATURES, **overrides}
    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=f["word_ngrams"], min_df=2, sublinear_tf=True,
                        max_features=8_000, strip_accents="unicode", lowercase=True, dtype=np.float32),
        TfidfVectorizer(analyzer=f["char_analyzer"], ngram_range=f["char_ngrams"], min_df=3, sublinear_tf=True,
                        max_features=f["char_max"], strip_accents="unicode", lowercase=True, dtype=np.float32),
    )
    return pipe(features, LogisticRegression(C=f["C"], max_iter=2_000, class_weight="balanced",
                                             random_state=SEED))


def train(rows: Sequence[tuple[str, str, str]], **overrides: Any) -> Any:
    texts = [text for text, _, _ in rows]
    labels = [label for _, _, label in rows]
    unknown = sorted(set(labels) - set(CLASSES))
    if unknown:
        raise ValueError(f"unknown classes in the corpus: {unknown}; known: {list(CLASSES)}")
    pipeline = make_pipeline(**overrides).fit(texts, labels)
    # Byte-identical rebuilds: the vocabulary's insertion order follows set iteration (hash seed), and
    # _stop_words_id is a memory address; neither matters to predictions.
    for _, vectorizer in pipeline.steps[0][1].transformer_list:
        vectorizer.vocabulary_ = dict(sorted(vectorizer.vocabulary_.items()))
        for attr in ("stop_words_", "_stop_words_id"):
            if hasattr(vectorizer, attr):
                delattr(vectorizer, attr)
    return pipeline


def save(pipeline: Any, path: str | Path) -> None:
    import joblib

    joblib.dump(pipeline, path, compress=9)


class SeedModel:
    """The fitted pipeline with its class order resolved once."""

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.classes = [str(c) for c in pipeline.classes_]
        self._benign = self.classes.index("benign")
        self._index = {c: i for i, c in enumerate(self.classes)}
        self._probabilities = _linear_shortcut(pipeline)

    def predict(self, texts: Sequence[str]) -> list[SeedPrediction]:
        if not texts:
            return []
        probabilities = self._probabilities(list(texts))
        found = []
        selfharm, ideation = self._index.get("selfharm"), self._index.get("ideation")
        for row in probabilities:
            harms = [(float(p), c) for c, p in zip(self.classes, row, strict=True) if c != "benign"]
            p, label = max(harms)
            found.append(SeedPrediction(
                round(1.0 - float(row[self._benign]), 4), label, round(p, 4),
                round(float(row[selfharm]), 4) if selfharm is not None else 0.0,
                round(float(row[ideation]), 4) if ideation is not None else 0.0))
        return found


def _linear_shortcut(pipeline: Any) -> Any:
    """The pipeline's predict_proba for its usual shape (vectorizers side by side, then a multinomial logistic
    regression) as one sparse product and a softmax: scikit-learn's checks around each step cost ~4 ms per call,
    which intake pays for every batch, often of one report. Kept only if it reproduces predict_proba on sample
    texts; any other shape keeps predict_proba."""
    import numpy as np
    from scipy import sparse

    try:
        union, regression = pipeline.steps[0][1], pipeline.steps[-1][1]
        vectorizers = [step for _, step in union.transformer_list]
        coefficients, intercepts = regression.coef_.T, regression.intercept_
        if len(pipeline.steps) != 2 or coefficients.shape[1] != len(pipeline.classes_) or union.transformer_weights:
            return pipeline.predict_proba
    except (AttributeError, IndexError, TypeError):
        return pipeline.predict_proba

    def probabilities(texts: list[str]) -> Any:
        features = sparse.hstack([vectorizer.transform(texts) for vectorizer in vectorizers], format="csr")
        scores = np.asarray(features @ coefficients) + intercepts
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        return scores / scores.sum(axis=1, keepdims=True)

    samples = ["je vais te retrouver ce soir", "I already have the pills", "gagnez 5000 euros", "nice recipe", ""]
    try:
        same = np.allclose(probabilities(samples), pipeline.predict_proba(samples), rtol=0, atol=1e-6)
    except ValueError:
        same = False
    return probabilities if same else pipeline.predict_proba


_lock = threading.Lock()
_model: SeedModel | None = None
_missing: str | None = None
_loaded = False


def load() -> SeedModel | None:
    """The shipped seed model, loaded once per process; None when scikit-learn or the file is missing."""
    global _model, _missing, _loaded
    if _loaded:
        return _model
    with _lock:
        if not _loaded:
            try:
                import joblib

                _model = SeedModel(joblib.load(model_path()))
            except (ImportError, FileNotFoundError) as exc:
                _missing = f"seed model unavailable ({exc})"
            _loaded = True
    return _model


def available() -> bool:
    return load() is not None


def missing_reason() -> str | None:
    load()
    return _missing
