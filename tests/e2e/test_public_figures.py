"""The public figures page in a real browser, in Swedish and English: reached from the home
page, its charts and tables render, and axe-core finds no WCAG 2.1 A/AA violation."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible

HOMES = {"sv": "/", "en": "/en/"}
FIGURES = {"sv": "/i-siffror/", "en": "/en/in-figures/"}
HEADINGS = {"sv": "Idéslussen i siffror", "en": "The idea sluice in figures"}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_figures_page_is_reached_from_the_home_page_and_accessible(page, language):
    page.goto(HOMES[language])
    page.locator(".hero").get_by_role("link", name=HEADINGS[language]).click()
    expect(page).to_have_url(re.compile(re.escape(FIGURES[language]) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADINGS[language])
    # Three charts and three tables for each of the two municipalities.
    expect(page.locator("main svg[role=img]")).to_have_count(6)
    expect(page.locator("main table caption")).to_have_count(6)
    expect(page.locator("main time")).to_have_count(1)
    assert_accessible(page)
