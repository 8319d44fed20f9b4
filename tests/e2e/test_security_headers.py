"""The Content-Security-Policy in a real browser: public pages of every kind, in both languages,
load and work with no CSP violation and no console error; the admin and the editors' userbar
on public pages still work."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from courses.models import CoursePage
from home.models import ContentPage, FormPage
from ideas.models import IdeaSubmissionPage
from methodology.models import MethodPhasePage, ToolkitIndexPage, ToolPage
from testbeds.models import TestbedIndexPage, TestbedPage

from .conftest import assert_accessible, sign_in

PAGE_TYPES = [
    ContentPage,
    FormPage,
    CoursePage,
    MethodPhasePage,
    ToolkitIndexPage,
    ToolPage,
    TestbedIndexPage,
    TestbedPage,
    IdeaSubmissionPage,
]

# Collected in the page before any of its own code runs (an init script is not subject to CSP).
WATCH_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


@pytest.fixture
def watched_page(page):
    """The browser page, recording console errors and CSP violations of every page it opens."""
    page.console_errors = []
    page.on(
        "console",
        lambda message: (
            page.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    # A request the browser cancelled itself (ERR_ABORTED: the page navigated or reloaded while
    # it loaded) is not an error; a blocked one (ERR_BLOCKED_BY_CSP and the like) is.
    page.on(
        "requestfailed",
        lambda request: (
            page.console_errors.append(f"{request.failure}: {request.url}")
            if request.failure != "net::ERR_ABORTED"
            else None
        ),
    )
    page.add_init_script(WATCH_VIOLATIONS)
    return page


def assert_no_violations(page, allowed_errors=()):
    """No CSP violation, and no console error or failed request except `allowed_errors`."""
    assert page.evaluate("window.cspViolations") == [], page.url
    errors = [error for error in page.console_errors if error not in allowed_errors]
    assert errors == [], page.url


def urls_to_visit():
    urls = ["/", "/en/", "/sok/?q=idé", "/en/search/?q=idea"]
    for model in PAGE_TYPES:
        for language in ("sv", "en"):
            page = model.objects.live().filter(locale__language_code=language).first()
            assert page is not None, f"no {language} {model.__name__} in the demo content"
            urls.append(page.url)
    return urls


def test_public_pages_work_under_the_policy(watched_page, site_url):
    response = watched_page.goto("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "permissions-policy" in response.headers
    for url in urls_to_visit():
        response = watched_page.goto(url)
        assert response.status == 200, url
        assert "content-security-policy" in response.headers
        # The stylesheet is applied (a blocked stylesheet would leave the skip link visible).
        expect(watched_page.locator(".skip-link")).not_to_be_in_viewport()
        assert_no_violations(watched_page)


def test_course_structured_data_is_not_blocked(watched_page):
    course = CoursePage.objects.live().filter(locale__language_code="sv").first()
    watched_page.goto(course.url)
    data = watched_page.locator('script[type="application/ld+json"]').text_content()
    assert '"@type": "Course"' in data or '"@type":"Course"' in data
    assert_no_violations(watched_page)


@pytest.mark.parametrize(
    ("start", "box_name", "query", "expected_url"),
    [
        ("/om-ideslussen/", "Sök på webbplatsen", "personuppgifter", r"/sok/\?q=personuppgifter$"),
        ("/en/about/", "Search the site", "accessibility", r"/en/search/\?q=accessibility$"),
    ],
)
def test_search_suggestions_still_run(watched_page, start, box_name, query, expected_url):
    """static/js/search.js (a same-origin script that fetches suggestions) is allowed."""
    watched_page.goto(start)
    box = watched_page.get_by_role("search", name=box_name).get_by_label(box_name)
    box.fill(query)
    expect(watched_page.locator("datalist option").first).to_be_attached()
    box.press("Enter")
    expect(watched_page).to_have_url(re.compile(expected_url))
    assert_no_violations(watched_page)
    assert_accessible(watched_page)


def test_forms_post_under_the_policy(watched_page):
    """form-action 'self' lets the site's own forms send; an empty one shows the error summary."""
    form_page = FormPage.objects.live().filter(locale__language_code="sv").first()
    watched_page.goto(form_page.url)
    watched_page.locator("main form").get_by_role("button").last.click()
    expect(watched_page.locator(".error-summary, [role=alert]").first).to_be_visible()
    # The form comes back with status 400 (bad input), which Chromium logs as a failed load.
    assert_no_violations(
        watched_page,
        allowed_errors=[
            "Failed to load resource: the server responded with a status of 400 (Bad Request)"
        ],
    )


def test_editors_userbar_and_admin_work(watched_page, django_db_blocker):
    """Signed in, an editor gets Wagtail's userbar on public pages (its scripts and styles are
    files, allowed by the policy) and the admin, which the policy leaves out, works."""
    # Editors can open form submissions (personal data), so they sign in with a second factor.
    sign_in(watched_page, "redaktor", django_db_blocker)
    expect(watched_page).to_have_url(re.compile(r"/admin/$"))
    response = watched_page.reload()
    assert "content-security-policy" not in response.headers
    assert_no_violations(watched_page)

    for url in ("/", "/en/about/"):
        watched_page.goto(url)
        trigger = watched_page.locator("#wagtail-userbar-trigger")
        expect(trigger).to_be_visible()
        trigger.click()
        expect(watched_page.locator("#wagtail-userbar-items")).to_be_visible()
        assert_no_violations(watched_page)

    # The editor's preview lives under /admin/ and renders the page without the policy.
    home = Page.objects.get(depth=2, locale__language_code="sv")
    watched_page.goto(f"/admin/pages/{home.pk}/edit/")
    expect(watched_page.locator("form[data-edit-form]")).to_be_visible()
    assert_no_violations(watched_page)
