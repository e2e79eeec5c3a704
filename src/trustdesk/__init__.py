"""trustdesk: a Trust & Safety platform with safeguarded enforcement and a verifiable audit log."""

__version__ = "0.1.0"
