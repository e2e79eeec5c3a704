"""Finding, reading and checking a safeguard policy: Cedar files, the schema, settings.toml.

A source is a directory (every *.cedar in it, in name order, plus an optional settings.toml), a
single .cedar file (default settings), or a single settings.toml (default rules). The schema is not
overridable: it describes the facts this code hands to Cedar, so it belongs to the code.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

import cedarpy

from trustdesk.policy.errors import PolicyError
from trustdesk.policy.rules import Rule, read_rules
from trustdesk.policy.settings import (
    PolicySettings,
    build_settings,
    merge,
    parse_settings_text,
    settings_to_dict,
)

DEFAULT_DIR = Path(__file__).parent / "default"
SCHEMA_FILE = DEFAULT_DIR / "schema.cedarschema.json"
SETTINGS_NAME = "settings.toml"
ENV_VAR = "TRUSTDESK_POLICY"


@dataclass(frozen=True)
class LoadedPolicy:
    policy_set: cedarpy.PolicySet
    schema: cedarpy.Schema
    rules: dict[str, Rule]  # by Cedar's positional id
    settings: PolicySettings
    cedar_text: str
    origin: str  # where it came from, for messages and the audit log


@functools.cache
def schema() -> cedarpy.Schema:
    """The shipped schema, parsed once on first use (no I/O at import time)."""
    return cedarpy.Schema.from_json_str(SCHEMA_FILE.read_text(encoding="utf-8"))


def resolve(source: str | Path | None) -> tuple[list[Path], Path | None, str]:
    """(cedar files, settings file or None, description) for a source; None means env or default."""
    if source is None or str(source) == "":
        source = os.environ.get(ENV_VAR) or DEFAULT_DIR
    path = Path(source).expanduser()
    default_cedar = sorted(DEFAULT_DIR.glob("*.cedar"))
    if path.is_dir():
        cedar_files = sorted(path.glob("*.cedar"))
        if not cedar_files:
            raise PolicyError(f"{path}: no .cedar policy file in this directory")
        settings_file = path / SETTINGS_NAME
        return cedar_files, settings_file if settings_file.is_file() else None, str(path)
    if not path.is_file():
        raise PolicyError(f"{path}: no such policy file or directory")
    if path.suffix == ".cedar":
        return [path], None, str(path)
    if path.suffix == ".toml":
        return default_cedar, path, str(path)
    raise PolicyError(f"{path}: a policy is a directory, a .cedar file or a settings .toml file")


def load_policy(source: str | Path | None) -> LoadedPolicy:
    cedar_files, settings_file, origin = resolve(source)
    settings = _load_settings(settings_file)
    texts = [(str(p), _read(p)) for p in cedar_files]
    return build_policy(texts, settings, origin)


# The desk permissions joined the policy after versions were already approved and stored; such a version
# names none of them and would otherwise lock every desk page, so it gets the shipped desk section.
_DESK_SECTION_START = "// 8. The desk:"
_SHIPPED_DESK_ORIGIN = "shipped desk permissions (the policy names none)"


@functools.cache
def shipped_desk_rules() -> str:
    """Section 8 of the shipped policy: the desk permissions (read the audit log, manage staff, ...)."""
    text = _read(DEFAULT_DIR / "safeguards.cedar")
    start = text.index(_DESK_SECTION_START)
    return text[text.rindex("\n// ---", 0, start) + 1:]


def names_desk_permissions(cedar_text: str) -> bool:
    """Whether a policy text says anything about the desk permissions section 8 introduced."""
    declared = set(re.findall(r'Action::"([a-z-]+)"', shipped_desk_rules()))
    return any(f'Action::"{name}"' in cedar_text for name in declared)


def with_desk_rules(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if any(names_desk_permissions(text) for _, text in texts):
        return texts
    return [*texts, (_SHIPPED_DESK_ORIGIN, shipped_desk_rules())]


def build_policy(texts: list[tuple[str, str]], settings: PolicySettings, origin: str) -> LoadedPolicy:
    """Parse, validate against the schema, and read the annotations of Cedar texts (name, text)."""
    texts = with_desk_rules(texts)
    origins: dict[str, str] = {}
    for name, text in texts:
        count = len(_parse(name, text))
        if count == 0:
            raise PolicyError(f"{name}: contains no policy")
        origins.update({f"policy{len(origins) + i}": name for i in range(count)})
    cedar_text = "\n".join(text for _, text in texts)
    policy_set = _parse(origin, cedar_text)
    tree = policy_set.to_pst()
    if tree.templates:
        raise PolicyError(f"{origin}: templates (?principal, ?resource) are not supported here")
    rules = read_rules(tree.static_policies, origins, _placeholders(settings))
    result = cedarpy.validate_policies(cedar_text, schema())
    if not result.validation_passed:
        problems = []
        for error in result.errors[:5]:
            rule = rules.get(error.policy_id)
            where = f"{rule.origin}: policy {rule.id}" if rule else origin
            detail = error.error.removeprefix(f"for policy `{error.policy_id}`, ")
            problems.append(f"{where}: does not match the schema: {detail}")
        raise PolicyError("; ".join(problems))
    return LoadedPolicy(policy_set, schema(), rules, settings, cedar_text, origin)


def _placeholders(settings: PolicySettings) -> dict[str, object]:
    values = settings_to_dict(settings)
    return {
        "high_impact_per_hour": values["rate_limits"]["high_impact_per_hour"],
        "last_hours_window": values["access"]["last_hours_window"],
        "ratify_within_minutes": values["break_glass"]["ratify_within_minutes"],
    }


def default_settings_data() -> dict[str, dict[str, int]]:
    path = DEFAULT_DIR / SETTINGS_NAME
    return parse_settings_text(_read(path), str(path))


def _load_settings(settings_file: Path | None) -> PolicySettings:
    data = default_settings_data()
    origin = str(DEFAULT_DIR / SETTINGS_NAME)
    if settings_file is not None:
        origin = str(settings_file)
        data = merge(data, parse_settings_text(_read(settings_file), origin))
    return build_settings(data, origin)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: cannot read: {exc}") from None


def _parse(name: str, text: str) -> cedarpy.PolicySet:
    try:
        return cedarpy.PolicySet.from_str(text)
    except ValueError as exc:
        raise PolicyError(f"{name}: {_locate(text)}cannot parse: {exc}") from None


def _locate(text: str) -> str:
    """'line N: ' of the first statement Cedar cannot parse (Cedar's own message has no position)."""
    for line, statement in _statements(text):
        try:
            cedarpy.PolicySet.from_str(statement)
        except ValueError:
            return f"line {line}: "
    return ""


def _statements(text: str) -> list[tuple[int, str]]:
    """Split Cedar text at top-level ';', skipping strings and // comments; each with its first line."""
    statements: list[tuple[int, str]] = []
    start, line, first_line = 0, 1, None
    in_string = in_comment = escaped = False
    for index, char in enumerate(text):
        if char == "\n":
            line += 1
            in_comment = False
        if in_comment:
            continue
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == "/" and text.startswith("//", index):
            in_comment = True
        elif char == '"':
            in_string = True
        elif char == ";":
            statements.append((first_line or line, text[start : index + 1]))
            start, first_line = index + 1, None
        if first_line is None and not char.isspace() and not in_comment and char != ";":
            first_line = line
    if text[start:].strip() and first_line is not None:
        statements.append((first_line, text[start:]))
    return statements
