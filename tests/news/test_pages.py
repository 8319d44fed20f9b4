"""The news pages: where they may be created, their addresses in both languages, the
translation of the date, and the index: newest first, a page at a time, in a fixed number of
queries."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from home.models import ContentPage, HomePage
from news.models import NewsIndexPage, NewsPage
from tests.factories import ContentPageFactory, NewsPageFactory, SuperuserFactory, translate

from .conftest import news_item

pytestmark = pytest.mark.django_db


# --- Page types ---------------------------------------------------------------------------------


def test_news_index_lives_under_the_home_page_and_holds_only_news():
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsPage.allowed_subpage_models() == []
    assert NewsIndexPage in HomePage.allowed_subpage_models()
    assert NewsPage not in ContentPage.allowed_subpage_models()


def test_one_news_index_per_language_tree(home, english_home, news_index):
    assert not NewsIndexPage.can_create_at(home)
    # The English tree has its own (the translation of the Swedish one).
    assert NewsIndexPage.objects.filter(locale__language_code="en").count() == 1
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home)


def test_an_editor_adds_a_news_item_in_the_admin(client, news_index):
    client.force_login(SuperuserFactory())
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    data = nested_form_data(
        {
            "title": "Ny kurs i höst",
            "slug": "ny-kurs",
            "date": "2026-03-02",
            "listing_summary": "En kurs för chefer i äldreomsorgen.",
            "body": streamfield([("text", rich_text("<p>Anmäl dig senast i maj.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302
    item = NewsPage.objects.get(slug="ny-kurs")
    assert item.live and item.date == date(2026, 3, 2)
    assert item.get_parent().pk == news_index.pk


def test_the_summary_is_required(client, news_index):
    client.force_login(SuperuserFactory())
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    data = nested_form_data(
        {
            "title": "Utan sammanfattning",
            "slug": "utan",
            "date": "2026-03-02",
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "listing_summary" in response.context["form"].errors
    assert not NewsPage.objects.filter(slug="utan").exists()


# --- Addresses in both languages ----------------------------------------------------------------


def test_news_pages_answer_in_both_languages_with_breadcrumbs(client, news_index):
    item = news_item(news_index, "Kurser för chefer", listing_summary="Två kurser i vår.")
    translate(item, title="Courses for managers", slug="courses", listing_summary="Two courses.")
    for url, title, index_title in [
        ("/nyheter/", "Nyheter", None),
        ("/nyheter/kurser-for-chefer/", "Kurser för chefer", "Nyheter"),
        ("/en/news/", "News", None),
        ("/en/news/courses/", "Courses for managers", "News"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f"<h1>{title}</h1>" in response.text
        if index_title:
            assert 'class="breadcrumbs"' in response.text
            assert f">{index_title}</a></li>" in response.text


def test_a_news_page_shows_its_date_summary_and_body(client, news_index):
    news_item(
        news_index,
        "Utmaningen är öppen",
        listing_summary="Skicka in din idé.",
        date=date(2026, 3, 3),
        body=[("text", "<p>Alla kan svara.</p>")],
    )
    response = client.get("/nyheter/utmaningen-ar-oppen/")
    assert '<time datetime="2026-03-03">3 mars 2026</time>' in response.text
    assert "Skicka in din idé." in response.text
    assert "Alla kan svara." in response.text


def test_the_date_follows_the_swedish_page_when_the_translation_is_synchronised(news_index):
    item = news_item(news_index, "Ny testbädd", date=date(2026, 2, 1))
    english = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(item)
    translation = Translation.objects.create(source=source, target_locale=english)
    translation.save_target(publish=True)
    assert item.get_translation(english).date == date(2026, 2, 1)

    item.date = date(2026, 2, 9)
    item.save_revision().publish()
    source.update_from_db()
    translation.save_target(publish=True)
    assert item.get_translation(english).date == date(2026, 2, 9)


def test_news_pages_are_in_the_sitemap(client, news_index):
    news_item(news_index, "Kurser för chefer")
    response = client.get("/sitemap.xml")
    assert "/nyheter/kurser-for-chefer/" in response.text
    assert "/en/news/" in response.text


# --- The index ------------------------------------------------------------------------------------


def listed(response) -> list[str]:
    return [item.title for item in response.context["page_obj"]]


def test_the_index_lists_news_newest_first_a_page_at_a_time(client, news_index):
    for days_ago in range(12):
        news_item(news_index, f"Nyhet {days_ago} dagar", days_ago=days_ago)
    # Published later but dated earlier: the date decides.
    news_item(news_index, "Gammal nyhet", days_ago=30)
    first = client.get("/nyheter/")
    assert listed(first) == [f"Nyhet {days} dagar" for days in range(10)]
    second = client.get("/nyheter/?page=2")
    assert listed(second) == ["Nyhet 10 dagar", "Nyhet 11 dagar", "Gammal nyhet"]
    assert 'aria-current="page"' in second.text


@pytest.mark.parametrize("query", ["?page=x", "?page=0", "?page=-1", "?page=9999", "?page=1.5"])
def test_a_bad_page_number_gives_a_normal_page(client, news_index, query):
    news_item(news_index, "Kurser för chefer")
    response = client.get("/nyheter/" + query)
    assert response.status_code == 200
    assert listed(response) == ["Kurser för chefer"]


def test_the_index_lists_only_its_own_language_and_live_public_news(client, news_index):
    shown = news_item(news_index, "Synlig")
    draft = news_item(news_index, "Utkast")
    draft.unpublish()
    hidden = news_item(news_index, "Bara för inloggade")
    hidden.view_restrictions.create(restriction_type="login")
    translate(shown, title="Visible", slug="visible")
    assert listed(client.get("/nyheter/")) == ["Synlig"]
    assert listed(client.get("/en/news/")) == ["Visible"]


def test_the_index_without_news_says_so(client, news_index):
    response = client.get("/nyheter/")
    assert response.status_code == 200
    assert "Det finns inga nyheter än." in response.text


def count_queries(client, url) -> int:
    client.get(url)  # warm up what every request shares (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


# The index's own queries: the number of news and one page of them (2), and the listing images
# of that page with their renditions (2, only when a news item on it has an image). The rest is
# the site's frame (routing, navigation, footer, language links), measured on a translated
# content page at the same depth, so that changes to the frame do not break this test.
INDEX_QUERIES = 2
IMAGE_QUERIES = 2


def test_the_index_runs_the_same_queries_for_few_and_many_news(
    client, home, news_index, uncached, django_assert_num_queries
):
    # A translated page, as the index is: the language links cost the same.
    about = ContentPageFactory(parent=home, title="Om", slug="om")
    translate(about, title="About", slug="about")
    frame = count_queries(client, "/om/")
    image = get_image_model().objects.create(title="Bild", file=get_test_image_file())
    news_item(news_index, "Första", listing_image=image)
    client.get("/nyheter/")  # renditions are made once
    with django_assert_num_queries(frame + INDEX_QUERIES + IMAGE_QUERIES):
        response = client.get("/nyheter/")
    assert len(listed(response)) == 1
    for number in range(14):
        image = get_image_model().objects.create(title=f"Bild {number}", file=get_test_image_file())
        NewsPageFactory(parent=news_index, listing_image=image)
    client.get("/nyheter/")
    with django_assert_num_queries(frame + INDEX_QUERIES + IMAGE_QUERIES):
        response = client.get("/nyheter/")
    assert len(listed(response)) == 10
    assert response.text.count('class="card__image"') == 10
    client.get("/nyheter/?page=2")
    with django_assert_num_queries(frame + INDEX_QUERIES + IMAGE_QUERIES):
        response = client.get("/nyheter/?page=2")
    assert len(listed(response)) == 5


def test_the_index_links_the_feed_of_its_language(client, news_index):
    swedish = client.get("/nyheter/").text
    english = client.get("/en/news/").text
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Nyheter från Idéslussen" '
        'href="/floden/nyheter/">'
    ) in swedish
    assert (
        '<link rel="alternate" type="application/atom+xml" title="News from the idea sluice" '
        'href="/en/feeds/news/">'
    ) in english
    assert '<a href="/floden/nyheter/" type="application/atom+xml">' in swedish
