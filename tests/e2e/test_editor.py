"""An editor sees the page being edited and its checks in the admin's side panel."""

import re

from playwright.sync_api import expect
from wagtail.models import Page

from home.models import NavigationMenu

from .conftest import assert_accessible, sign_in


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


def wait_for(condition, page, django_db_blocker, seconds=10):
    """Wait until `condition()` (a database check) holds, as the browser's request is handled by
    the live server's thread."""
    for _ in range(seconds * 5):
        with django_db_blocker.unblock():
            if condition():
                return
        page.wait_for_timeout(200)
    raise AssertionError("the change did not reach the database")


def test_an_editor_saves_a_menu_draft_previews_it_and_sends_it_for_review(
    page, site_url, django_db_blocker
):
    """Issue 15, defect 7: the main menu is edited like a page, and readers keep the published
    version until a moderator publishes the reviewed one."""
    with django_db_blocker.unblock():
        menu = NavigationMenu.objects.get(locale__language_code="sv")
        live_name = menu.name
        revisions = menu.revisions.count()
    sign_in(page, "redaktor", django_db_blocker)
    page.goto(f"/admin/snippets/home/navigationmenu/edit/{menu.pk}/")
    page.fill("#id_name", "Huvudmeny, nytt förslag")

    page.click("button.action-save")
    wait_for(lambda: menu.revisions.count() > revisions, page, django_db_blocker)
    # The saved draft's page has loaded when its message shows (the row is saved before).
    expect(page.locator(".messages .success")).to_be_visible()
    assert_accessible(page)

    page.click('[data-side-panel-toggle="preview"]')
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_contain_text("Huvudmeny, nytt förslag")
    expect(preview.locator(".main-nav__link").first).to_be_visible()
    expect(preview.locator(".site-footer")).to_be_visible()

    page.click(".w-dropdown-button [data-w-dropdown-target='toggle']")
    page.click('button[name="action-submit"]')
    wait_for(
        lambda: NavigationMenu.objects.get(pk=menu.pk).workflow_in_progress,
        page,
        django_db_blocker,
    )
    expect(page.locator(".messages .success")).to_be_visible()
    assert_accessible(page)

    with django_db_blocker.unblock():
        menu.refresh_from_db()
        assert menu.name == live_name  # readers still see the published menu
        # Leave the shared demo menu as it was for the browser tests after this one.
        state = menu.current_workflow_state
        state.cancel(user=state.requested_by)
    page.goto("/")
    expect(page.locator(".main-nav__link").first).to_be_visible()
    assert_accessible(page)
