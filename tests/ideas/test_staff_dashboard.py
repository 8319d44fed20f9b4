"""The dashboard's breakdowns by submitter kind, administration, channel and challenge: right
figures, names in the reader's language, and the same number of queries for 10 ideas as for
1,000."""

from itertools import cycle

import pytest
from django.utils import translation

from ideas import statistics
from ideas.choices import Channel, Municipality, SubmitterKind
from ideas.models import Idea
from tests.factories import (
    AdministrationFactory,
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    IdeaFactory,
    SuperuserFactory,
    translate,
)

from .test_dashboard import REPORT, REPORT_QUERIES

pytestmark = pytest.mark.django_db

FIGURE_QUERIES = 5


@pytest.fixture
def administrations(db):
    return [
        AdministrationFactory(name="Socialtjänsten", municipality=Municipality.PITEA),
        AdministrationFactory(name="Utbildning", municipality=Municipality.PITEA),
        AdministrationFactory(name="Socialförvaltningen", municipality=Municipality.SKELLEFTEA),
    ]


def bulk_ideas(count, administrations, start=0):
    """`count` ideas spread over both municipalities, every kind and every channel."""
    kinds = cycle(SubmitterKind.values)
    channels = cycle(Channel.values)
    ideas = []
    for number in range(start, start + count):
        administration = administrations[number % len(administrations)]
        kind = next(kinds)
        ideas.append(
            Idea(
                reference=f"IDE-2026-{number + 1:05d}",
                title=f"Idé {number}",
                description="d",
                need="n",
                area="other",
                municipality=administration.municipality,
                submitter_kind=kind,
                administration=administration if kind == SubmitterKind.EMPLOYEE else None,
                channel=next(channels),
            )
        )
    Idea.objects.bulk_create(ideas)


def test_the_breakdowns_count_every_kind_channel_and_administration(administrations):
    bulk_ideas(12, administrations)
    superuser = SuperuserFactory()
    figures = {f.municipality: f.breakdowns for f in statistics.dashboard_figures(superuser)}
    pitea = figures[Municipality.PITEA]
    total = Idea.objects.filter(municipality=Municipality.PITEA).count()
    assert sum(row.count for row in pitea.by_kind) == total
    assert sum(row.count for row in pitea.by_channel) == total
    assert [row.label for row in pitea.by_channel] == [str(label) for label in Channel.labels]
    employees = Idea.objects.filter(municipality=Municipality.PITEA, submitter_kind="employee")
    assert sum(row.count for row in pitea.by_administration) == employees.count()
    assert pitea.without_administration == total - employees.count()
    names = {row.label for row in pitea.by_administration}
    assert names <= {"Socialtjänsten", "Utbildning"}
    assert "Socialförvaltningen" not in names


def test_the_administrations_are_named_in_the_readers_language(administrations, english):
    social = administrations[0]
    translated = social.copy_for_translation(english)
    translated.name = "Social services"
    translated.save()
    Idea.objects.create(
        title="t", description="d", need="n", area="other", municipality="pitea",
        submitter_kind="employee", administration=social,
    )  # fmt: skip
    superuser = SuperuserFactory()
    with translation.override("en"):
        figures = statistics.dashboard_figures(superuser)[0]
    assert [row.label for row in figures.breakdowns.by_administration] == ["Social services"]
    with translation.override("sv"):
        figures = statistics.dashboard_figures(superuser)[0]
    assert [row.label for row in figures.breakdowns.by_administration] == ["Socialtjänsten"]


def test_the_ideas_are_counted_by_the_challenge_they_answer_in_the_readers_language(
    home, english_home
):
    index = ChallengeIndexPageFactory(parent=home)
    challenge = ChallengePageFactory(parent=index, title="Vinterpromenader")
    translate(index, title="Challenges", slug="challenges")
    translate(challenge, title="Winter walks", slug="winter-walks")
    for number in range(3):
        IdeaFactory(title=f"Svar {number}", challenge=challenge)
    IdeaFactory(title="En egen idé")
    superuser = SuperuserFactory()
    with translation.override("en"):
        pitea = statistics.dashboard_figures(superuser)[0].breakdowns
    assert [(row.label, row.count) for row in pitea.by_challenge] == [("Winter walks", 3)]
    assert pitea.without_challenge == 1


def test_the_figures_and_the_report_take_as_many_queries_for_1000_ideas_as_for_10(
    client, administrations, django_assert_num_queries
):
    superuser = SuperuserFactory()
    client.force_login(superuser)
    bulk_ideas(10, administrations)
    client.get(REPORT)  # the first request fills what the admin caches
    with django_assert_num_queries(FIGURE_QUERIES):
        statistics.dashboard_figures(superuser)
    with django_assert_num_queries(REPORT_QUERIES):
        response = client.get(REPORT)
    assert response.status_code == 200
    bulk_ideas(990, administrations, start=10)
    assert Idea.objects.count() == 1000
    with django_assert_num_queries(FIGURE_QUERIES):
        statistics.dashboard_figures(superuser)
    with django_assert_num_queries(REPORT_QUERIES):
        response = client.get(REPORT)
    text = response.text
    for chart in ("kinds", "channels", "administrations"):
        for municipality in Municipality.values:
            assert f'id="{chart}-{municipality}"' in text
    assert "Socialtjänsten" in text and "Arbetsplatsträff" in text
