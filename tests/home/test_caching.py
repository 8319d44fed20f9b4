"""The page cache (home/cache.py): what is stored, what never is, and how it is invalidated."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page

from courses.models import CourseIndexPage
from home import cache as page_cache
from home.form_protection import STARTED_FIELD
from home.models import ContentPage, Footer, NavigationMenu, SiteSettings
from ideas.choices import Area, Municipality
from ideas.models import Idea
from ideas.stages import Stage
from testbeds.models import Sector
from tests.conftest import form_session, form_started
from tests.courses.conftest import make_course, session_fields

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
ABOUT = "/om-ideslussen/"
ABOUT_EN = "/en/about/"
PRIVACY = "/personuppgifter/"


def about_page():
    return ContentPage.objects.get(locale__language_code="sv", slug="om-ideslussen")


def get(client, url, **kwargs):
    """GET `url`, returning the response and the number of database queries it ran."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    return response, len(queries)


def assert_hit(client, url):
    response, queries = get(client, url)
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"
    assert queries == 0
    return response


def assert_fresh(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200
    assert response["X-Cache"] == "miss"
    return response


def cached(client, url):
    """Store `url` in the cache and check that the next request is served from it."""
    first = assert_fresh(client, url)
    assert_hit(client, url)
    return first


def assert_never_cached(client, url, **kwargs):
    for _ in range(2):
        response, queries = get(client, url, **kwargs)
        assert response.status_code == 200, url
        assert "X-Cache" not in response, url
        assert queries > 0, url
        control = response["Cache-Control"]
        assert "private" in control or "no-store" in control or "no-cache" in control, control
    return response


# --- What is stored and how it is served ----------------------------------------------------------


def test_anonymous_page_is_stored_and_served_without_queries(client, demo_site):
    first = cached(client, ABOUT)
    assert first["Cache-Control"] == "public, max-age=300, s-maxage=300"
    second = assert_hit(client, ABOUT)
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "sv"


def test_each_language_site_and_path_has_its_own_entry(client, demo_site):
    swedish = cached(client, ABOUT)
    english = assert_fresh(client, ABOUT_EN)
    assert '<html lang="en">' in english.text
    assert '<html lang="sv">' in swedish.text
    other_host = assert_fresh(client, ABOUT, headers={"host": "localhost"})
    assert other_host.status_code == 200


def test_head_is_served_from_the_entry_of_get(client, demo_site):
    cached(client, ABOUT)
    response = client.head(ABOUT)
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"


def test_listing_filters_are_cached_per_query_string(client, demo_site):
    board = "/ideer/?area=elderly_care&page=2"
    cached(client, board)
    assert_fresh(client, "/ideer/?area=disability_care")


@pytest.mark.parametrize(
    "query", ["?utm_source=news", "?q=metod", "?page=1&x=<script>", "?page=" + "9" * 300]
)
def test_other_query_strings_bypass_the_cache(client, demo_site, query):
    response = assert_never_cached(client, ABOUT + query)
    assert response["Cache-Control"] == "private, no-cache"


def test_not_found_and_redirects_are_not_stored(client, demo_site):
    for _ in range(2):
        response = client.get("/finns-inte/")
        assert response.status_code == 404
        assert "X-Cache" not in response


def test_post_to_a_page_is_never_answered_from_the_cache(client, demo_site):
    cached(client, ABOUT)
    response = client.post(ABOUT, {"a": "b"})
    assert "X-Cache" not in response


def test_a_reader_with_a_session_is_never_served_from_the_cache(client, demo_site):
    cached(client, ABOUT)
    other = Client()
    other.cookies["sessionid"] = "anything"
    response, queries = get(other, ABOUT)
    assert "X-Cache" not in response
    assert queries > 0
    assert response["Cache-Control"] == "private, no-cache"
    # A pending message (messages cookie) must be shown, so that request is rendered too.
    third = Client()
    third.cookies["messages"] = "pending"
    assert "X-Cache" not in third.get(ABOUT)


def test_the_page_cache_can_be_switched_off(client, demo_site):
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get("/metod/")  # warm Wagtail's own caches (site root paths)
        for _ in range(2):
            response, queries = get(client, ABOUT)
            assert "X-Cache" not in response
            # Every request does all its work, the page chrome included.
            assert queries == CACHE_OFF_CONTENT_QUERIES


def test_an_unreachable_cache_never_breaks_a_request(client, demo_site):
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=unreachable):
        # The middleware answers without the cache (Wagtail's own page routing needs it, so a
        # view outside Wagtail shows it).
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert "X-Cache" not in response
        page_cache.bump_generation()  # logged, never raised: publishing goes on
        request = RequestFactory().get(ABOUT)
        request.user = AnonymousUser()
        assert page_cache.cached_fragment(request, "test", lambda: "built") == "built"


# --- What is never stored ---------------------------------------------------------------------


def test_signed_in_editor_is_never_served_from_or_stored_in_the_cache(client, demo_site):
    cached(client, ABOUT)
    editor = Client()
    editor.force_login(get_user_model().objects.get(username="redaktor"))
    response = assert_never_cached(editor, ABOUT)
    assert "wagtail-userbar" in response.text
    # What the editor saw was not stored for anonymous readers either.
    cache.clear()
    editor.get(ABOUT)
    anonymous = assert_fresh(client, ABOUT)
    assert "wagtail-userbar" not in anonymous.text


def test_preview_shows_the_draft_and_is_not_stored(client, demo_site):
    cached(client, ABOUT)
    page = about_page()
    page.title = "Utkast som inte är publicerat"
    page.save_revision()
    generation = page_cache.generation()
    preview = page.get_latest_revision_as_object().make_preview_request()
    assert preview.status_code == 200
    assert "Utkast som inte är publicerat" in preview.content.decode()
    assert "X-Cache" not in preview
    # Saving a draft may invalidate, but the preview itself never reaches the cache.
    response = client.get(ABOUT)
    assert "Utkast som inte är publicerat" not in response.text
    assert page_cache.generation() == generation


def test_private_pages_are_never_cached(client, demo_site):
    from wagtail.models import PageViewRestriction

    cached(client, ABOUT)
    PageViewRestriction.objects.create(
        page=about_page(), restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    for _ in range(2):
        response = client.get(ABOUT)
        assert "X-Cache" not in response
        assert "Om Idéslussen" not in response.text or 'type="password"' in response.text


def test_form_page_is_never_cached(client, demo_site):
    response = assert_never_cached(client, "/synpunkter-tillganglighet/")
    assert "no-store" in response["Cache-Control"]


def test_idea_submission_form_is_never_cached(client, demo_site):
    assert_never_cached(client, "/lamna-en-ide/")
    assert_never_cached(client, "/en/submit-an-idea/")


def test_tracking_page_is_never_cached(client, demo_site):
    idea = Idea.objects.create(
        title="Spårad idé",
        description="Beskrivning",
        need="Behov",
        area=Area.ELDERLY_CARE,
        municipality=Municipality.PITEA,
        stage=Stage.RECEIVED,
    )
    response = assert_never_cached(client, f"/ideer/folj/{idea.tracking_token}/")
    assert "no-store" in response["Cache-Control"]


def test_course_registration_is_never_cached(client, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="sv")
    course = make_course(index, "cachekurs", [session_fields(seats=3)])
    session = course.sessions.get()
    assert_never_cached(client, course.session_url(session, "register"))


def test_search_is_never_cached(client, demo_site):
    assert_never_cached(client, "/sok/", data={"q": "metod"})


def test_admin_is_never_cached(client, demo_site):
    client.force_login(get_user_model().objects.get(username="admin"))
    for _ in range(2):
        response = client.get("/admin/")
        assert response.status_code == 200
        assert "X-Cache" not in response


# --- Invalidation ------------------------------------------------------------------------------


def test_publishing_a_change_shows_at_once(client, demo_site):
    cached(client, ABOUT)
    cached(client, "/")
    page = about_page()
    page.title = "Om Idéslussen, uppdaterad"
    page.save_revision().publish()
    assert "Om Idéslussen, uppdaterad" in assert_fresh(client, ABOUT).text
    assert_fresh(client, "/")


def test_unpublishing_removes_the_page(client, demo_site):
    cached(client, ABOUT)
    about_page().unpublish()
    assert client.get(ABOUT).status_code == 404


def test_deleting_removes_the_page(client, demo_site):
    cached(client, PRIVACY)
    ContentPage.objects.get(locale__language_code="sv", slug="personuppgifter").delete()
    assert client.get(PRIVACY).status_code == 404


def test_moving_a_page_changes_its_address(client, demo_site):
    cached(client, PRIVACY)
    page = ContentPage.objects.get(locale__language_code="sv", slug="personuppgifter")
    page.move(about_page(), pos="last-child")
    response = client.get(PRIVACY)
    assert response.status_code != 200 or "X-Cache" not in response
    assert client.get(ABOUT + "personuppgifter/").status_code == 200


def test_translation_changes_update_the_language_links(client, demo_site):
    english_link = 'hreflang="en" href="http://testserver/en/about/"'
    assert english_link in cached(client, ABOUT).text
    about_page().get_translation(Locale.objects.get(language_code="en")).unpublish()
    response = assert_fresh(client, ABOUT)
    assert english_link not in response.text


def test_menu_footer_and_settings_changes_show_at_once(client, demo_site):
    cached(client, ABOUT)
    menu = NavigationMenu.objects.get(locale__language_code="sv")
    menu.links = [("external", {"url": "https://example.org/", "title": "Nytt menyval"})]
    menu.save_revision().publish()
    assert "Nytt menyval" in assert_fresh(client, ABOUT).text

    footer = Footer.objects.get(locale__language_code="sv")
    footer.organisation_name = "Ny organisation i sidfoten"
    footer.phone = "0910-123 45"
    footer.save_revision().publish()
    response = assert_fresh(client, ABOUT)
    assert "Ny organisation i sidfoten" in response.text and "0910-123 45" in response.text

    settings = SiteSettings.objects.get()
    settings.contact_email = "ny-adress@example.org"
    settings.save()
    assert "ny-adress@example.org" in assert_fresh(client, ABOUT).text


def test_a_published_idea_appears_on_the_cached_board(client, demo_site):
    cached(client, "/ideer/")
    Idea.objects.create(
        title="Intern titel",
        public_title="Gungor för alla åldrar",
        description="Beskrivning",
        need="Behov",
        area=Area.ELDERLY_CARE,
        municipality=Municipality.PITEA,
        stage=Stage.ASSESSMENT,
        is_public=True,
    )
    assert "Gungor för alla åldrar" in assert_fresh(client, "/ideer/").text


def test_a_registration_updates_the_seats_on_the_course_page(client, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="sv")
    course = make_course(index, "platskurs", [session_fields(seats=3)])
    session = course.sessions.get()
    assert "3 platser kvar av 3" in cached(client, course.url).text
    # A registrant of their own: the reader `client` keeps no session, so pages stay cached.
    registrant = form_session(Client())
    response = registrant.post(
        course.session_url(session, "register"),
        {
            "name": "Anna Andersson",
            "email": "anna@example.org",
            "organisation": "Piteå kommun",
            "role": "Ledamot",
            "consent": "on",
            STARTED_FIELD: form_started(),
        },
    )
    assert response.status_code == 200, response.text[:500]
    assert "2 platser kvar av 3" in assert_fresh(client, course.url).text


@pytest.mark.parametrize("change", ["sector", "image", "document", "site"])
def test_changes_shown_on_every_page_bump_the_generation(demo_site, change):
    from django.core.files.base import ContentFile

    image = get_image_model().objects.create(title="Bild", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Dokument", file=ContentFile(b"text", name="dokument.txt")
    )
    before = page_cache.generation()
    if change == "sector":
        sector = Sector.objects.first()
        sector.name = sector.name + " (ny)"
        sector.save()
    elif change == "image":
        image.title = "Ny bildtext"
        image.save()
    elif change == "document":
        document.title = "Nytt dokumentnamn"
        document.save()
    elif change == "site":
        site = demo_site.get_site()
        site.site_name = "Ny webbplats"
        site.save()
    assert page_cache.generation() > before


def test_a_new_image_or_document_changes_no_page(demo_site):
    from django.core.files.base import ContentFile

    before = page_cache.generation()
    get_image_model().objects.create(title="Bild", file=get_test_image_file())
    get_document_model().objects.create(
        title="Dokument", file=ContentFile(b"text", name="dokument.txt")
    )
    assert page_cache.generation() == before


def test_rendering_a_document_link_does_not_invalidate(demo_site):
    """Wagtail fills in a document's file size the first time it is shown: not a change."""
    from django.core.files.base import ContentFile

    document = get_document_model().objects.create(
        title="Dokument", file=ContentFile(b"text", name="dokument.txt")
    )
    get_document_model().objects.filter(pk=document.pk).update(file_size=None)
    document.refresh_from_db()
    before = page_cache.generation()
    assert document.get_file_size() == 4
    assert page_cache.generation() == before


def test_the_generation_is_bumped_again_when_the_transaction_commits(
    demo_site, django_capture_on_commit_callbacks
):
    before = page_cache.generation()
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.bump_generation()
        assert page_cache.generation() == before + 1
    assert page_cache.generation() == before + 2


def test_a_setting_change_or_migration_invalidates(demo_site, settings):
    from django.apps import apps
    from django.db.models.signals import post_migrate

    before = page_cache.generation()
    settings.DEMO_MODE = not settings.DEMO_MODE
    assert page_cache.generation() > before
    before = page_cache.generation()
    home = apps.get_app_config("home")
    post_migrate.send(sender=home, app_config=home, verbosity=0, interactive=False, using="default")
    assert page_cache.generation() > before


def test_a_lost_generation_never_brings_back_old_pages(client, demo_site):
    cached(client, ABOUT)
    before = page_cache.generation()
    cache.delete(page_cache.GENERATION_KEY)
    assert page_cache.generation() != before
    assert_fresh(client, ABOUT)


# --- Query counts --------------------------------------------------------------------------------

# A page-cache miss with the chrome (menu, footer, language links) already in the cache, as after
# the cached page expired; and with nothing cached at all, as right after a publish. Routing,
# view restrictions and the locale come from this process's map (home/routing.py), the page's
# own content from its fragment (tests/home/test_page_fragments.py): each reads only its own row.
HOME_QUERIES = 1
CONTENT_QUERIES = 1
# The cold count includes the one query for the pages under a view restriction, read once per
# generation (home.cache.restricted_paths), and the routing map's pages and locales (its view
# restrictions: none here, so no query for their groups); with the page cache off those queries
# are not needed, and Wagtail routes with its own.
COLD_CONTENT_QUERIES = 17
CACHE_OFF_CONTENT_QUERIES = 19


def miss_with_warm_chrome(client, url):
    client.get(url)
    cache.delete(page_cache.page_cache_key(RequestFactory().get(url)))
    return get(client, url)


def test_uncached_home_and_content_pages_stay_within_their_query_budget(client, demo_site):
    home, home_queries = miss_with_warm_chrome(client, "/")
    content, content_queries = miss_with_warm_chrome(client, ABOUT)
    assert home["X-Cache"] == content["X-Cache"] == "miss"
    assert (home_queries, content_queries) == (HOME_QUERIES, CONTENT_QUERIES)


def test_the_chrome_is_cached_once_per_generation_and_language(client, demo_site):
    client.get("/metod/")  # warm Wagtail's own caches (site root paths)
    page_cache.bump_generation()
    response, queries = get(client, ABOUT)
    assert queries == COLD_CONTENT_QUERIES
    assert response["X-Cache"] == "miss"


def test_query_count_does_not_grow_with_the_menu(client, demo_site):
    menu = NavigationMenu.objects.get(locale__language_code="sv")
    pages = list(Page.objects.live().filter(depth=3, locale=menu.locale))
    menu.links = [("page", {"page": page, "title": ""}) for page in pages * 3]
    menu.save()
    client.get("/metod/")
    page_cache.bump_generation()
    response, queries = get(client, ABOUT)
    assert queries == COLD_CONTENT_QUERIES
    assert response.text.count('class="main-nav__link"') == len(pages) * 3


# --- Frontend cache (CDN) purging --------------------------------------------------------------

PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend-cache backend that records what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


def test_publishing_purges_the_page_from_the_frontend_cache(
    demo_site, django_capture_on_commit_callbacks
):
    PURGED.clear()
    backend = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    with (
        override_settings(WAGTAILFRONTENDCACHE=backend),
        django_capture_on_commit_callbacks(execute=True),
    ):
        about_page().save_revision().publish()
    assert "http://testserver/om-ideslussen/" in PURGED
    PURGED.clear()
    with (
        override_settings(WAGTAILFRONTENDCACHE=backend),
        django_capture_on_commit_callbacks(execute=True),
    ):
        about_page().unpublish()
    assert "http://testserver/om-ideslussen/" in PURGED


def settings_with(env):
    """The frontend-cache settings that the given environment produces."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.WAGTAILFRONTENDCACHE, settings.PAGE_CACHE_ENABLED]))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FRONTEND_CACHE")}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.test", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_frontend_cache_is_configured_from_the_environment():
    assert settings_with({}) == [{}, True]
    backends, enabled = settings_with(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://varnish:6081/",
            "FRONTEND_CACHE_CLOUDFLARE_TOKEN": "token",
            "FRONTEND_CACHE_CLOUDFLARE_ZONE_ID": "zone",
            "PAGE_CACHE_ENABLED": "false",
        }
    )
    assert backends["proxy"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://varnish:6081/",
    }
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert enabled is False


# --- Static files ------------------------------------------------------------------------------


def test_hashed_static_files_are_cached_for_years(tmp_path):
    from whitenoise.middleware import WhiteNoiseMiddleware

    from config.settings import base

    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "site.css").write_text("body{}")
    (tmp_path / "css" / "site.0123456789ab.css").write_text("body{}")
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"paths": {"css/site.css": "css/site.0123456789ab.css"}, "version": "1.1"})
    )
    with override_settings(
        STATIC_ROOT=tmp_path,
        STORAGES=base.STORAGES,
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        middleware = WhiteNoiseMiddleware(lambda request: None)
        hashed = middleware(RequestFactory().get("/static/css/site.0123456789ab.css"))
        plain = middleware(RequestFactory().get("/static/css/site.css"))
    assert hashed["Cache-Control"] == "max-age=315360000, public, immutable"
    assert plain["Cache-Control"] == "max-age=60, public"


def test_a_bad_host_header_gets_400(client, demo_site):
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        response = client.get(ABOUT, headers={"host": "evil.example"})
    assert response.status_code == 400
