"""Queue definitions: named, filtered views of open cases, each with the lowest role that sees it and an SLA.

Plain Python (no database): the operator's TOML file is parsed and checked here, and routing a case to its
queue is a pure function of the case's categories, language and risk tier.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path

from trustdesk.domain.reports import Category
from trustdesk.domain.staff import Role
from trustdesk.triage.harms import CATEGORY_OF_LABEL

ENV_QUEUES = "TRUSTDESK_QUEUES"
DEFAULT_FILE = "queues_default.toml"
TIERS = frozenset({"low", "medium", "high", "critical"})
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_KEYS = {"name", "title", "categories", "languages", "tiers", "min_role", "sla_minutes", "content", "resources"}
# Content findings a queue may filter on (see triage.harms): what the report's text says, whatever its category.
CONTENT_LABELS = frozenset(CATEGORY_OF_LABEL)
MAX_RESOURCES = 2_000


class QueueConfigError(ValueError):
    """The queue file is not usable; the message names the queue and the key."""


@dataclass(frozen=True)
class QueueDef:
    name: str
    title: str
    categories: frozenset[str]
    languages: frozenset[str]
    tiers: frozenset[str]
    min_role: Role
    sla: timedelta
    content: frozenset[str] = frozenset()
    resources: str = ""  # operator-set text shown on the console page of each case in this queue

    @property
    def catch_all(self) -> bool:
        return not (self.categories or self.languages or self.tiers or self.content)

    def matches(self, categories: Iterable[str], language: str | None, tier: str,
                content: Iterable[str] = ()) -> bool:
        """Every filter the queue sets must hold; a filter left empty holds for any case."""
        if self.categories and not self.categories.intersection(categories):
            return False
        if self.content and not self.content.intersection(content):
            return False
        if self.languages and language not in self.languages:
            return False
        return not self.tiers or tier in self.tiers

    def visible_to(self, role: Role) -> bool:
        return role.at_least(self.min_role)

    def to_dict(self) -> dict:
        return {
            "name": self.name, "title": self.title, "categories": sorted(self.categories),
            "languages": sorted(self.languages), "tiers": sorted(self.tiers), "min_role": self.min_role.value,
            "sla_minutes": int(self.sla.total_seconds() // 60), "content": sorted(self.content),
            "resources": self.resources,
        }


@dataclass(frozen=True)
class QueueSet:
    queues: tuple[QueueDef, ...]
    origin: str

    def route(self, categories: Iterable[str], language: str | None, tier: str,
              content: Iterable[str] = ()) -> QueueDef:
        """The first queue that matches; the last queue catches everything, so there always is one."""
        wanted, found = list(categories), list(content)
        return next(q for q in self.queues if q.matches(wanted, language, tier, found))

    def get(self, name: str | None) -> QueueDef | None:
        return next((q for q in self.queues if q.name == name), None)

    def visible(self, role: Role) -> list[QueueDef]:
        return [q for q in self.queues if q.visible_to(role)]

    def hidden_names(self, role: Role) -> list[str]:
        return [q.name for q in self.queues if not q.visible_to(role)]

    def sla_of(self, name: str | None) -> timedelta:
        """A case in a queue the file no longer defines keeps the catch-all's SLA until it is re-routed."""
        queue = self.get(name)
        return (queue or self.queues[-1]).sla

    def sla_status(self, name: str | None, first_report_at: datetime, now: datetime, is_open: bool) -> dict:
        due = first_report_at + self.sla_of(name)
        return {"sla_due_at": due.isoformat(), "sla_breached": is_open and now >= due}


def _strings(queue: str, raw: dict, key: str) -> frozenset[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise QueueConfigError(f"queue {queue!r}: {key} must be a list of strings")
    return frozenset(value)


def _parse_one(raw: object, index: int) -> QueueDef:
    if not isinstance(raw, dict):
        raise QueueConfigError(f"queue #{index + 1} is not a table")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise QueueConfigError(f"queue #{index + 1}: name must be a lowercase slug (a-z, 0-9, -), got {name!r}")
    unknown = set(raw) - _KEYS
    if unknown:
        raise QueueConfigError(f"queue {name!r}: unknown keys {sorted(unknown)}; known: {sorted(_KEYS)}")
    categories, languages, tiers, content = (_strings(name, raw, k) for k in
                                             ("categories", "languages", "tiers", "content"))
    known_categories = {c.value for c in Category}
    for label, values, valid in (("categories", categories, known_categories.__contains__),
                                 ("content", content, CONTENT_LABELS.__contains__),
                                 ("languages", languages, _LANGUAGE.match), ("tiers", tiers, TIERS.__contains__)):
        bad = sorted(v for v in values if not valid(v))
        if bad:
            raise QueueConfigError(f"queue {name!r}: unknown {label} {bad}")
    try:
        min_role = Role(raw.get("min_role", "triage"))
    except ValueError:
        raise QueueConfigError(f"queue {name!r}: min_role must be one of {[r.value for r in Role]}") from None
    minutes = raw.get("sla_minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        raise QueueConfigError(f"queue {name!r}: sla_minutes must be a positive whole number")
    title = raw.get("title", name)
    if not isinstance(title, str) or not 0 < len(title) <= 100:
        raise QueueConfigError(f"queue {name!r}: title must be 1..100 characters")
    resources = raw.get("resources", "")
    if not isinstance(resources, str) or len(resources) > MAX_RESOURCES:
        raise QueueConfigError(f"queue {name!r}: resources must be text of at most {MAX_RESOURCES} characters")
    return QueueDef(name, title, categories, languages, tiers, min_role, timedelta(minutes=minutes), content,
                    resources.strip())


def parse_queues(text: str, origin: str) -> QueueSet:
    """Parse and check a queue file; every problem is a QueueConfigError naming where it is."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise QueueConfigError(f"{origin}: not valid TOML: {error}") from None
    raw_queues = data.get("queues")
    if not isinstance(raw_queues, list) or not raw_queues:
        raise QueueConfigError(f"{origin}: define at least one [[queues]] table")
    queues = tuple(_parse_one(raw, i) for i, raw in enumerate(raw_queues))
    names = [q.name for q in queues]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise QueueConfigError(f"{origin}: queue names must be unique; repeated: {duplicates}")
    if not queues[-1].catch_all:
        # Without a catch-all some cases would sit in no queue, where no one could ever claim them.
        raise QueueConfigError(f"{origin}: the last queue ({queues[-1].name!r}) must have no filters")
    return QueueSet(queues, origin)


_cache: dict[tuple[str, float], QueueSet] = {}
_last_good: dict[str, QueueSet] = {}
_lock = threading.Lock()
log = logging.getLogger(__name__)


def load_queues(path: str | os.PathLike[str] | None = None) -> QueueSet:
    """The operator's queue file (``TRUSTDESK_QUEUES`` when path is None), else the shipped default.

    Parsed once per file version: an edited file (new modification time) is read again on next use. A broken
    edit of a file that was good before is logged and the last good version kept, so a typo saved in the queue
    file does not stop intake; a file that never parsed is an error.
    """
    path = path if path is not None else os.environ.get(ENV_QUEUES) or None
    if path is None:
        key = (DEFAULT_FILE, 0.0)
        read = lambda: resources.files("trustdesk.triage").joinpath(DEFAULT_FILE).read_text("utf-8")  # noqa: E731
    else:
        file = Path(path)
        key = (str(file.resolve()), file.stat().st_mtime)
        read = lambda: file.read_text("utf-8")  # noqa: E731
    with _lock:
        if key not in _cache:
            try:
                _cache[key] = _last_good[key[0]] = parse_queues(read(), key[0])
            except QueueConfigError:
                if key[0] not in _last_good:
                    raise
                log.exception("queue file %s is broken; still using its last good version", key[0])
                _cache[key] = _last_good[key[0]]
        return _cache[key]
