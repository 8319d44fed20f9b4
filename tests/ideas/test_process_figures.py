"""The process figures and the yearly report: figures checked against a known set of ideas with
fixed timestamps, constant query counts, the print view, the XLSX file and who may see what."""

from datetime import UTC, date, datetime
from io import BytesIO

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from ideas.models import Decision, FollowUp, Idea, IdeaEvent, Indicator, Measurement
from ideas.process_figures import JOINT, Period, process_figures
from ideas.stages import Stage
from tests.factories import IdeaFactory, editor, idea_handler

pytestmark = pytest.mark.django_db

YEAR = 2026
REPORT = "/admin/reports/process/"
PRINT = "/admin/reports/process/print/"


def noon(year, month, day):
    return datetime(year, month, day, 12, tzinfo=UTC)


def moved(idea, from_stage, to_stage, when):
    IdeaEvent.objects.create(
        idea=idea,
        kind=IdeaEvent.Kind.STAGE_CHANGED,
        from_stage=from_stage,
        to_stage=to_stage,
        created_at=when,
    )


def decided(idea, outcome, on):
    Decision.objects.create(
        idea=idea,
        outcome=outcome,
        reason="Ett skäl.",
        decided_by="Socialnämnden",
        decided_on=on,
        stage_before=Stage.ASSESSMENT,
    )


@pytest.fixture
def known_ideas():
    """Piteå: A implemented with a measured effect, B said no, C not now, D decided the year
    before, E implemented without a decision in the year; Skellefteå: F going on."""
    a = IdeaFactory(
        stage=Stage.IMPLEMENTED, created_at=noon(YEAR, 1, 10), is_public=True, public_title="A"
    )
    moved(a, Stage.RECEIVED, Stage.ASSESSMENT, noon(YEAR, 1, 20))
    moved(a, Stage.ASSESSMENT, Stage.CONCEPT_DEVELOPMENT, noon(YEAR, 2, 9))
    moved(a, Stage.CONCEPT_DEVELOPMENT, Stage.TESTING, noon(YEAR, 3, 1))
    moved(a, Stage.TESTING, Stage.IMPLEMENTED, noon(YEAR, 6, 10))
    decided(a, Decision.Outcome.GO_ON, date(YEAR, 2, 9))
    follow_up = FollowUp.objects.create(idea=a, follow_up_on=date(YEAR, 1, 1))
    indicator = Indicator.objects.create(
        follow_up=follow_up, name="Fall", unit="fall", baseline=10, target=5
    )
    Measurement.objects.create(indicator=indicator, value=6, measured_on=date(YEAR, 9, 1))

    b = IdeaFactory(stage=Stage.CLOSED, created_at=noon(YEAR, 3, 1))
    moved(b, Stage.RECEIVED, Stage.ASSESSMENT, noon(YEAR, 3, 5))
    moved(b, Stage.ASSESSMENT, Stage.CLOSED, noon(YEAR, 3, 11))
    decided(b, Decision.Outcome.NO, date(YEAR, 3, 11))

    c = IdeaFactory(stage=Stage.CLOSED, created_at=noon(YEAR, 2, 1))
    moved(c, Stage.RECEIVED, Stage.ASSESSMENT, noon(YEAR, 2, 3))
    moved(c, Stage.ASSESSMENT, Stage.CLOSED, noon(YEAR, 4, 2))
    decided(c, Decision.Outcome.NOT_NOW, date(YEAR, 4, 2))

    d = IdeaFactory(stage=Stage.CONCEPT_DEVELOPMENT, created_at=noon(YEAR - 1, 11, 1))
    decided(d, Decision.Outcome.GO_ON, date(YEAR - 1, 12, 1))

    e = IdeaFactory(stage=Stage.IMPLEMENTED, created_at=noon(YEAR, 5, 1))
    moved(e, Stage.TESTING, Stage.IMPLEMENTED, noon(YEAR, 9, 1))

    f = IdeaFactory(stage=Stage.TESTING, municipality="skelleftea", created_at=noon(YEAR, 4, 5))
    decided(f, Decision.Outcome.GO_ON, date(YEAR, 5, 5))
    moved(f, Stage.ASSESSMENT, Stage.TESTING, noon(YEAR, 5, 5))
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


def test_dashboard_figures_match_a_known_set_of_ideas(known_ideas):
    figures = process_figures(Period.year(YEAR), ["pitea", "skelleftea", JOINT])
    pitea = figures["pitea"]
    assert pitea.decided == 3
    assert pitea.implemented_of_decided == 1
    assert pitea.implementation_rate == pytest.approx(1 / 3)
    assert pitea.median_days_to_decision == 30  # 30, 10 and 60 days
    assert pitea.implemented_in_period == 2
    assert pitea.median_days_to_implementation == 137  # 151 and 123 days
    assert pitea.effect_share == 0.5
    assert [(value, count) for value, _label, count in pitea.outcomes] == [
        ("go_on", 1),
        ("not_now", 1),
        ("no", 1),
    ]
    assert [(row.from_stage, row.to_stage, row.count) for row in pitea.flow] == [
        (Stage.RECEIVED, Stage.ASSESSMENT, 3),
        (Stage.ASSESSMENT, Stage.CONCEPT_DEVELOPMENT, 1),
        (Stage.ASSESSMENT, Stage.CLOSED, 2),
        (Stage.CONCEPT_DEVELOPMENT, Stage.TESTING, 1),
        (Stage.TESTING, Stage.IMPLEMENTED, 2),
    ]
    areas = pitea.breakdowns["area"]
    assert [(row.value, row.decided, row.implemented) for row in areas] == [("elderly_care", 3, 1)]
    kinds = pitea.breakdowns["submitter_kind"]
    assert [(row.value, row.decided) for row in kinds] == [("resident", 3)]

    joint = figures[JOINT]
    assert joint.decided == 4
    assert joint.implemented_of_decided == 1
    assert joint.median_days_to_decision == 30  # 10, 30, 30 and 60 days
    assert figures["skelleftea"].decided == 1
    # All time: the decision of the year before counts too.
    all_time = process_figures(Period(), ["pitea"])["pitea"]
    assert all_time.decided == 4


def handler_client():
    client = Client()
    client.force_login(idea_handler())
    return client


def test_report_shows_the_figures_and_the_decisions_of_the_year(known_ideas):
    response = handler_client().get(REPORT, {"year": YEAR, "scope": "pitea"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "33 %" in html  # the implementation rate
    assert known_ideas["a"].reference in html
    assert known_ideas["d"].reference not in html  # decided the year before


def test_report_for_another_municipality_falls_back_to_ones_own(known_ideas):
    response = handler_client().get(REPORT, {"year": YEAR, "scope": "skelleftea"})
    assert response.status_code == 200
    assert response.context["report"].scope == "pitea"


def test_joint_report_lists_only_published_ideas_and_no_names(known_ideas):
    Idea.objects.filter(pk=known_ideas["b"].pk).update(submitter_name="Karin Ek")
    response = handler_client().get(PRINT, {"year": YEAR, "scope": JOINT})
    assert response.status_code == 200
    html = response.content.decode()
    assert known_ideas["a"].reference in html
    assert known_ideas["b"].reference not in html
    assert "Karin Ek" not in html


def test_report_is_not_found_for_users_who_handle_no_ideas(known_ideas):
    client = Client()
    client.force_login(editor())
    assert client.get(REPORT).status_code == 404
    assert client.get(PRINT).status_code == 404


def test_print_view_is_an_a4_document(known_ideas):
    response = handler_client().get(PRINT, {"year": YEAR, "scope": "pitea"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "yearly_report" in html and "<main" in html
    css = (settings.BASE_DIR / "static/ideas/yearly_report.css").read_text()
    assert "size: A4" in css


def test_report_downloads_as_xlsx_with_neutralised_cells(known_ideas):
    Idea.objects.filter(pk=known_ideas["a"].pk).update(public_title="=HYPERLINK(1)")
    response = handler_client().get(REPORT, {"year": YEAR, "scope": "pitea", "format": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(BytesIO(response.content))
    assert "Nyckeltal" in workbook.sheetnames
    figures = dict(workbook["Nyckeltal"].iter_rows(min_row=2, values_only=True))
    assert figures["Beslutade idéer"] == "3"
    titles = [row[2] for row in workbook["Beslut"].iter_rows(min_row=2, values_only=True)]
    assert "'=HYPERLINK(1)" in titles


def bulk_ideas(count):
    """`count` decided ideas, half implemented, with a stage move each: rows written in bulk."""
    ideas = Idea.objects.bulk_create(
        Idea(
            reference=f"IDE-{YEAR}-{number:05d}",
            tracking_token=f"token-{number:05d}",
            title="En idé",
            description="Text",
            need="Behov",
            area="elderly_care",
            municipality="pitea",
            stage=Stage.IMPLEMENTED if number % 2 else Stage.CLOSED,
            created_at=noon(YEAR, 1, 1 + number % 28),
            is_public=bool(number % 3),
            public_title="Offentlig titel",
        )
        for number in range(count)
    )
    Decision.objects.bulk_create(
        Decision(
            idea=idea,
            outcome="go_on",
            reason="Skäl",
            decided_by="Nämnden",
            decided_on=date(YEAR, 3, 1),
            stage_before="assessment",
        )
        for idea in ideas
    )
    IdeaEvent.objects.bulk_create(
        IdeaEvent(
            idea=idea,
            kind="stage_changed",
            from_stage="testing",
            to_stage=idea.stage,
            created_at=noon(YEAR, 4, 1),
        )
        for idea in ideas
    )


def report_queries(client, path, count):
    """The queries of the report with `count` ideas. The ideas are rolled back afterwards (a
    savepoint) rather than deleted one by one with their signals."""
    with transaction.atomic():
        bulk_ideas(count)
        with CaptureQueriesContext(connection) as context:
            response = client.get(path, {"year": YEAR, "scope": "pitea"})
        assert response.status_code == 200
        transaction.set_rollback(True)
    assert not Idea.objects.exists()
    return len(context.captured_queries)


@pytest.mark.parametrize(("path", "queries"), [(REPORT, 21), (PRINT, 13)])
def test_report_query_count_is_the_same_for_10_and_1000_ideas(path, queries):
    """The admin page adds the overdue follow-ups and Wagtail's own chrome to the print view's
    queries (session, user, figures, decisions, good examples)."""
    client = handler_client()
    client.get(REPORT)  # the session and the user's profile are set up
    with_10 = report_queries(client, path, 10)
    with_1000 = report_queries(client, path, 1000)
    assert with_10 == with_1000
    assert with_10 == queries
