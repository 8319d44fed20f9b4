"""The demo site: every page answers in both languages, with the right language markup."""

import re

import pytest
from defusedxml import ElementTree
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from courses.models import CoursePage, confirmed_count
from home.models import ContentPage, Footer, FormPage, NavigationMenu
from tests.conftest import load_demo_content

pytestmark = pytest.mark.django_db

HREFLANG = re.compile(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">')


def live_pages():
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))


def one_page_per_type():
    """The first live page of each page type in each language."""
    pages = {}
    for page in live_pages():
        pages.setdefault((type(page), page.locale_id), page)
    return list(pages.values())


@pytest.mark.demo_check
def test_every_demo_page_exists_in_both_languages(demo_site):
    pages = live_pages()
    by_language = {"sv": set(), "en": set()}
    for page in pages:
        by_language[page.locale.language_code].add(page.translation_key)
    assert len(by_language["sv"]) >= 5
    assert by_language["sv"] == by_language["en"]


@pytest.mark.demo_check
def test_every_demo_page_renders_with_matching_html_lang(client, demo_site):
    for page in live_pages():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        language = page.locale.language_code
        assert f'<html lang="{language}">' in response.text, page.url
        assert f"<h1>{page.title}</h1>" in response.text.replace("&#x27;", "'"), page.url


@pytest.mark.demo_check
def test_swedish_has_no_prefix_and_english_lives_under_en(client, demo_site):
    for page in live_pages():
        if page.locale.language_code == "sv":
            assert not page.url.startswith("/en/")
        else:
            assert page.url.startswith("/en/")


@pytest.mark.demo_check
def test_root_answers_in_swedish_whatever_the_browser_prefers(client, demo_site):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert response.status_code == 200
    assert '<html lang="sv">' in response.text


@pytest.mark.demo_check
def test_hreflang_pairs_point_at_each_other(client, demo_site):
    for page in one_page_per_type():
        links = dict(HREFLANG.findall(client.get(page.url).text))
        assert set(links) == {"sv", "en", "x-default"}, page.url
        own = links[page.locale.language_code]
        other_language = "en" if page.locale.language_code == "sv" else "sv"
        other = client.get(links[other_language].removeprefix("http://testserver"))
        assert (
            HREFLANG.findall(other.text)
            and dict(HREFLANG.findall(other.text))[page.locale.language_code] == own
        )
        assert links["x-default"] == links["sv"]
        assert f'<link rel="canonical" href="{own}">' in client.get(page.url).text


@pytest.mark.demo_check
def test_language_switcher_lands_on_the_translation(client, demo_site):
    about = Page.objects.get(slug="om-ideslussen")
    response = client.get(about.url)
    switcher = re.search(r'class="language-switcher".*?</nav>', response.text, re.S).group(0)
    assert 'href="/en/about/" lang="en" hreflang="en"' in switcher
    english = client.get("/en/about/")
    switcher = re.search(r'class="language-switcher".*?</nav>', english.text, re.S).group(0)
    assert 'href="/om-ideslussen/" lang="sv" hreflang="sv"' in switcher


@pytest.mark.demo_check
def test_switcher_without_translation_leads_home_and_says_so(client, demo_site):
    lonely = demo_site.add_child(instance=ContentPage(title="Bara på svenska", slug="bara-svenska"))
    lonely.save_revision().publish()
    response = client.get("/bara-svenska/")
    switcher = re.search(r'class="language-switcher".*?</nav>', response.text, re.S).group(0)
    assert 'href="/en/"' in switcher
    assert "this page is not translated" in switcher
    assert 'rel="alternate" hreflang="en"' not in response.text


@pytest.mark.demo_check
def test_navigation_and_footer_follow_the_language(client, demo_site):
    swedish = client.get("/").text
    english = client.get("/en/").text
    assert 'href="/om-ideslussen/">Om Idéslussen' in swedish
    assert 'href="/en/about/">About the idea sluice' in english
    assert "Piteå Municipality and Skellefteå Municipality" in english
    assert 'href="/en/accessibility-statement/"' in english
    assert 'href="/en/privacy/"' in english


@pytest.mark.demo_check
def test_navigation_falls_back_to_swedish_without_an_english_menu(client, demo_site):
    NavigationMenu.objects.filter(locale__language_code="en").delete()
    Footer.objects.filter(locale__language_code="en").delete()
    english = client.get("/en/").text
    # The Swedish menu and footer are used, with links to the English pages where they exist.
    assert 'href="/en/about/">About the idea sluice' in english
    assert "Piteå kommun och Skellefteå kommun" in english


@pytest.mark.demo_check
def test_demo_notice_shows_only_in_demo_mode(client, demo_site, settings):
    settings.DEMO_MODE = True
    assert "demo-notice" in client.get("/").text
    settings.DEMO_MODE = False
    assert "demo-notice" not in client.get("/").text


def test_loading_twice_duplicates_nothing(demo_site):
    before = Page.objects.count(), NavigationMenu.objects.count(), Footer.objects.count()
    load_demo_content()
    after = Page.objects.count(), NavigationMenu.objects.count(), Footer.objects.count()
    assert before == after


def test_loader_refuses_without_demo_mode(db, settings):
    from django.core.management.base import CommandError

    settings.DEMO_MODE = False
    with pytest.raises(CommandError):
        call_command("load_demo_content")


@pytest.mark.demo_check
def test_english_form_fields_are_translated_and_keep_their_names(demo_site):
    swedish = FormPage.objects.get(locale__language_code="sv")
    english = FormPage.objects.get(locale__language_code="en")
    assert [f.clean_name for f in swedish.form_fields.all()] == [
        f.clean_name for f in english.form_fields.all()
    ]
    assert english.form_fields.get(clean_name="problem").label == "Describe the problem"


@pytest.mark.demo_check
def test_accessibility_statement_has_what_the_law_asks_for(client, demo_site):
    text = client.get("/tillganglighetsredogorelse/").text
    for required in [
        "Piteå kommun och Skellefteå kommun står bakom",
        "delvis förenlig med lagen (2018:1937)",
        "Innehåll som inte är tillgängligt",
        "Senaste bedömningen gjordes den",
        "självskattning",
        'href="/synpunkter-tillganglighet/"',
        "digg.se",
    ]:
        assert required in text, required


@pytest.mark.demo_check
def test_sitemap_lists_both_languages_with_alternates(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in tree.findall("s:url/s:loc", ns)]
    assert "http://testserver/" in locations
    assert "http://testserver/en/about/" in locations
    assert len(locations) == len(live_pages())
    about = next(
        url for url in tree.findall("s:url", ns) if url.find("s:loc", ns).text.endswith("/about/")
    )
    alternates = {a.get("hreflang"): a.get("href") for a in about.findall("x:link", ns)}
    assert alternates == {
        "sv": "http://testserver/om-ideslussen/",
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/om-ideslussen/",
    }


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


@pytest.mark.demo_check
@pytest.mark.parametrize(("path", "lang"), [("/finns-inte/", "sv"), ("/en/does-not-exist/", "en")])
def test_not_found_page_in_both_languages(client, demo_site, path, lang):
    response = client.get(path)
    assert response.status_code == 404
    assert f'<html lang="{lang}">' in response.text
    expected = "Vi hittade inte sidan" if lang == "sv" else "We could not find the page"
    assert expected in response.text


# The queries of the demo's Swedish home page when neither the page nor its fragments are
# cached: routing, the page, the site settings, the menu, the footer, the language links, the
# page for proposing an idea (the call to action), the latest news and the page cache's list of
# restricted sections. (The old figure, 0, was a page-cache hit, the same whatever the page
# needs.)
HOME_PAGE_QUERIES = 22


def uncached_queries(client, path) -> int:
    """The number of queries a request for `path` makes with the page cache and the fragment
    cache empty (Django's per-process caches, such as content types, are warmed first)."""
    client.get(path)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def test_home_page_query_count_is_pinned(client, demo_site):
    assert uncached_queries(client, "/") == HOME_PAGE_QUERIES


def test_query_count_does_not_grow_with_the_menu(client, demo_site):
    menu = NavigationMenu.objects.get(locale__language_code="sv")
    pages = list(Page.objects.live().filter(depth=3, locale=menu.locale))
    menu.links = [("page", {"page": pages[0], "title": ""})]
    menu.save()
    one_link = uncached_queries(client, "/")
    menu.links = [("page", {"page": page, "title": ""}) for page in pages * 3]
    menu.save()
    many_links = uncached_queries(client, "/")
    assert many_links == one_link
    response = client.get("/")
    assert response.text.count('class="main-nav__link"') == len(pages) * 3


@pytest.mark.parametrize(
    ("path", "propose", "answer"),
    [
        ("/", "Lämna en idé", "Svara på en utmaning"),
        ("/en/", "Propose an idea", "Answer a challenge"),
    ],
)
@pytest.mark.demo_check
def test_the_home_page_calls_to_propose_an_idea_and_to_answer_a_challenge(
    client, demo_site, path, propose, answer
):
    html = client.get(path).content.decode()
    assert f">{propose}</a>" in html
    assert f">{answer}</a>" in html


@pytest.mark.demo_check
def test_the_demo_has_a_full_session_to_try_the_waiting_list(client, demo_site):
    managers = CoursePage.objects.get(slug="leda-innovationsarbete")
    last = managers.sessions.order_by("starts_at").last()
    assert confirmed_count(last.translation_key) == last.seat_limit == 2
    assert "väntelistan" in client.get(managers.url).text
