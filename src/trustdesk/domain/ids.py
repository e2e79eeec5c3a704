"""Identifiers that leave the system: opaque, prefixed, sortable by creation time (ULID)."""

from __future__ import annotations

from ulid import ULID


def new_id(prefix: str) -> str:
    return f"{prefix}_{str(ULID()).lower()}"
