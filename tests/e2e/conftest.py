"""Browser tests: Playwright driving Debian's Chromium (headless) against a live test server,
with axe-core checking every page visited for WCAG 2.1 A and AA violations."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from home.demo.accounts import DEMO_PASSWORD
from twofactor.demo import demo_totp_code

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
# Only the violations are reported in full: axe-core still runs every rule, but no longer sends
# back every node that passed (three times faster on the larger pages).
WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
AXE = Axe()


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread while the browser is open; the
    # ORM calls that tests and fixtures make meanwhile are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def site_url(demo_content, django_db_blocker):
    """A live server on the test database with the demo content, shared by all browser tests.

    The demo content is committed, so the server thread sees it; the database is not flushed
    between browser tests (reloading the demo content takes a minute), so what a test sends
    through the browser stays for the tests after it: tests must look up their own rows, not
    count them. Browser tests run after all database tests (tests/conftest.py)."""
    with django_db_blocker.unblock():
        server = LiveServer("localhost:0")
        yield server.url
        server.stop()


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(base_url=site_url, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


# Wait (at most one second) for the page's short animations to end: a message fading in has
# low contrast half-way. Running and paused long ones are left as they are.
FINISH_ANIMATIONS = """() => Promise.race([
    new Promise(resolve => setTimeout(resolve, 1000)),
    Promise.all(document.getAnimations()
        .filter(animation => animation.playState === "running"
            && animation.effect.getComputedTiming().endTime <= 1000)
        .map(animation => animation.finished.catch(() => null))),
])"""


def assert_accessible(page):
    """axe-core finds no WCAG 2.1 A/AA violation on the page as it is now, once its finite
    animations have ended (a message fading in has low contrast half-way)."""
    page.evaluate(FINISH_ANIMATIONS)
    results = AXE.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def tab_to(page, selector, limit=60):
    """Press Tab until the element matching `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("sel => document.activeElement.matches(sel)", selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def sign_in(page, username, django_db_blocker, password=DEMO_PASSWORD):
    """Sign in to the admin as a demo account: the password, then the code an authenticator app
    with the demo key shows now. A code works once per account (django-otp refuses a replay), so
    the account's last used code is forgotten first: tests may sign in twice within 30 seconds."""
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.click("form.login-form button[type=submit]")
    with django_db_blocker.unblock():
        TOTPDevice.objects.filter(user__username=username, name="demo").update(last_t=-1)
    page.fill("#id_code", demo_totp_code())
    with page.expect_navigation():
        page.click("form.login-form button[type=submit]")
