"""Checking a statement of reasons against the DSA Transparency Database's own submission rules.

The rules are the facts extracted from the database's validator (dsa_data/statement-of-reasons-rules.json,
shipped inside the package); field types, limits and enums are read from it, the prose cross-field rules
are coded here. A statement that passes would be stored by the database (HTTP 201)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

RULES_FILE = "statement-of-reasons-rules.json"
BATCH_MAX = 100
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


@lru_cache(maxsize=1)
def rules() -> dict:
    text = resources.files("trustdesk.domain").joinpath("dsa_data", RULES_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def fields() -> dict[str, dict]:
    return {name: spec for name, spec in rules()["fields"].items() if "." not in name}


def allowed(field: str) -> list[str]:
    return list(fields()[field].get("enum", []))


def _clean(value: object) -> object:
    """As the database does before validating: strings trimmed, empty ones become null."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _missing(value: object) -> bool:
    return value is None or value == [] or value == {}


def validate_statement(statement: dict) -> list[Problem]:
    specs = fields()
    values = {name: _clean(value) for name, value in statement.items()}
    problems = [Problem(name, "is not a field the database accepts (it would be dropped)")
                for name in values if name not in specs]
    for name, spec in specs.items():
        value = values.get(name)
        if _missing(value):
            if spec.get("required") is True:
                problems.append(Problem(name, "is required"))
            continue
        problems.extend(_check_value(name, spec, value))
    problems.extend(_cross_field(values))
    return problems


def _check_value(name: str, spec: dict, value: object) -> list[Problem]:
    kind = spec.get("type")
    enum = [e for e in spec.get("enum", []) if e != "null"]
    if kind == "array":
        if not isinstance(value, list):
            return [Problem(name, "must be an array")]
        bad = [item for item in value if item not in enum]
        return [Problem(name, f"{item!r} is not an allowed value") for item in bad]
    if kind == "enum":
        return [] if value in enum else [Problem(name, f"{value!r} is not an allowed value")]
    if kind == "date":
        return _check_date(name, spec, value)
    if kind == "object":
        return _check_content_id(name, value)
    if not isinstance(value, str):
        return [Problem(name, "must be a string")]
    problems = []
    if "max" in spec and len(value) > spec["max"]:
        problems.append(Problem(name, f"is {len(value)} characters; at most {spec['max']}"))
    if name == "puid" and not re.fullmatch(r"[a-zA-Z0-9_-]+", value):
        problems.append(Problem(name, "may hold only ASCII letters, digits, hyphen and underscore"))
    if spec.get("format", "").startswith("url") and not _URL.match(value):
        problems.append(Problem(name, "must be an http(s) URL"))
    if name == "content_id_ean" and not re.fullmatch(r"[0-9]{13}", value):
        problems.append(Problem(name, "must be exactly 13 digits"))
    return problems


def _check_date(name: str, spec: dict, value: object) -> list[Problem]:
    if not isinstance(value, str) or not _DATE.match(value):
        return [Problem(name, "must be a date written YYYY-MM-DD")]
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return [Problem(name, f"{value} is not a calendar date")]
    low, high = spec.get("min_date"), spec.get("max_date")
    if low and day < date.fromisoformat(low) or high and day > date.fromisoformat(high):
        return [Problem(name, f"{value} is outside {low or '…'}..{high or '…'}")]
    return []


def _check_content_id(name: str, value: object) -> list[Problem]:
    if not isinstance(value, dict):
        return [Problem(name, "must be an object")]
    ean = value.get("EAN-13")
    if ean is not None and not (isinstance(ean, str) and re.fullmatch(r"[0-9]{13}", ean)):
        return [Problem(f"{name}.EAN-13", "must be a string of exactly 13 digits")]
    return []


def _cross_field(values: dict) -> list[Problem]:
    problems = []
    decisions = ("decision_visibility", "decision_monetary", "decision_provision", "decision_account")
    if all(_missing(values.get(name)) for name in decisions):
        problems.append(Problem("decision_visibility",
                                "one of decision_visibility, decision_monetary, decision_provision or "
                                "decision_account is required"))
    needs = [
        ("DECISION_VISIBILITY_OTHER" in (values.get("decision_visibility") or []), "decision_visibility_other"),
        (values.get("decision_monetary") == "DECISION_MONETARY_OTHER", "decision_monetary_other"),
        ("CONTENT_TYPE_OTHER" in (values.get("content_type") or []), "content_type_other"),
        (values.get("decision_ground") == "DECISION_GROUND_ILLEGAL_CONTENT", "illegal_content_legal_ground"),
        (values.get("decision_ground") == "DECISION_GROUND_ILLEGAL_CONTENT", "illegal_content_explanation"),
        (values.get("decision_ground") == "DECISION_GROUND_INCOMPATIBLE_CONTENT", "incompatible_content_ground"),
        (values.get("decision_ground") == "DECISION_GROUND_INCOMPATIBLE_CONTENT",
         "incompatible_content_explanation"),
    ]
    problems.extend(Problem(name, f"is required with {_why(name)}") for condition, name in needs
                    if condition and _missing(values.get(name)))
    if ("incompatible_content_illegal" in values
            and values.get("decision_ground") == "DECISION_GROUND_INCOMPATIBLE_CONTENT"
            and values["incompatible_content_illegal"] not in ("Yes", "No")):
        problems.append(Problem("incompatible_content_illegal", "must be Yes or No when sent"))
    return problems


def _why(name: str) -> str:
    return {
        "decision_visibility_other": "DECISION_VISIBILITY_OTHER",
        "decision_monetary_other": "DECISION_MONETARY_OTHER",
        "content_type_other": "CONTENT_TYPE_OTHER",
        "illegal_content_legal_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
        "illegal_content_explanation": "DECISION_GROUND_ILLEGAL_CONTENT",
    }.get(name, "DECISION_GROUND_INCOMPATIBLE_CONTENT")


def validate_batch(statements: list[dict]) -> list[tuple[int, Problem]]:
    """Every problem of every statement, by index; puids must also be distinct within the batch."""
    found: list[tuple[int, Problem]] = []
    seen: dict[str, int] = {}
    for index, statement in enumerate(statements):
        found.extend((index, problem) for problem in validate_statement(statement))
        puid = statement.get("puid")
        if isinstance(puid, str):
            if puid in seen:
                found.append((index, Problem("puid", f"repeats the puid of statement {seen[puid]}")))
            seen.setdefault(puid, index)
    return found
