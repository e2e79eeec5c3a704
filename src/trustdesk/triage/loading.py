"""Which scorer runs: the composite default, a model trained on past decisions, or a platform's own."""

from __future__ import annotations

import importlib

from trustdesk.triage.signals import CompositeScorer, ContentScorer
from trustdesk.triage.trained import TrainedScorer, load_latest


def _resolve(spec: str) -> object:
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise ValueError(f"scorer spec {spec!r} must be 'default', 'trained:DIR' or 'module:attr'")
    try:
        target: object = importlib.import_module(module_name)
    except ImportError as exc:
        raise ValueError(f"scorer module {module_name!r} cannot be imported: {exc}") from exc
    for part in attr.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            raise ValueError(f"scorer {spec!r}: {module_name} has no attribute {attr!r}") from None
    return target


def load_scorer(spec: str | None = None) -> ContentScorer:
    """The scorer named by configuration.

    ``None`` or ``"default"``: the composite scorer. ``"trained:DIR"``: the latest model trained into DIR,
    on top of the composite scorer. ``"package.module:attr"``: a platform's own scorer; attr may be a scorer
    instance, or a class or factory called without arguments to make one.
    """
    if spec is None or spec.strip() in ("", "default"):
        return CompositeScorer()
    spec = spec.strip()
    if spec.startswith("trained:"):
        return TrainedScorer(load_latest(spec.removeprefix("trained:")), base=CompositeScorer())
    target = _resolve(spec)
    # A class passes the structural check too (it has the attributes), so classes are always instantiated.
    make = isinstance(target, type) or (callable(target) and not isinstance(target, ContentScorer))
    scorer = target() if make else target  # type: ignore[operator]
    if not isinstance(scorer, ContentScorer):
        raise ValueError(f"scorer {spec!r} has no name and score_many(texts); it is not a ContentScorer")
    return scorer
