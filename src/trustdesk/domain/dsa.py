"""trustdesk's categories, actions, report sources and grounds, mapped onto the DSA Transparency Database.

One table per question, in one place: a change of the database's identifiers, or of how an operator words
its terms, is an edit here and nowhere else. Identifiers are checked against the shipped rules by tests."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trustdesk.domain.actions import ActionType
from trustdesk.domain.reports import Category, ReportSource
from trustdesk.domain.subjects import SubjectKind


class Ground(StrEnum):
    ILLEGAL = "illegal_content"
    TERMS = "incompatible_with_terms"


@dataclass(frozen=True)
class CategoryMapping:
    category: str  # STATEMENT_CATEGORY_*
    keyword: str | None  # KEYWORD_*, the category_specification
    ground: Ground
    # For ILLEGAL: the legal provision; for TERMS: the clause of the platform's terms.
    ground_reference: str
    illegal_too: bool = False  # incompatible with the terms and also presumed illegal


CATEGORIES: dict[Category, CategoryMapping] = {
    Category.CHILD_SAFETY: CategoryMapping(
        "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL", Ground.ILLEGAL,
        "Directive 2011/93/EU on combating the sexual abuse and sexual exploitation of children, Art. 5"),
    Category.TERRORISM: CategoryMapping(
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "KEYWORD_TERRORIST_CONTENT", Ground.ILLEGAL,
        "Regulation (EU) 2021/784 on addressing the dissemination of terrorist content online, Art. 3"),
    Category.INTELLECTUAL_PROPERTY: CategoryMapping(
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", "KEYWORD_COPYRIGHT_INFRINGEMENT", Ground.ILLEGAL,
        "Directive 2001/29/EC on copyright in the information society, Art. 3"),
    Category.THREAT: CategoryMapping(
        "STATEMENT_CATEGORY_VIOLENCE", "KEYWORD_INCITEMENT_VIOLENCE_HATRED", Ground.TERMS,
        "Community rules, section 2: violent threats", illegal_too=True),
    Category.SELF_HARM: CategoryMapping(
        "STATEMENT_CATEGORY_SELF_HARM", "KEYWORD_SELF_MUTILATION", Ground.TERMS,
        "Community rules, section 3: suicide and self-harm"),
    Category.HATE: CategoryMapping(
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "KEYWORD_HATE_SPEECH", Ground.TERMS,
        "Community rules, section 4: hateful conduct"),
    Category.HARASSMENT: CategoryMapping(
        "STATEMENT_CATEGORY_CYBER_VIOLENCE", "KEYWORD_CYBER_HARASSMENT", Ground.TERMS,
        "Community rules, section 5: harassment"),
    Category.VIOLENCE: CategoryMapping(
        "STATEMENT_CATEGORY_VIOLENCE", "KEYWORD_COORDINATED_HARM", Ground.TERMS,
        "Community rules, section 6: violent content"),
    Category.SEXUAL_CONTENT: CategoryMapping(
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "KEYWORD_ADULT_SEXUAL_MATERIAL", Ground.TERMS,
        "Community rules, section 7: adult content"),
    Category.IMPERSONATION: CategoryMapping(
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING", Ground.TERMS,
        "Community rules, section 8: impersonation"),
    Category.MISINFORMATION: CategoryMapping(
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        "KEYWORD_MISINFORMATION_DISINFORMATION", Ground.TERMS,
        "Community rules, section 9: civic integrity and misleading information"),
    Category.ILLEGAL_GOODS: CategoryMapping(
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", "KEYWORD_PROHIBITED_PRODUCTS", Ground.TERMS,
        "Community rules, section 10: regulated and prohibited goods", illegal_too=True),
    Category.PRIVACY: CategoryMapping(
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", None, Ground.TERMS,
        "Community rules, section 11: private information"),
    Category.SCAM: CategoryMapping(
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "KEYWORD_PHISHING", Ground.TERMS,
        "Community rules, section 12: scams and fraud"),
    Category.SPAM: CategoryMapping(
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "KEYWORD_INAUTHENTIC_ACCOUNTS", Ground.TERMS,
        "Community rules, section 13: spam and platform manipulation"),
    Category.OTHER: CategoryMapping(
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", None, Ground.TERMS,
        "Community rules, general terms of use"),
}

GROUNDS = {Ground.ILLEGAL: "DECISION_GROUND_ILLEGAL_CONTENT", Ground.TERMS: "DECISION_GROUND_INCOMPATIBLE_CONTENT"}


@dataclass(frozen=True)
class Restriction:
    """What an action takes away, in the database's four kinds; `kind` names which one for the notice."""

    kind: str  # visibility | monetary | provision | account
    value: str
    other: str | None = None  # the wording DECISION_VISIBILITY_OTHER needs


# Actions that restrict: each one gets a statement of reasons when it takes effect (DSA Art. 17).
# warn, dismiss and restore take nothing away, so they have none.
RESTRICTIONS: dict[tuple[ActionType, SubjectKind], Restriction] = {
    (ActionType.LABEL, SubjectKind.POST): Restriction("visibility", "DECISION_VISIBILITY_CONTENT_LABELLED"),
    (ActionType.LABEL, SubjectKind.ACCOUNT): Restriction("visibility", "DECISION_VISIBILITY_CONTENT_LABELLED"),
    (ActionType.INTERSTITIAL, SubjectKind.POST): Restriction(
        "visibility", "DECISION_VISIBILITY_OTHER", other="content shown only behind a warning screen"),
    (ActionType.LIMIT, SubjectKind.POST): Restriction("visibility", "DECISION_VISIBILITY_CONTENT_DEMOTED"),
    (ActionType.LIMIT, SubjectKind.ACCOUNT): Restriction("provision", "DECISION_PROVISION_PARTIAL_SUSPENSION"),
    (ActionType.REMOVE, SubjectKind.POST): Restriction("visibility", "DECISION_VISIBILITY_CONTENT_REMOVED"),
    (ActionType.SUSPEND, SubjectKind.ACCOUNT): Restriction("account", "DECISION_ACCOUNT_SUSPENDED"),
    (ActionType.DEACTIVATE, SubjectKind.ACCOUNT): Restriction("account", "DECISION_ACCOUNT_TERMINATED"),
}

END_DATE_FIELD = {
    "visibility": "end_date_visibility_restriction",
    "monetary": "end_date_monetary_restriction",
    "provision": "end_date_service_restriction",
    "account": "end_date_account_restriction",
}

CONTENT_TYPES = {SubjectKind.POST: (["CONTENT_TYPE_TEXT"], None),
                 SubjectKind.ACCOUNT: (["CONTENT_TYPE_OTHER"], "user account and profile")}


def restriction_for(action_type: ActionType, kind: SubjectKind) -> Restriction | None:
    return RESTRICTIONS.get((action_type, kind))


def source_type(sources: set[ReportSource]) -> str:
    """The notice that started it: a trusted flagger's wins over a user's (Art. 22), no notice is voluntary."""
    if ReportSource.TRUSTED_FLAGGER in sources:
        return "SOURCE_TRUSTED_FLAGGER"
    if ReportSource.USER in sources:
        return "SOURCE_ARTICLE_16"
    return "SOURCE_VOLUNTARY"


def category_mapping(value: str | None) -> CategoryMapping:
    if value is None:
        return CATEGORIES[Category.OTHER]
    try:
        return CATEGORIES[Category(value)]
    except (ValueError, KeyError):
        return CATEGORIES[Category.OTHER]
