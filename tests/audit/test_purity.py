"""The audit core is pure: the storage layer and an offline verifier can both use it."""

from __future__ import annotations

import ast
from pathlib import Path

import trustdesk.audit

FORBIDDEN = ("sqlalchemy", "fastapi", "starlette", "trustdesk.storage", "trustdesk.api", "trustdesk.services",
             "trustdesk.console", "trustdesk.cli")


def test_the_audit_package_imports_no_database_web_or_service_code() -> None:
    package = Path(trustdesk.audit.__file__).parent
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{source.name} imports {name}"
