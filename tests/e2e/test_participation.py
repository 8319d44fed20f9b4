"""A resident supports an idea in Swedish and follows one in English, with the keyboard only,
confirming each by the link in the e-mail; every page passes axe-core."""

import re

from django.core import mail
from playwright.sync_api import expect

from ideas.models import Idea, ResidentAddress

from .conftest import assert_accessible, tab_to

SUBMIT = "main form.form button[type=submit]"


def emailed_path(pattern):
    """The path of the newest link in the test mailbox matching `pattern` (the link's host is
    the demo site's, not the live server's)."""
    for message in reversed(mail.outbox):
        match = re.search(rf"https?://[^/\s]+({pattern}\S*)", message.body)
        if match:
            return match.group(1)
    raise AssertionError(f"No e-mail with a link matching {pattern}")


def ask_by_keyboard(page, link_selector, email):
    tab_to(page, link_selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_accessible(page)
    # Sending without an address: the error summary, linked to the field.
    tab_to(page, SUBMIT)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    tab_to(page, "#id_email")
    page.keyboard.type(email)
    tab_to(page, SUBMIT)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("[role=status]").first).to_be_visible()
    assert_accessible(page)


def confirm_by_keyboard(page, path):
    page.goto(path)
    assert_accessible(page)
    tab_to(page, "main form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_accessible(page)


def test_resident_supports_an_idea_by_keyboard_in_swedish(page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    idea = Idea.objects.filter(is_public=True, is_example=True).order_by("pk").first()
    before = idea.supports.count()
    page.goto(f"/ideer/{idea.reference}/")
    assert_accessible(page)
    ask_by_keyboard(page, ".idea-support a[href$='/stod/']", "stodjer@example.org")
    expect(page.locator("main")).to_contain_text("Titta i din e-post")
    assert idea.supports.count() == before

    confirm_by_keyboard(page, emailed_path("/e-post/bekrafta/"))
    expect(page.locator("main")).to_contain_text("Nu räknas ditt stöd")
    assert idea.supports.count() == before + 1

    page.goto(f"/ideer/{idea.reference}/")
    expect(page.locator("#support-count")).to_contain_text(str(before + 1))


def test_resident_follows_an_idea_by_keyboard_in_english(page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    idea = Idea.objects.filter(is_public=True, is_example=True).order_by("-pk").first()
    page.goto(f"/en/ideas/{idea.reference}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)
    ask_by_keyboard(page, ".idea-support a[href$='/follow-by-email/']", "follower@example.org")
    expect(page.locator("main")).to_contain_text("Check your e-mail")

    confirm_by_keyboard(page, emailed_path("/en/email/confirm/"))
    expect(page.locator("main")).to_contain_text("You now follow the idea")

    token = ResidentAddress.objects.get(email="follower@example.org").unsubscribe_token
    page.goto(f"/en/email/unsubscribe/{token}/")
    assert_accessible(page)
    tab_to(page, "main form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text("We will not send you any more")
    assert_accessible(page)


def test_lost_links_page_is_accessible_in_both_languages(page):
    for path in ("/ideer/skicka-lankar/", "/en/ideas/resend-links/"):
        page.goto(path)
        expect(page.locator("#id_email")).to_be_visible()
        assert_accessible(page)
