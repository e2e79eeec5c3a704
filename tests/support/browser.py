"""Debian's Chromium for browser tests (Playwright can't download its own browser here).

    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)

Playwright adds the headless flag itself (headless=True is its default).
"""

from __future__ import annotations

import os
import shutil

# Why each flag: we run as root (no sandbox), without a GPU, and on a machine with no network but
# loopback, where Chromium's background fetches (QUIC, sync, component updates) only fail and slow it.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    """Path of the chromium binary; raises (never skips) when it is not installed."""
    for candidate in (shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError(
        "chromium not found: install Debian's package (apt-get install -y chromium); scripts/test does this"
    )
