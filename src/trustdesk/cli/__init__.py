"""The `trustdesk` command line; `main` is the console script."""

from trustdesk.cli.app import main

__all__ = ["main"]
