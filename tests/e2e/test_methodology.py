"""A staff member finds the method, opens a phase, follows a tool and filters the toolkit, in
Swedish and in English, with axe-core checking every page on the way."""

import re

from playwright.sync_api import expect

from .conftest import assert_accessible, tab_to

JOURNEYS = {
    "sv": {
        "home": "/",
        "menu": "Huvudmeny",
        "method": "Metod",
        "method_title": "Idéslussens metod",
        "phase": "Bedöma och välja",
        "tool": "Nytta–insats-matrisen",
        "toolkit": "Verktygslåda",
        "audience": "Chefer",
        "duration": "Upp till 30 minuter",
        "people": "Antal personer",
        "submit": "Visa verktyg",
        "step_link": "Länk till steg 2",
        "step_anchor": "#steg-2",
        "print": "Hela metoden på en sida, för utskrift",
    },
    "en": {
        "home": "/en/",
        "menu": "Main menu",
        "method": "Method",
        "method_title": "The idea sluice method",
        "phase": "Assess and select",
        "tool": "The benefit–effort matrix",
        "toolkit": "Toolkit",
        "audience": "Managers",
        "duration": "Up to 30 minutes",
        "people": "Number of people",
        "submit": "Show tools",
        "step_link": "Link to step 2",
        "step_anchor": "#step-2",
        "print": "The whole method on one page, to print",
    },
}


def test_from_the_home_page_to_a_tool_in_both_languages(page):
    for language, words in JOURNEYS.items():
        page.goto(words["home"])
        menu = page.get_by_role("navigation", name=words["menu"])
        menu.get_by_role("link", name=words["method"], exact=True).click()
        expect(page.locator("h1")).to_have_text(words["method_title"])
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)

        page.locator("ol.process").get_by_role("link", name=words["phase"]).click()
        expect(page.locator("h1")).to_have_text(words["phase"])
        assert_accessible(page)

        # A step can be linked to from an e-mail.
        page.get_by_role("link", name=words["step_link"]).click()
        expect(page).to_have_url(re.compile(words["step_anchor"] + "$"))

        page.get_by_role("link", name=words["tool"]).first.click()
        expect(page.locator("h1")).to_have_text(words["tool"])
        assert_accessible(page)

        # The toolkit, filtered with the keyboard: a 30-minute session with 8 managers in
        # the assessment phase.
        menu = page.get_by_role("navigation", name=words["menu"])
        menu.get_by_role("link", name=words["toolkit"]).click()
        assert_accessible(page)
        filters = page.locator("form.filters")
        filters.get_by_label(words["phase"]).check()
        filters.get_by_label(words["audience"]).check()
        filters.get_by_label(words["duration"]).check()
        tab_to(page, "#people")
        page.keyboard.type("8")
        page.get_by_role("button", name=words["submit"]).click()
        expect(page).to_have_url(re.compile(r"audience=managers"))
        expect(page).to_have_url(re.compile(r"people=8"))
        results = page.locator("section[aria-labelledby=results-heading]")
        expect(results.get_by_role("link", name=words["tool"])).to_be_visible()
        assert_accessible(page)

        page.goto(words["home"])
        page.get_by_role("navigation", name=words["menu"]).get_by_role(
            "link", name=words["method"], exact=True
        ).click()
        page.get_by_role("link", name=words["print"]).click()
        expect(page.locator("h1")).to_contain_text(words["method_title"])
        assert_accessible(page)
