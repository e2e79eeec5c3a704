"""English profanity probability from alt-profanity-check (a linear model shipped inside the package).

Importing profanity_check loads its model files (~1 s), so the import happens on first use, once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

_lock = threading.Lock()
_predict: Callable[[Sequence[str]], Any] | None = None
_missing: str | None = None
_loaded = False


def _load() -> Callable[[Sequence[str]], Any] | None:
    global _predict, _missing, _loaded
    if _loaded:
        return _predict
    with _lock:
        if not _loaded:
            try:
                import profanity_check  # noqa: F401 - a missing package fails here, as a whole
                from profanity_check.profanity_check import model, vectorizer

                # The package's predict_prob wraps this in np.apply_along_axis, which costs ~7 ms per
                # call: fine in batches, too much for the one text each report brings at intake.
                def _predict_prob(texts: Sequence[str]) -> Any:
                    return model.predict_proba(vectorizer.transform(texts))[:, 1]

                _predict = _linear_shortcut(model, vectorizer, _predict_prob)
            except ImportError as exc:
                _missing = f"alt-profanity-check not installed ({exc.name})"
            _loaded = True
    return _predict


def _linear_shortcut(model: Any, vectorizer: Any, reference: Callable[[Sequence[str]], Any]) -> Callable[
        [Sequence[str]], Any]:
    """The same probabilities as scikit-learn's CalibratedClassifierCV (linear models, sigmoid calibration),
    computed with two matrix products: scikit-learn's per-call checks cost ~3 ms, the arithmetic ~0.1 ms.
    Used only if it reproduces the reference on sample texts; otherwise the reference is kept."""
    import numpy as np

    try:
        folds = model.calibrated_classifiers_
        coefficients = np.array([fold.estimator.coef_.ravel() for fold in folds]).T
        intercepts = np.array([fold.estimator.intercept_[0] for fold in folds])
        slopes = np.array([fold.calibrators[0].a_ for fold in folds])
        offsets = np.array([fold.calibrators[0].b_ for fold in folds])
    except (AttributeError, IndexError):
        return reference

    def predict(texts: Sequence[str]) -> Any:
        decision = vectorizer.transform(texts) @ coefficients + intercepts
        return (1.0 / (1.0 + np.exp(slopes * decision + offsets))).mean(axis=1)

    samples = ["you absolute idiot", "what a lovely day", "shut the f*** up", "go to hell", "nice recipe", ""]
    return predict if np.allclose(predict(samples), reference(samples), rtol=0, atol=1e-9) else reference


def available() -> bool:
    return _load() is not None


def missing_reason() -> str | None:
    """Why the profanity model is unavailable, or None when it works."""
    _load()
    return _missing


def probabilities(texts: Sequence[str]) -> list[float | None]:
    """Probability that each text is profane (the model knows English); all None when it is missing."""
    predict = _load()
    if predict is None or not texts:
        return [None] * len(texts)
    return [float(p) for p in predict(list(texts))]
