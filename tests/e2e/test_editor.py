"""An editor sees the page being edited and its checks in the admin's side panel."""

import re

from playwright.sync_api import expect
from wagtail.models import Page

from .conftest import sign_in


def test_preview_and_checks_panels_show_the_page(page, site_url, django_db_blocker):
    with django_db_blocker.unblock():
        about = Page.objects.get(slug="om-ideslussen", locale__language_code="sv")
    sign_in(page, "redaktor", django_db_blocker)
    page.goto(f"/admin/pages/{about.pk}/edit/")

    page.click('[data-side-panel-toggle="preview"]')
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_contain_text(about.title)

    page.click('[data-side-panel-toggle="checks"]')
    # The checks read the preview: with a blocked frame every figure stayed "-".
    word_count = page.locator("[data-content-word-count]")
    expect(word_count).not_to_have_text("-", timeout=15_000)
    expect(word_count).to_have_text(re.compile(r"^\d+$"))
