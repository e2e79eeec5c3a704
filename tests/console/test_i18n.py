"""The console in French or English, per staff member: the catalogue is complete, the choice is kept, the
browser's language is the default, and what people wrote is never translated."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from tests.console.http_session import PASSWORD, page_token, sign_in
from tests.people import account, hire, platform, report
from trustdesk.console import labels
from trustdesk.console.i18n import LOCALE_DIR, choose_language, from_accept_language
from trustdesk.domain.actions import ActionState, ActionType
from trustdesk.domain.cases import CaseState
from trustdesk.domain.errors import InvalidInput, NotPermitted
from trustdesk.domain.reports import Category, ReportSource
from trustdesk.domain.staff import CONSOLE_LANGUAGES, Role
from trustdesk.domain.subjects import SubjectKind, SubjectStatus, Visibility
from trustdesk.policy.tiers import RiskTier
from trustdesk.services.access import preferences, sessions

ROOT = Path(__file__).resolve().parents[2]
METHODS = [("src/trustdesk/console/**.py", "python"), ("src/trustdesk/console/templates/**.html", "jinja2")]
OPTIONS = {"src/trustdesk/console/templates/**.html": {"trimmed": "true"}}


def _extracted() -> dict[str, tuple[str, ...]]:
    """Every message the console's code and templates ask for, as scripts/update-translations extracts them."""
    found: dict[str, tuple[str, ...]] = {}
    for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT, METHODS, OPTIONS, keywords={"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}):
        ids = (message,) if isinstance(message, str) else tuple(message)
        found[ids[0]] = ids
    return found


def _catalogue(language: str) -> Catalog:
    with (LOCALE_DIR / f"{language}.po").open("rb") as po:
        return read_po(po, locale=language)


@pytest.mark.parametrize("language", [lang for lang in CONSOLE_LANGUAGES if lang != "en"])
def test_every_message_of_the_console_exists_in_both_languages(language):
    """English is the source (ids are the English text); each other language translates every one, keeps each
    placeholder, and carries nothing the console no longer says."""
    wanted = _extracted()
    catalogue = _catalogue(language)
    have = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalogue if m.id}
    assert sorted(set(wanted) - set(have)) == [], "run scripts/update-translations and translate these"
    assert sorted(set(have) - set(wanted)) == [], "messages the console no longer uses"
    untranslated = [key for key, m in have.items()
                    if m.fuzzy or not (m.string if isinstance(m.string, str) else all(m.string))]
    assert untranslated == []
    placeholder = re.compile(r"%\((\w+)\)[sd]")
    for key, m in have.items():
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        for text in strings:
            assert set(placeholder.findall(text)) == set(placeholder.findall(key)), key
    assert [problem for message, problems in catalogue.check() for problem in problems] == []


def test_every_value_the_console_labels_is_in_the_catalogue():
    """States, categories, actions, tiers: a new value would otherwise show in English on a French page."""
    values = [*ActionType, *ActionState, *CaseState, *SubjectKind, *SubjectStatus, *Visibility, *Category,
              *ReportSource, *Role, *RiskTier]
    assert sorted({v.value.replace("_", " ") for v in values} - set(labels.LABELS)) == []


def test_the_browsers_language_is_the_default_and_a_choice_wins():
    assert from_accept_language("fr-CA,fr;q=0.9,en;q=0.8") == "fr"
    assert from_accept_language("de-DE,en;q=0.5,fr;q=0.7") == "fr"
    assert from_accept_language("de, *;q=0.1") is None
    assert choose_language(None, "fr") == "fr" and choose_language("en", "fr") == "en"
    assert choose_language(None, None) == "en"


@pytest.fixture
def french_case(ctx):
    integration = platform(ctx)
    hire(ctx, "camille", "moderator", password=PASSWORD)
    ref = account(ctx, integration, "u1", handle="troll42", followers=41_700)
    # The reporter wrote English words the catalogue knows: they stay as written.
    return report(ctx, integration, ref, category="harassment", text="Claim next").case_id


def test_a_french_preferring_moderator_sees_french_navigation_queue_and_case(ctx, client, french_case):
    client.headers["Accept-Language"] = "fr-FR,fr;q=0.9,en;q=0.5"
    sign_in(client, "camille")
    queue = client.get("/queue").text
    assert '<html lang="fr">' in queue
    assert "<span>File</span>" in queue and "<span>Recours</span>" in queue and "Tableau de bord" in queue
    assert "Prendre le suivant" in queue and "1 dossier ouvert" in queue and "harcèlement" in queue
    assert "41,7\xa0k" in queue  # the reach, written the French way
    assert "Claim next" not in queue
    case = client.get(f"/cases/{french_case}").text
    assert "Signalements" in case and "Agir" in case and "Proposer l'action" in case and "Audience" in case
    assert "Afficher le texte du signalement" in case
    # What the reporter wrote is theirs: never looked up in the catalogue.
    assert "<bdi>Claim next</bdi>" in case
    dashboard = client.get("/dashboard").text
    assert "Dossiers ouverts dans le temps" in dashboard and "Open cases over time" not in dashboard


def test_switching_language_in_the_console_is_kept_for_the_next_sign_in(ctx, client, french_case):
    client.headers["Accept-Language"] = "en"
    sign_in(client, "camille")
    assert "Claim next" in client.get("/queue").text
    saved = client.post("/settings/language", data={"language": "fr", "back": "/queue",
                                                    "csrf": page_token(client)}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == "/queue"
    after = client.get("/queue").text
    assert "Langue enregistrée." in after and "Prendre le suivant" in after
    client.cookies.clear()
    sign_in(client, "camille")  # a new session, an English browser: the member's choice still wins
    assert "Prendre le suivant" in client.get("/queue").text
    back = client.post("/settings/language", data={"language": "auto", "csrf": page_token(client)})
    assert back.status_code == 200 and "Claim next" in back.text  # "auto" follows the browser again


def test_the_language_setting_is_a_service_with_its_rules(ctx):
    camille = hire(ctx, "camille", "moderator", password=PASSWORD)
    hire(ctx, "jo", "moderator")
    admin = hire(ctx, "root", "admin")
    assert preferences.set_language(ctx, actor=camille.principal, language="FR") == "fr"
    started = sessions.start_session(ctx, name="camille", password=PASSWORD)
    assert sessions.resolve_session(ctx, cookie=started.cookie).language == "fr"
    with pytest.raises(InvalidInput):
        preferences.set_language(ctx, actor=camille.principal, language="de")
    with pytest.raises(NotPermitted):
        preferences.set_language(ctx, actor=camille.principal, name="jo", language="fr")
    assert preferences.set_language(ctx, actor=admin.principal, name="jo", language="fr") == "fr"
    assert preferences.set_language(ctx, actor=None, name="jo", language="auto") is None


def test_an_error_page_speaks_the_members_language(ctx, client, french_case):
    sign_in(client, "camille")
    preferences.set_language(ctx, actor=None, name="camille", language="fr")
    missing = client.get("/cases/no-such-case-anywhere/nothing")
    assert missing.status_code == 404
    text = html.unescape(missing.text)
    assert '<html lang="fr">' in text and "Cette page n'existe pas." in text and "Retour à la file" in text
