"""The testbed catalogue in a real browser: filter, open an entry, download the CSV; contact a
testbed from the map with the keyboard only, in both languages."""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from testbeds.models import ContactRequest
from tests.e2e.conftest import assert_accessible, tab_to


def test_filter_open_an_entry_and_download_the_csv(page):
    page.goto("/testbaddar/")
    assert_accessible(page)
    page.locator('input[name="municipality"][value="skelleftea"]').check()
    page.get_by_role("checkbox", name=re.compile(r"^Funktionshinderomsorg")).check()
    page.get_by_role("button", name="Visa testbäddar").click()
    page.wait_for_url(re.compile(r"municipality=skelleftea"))
    heading = page.locator("#testbed-results").inner_text()
    count = int(heading.split()[0])
    assert 0 < count < 24
    assert page.locator('input[name="municipality"][value="skelleftea"]').is_checked()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ladda ner som CSV").click()
    path = download_info.value.path()
    with open(path, encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(io.StringIO(file.read())))
    assert len(rows) == count
    assert {row["municipality"] for row in rows} == {"skelleftea"}
    assert all("Funktionshinderomsorg" in row["sectors"] for row in rows)

    first = page.locator(".cards .card__title a").first
    title = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() == title
    assert page.get_by_text("Exempeldata.").is_visible()
    assert_accessible(page)


CONTACT_TEXTS = {
    "sv": {
        "catalogue": "/testbaddar/",
        "contact": "Kontakta testbädden",
        "required": "Fyll i det här fältet.",
        "thanks": "Tack för din förfrågan",
    },
    "en": {
        "catalogue": "/en/testbeds/",
        "contact": "Contact the testbed",
        "required": "Fill in this field.",
        "thanks": "Thank you for your request",
    },
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_contact_a_testbed_from_the_map_with_the_keyboard(page, settings, language):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMIT = (50, 600)
    texts = CONTACT_TEXTS[language]
    page.goto(texts["catalogue"])
    assert_accessible(page)

    # Each point of the map is a link named after its testbed.
    tab_to(page, ".testbed-map a", limit=200)
    name = page.evaluate("() => document.activeElement.getAttribute('aria-label')")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(name)
    assert_accessible(page)

    tab_to(page, "main a.button[href$='/kontakt/'], main a.button[href$='/contact/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text(texts["contact"])
    assert_accessible(page)

    # An empty form shows the error summary, in the page's language.
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_contain_text(texts["required"])
    assert_accessible(page)

    organisation = f"Provbolaget {language} AB"
    tab_to(page, "#id_name")
    page.keyboard.type("Anna Andersson")
    page.keyboard.press("Tab")
    expect(page.locator("#id_email")).to_be_focused()
    page.keyboard.type("anna@example.org")
    tab_to(page, "#id_organisation")
    page.keyboard.type(organisation)
    tab_to(page, "#id_what_to_test")
    page.keyboard.type("Ett fallarmband")
    tab_to(page, "#id_when")
    page.keyboard.type("Våren 2027")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text(texts["thanks"])
    assert_accessible(page)
    request = ContactRequest.objects.get(organisation=organisation)
    assert request.language == language
