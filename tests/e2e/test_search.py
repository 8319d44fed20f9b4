"""Searching from the header in both languages, filtering by type, and the suggestions."""

import re

from playwright.sync_api import expect

from .conftest import assert_accessible


def test_search_from_the_header_in_both_languages_and_filter_by_type(page):
    page.goto("/om-ideslussen/")
    header_search = page.get_by_role("search", name="Sök på webbplatsen")
    box = header_search.get_by_label("Sök på webbplatsen")
    box.fill("personuppgifter")
    # The suggestions (progressive enhancement) list matching titles in a native datalist.
    expect(page.locator("datalist option").first).to_be_attached()
    header_search.get_by_role("button", name="Sök").click()

    expect(page).to_have_url(re.compile(r"/sok/\?q=personuppgifter$"))
    expect(page.locator("h1")).to_have_text("Sök")
    results = page.locator(".search-results")
    expect(results.get_by_role("link", name="Så hanterar vi personuppgifter")).to_be_visible()
    expect(results.locator("mark").first).to_be_visible()
    assert_accessible(page)

    filters = page.get_by_role("complementary")
    filters.get_by_label(re.compile(r"^Innehållssida")).check()
    filters.get_by_role("button", name="Visa resultat").click()
    expect(page).to_have_url(re.compile(r"type=home.contentpage"))
    for label in page.locator(".search-result__type").all_inner_texts():
        assert label == "Innehållssida"
    assert_accessible(page)

    page.get_by_role("navigation", name="Språk").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=personuppgifter"))
    page.get_by_role("search", name="Search the site").get_by_label("Search the site").fill(
        "privacy"
    )
    page.get_by_role("search", name="Search the site").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=privacy$"))
    expect(page.get_by_role("link", name="How we handle personal data").first).to_be_visible()
    assert_accessible(page)

    page.goto("/en/search/?q=xyzzyplugh")
    expect(page.get_by_text("Check the spelling of the words.")).to_be_visible()
    assert_accessible(page)
