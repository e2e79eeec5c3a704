"""The DSA mapping speaks only the Transparency Database's identifiers, and the rule checker catches what it would
refuse, naming the field."""

from __future__ import annotations

import pytest

from trustdesk.domain.dsa import CATEGORIES, CONTENT_TYPES, END_DATE_FIELD, GROUNDS, RESTRICTIONS, source_type
from trustdesk.domain.dsa_rules import allowed, fields, validate_batch, validate_statement
from trustdesk.domain.reports import Category, ReportSource


def test_every_trustdesk_category_maps_onto_allowed_identifiers():
    assert set(CATEGORIES) == set(Category)
    for mapping in CATEGORIES.values():
        assert mapping.category in allowed("category")
        assert mapping.keyword is None or mapping.keyword in allowed("category_specification")
        assert len(mapping.ground_reference) <= 500


def test_every_restriction_ground_content_type_and_source_is_allowed():
    for restriction in RESTRICTIONS.values():
        assert restriction.value in allowed(f"decision_{restriction.kind}")
        assert END_DATE_FIELD[restriction.kind] in fields()
    assert set(GROUNDS.values()) == set(allowed("decision_ground"))
    for types, _other in CONTENT_TYPES.values():
        assert set(types) <= set(allowed("content_type"))
    for sources in ({ReportSource.USER}, {ReportSource.TRUSTED_FLAGGER, ReportSource.USER}, set()):
        assert source_type(sources) in allowed("source_type")


def test_the_shipped_rules_are_those_extracted_from_the_database_s_validator():
    from trustdesk.domain.dsa_rules import rules

    assert rules()["commit"] == "69e80a0bc8eb3cbfbe8246e898194c3bdf490a4b"
    assert rules()["endpoints"]["batch_max"] == 100
    assert len(rules()["fields"]) == 37


GOOD = {
    "puid": "sor_01abc", "decision_account": "DECISION_ACCOUNT_SUSPENDED",
    "end_date_account_restriction": "2026-12-01", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
    "incompatible_content_ground": "Community rules, section 5", "incompatible_content_explanation": "insults",
    "incompatible_content_illegal": "No", "content_type": ["CONTENT_TYPE_TEXT"],
    "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "content_date": "2026-11-20", "application_date": "2026-11-23",
    "decision_facts": "repeated insults", "source_type": "SOURCE_ARTICLE_16", "automated_detection": "No",
    "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
}


def test_a_complete_statement_passes():
    assert validate_statement(GOOD) == []


@pytest.mark.parametrize(("change", "field"), [
    ({"decision_facts": "   "}, "decision_facts"),
    ({"category": "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"}, "category"),  # retired in 2025
    ({"decision_account": None}, "decision_visibility"),
    ({"decision_account": None, "decision_visibility": ["DECISION_VISIBILITY_OTHER"]}, "decision_visibility_other"),
    ({"content_type": ["CONTENT_TYPE_OTHER"]}, "content_type_other"),
    ({"decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT"}, "illegal_content_legal_ground"),
    ({"incompatible_content_ground": ""}, "incompatible_content_ground"),
    ({"application_date": "2026-11-31"}, "application_date"),
    ({"application_date": "23/11/2026"}, "application_date"),
    ({"content_date": "1999-12-31"}, "content_date"),
    ({"end_date_account_restriction": "2038-01-02"}, "end_date_account_restriction"),
    ({"puid": "has space"}, "puid"),
    ({"decision_facts": "x" * 5001}, "decision_facts"),
    ({"automated_detection": "yes"}, "automated_detection"),
    ({"content_type": []}, "content_type"),
    ({"territorial_scope": ["FR", "UK"]}, "territorial_scope"),
    ({"handle": "@someone"}, "handle"),
])
def test_what_the_database_would_refuse_is_named_by_field(change, field):
    statement = {**GOOD, **change}
    assert field in {problem.field for problem in validate_statement(statement)}


def test_a_batch_must_not_repeat_a_puid():
    problems = validate_batch([GOOD, {**GOOD}])
    assert [(index, p.field) for index, p in problems] == [(1, "puid")]
