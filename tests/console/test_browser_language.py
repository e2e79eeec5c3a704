"""The console's language in a real browser: a moderator switches to French and the page follows; the French
queue and case pages fit a desktop and a 390 px phone without sideways scrolling."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1440, "height": 900}


@pytest.fixture(scope="module")
def french_case(world):
    return world.ordinary_case(
        "compte_fr", handle="utilisateur_anticonstitutionnellement_" + "x" * 60,
        text="Il m'insulte tous les jours dans ses réponses, c'est du harcèlement caractérisé " + "é" * 120)


def test_a_moderator_switches_the_console_to_french_and_it_stays_french(world, console, shot):
    world.hire("mod_langue", "moderator")
    page = console.sign_in("mod_langue")
    expect(page.locator("nav.nav")).to_contain_text("Queue")
    page.select_option("[data-language]", "fr")  # the form sends itself on change
    expect(page.locator("[data-flash]")).to_have_text("Langue enregistrée.")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("nav.nav")).to_contain_text("File")
    expect(page.locator("[data-claim-next] button")).to_contain_text("Prendre le suivant")
    page.reload()
    expect(page.locator("h1")).to_have_text("File")
    shot(page, "language-switched-queue-fr")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_french_queue_and_case_fit_the_screen(world, console, shot, french_case, viewport):
    name = "desktop" if viewport is DESKTOP else "phone"
    world.hire(f"mod_fr_{name}", "moderator")
    page = console.sign_in(f"mod_fr_{name}")
    page.select_option("[data-language]", "fr")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.set_viewport_size(viewport)
    for path, label in (("/queue", "queue"), (f"/cases/{french_case}", "case")):
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path} in French scrolls sideways on {name}: {width}px"
        shot(page, f"fr-{label}-{name}")
    expect(page.locator("[data-submit]")).to_have_text("Appliquer maintenant")  # the script speaks French too
