import secrets
import time
from io import StringIO

import pytest
from django.contrib.auth.signals import user_logged_in
from django.core import signing
from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpRequest
from django.test import TestCase
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from wagtail.models import Locale

from home.demo.bootstrap import ensure_initial_data
from home.demo.site import ensure_home
from home.form_protection import SESSION_KEY, SIGNING_SALT, STARTED_FIELD
from home.models import HomePage
from twofactor.policy import STRONG_AUTH_SESSION_KEY

# How fast Hypothesis draws examples depends on the machine's load (CI shares its cores), not
# on the code: no deadline and no "too slow" health check for any property test.
hypothesis_settings.register_profile(
    "site", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("site")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def _strong_test_client_sign_in(sender, request, user, **kwargs):
    # Client.login() and force_login() sign in through a bare HttpRequest; real requests (the
    # sign-in page, the browser tests) are WSGIRequests and take the real second step.
    if type(request) is HttpRequest:
        request.session[STRONG_AUTH_SESSION_KEY] = "test-client"


@pytest.fixture(autouse=True)
def _test_client_signs_in_with_two_factors(request):
    """Tests that sign in with the test client's login() or force_login() count as having
    proved a second factor, as a staff member would have; tests marked `real_two_factor`
    (tests/twofactor) sign in with the password alone and take the second step themselves."""
    if request.node.get_closest_marker("real_two_factor"):
        yield
        return
    user_logged_in.connect(_strong_test_client_sign_in, dispatch_uid="strong-test-sign-in")
    yield
    user_logged_in.disconnect(dispatch_uid="strong-test-sign-in")


def load_demo_content():
    """Load the demo content as `make demo` does. wagtail-localize publishes translations when
    the transaction commits, so the commit callbacks are run here."""
    from django.db import connection

    with TestCase.captureOnCommitCallbacks(using=connection.alias, execute=True):
        call_command("load_demo_content", force=True, stdout=StringIO())


def build_empty_site():
    """What every test starts from: Wagtail's root page and the site's home page in Swedish and
    English (as the demo loader makes them, without their body), nothing else."""
    from django.db import connection

    with TestCase.captureOnCommitCallbacks(using=connection.alias, execute=True):
        ensure_initial_data()
        ensure_home()


DEMO_LOADED = pytest.StashKey[bool]()


def needs_demo(item) -> bool:
    return "demo_content" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(items):
    """Run the tests that need the demo content after all the others. The demo content is
    loaded (committed) when the first of them starts, so every test before it sees the empty
    site and a test that needs demo content without asking for it fails every time. The sort is
    stable: pytest-django's order (database tests first) holds within each part. With
    pytest-xdist (`--dist load`) each worker receives the tests in this order. Those tests are
    also marked `demo`: `pytest -m "not demo"` runs the rest without loading the demo."""
    for item in items:
        if needs_demo(item):
            item.add_marker(pytest.mark.demo)
    items.sort(key=needs_demo)


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """Create the test database with all migrations (data migrations included) and the empty
    site once; each test then runs in a transaction that is rolled back. Replaces
    pytest-django's fixture so that the database is also created when only browser tests
    (which use no `db` fixture) are selected. `django_db_modify_db_settings` gives each
    pytest-xdist worker a database of its own (test_idesluss_gw0, ...) on PostgreSQL."""
    from django.test.utils import setup_databases, teardown_databases

    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=verbosity, interactive=False, aliases={"default"}, serialized_aliases=set()
        )
        build_empty_site()
    yield
    with django_db_blocker.unblock():
        close_other_sessions()
        teardown_databases(databases, verbosity=verbosity)


@pytest.fixture(scope="session")
def demo_content(request, django_db_setup, django_db_blocker):
    """The full bilingual demo content, loaded and committed once per test process (about a
    minute on PostgreSQL) for the tests that ask for it; they run after all other tests (see
    pytest_collection_modifyitems). Ask for it through `demo_site` or, for a whole module,
    `pytestmark = pytest.mark.usefixtures("demo_content")`."""
    with django_db_blocker.unblock():
        load_demo_content()
    request.config.stash[DEMO_LOADED] = True


@pytest.fixture(autouse=True)
def _empty_site_unless_demo(request):
    """A test that does not ask for the demo content must not see it: it would pass here and
    fail alone. Only a run that does not keep the order above gets here."""
    if request.config.stash.get(DEMO_LOADED, False) and not needs_demo(request.node):
        pytest.fail(
            "This test runs after the demo content was loaded. Keep the order of "
            "tests/conftest.py (with pytest-xdist: --dist load, or loadgroup with "
            "--no-loadscope-reorder)."
        )


def close_other_sessions():
    """End connections that other threads (the browser tests' live server keeps idle keep-alive
    request threads) still hold, so PostgreSQL lets the test database be dropped."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture
def demo_site(demo_content, db):
    """The bilingual demo content. Returns the Swedish home page."""
    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture
def home(db):
    """The Swedish home page of the empty site (no demo content)."""
    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture
def english_home(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


FORM_SESSION = "test-form-session"


def form_started(seconds_ago: float = 60, session: str = FORM_SESSION) -> str:
    """The form token a protected form carries, as if it was opened `seconds_ago` in a session
    whose key (see `form_session`) is `session`. Each call gives a new, unspent token."""
    payload = {"t": time.time() - seconds_ago, "s": session, "n": secrets.token_urlsafe(16)}
    return signing.dumps(payload, salt=SIGNING_SALT)


def form_session(client, key: str = FORM_SESSION):
    """Give the test client a session whose form tokens are those of `form_started`."""
    session = client.session
    session[SESSION_KEY] = key
    session.save()
    return client


@pytest.fixture
def started_field():
    return {STARTED_FIELD: form_started()}
