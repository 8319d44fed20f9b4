"""Challenges: the pages, the idea form opened for a challenge, needs, and the criteria the
assessment reads."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission

from home.models import SpentFormToken
from ideas.choices import Area, IdeaKind, Municipality
from ideas.models import ChallengePage, Idea, IdeaEvent, IdeaSubmitter, challenge_criteria
from ideas.needs import co_submitter_count
from ideas.stages import Stage
from tests.conftest import form_session
from tests.factories import (
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    ContentPageFactory,
    IdeaBoardPageFactory,
    IdeaFactory,
    IdeaSubmissionPageFactory,
    idea_handler,
    translate,
)
from tests.home.test_caching import assert_fresh, assert_hit, cached

from .conftest import answers, assert_denied

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def client(client):
    return form_session(client)


@pytest.fixture
def site_pages(home):
    """The form, the board and the challenge index in both languages, on the empty site."""
    form = IdeaSubmissionPageFactory(parent=home)
    translate(form, title="Submit an idea", slug="submit-an-idea")
    board = IdeaBoardPageFactory(parent=home)
    translate(board, title="Ideas", slug="ideas")
    index = ChallengeIndexPageFactory(parent=home)
    translate(index, title="Challenges", slug="challenges")
    return index


@pytest.fixture
def challenge(site_pages):
    page = ChallengePageFactory(parent=site_pages, title="Ute på vintern", slug="ute-pa-vintern")
    translate(page, title="Outdoors in winter", slug="outdoors-in-winter")
    return page


def english(page):
    return page.get_translation(page.locale.__class__.objects.get(language_code="en"))


def form_url(challenge, language="sv"):
    page = challenge if language == "sv" else english(challenge)
    segment = "utmaning" if language == "sv" else "challenge"
    prefix = "/lamna-en-ide/" if language == "sv" else "/en/submit-an-idea/"
    return f"{prefix}{segment}/{page.pk}/"


def answer_to_challenge(**overrides):
    return answers(kind=None, **overrides)


# --- The pages ----------------------------------------------------------------------------------


def test_challenge_page_shows_question_criteria_counts_and_form_link(client, challenge):
    IdeaFactory(challenge=challenge, is_public=True, public_title="Broddar att låna")
    IdeaFactory(challenge=challenge, is_public=False, title="Ej publicerad")
    response = client.get("/utmaningar/ute-pa-vintern/")
    assert response.status_code == 200
    text = response.text
    assert "Hur kan fler äldre röra sig utomhus på vintern?" in text
    assert "Nytta för invånarna" in text
    assert "Broddar att låna" in text and "Ej publicerad" not in text
    assert "2 inkomna" in text and "1 publicerad" in text
    assert f'href="{form_url(challenge)}"' in text


def test_english_challenge_page_lists_the_same_ideas(client, challenge):
    IdeaFactory(challenge=challenge, is_public=True, public_title="Broddar att låna")
    response = client.get("/en/challenges/outdoors-in-winter/")
    assert response.status_code == 200
    assert "Broddar att låna" in response.text
    assert f'href="{form_url(challenge, "en")}"' in response.text


def test_closed_challenge_page_shows_outcome_and_no_form_link(client, site_pages):
    ChallengePageFactory(
        parent=site_pages,
        slug="stangd",
        opens_on=TODAY() - timedelta(days=60),
        closes_on=TODAY() - timedelta(days=1),
        outcome="<p>Tre idéer gick vidare till test.</p>",
    )
    response = client.get("/utmaningar/stangd/")
    assert response.status_code == 200
    assert "Tre idéer gick vidare till test." in response.text
    assert "/lamna-en-ide/utmaning/" not in response.text


def test_index_lists_open_upcoming_and_closed_with_filters(client, site_pages):
    ChallengePageFactory(parent=site_pages, title="Öppen i Piteå")
    ChallengePageFactory(
        parent=site_pages,
        title="Kommande i Skellefteå",
        municipality=Municipality.SKELLEFTEA,
        area=Area.DISABILITY_CARE,
        opens_on=TODAY() + timedelta(days=10),
        closes_on=TODAY() + timedelta(days=40),
    )
    ChallengePageFactory(
        parent=site_pages,
        title="Stängd i Piteå",
        opens_on=TODAY() - timedelta(days=60),
        closes_on=TODAY() - timedelta(days=1),
    )
    response = client.get("/utmaningar/")
    assert response.status_code == 200
    text = response.text
    assert text.index("Öppen i Piteå") < text.index("Kommande i Skellefteå")
    assert text.index("Kommande i Skellefteå") < text.index("Stängd i Piteå")
    response = client.get("/utmaningar/", {"status": "closed", "municipality": "pitea"})
    assert "Stängd i Piteå" in response.text
    assert "Öppen i Piteå" not in response.text
    assert "1 utmaning" in response.text


@pytest.mark.parametrize("query", ["status=bogus", "municipality=oslo", "page=x", "page=-1"])
def test_bogus_index_parameters_give_a_normal_page(client, site_pages, query):
    response = client.get(f"/utmaningar/?{query}")
    assert response.status_code == 200


def test_closing_before_opening_is_refused(site_pages):
    page = ChallengePageFactory.build(opens_on=TODAY(), closes_on=TODAY() - timedelta(days=1))
    with pytest.raises(ValidationError) as refused:
        page.clean()
    assert refused.value.message_dict["closes_on"] == [
        "Utmaningen måste stänga efter att den öppnar."
    ]


# --- The idea form opened for a challenge -------------------------------------------------------


def test_open_challenge_form_links_the_idea(client, challenge, django_capture_on_commit_callbacks):
    response = client.get(form_url(challenge))
    assert response.status_code == 200
    assert "Du svarar på en utmaning" in response.text
    assert f'action="{form_url(challenge)}"' in response.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url(challenge), answer_to_challenge())
    assert response.status_code == 302
    assert response["Location"] == "/lamna-en-ide/tack/"
    idea = Idea.objects.get()
    assert idea.challenge_id == challenge.pk
    assert idea.kind == IdeaKind.IDEA


def test_english_answer_points_to_the_swedish_challenge(client, challenge):
    response = client.post(form_url(challenge, "en"), answer_to_challenge())
    assert response.status_code == 302
    assert response["Location"] == "/en/submit-an-idea/thank-you/"
    idea = Idea.objects.get()
    assert idea.challenge_id == challenge.pk and idea.language == "en"


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [
        (-60, -1, "stängdes den"),  # closed yesterday
        (5, 30, "öppnar den"),  # opens in five days
    ],
    ids=["closed", "not-yet-open"],
)
def test_challenge_that_is_not_open_refuses_ideas_and_stores_nothing(
    client, site_pages, opens, closes, message
):
    page = ChallengePageFactory(
        parent=site_pages,
        opens_on=TODAY() + timedelta(days=opens),
        closes_on=TODAY() + timedelta(days=closes),
    )
    response = client.get(form_url(page))
    assert response.status_code == 200
    assert message in response.text
    assert 'id="idea-form"' not in response.text

    response = client.post(form_url(page), answer_to_challenge())
    assert response.status_code == 409
    assert message in response.text
    assert "Ingenting har skickats eller sparats." in response.text
    # What was typed is offered as an ordinary idea, without the challenge.
    assert 'action="/lamna-en-ide/"' in response.text
    assert "Värmefilt som håller kaffet varmt" in response.text
    assert not Idea.objects.exists()
    assert not SpentFormToken.objects.exists()


def test_challenge_of_the_other_municipality_cannot_be_chosen(client, challenge):
    response = client.post(
        form_url(challenge), answer_to_challenge(municipality=Municipality.SKELLEFTEA)
    )
    assert response.status_code == 400
    assert "Den här utmaningen hör till Piteå." in response.text
    assert not Idea.objects.exists()


def test_challenge_form_in_the_wrong_language_or_unpublished_is_404(client, challenge):
    assert client.get(f"/lamna-en-ide/utmaning/{english(challenge).pk}/").status_code == 404
    challenge.unpublish()
    assert client.get(form_url(challenge)).status_code == 404


# --- Needs ----------------------------------------------------------------------------------


def test_need_without_a_solution_is_stored_as_a_need(client, site_pages):
    response = client.post("/lamna-en-ide/", answers(kind=IdeaKind.NEED, description=""))
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert idea.kind == IdeaKind.NEED and idea.description == ""


def test_an_idea_needs_its_description(client, site_pages):
    response = client.post("/lamna-en-ide/", answers(kind=IdeaKind.IDEA, description=""))
    assert response.status_code == 400
    assert not Idea.objects.exists()


# --- Criteria for the assessment --------------------------------------------------------------


def test_challenge_criteria_in_each_language(challenge):
    english_page = english(challenge)
    english_page.criteria = [
        ("criterion", {"name": "Benefit for residents", "description": "Who is better off?"}),
        ("criterion", {"name": "Feasibility", "description": ""}),
    ]
    # Keep the block ids of the Swedish page, as wagtail-localize does.
    for sv_block, en_block in zip(challenge.criteria, english_page.criteria, strict=True):
        en_block.id = sv_block.id
    english_page.save_revision().publish()
    idea = IdeaFactory(challenge=challenge, language="en")
    criteria = challenge_criteria(idea)
    assert [criterion.label for criterion in criteria] == ["Benefit for residents", "Feasibility"]
    assert criteria[0].question == "Who is better off?"
    swedish = challenge_criteria(idea, language="sv")
    assert swedish[0].label == "Nytta för invånarna"
    assert [c.key for c in criteria] == [c.key for c in swedish]
    assert challenge_criteria(IdeaFactory()) == []


# --- Query counts -------------------------------------------------------------------------------


def many_ideas(count, challenge):
    now = timezone.now()
    Idea.objects.bulk_create(
        Idea(
            reference=f"IDE-1990-{number:04d}",
            tracking_token=f"token-{number:040d}",
            title=f"Idé {number}",
            public_title=f"Publicerad idé {number}",
            description="Beskrivning",
            need="Behov",
            area=Area.ELDERLY_CARE,
            municipality=Municipality.PITEA,
            stage=Stage.values[number % len(Stage.values)],
            is_public=number % 3 != 0,
            challenge=challenge,
            created_at=now,
            stage_changed_at=now,
        )
        for number in range(count)
    )


@pytest.mark.parametrize("count", [10, 1000])
def test_challenge_page_query_count_is_constant(
    client, challenge, count, django_assert_num_queries
):
    many_ideas(count, challenge)
    client.get("/utmaningar/ute-pa-vintern/")  # warm the site and settings caches
    with django_assert_num_queries(CHALLENGE_PAGE_QUERIES):
        response = client.get("/utmaningar/ute-pa-vintern/?page=2")
    assert response.status_code == 200


@pytest.mark.parametrize("count", [10, 1000])
def test_challenge_index_query_count_is_constant(
    client, site_pages, count, django_assert_num_queries
):
    challenges = [
        ChallengePageFactory(parent=site_pages, municipality=municipality)
        for municipality in [Municipality.PITEA, Municipality.SKELLEFTEA] * 2
    ]
    many_ideas(count, challenges[0])
    client.get("/utmaningar/")
    with django_assert_num_queries(INDEX_QUERIES):
        response = client.get("/utmaningar/", {"status": ["open", "closed"]})
    assert response.status_code == 200
    assert challenges[0].title in response.text


# The challenge page runs eight of its own: the two counts (received and published, one query),
# the page of ideas, the board for their links, the chosen testbeds and phases and their
# translations, the form page for the link and the parent for "All challenges". The index runs
# two: every facet's option counts and the total in one conditional-aggregate query, and the page
# of challenges with their idea counts (a subquery). The rest is the site's frame on the empty
# site (routing, site settings, language links, the page cache's restricted sections); routing,
# view restrictions and the locale come from the per-generation map (home/routing.py).
CHALLENGE_PAGE_QUERIES = 19
INDEX_QUERIES = 13


# --- "This is my idea too" ----------------------------------------------------------------------


@pytest.fixture
def published_idea(site_pages):
    return IdeaFactory(
        is_public=True,
        stage=Stage.ASSESSMENT,
        public_title="Varmt kaffe i matsalen",
        public_summary="Kaffet kallnar för den som äter långsamt.",
        submitter_email="forsta@example.org",
    )


def test_similar_ideas_step_offers_to_join(client, published_idea):
    response = client.post("/lamna-en-ide/", answers(confirm=None))
    assert response.status_code == 200
    assert f'name="join" value="{published_idea.reference}"' in response.text
    assert 'form="idea-form"' in response.text
    assert not Idea.objects.exclude(pk=published_idea.pk).exists()


def test_this_is_my_idea_too_stores_a_co_submitter_and_no_new_idea(client, published_idea):
    data = answers(confirm=None, join=published_idea.reference)
    response = client.post("/lamna-en-ide/", data)
    assert response.status_code == 302
    assert response["Location"] == "/lamna-en-ide/tack/"
    assert Idea.objects.get() == published_idea
    submitter = IdeaSubmitter.objects.get()
    assert submitter.idea == published_idea
    assert submitter.joined_as == IdeaSubmitter.Joined.JOINED
    assert submitter.email == "karin@example.org" and submitter.consent_at is not None
    assert published_idea.events.get().kind == IdeaEvent.Kind.JOINED
    assert co_submitter_count(published_idea) == 1

    thanks = client.get("/lamna-en-ide/tack/")
    assert thanks.status_code == 200
    assert f"Du är nu en av dem som står bakom idén {published_idea.reference}" in thanks.text
    # The tracking link belongs to the first sender only.
    assert published_idea.tracking_token not in thanks.text

    # The same form sent again joins nobody twice.
    assert client.post("/lamna-en-ide/", data).status_code == 302
    assert IdeaSubmitter.objects.count() == 1


@pytest.mark.parametrize(
    "idea_fields",
    [
        {"municipality": Municipality.SKELLEFTEA},
        {"stage": Stage.CLOSED},
        {"is_public": False},
    ],
    ids=["other-municipality", "closed", "not-published"],
)
def test_an_idea_that_cannot_be_joined_is_refused(client, published_idea, idea_fields):
    Idea.objects.filter(pk=published_idea.pk).update(**idea_fields)
    response = client.post("/lamna-en-ide/", answers(join=published_idea.reference))
    assert response.status_code == 400
    assert "Du kan inte ansluta dig till den idén" in response.text
    assert not IdeaSubmitter.objects.exists()
    assert Idea.objects.count() == 1


# --- A need turned into a challenge -------------------------------------------------------------


@pytest.fixture
def handler(site_pages):
    """A Piteå idea handler who may add challenges (as the demo's handlers may)."""
    user = idea_handler(Municipality.PITEA)
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=user.groups.get(),
            page=site_pages,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return user


def test_need_is_submitted_and_turned_into_a_draft_challenge(client, handler, site_pages):
    response = client.post(
        "/lamna-en-ide/",
        answers(
            kind=IdeaKind.NEED,
            title="Svårt att hitta nycklar på natten",
            description="",
            need="Nattpersonalen hittar inte rätt nyckel i mörkret.",
        ),
    )
    assert response.status_code == 302
    need = Idea.objects.get()
    assert need.kind == IdeaKind.NEED

    client.force_login(handler)
    inspect = client.get(f"/admin/ideas/inspect/{need.pk}/")
    assert inspect.status_code == 200
    assert f'href="/admin/ideas/challenge/{need.pk}/"' in inspect.text
    assert client.get(f"/admin/ideas/challenge/{need.pk}/").status_code == 200

    response = client.post(f"/admin/ideas/challenge/{need.pk}/", {"internal_note": ""})
    draft = ChallengePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert not draft.live and draft.get_parent().pk == site_pages.pk
    assert draft.title == f"Utmaning från behovet {need.reference}"
    assert draft.question == "Nattpersonalen hittar inte rätt nyckel i mörkret."
    assert draft.municipality == Municipality.PITEA and draft.source_idea == need
    assert [criterion.label for criterion in draft.criteria_list()][0] == "Nytta för invånarna"
    assert draft.opens_on > TODAY()
    event = need.events.get(kind=IdeaEvent.Kind.CHALLENGE_MADE)
    assert event.actor == handler
    # The handler edits it like any page.
    assert client.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200


def test_only_a_need_of_ones_own_municipality_becomes_a_challenge(client, handler):
    idea = IdeaFactory(kind=IdeaKind.IDEA)
    other = IdeaFactory(kind=IdeaKind.NEED, municipality=Municipality.SKELLEFTEA)
    client.force_login(handler)
    assert_denied(client.post(f"/admin/ideas/challenge/{idea.pk}/", {}))
    assert client.post(f"/admin/ideas/challenge/{other.pk}/", {}).status_code == 404
    assert not ChallengePage.objects.exists()


def test_a_handler_without_page_permission_cannot_make_a_challenge(client, site_pages):
    need = IdeaFactory(kind=IdeaKind.NEED)
    client.force_login(idea_handler(Municipality.PITEA))
    assert (
        'href="/admin/ideas/challenge/' not in client.get(f"/admin/ideas/inspect/{need.pk}/").text
    )
    assert_denied(client.post(f"/admin/ideas/challenge/{need.pk}/", {}))
    assert not ChallengePage.objects.exists()


def test_handlers_see_how_many_joined_the_idea(client, handler, published_idea):
    IdeaSubmitter.objects.create(idea=published_idea, joined_as=IdeaSubmitter.Joined.JOINED)
    IdeaSubmitter.objects.create(idea=published_idea, joined_as=IdeaSubmitter.Joined.JOINED)
    IdeaSubmitter.objects.create(idea=published_idea, joined_as=IdeaSubmitter.Joined.TEAM)
    client.force_login(handler)
    response = client.get(f"/admin/ideas/inspect/{published_idea.pk}/")
    assert "2 personer har sagt ”det här är min idé också”" in response.text


# --- The page cache -----------------------------------------------------------------------------


def test_an_idea_sent_to_a_challenge_refreshes_its_pages_only(challenge):
    visitor = Client()
    about = ContentPageFactory(parent=challenge.get_parent().get_parent(), slug="om")
    pages = ["/utmaningar/ute-pa-vintern/", "/en/challenges/outdoors-in-winter/", "/utmaningar/"]
    visitor.get("/")  # warm the site and settings caches
    for url in [*pages, about.url]:
        cached(visitor, url)

    idea = IdeaFactory(challenge=challenge)
    for url in pages:
        assert_fresh(visitor, url)
    assert "1 inkommen" in visitor.get("/utmaningar/ute-pa-vintern/").text
    assert_hit(visitor, about.url)

    idea.set_publication(True, public_title="Broddar att låna", public_summary="Broddar")
    assert "Broddar att låna" in assert_fresh(visitor, "/utmaningar/ute-pa-vintern/").text
