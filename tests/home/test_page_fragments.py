"""Each detail page type's own content is cached as a fragment (`{% page_fragment %}`,
home.cache.page_fragment): a page the page cache does not serve (an unknown parameter, an
expired entry) then reads only its own row, and whatever the content shows appears on the next
request once it changes."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from home.models import SiteSettings
from methodology.models import ToolkitIndexPage
from tests.factories import (
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    ContentPageFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseSessionFactory,
    FiguresPageFactory,
    GoodExampleIndexPageFactory,
    GoodExamplePageFactory,
    IdeaBoardPageFactory,
    IdeaFactory,
    MethodologyIndexPageFactory,
    MethodPhasePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    RegistrationFactory,
    TestbedIndexPageFactory,
    TestbedPageFactory,
    ToolkitIndexPageFactory,
    ToolPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site_settings(home):
    """The site settings exist, as on every real site (the first request would otherwise
    create them, and their creation renews every page and fragment)."""
    SiteSettings.for_site(Site.objects.get(is_default_site=True))


def uncached(client, page, number):
    """The page with a parameter the page cache does not accept (as `make bench` builds it):
    the response and its number of queries."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{page.url}?utm_source={number}")
    assert response.status_code == 200
    assert "X-Cache" not in response
    return response, len(queries)


def main(response) -> str:
    return re.search(r"<main.*</main>", response.text, re.S).group(0)


def make_method_phase(home):
    method = MethodologyIndexPageFactory(parent=home)
    toolkit = ToolkitIndexPageFactory(parent=home)
    phase = MethodPhasePageFactory(parent=method)
    MethodPhasePageFactory(parent=method)
    ToolPageFactory(parent=toolkit, phases=[phase])
    return phase


def make_tool(home):
    method = MethodologyIndexPageFactory(parent=home)
    toolkit = ToolkitIndexPageFactory(parent=home)
    phase = MethodPhasePageFactory(parent=method)
    other = ToolPageFactory(parent=toolkit)
    return ToolPageFactory(parent=toolkit, phases=[phase], related_tools=[other])


def make_course(home):
    page = CoursePageFactory(parent=CourseIndexPageFactory(parent=home))
    CourseSessionFactory(page=page)
    return page


def make_testbed(home):
    IdeaBoardPageFactory(parent=home)
    idea = IdeaFactory(is_public=True, public_title="Varm kaffe på natten")
    return TestbedPageFactory(parent=TestbedIndexPageFactory(parent=home), related_ideas=[idea])


def make_news_page(home):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home))


def make_challenge(home):
    IdeaBoardPageFactory(parent=home)
    page = ChallengePageFactory(parent=ChallengeIndexPageFactory(parent=home))
    IdeaFactory(challenge=page, is_public=True, public_title="Broddar till alla")
    return page


def make_good_example(home):
    IdeaBoardPageFactory(parent=home)
    return GoodExamplePageFactory(parent=GoodExampleIndexPageFactory(parent=home))


PAGE_TYPES = {
    "home page": lambda home: home,
    "content page": lambda home: ContentPageFactory(parent=home),
    "method phase": make_method_phase,
    "tool": make_tool,
    "course": make_course,
    "testbed": make_testbed,
    "news page": make_news_page,
    "challenge": make_challenge,
    "good example": make_good_example,
    "figures page": lambda home: FiguresPageFactory(parent=home),
}


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_a_second_uncached_request_reads_only_the_page_row(client, home, page_type):
    page = PAGE_TYPES[page_type](home)
    first, built = uncached(client, page, 1)
    second, reused = uncached(client, page, 2)
    assert reused == 1 < built
    assert main(second) == main(first)


@pytest.mark.parametrize("page_type", ["method phase", "course", "testbed"])
def test_the_content_is_built_each_time_without_the_page_cache(client, home, page_type):
    page = PAGE_TYPES[page_type](home)
    with override_settings(PAGE_CACHE_ENABLED=False):
        _, first = uncached_without_cache(client, page, 1)
        _, second = uncached_without_cache(client, page, 2)
    assert first == second > 1


def uncached_without_cache(client, page, number):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{page.url}?utm_source={number}")
    assert response.status_code == 200
    return response, len(queries)


def test_signed_in_readers_get_the_content_built(client, home):
    page = make_method_phase(home)
    client.force_login(UserFactory())
    uncached_without_cache(client, page, 0)  # the session's first request writes to it
    _, first = uncached_without_cache(client, page, 1)
    _, second = uncached_without_cache(client, page, 2)
    assert first == second


def test_a_new_revision_shows_on_the_next_request(client, home):
    page = ContentPageFactory(parent=home, intro="Den första texten.")
    assert "Den första texten." in uncached(client, page, 1)[0].text
    page.intro = "Den andra texten."
    page.save_revision().publish()
    text = uncached(client, page, 2)[0].text
    assert "Den andra texten." in text
    assert "Den första texten." not in text


def test_a_tool_published_under_a_phase_shows_on_the_phase(client, home):
    phase = make_method_phase(home)
    uncached(client, phase, 1)
    ToolPageFactory(parent=ToolkitIndexPage.objects.get(), title="Tankekartan", phases=[phase])
    assert "Tankekartan" in uncached(client, phase, 2)[0].text


def test_a_tool_published_again_with_the_phase_shows_on_the_phase(client, home):
    phase = make_method_phase(home)
    tool_page = ToolPageFactory(parent=ToolkitIndexPage.objects.get(), title="Tankekartan")
    assert "Tankekartan" not in uncached(client, phase, 1)[0].text
    tool_page.phases = [phase]
    tool_page.save_revision().publish()
    assert "Tankekartan" in uncached(client, phase, 2)[0].text


def test_a_tool_published_again_renews_the_tools_that_show_it(client, home):
    page = make_tool(home)
    other = page.related_tools.get()
    assert page.title in uncached(client, other, 1)[0].text  # it chose the other tool
    page.purpose = "Ett nytt syfte med verktyget."
    page.save_revision().publish()
    assert "Ett nytt syfte med verktyget." in uncached(client, other, 2)[0].text


def test_a_registration_renews_the_seats_left(client, home):
    page = make_course(home)
    assert "10 platser kvar av 10" in uncached(client, page, 1)[0].text
    RegistrationFactory(session=page.sessions.get())
    assert "9 platser kvar av 10" in uncached(client, page, 2)[0].text


def test_a_new_session_shows_on_the_course(client, home):
    page = make_course(home)
    uncached(client, page, 1)
    CourseSessionFactory(page=page, place="Kulturhuset, Skellefteå")
    assert "Kulturhuset, Skellefteå" in uncached(client, page, 2)[0].text


def test_a_related_idea_published_shows_on_the_testbed(client, home):
    page = make_testbed(home)
    idea = IdeaFactory(is_public=False)
    page.related_ideas.add(idea)
    page.save_revision().publish()
    assert "Halkskydd att låna" not in uncached(client, page, 1)[0].text
    idea.set_publication(True, public_title="Halkskydd att låna")
    assert "Halkskydd att låna" in uncached(client, page, 2)[0].text


def test_a_new_idea_counts_on_its_challenge(client, home):
    page = make_challenge(home)
    assert "1 inkommen" in uncached(client, page, 1)[0].text
    IdeaFactory(challenge=page)
    assert "2 inkomna" in uncached(client, page, 2)[0].text


def test_a_news_item_shows_on_the_home_page(client, home):
    index = NewsIndexPageFactory(parent=home)
    uncached(client, home, 1)
    NewsPageFactory(parent=index, title="Ny kurs i vår")
    assert "Ny kurs i vår" in uncached(client, home, 2)[0].text


def test_a_good_example_shows_on_its_testbed(client, home):
    page = make_testbed(home)
    example = GoodExamplePageFactory(parent=GoodExampleIndexPageFactory(parent=home))
    assert example.title not in uncached(client, page, 1)[0].text
    example.testbed = page
    example.save_revision().publish()
    assert example.title in uncached(client, page, 2)[0].text


def test_a_page_of_the_challenge_ideas_is_its_own_fragment(client, home):
    page = make_challenge(home)
    for number in range(12):
        IdeaFactory(challenge=page, is_public=True, public_title=f"Idé nummer {number}")
    first = client.get(f"{page.url}?page=1&utm_source=1").text
    second = client.get(f"{page.url}?page=2&utm_source=1").text
    assert first != second
    assert "utm_source" not in first  # the pagination links carry only the page number


def test_a_session_past_its_end_leaves_with_the_fragment(client, home, settings):
    """The content is kept as long as a cached page (seats and deadlines change with time)."""
    settings.PAGE_CACHE_SECONDS = 0  # stored for no time at all: built on every request
    page = make_course(home)
    session = page.sessions.get()
    uncached(client, page, 1)
    session.ends_at = timezone.now() - timedelta(hours=1)
    session.starts_at = session.ends_at - timedelta(hours=3)
    type(session).objects.filter(pk=session.pk).update(  # no signal: only time renews it
        starts_at=session.starts_at, ends_at=session.ends_at
    )
    assert "Tidigare tillfällen" in uncached(client, page, 2)[0].text
