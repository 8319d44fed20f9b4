"""The yearly report's print view and a good example page in a real browser, in Swedish and
English: they render, the print stylesheet gives an A4 page, and axe-core finds no WCAG 2.1
A/AA violation."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from .conftest import assert_accessible, sign_in

PRINT = "/admin/reports/process/print/"
GOOD_EXAMPLES = {
    "sv": "/goda-exempel/digital-fika/",
    "en": "/en/good-examples/digital-coffee-breaks/",
}
HEADINGS = {"sv": "Idéslussen", "en": "The idea sluice"}


def set_admin_language(username, language, django_db_blocker):
    with django_db_blocker.unblock():
        user = get_user_model().objects.get(username=username)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])


@pytest.mark.parametrize("language", ["sv", "en"])
def test_print_view_of_the_yearly_report_is_accessible_and_a4(page, django_db_blocker, language):
    set_admin_language("handlaggare-pitea", language, django_db_blocker)
    try:
        sign_in(page, "handlaggare-pitea", django_db_blocker)
        page.goto(PRINT + "?scope=pitea")
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.get_by_role("heading", level=1)).to_contain_text(HEADINGS[language])
        expect(page.locator("main table").first).to_be_visible()
        assert_accessible(page)
        page.emulate_media(media="print")
        expect(page.locator(".yearly-report__screen-only")).to_be_hidden()
        pdf = page.pdf(prefer_css_page_size=True)
        assert pdf.startswith(b"%PDF")
        # A4 is 595 × 842 points (Chromium writes 594.96 × 841.92).
        assert re.search(rb"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", pdf)
    finally:
        set_admin_language("handlaggare-pitea", "", django_db_blocker)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_good_example_page_is_accessible_with_its_chart(page, language):
    page.goto(GOOD_EXAMPLES[language])
    expect(page.locator("html")).to_have_attribute("lang", language)
    charts = page.locator("main svg[role=img]")
    expect(charts).to_have_count(2)
    expect(page.locator("main table caption").first).to_be_visible()
    assert_accessible(page)
