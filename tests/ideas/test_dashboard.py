"""The handlers' dashboard: every figure checked against a known set of ideas with fixed
timestamps, per municipality; who sees what; the panel, the report and their query counts."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from home.choices import Municipality
from ideas import statistics
from ideas.charts import Bar, column_chart, horizontal_bar_chart
from ideas.models import Idea, IdeaEvent
from ideas.stages import Stage
from ideas.statistics import STOCKHOLM

from .conftest import ESCAPED_XSS, XSS

pytestmark = pytest.mark.django_db

PITEA, SKELLEFTEA = Municipality.PITEA, Municipality.SKELLEFTEA
REPORT = "/admin/reports/idea-dashboard/"
# "Now" for the figures that depend on the day: 20 March 2026, 12:00 in Stockholm (11:00 UTC).
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=STOCKHOLM)


def local(year, month, day, hour=12, minute=0):
    """A moment in Stockholm time, as UTC, so that adding days adds exactly 24 hours each."""
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM).astimezone(UTC)


def make(municipality, created_at, *moves, title=None):
    """An idea received at `created_at` that then moved as `moves` say: (days after the
    previous move, to stage, event kind)."""
    idea = Idea.objects.create(
        title=title or f"Idé {municipality} {created_at:%Y-%m-%d}",
        description="Beskrivning",
        need="Behov",
        area="elderly_care",
        municipality=municipality,
        created_at=created_at,
        stage_changed_at=created_at,
    )
    IdeaEvent.objects.create(
        idea=idea, kind=IdeaEvent.Kind.RECEIVED, to_stage=Stage.RECEIVED, created_at=created_at
    )
    when, stage = created_at, Stage.RECEIVED
    for days, to_stage, kind in moves:
        when += timedelta(days=days)
        IdeaEvent.objects.create(
            idea=idea, kind=kind, from_stage=stage, to_stage=to_stage, created_at=when
        )
        stage = to_stage
    idea.stage, idea.stage_changed_at = stage, when
    idea.save(update_fields=["stage", "stage_changed_at"])
    return idea


def moved(days, to_stage):
    return (days, to_stage, IdeaEvent.Kind.STAGE_CHANGED)


@pytest.fixture
def known_ideas():
    """Only these ideas exist (the demo ideas are removed inside the test's transaction).

    Piteå, received stays 7, 10, 20, 5, 4 days (median 7); assessment 40, 20, 10 (20);
    concept development 60; testing 90.
    Skellefteå, received stays 2, 6, 3, 9 days (median 4.5); assessment 8, 3.5, 11 (8);
    concept development 30; testing none."""
    Idea.objects.all().delete()
    ideas = {
        # 1 April 2025 at 00:30 in Stockholm is still 31 March in UTC: it counts for April.
        "p5": make(
            PITEA,
            local(2025, 4, 1, 0, 30),
            moved(7, Stage.ASSESSMENT),
            moved(40, Stage.CONCEPT_DEVELOPMENT),
            moved(60, Stage.TESTING),
            moved(90, Stage.IMPLEMENTED),
        ),
        # 31 March 2025 at 23:30 is before the twelve months: not counted per month.
        "p6": make(
            PITEA,
            local(2025, 3, 31, 23, 30),
            (4, Stage.MERGED, IdeaEvent.Kind.MERGED),
        ),
        "p1": make(
            PITEA,
            local(2026, 1, 1, 10),
            moved(10, Stage.ASSESSMENT),
            moved(20, Stage.CONCEPT_DEVELOPMENT),
        ),
        "p2": make(PITEA, local(2026, 1, 5), moved(20, Stage.ASSESSMENT), moved(10, Stage.CLOSED)),
        "p3": make(PITEA, local(2026, 2, 1), moved(5, Stage.ASSESSMENT)),
        "p4": make(PITEA, local(2026, 3, 2)),
        "s5": make(SKELLEFTEA, local(2025, 11, 1), moved(9, Stage.ASSESSMENT)),
        "s4": make(
            SKELLEFTEA,
            local(2025, 12, 10),
            moved(3, Stage.ASSESSMENT),
            moved(11, Stage.CONCEPT_DEVELOPMENT),
            moved(30, Stage.TESTING),
        ),
        "s1": make(
            SKELLEFTEA,
            local(2026, 2, 1),
            moved(2, Stage.ASSESSMENT),
            moved(8, Stage.CONCEPT_DEVELOPMENT),
        ),
        "s2": make(
            SKELLEFTEA, local(2026, 2, 3), moved(6, Stage.ASSESSMENT), moved(3.5, Stage.CLOSED)
        ),
        "s3": make(SKELLEFTEA, local(2026, 2, 5)),
    }
    # Events that do not move an idea end no stay: the surviving idea's record of the merge
    # (without a stage), an answer and a note in the middle of a stay.
    IdeaEvent.objects.create(
        idea=ideas["p1"], kind=IdeaEvent.Kind.MERGED, created_at=local(2026, 1, 20)
    )
    IdeaEvent.objects.create(
        idea=ideas["s1"], kind=IdeaEvent.Kind.ANSWERED, created_at=local(2026, 2, 2)
    )
    IdeaEvent.objects.create(
        idea=ideas["s5"], kind=IdeaEvent.Kind.NOTE, created_at=local(2025, 11, 3)
    )
    return ideas


def handler(*codenames, username="handlare"):
    """A user whose group gives admin access and the given idea permissions."""
    group = Group.objects.create(name=f"Grupp för {username}")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="ideas", codename__in=codenames),
    )
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(group)
    return user


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("chef", "chef@example.org", "x")


@pytest.fixture
def pitea_handler(db):
    return handler("handle_pitea_ideas", username="pitea")


def by_municipality(figures):
    return {row.municipality: row for row in figures}


def funnel_counts(figures):
    return {row.stage: row.count for row in figures.funnel}


def month_counts(figures):
    return [(row.month.isoformat(), row.count) for row in figures.months]


def medians(figures):
    return {row.stage: (row.median_days, row.stays) for row in figures.medians}


def test_funnel_matches_the_known_ideas(known_ideas, superuser):
    figures = by_municipality(statistics.dashboard_figures(superuser, now=NOW))
    assert list(figures) == [PITEA, SKELLEFTEA]
    assert funnel_counts(figures[PITEA]) == {
        Stage.RECEIVED: 1,
        Stage.ASSESSMENT: 1,
        Stage.CONCEPT_DEVELOPMENT: 1,
        Stage.TESTING: 0,
        Stage.IMPLEMENTED: 1,
        Stage.CLOSED: 1,
        Stage.MERGED: 1,
    }
    assert [row.stage for row in figures[PITEA].funnel] == list(Stage)
    assert (figures[PITEA].total, figures[PITEA].waiting) == (6, 3)
    assert funnel_counts(figures[SKELLEFTEA]) == {
        Stage.RECEIVED: 1,
        Stage.ASSESSMENT: 1,
        Stage.CONCEPT_DEVELOPMENT: 1,
        Stage.TESTING: 1,
        Stage.IMPLEMENTED: 0,
        Stage.CLOSED: 1,
        Stage.MERGED: 0,
    }
    assert (figures[SKELLEFTEA].total, figures[SKELLEFTEA].waiting) == (5, 4)


def test_ideas_per_month_count_twelve_months_in_stockholm_time(known_ideas, superuser):
    figures = by_municipality(statistics.dashboard_figures(superuser, now=NOW))
    assert month_counts(figures[PITEA]) == [
        ("2025-04-01", 1),  # received 00:30 on 1 April in Stockholm (31 March in UTC)
        ("2025-05-01", 0),
        ("2025-06-01", 0),
        ("2025-07-01", 0),
        ("2025-08-01", 0),
        ("2025-09-01", 0),
        ("2025-10-01", 0),
        ("2025-11-01", 0),
        ("2025-12-01", 0),
        ("2026-01-01", 2),
        ("2026-02-01", 1),
        ("2026-03-01", 1),  # the current month
    ]
    assert figures[PITEA].received_in_months == 5  # the idea of 31 March 2025 is too old
    assert dict(month_counts(figures[SKELLEFTEA])) == {
        "2025-04-01": 0,
        "2025-05-01": 0,
        "2025-06-01": 0,
        "2025-07-01": 0,
        "2025-08-01": 0,
        "2025-09-01": 0,
        "2025-10-01": 0,
        "2025-11-01": 1,
        "2025-12-01": 1,
        "2026-01-01": 0,
        "2026-02-01": 3,
        "2026-03-01": 0,
    }


def test_month_starts_cross_the_new_year():
    months = statistics.month_starts(datetime(2026, 1, 31, 23, 30, tzinfo=UTC))
    # 23:30 UTC on 31 January is already February in Stockholm.
    assert [month.isoformat() for month in months][:2] == ["2025-03-01", "2025-04-01"]
    assert months[-1].isoformat() == "2026-02-01"
    assert len(months) == 12


def test_median_days_per_stage_with_odd_and_even_counts(known_ideas, superuser):
    figures = by_municipality(statistics.dashboard_figures(superuser, now=NOW))
    assert medians(figures[PITEA]) == {
        Stage.RECEIVED: (7, 5),  # 4, 5, 7, 10, 20
        Stage.ASSESSMENT: (20, 3),  # 10, 20, 40
        Stage.CONCEPT_DEVELOPMENT: (60, 1),
        Stage.TESTING: (90, 1),
    }
    assert medians(figures[SKELLEFTEA]) == {
        Stage.RECEIVED: (4.5, 4),  # 2, 3, 6, 9: the mean of 3 and 6
        Stage.ASSESSMENT: (8, 3),  # 3.5, 8, 11
        Stage.CONCEPT_DEVELOPMENT: (30, 1),
        Stage.TESTING: (None, 0),  # no idea has left testing
    }


def test_even_count_of_fractional_stays(superuser):
    Idea.objects.all().delete()
    make(PITEA, local(2026, 2, 1), moved(1.25, Stage.ASSESSMENT))
    make(PITEA, local(2026, 2, 1), moved(2.75, Stage.ASSESSMENT))
    figures = by_municipality(statistics.dashboard_figures(superuser, now=NOW))
    assert medians(figures[PITEA])[Stage.RECEIVED] == (2, 2)


def test_oldest_waiting_ideas(known_ideas, superuser):
    figures = by_municipality(statistics.dashboard_figures(superuser, now=NOW))
    pitea = [(row.pk, row.stage, row.days_waiting) for row in figures[PITEA].oldest_waiting]
    assert pitea == [
        (known_ideas["p1"].pk, Stage.CONCEPT_DEVELOPMENT, 48),  # since 31 January 10:00
        (known_ideas["p3"].pk, Stage.ASSESSMENT, 42),  # since 6 February
        (known_ideas["p4"].pk, Stage.RECEIVED, 18),  # since 2 March
    ]
    skelleftea = [
        (row.pk, row.stage, row.days_waiting) for row in figures[SKELLEFTEA].oldest_waiting
    ]
    assert skelleftea == [
        (known_ideas["s5"].pk, Stage.ASSESSMENT, 130),  # since 10 November
        (known_ideas["s4"].pk, Stage.TESTING, 56),  # since 23 January
        (known_ideas["s3"].pk, Stage.RECEIVED, 43),  # since 5 February
        (known_ideas["s1"].pk, Stage.CONCEPT_DEVELOPMENT, 37),  # since 11 February
    ]
    assert figures[PITEA].oldest_waiting[0].reference == known_ideas["p1"].reference


def test_only_the_ten_oldest_waiting_ideas_per_municipality(superuser):
    Idea.objects.all().delete()
    for day in range(1, 15):
        make(PITEA, local(2026, 1, day))
    make(SKELLEFTEA, local(2026, 3, 1))
    make(PITEA, local(2025, 12, 1), moved(1, Stage.IMPLEMENTED))  # finished: not waiting
    figures = by_municipality(statistics.dashboard_figures(superuser, now=NOW))
    oldest = figures[PITEA].oldest_waiting
    assert [row.stage_changed_at.day for row in oldest] == list(range(1, 11))
    assert len(figures[SKELLEFTEA].oldest_waiting) == 1


def test_a_handler_gets_only_their_municipalities_figures(known_ideas, pitea_handler):
    figures = statistics.dashboard_figures(pitea_handler, now=NOW)
    assert [row.municipality for row in figures] == [PITEA]
    assert figures[0].total == 6
    waiting = {row.pk for row in figures[0].oldest_waiting}
    assert waiting == {known_ideas["p1"].pk, known_ideas["p3"].pk, known_ideas["p4"].pk}
    assert statistics.funnel_figures(pitea_handler)[0].municipality == PITEA


def test_no_figures_for_a_user_who_handles_no_ideas(known_ideas):
    editor = handler(username="redaktor2")
    editor = get_user_model().objects.get(pk=editor.pk)
    assert statistics.dashboard_figures(editor, now=NOW) == []
    assert statistics.funnel_figures(editor) == []
    inactive = get_user_model().objects.create_superuser("gammal", "g@example.org", "x")
    inactive.is_active = False
    assert statistics.dashboard_figures(inactive) == []


def test_the_figures_take_five_queries(known_ideas, superuser, django_assert_num_queries):
    with django_assert_num_queries(5):
        statistics.dashboard_figures(superuser, now=NOW)
    for day in range(1, 20):
        make(
            SKELLEFTEA,
            local(2025, 6, day),
            moved(day, Stage.ASSESSMENT),
            moved(day, Stage.CONCEPT_DEVELOPMENT),
        )
    with django_assert_num_queries(5):
        statistics.dashboard_figures(superuser, now=NOW)
    with django_assert_num_queries(1):
        statistics.funnel_figures(superuser)


# --- The report and the panel ------------------------------------------------------------------


def panel(response):
    return 'id="idea-funnel-section"' in response.text


def test_report_shows_every_figure(client, known_ideas, superuser):
    client.force_login(superuser)
    response = client.get(REPORT)
    assert response.status_code == 200
    text = response.text
    assert 'id="municipality-pitea"' in text and 'id="municipality-skelleftea"' in text
    # Medians with one decimal in Swedish, and the dash where no idea has left the stage.
    assert re.search(r"<td>4,5</td>\s*<td>4</td>", text)
    assert re.search(r"<td>–</td>\s*<td>0</td>", text)
    # The oldest waiting ideas link to the idea in the admin.
    inspect = reverse("ideas:inspect", args=[known_ideas["s5"].pk])
    assert f'<a href="{inspect}">{known_ideas["s5"].reference}</a>' in text
    # Every chart is an image named by its title and description.
    for chart in ["funnel", "months", "medians"]:
        for municipality in ["pitea", "skelleftea"]:
            chart_id = f"{chart}-{municipality}"
            assert f'aria-labelledby="{chart_id}-title {chart_id}-desc"' in text
            assert f'<title id="{chart_id}-title">' in text
            assert f'<desc id="{chart_id}-desc">' in text
    assert text.count('role="img"') >= 6
    assert reverse("ideas_dashboard") == REPORT


# The report's queries for a superuser: the session, the user and their admin profile, the five
# queries of the figures, and seven for the admin's menu (locales, pages the user may explore,
# whether they manage an administration).
REPORT_QUERIES = 15


def test_report_query_count_does_not_grow_with_the_ideas(
    client, known_ideas, superuser, django_assert_num_queries
):
    client.force_login(superuser)
    client.get(REPORT)  # the first request fills what the admin caches
    with django_assert_num_queries(REPORT_QUERIES):
        client.get(REPORT)
    for day in range(1, 25):
        make(PITEA, local(2025, 9, day), moved(day, Stage.ASSESSMENT), title=f"Fler {day}")
        make(SKELLEFTEA, local(2025, 10, day), moved(day, Stage.TESTING), title=f"Mer {day}")
    with django_assert_num_queries(REPORT_QUERIES):
        response = client.get(REPORT)
    assert "Fler 1" in response.text and "Mer 1" in response.text


def test_pitea_handler_sees_no_skelleftea_figures(client, known_ideas, pitea_handler):
    client.force_login(pitea_handler)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert 'id="municipality-pitea"' in response.text
    assert "skelleftea" not in response.text
    for key in ["s1", "s2", "s3", "s4", "s5"]:
        assert known_ideas[key].reference not in response.text
    home = client.get("/admin/")
    assert panel(home)
    assert 'id="panel-funnel-pitea"' in home.text
    assert "skelleftea" not in home.text
    assert REPORT in home.text  # the panel links to the report, the menu lists it


def test_superuser_sees_both_municipalities_in_the_panel(client, known_ideas, superuser):
    client.force_login(superuser)
    response = client.get("/admin/")
    assert panel(response)
    assert 'id="panel-funnel-pitea"' in response.text
    assert 'id="panel-funnel-skelleftea"' in response.text


def test_no_panel_and_no_report_without_the_handler_permission(client, known_ideas):
    editor = handler("view_idea", username="redaktor2")
    client.force_login(editor)
    home = client.get("/admin/")
    assert home.status_code == 200
    assert not panel(home)
    assert REPORT not in home.text  # no menu item either
    assert client.get(REPORT).status_code == 404


def test_report_needs_a_login(client):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_report_ignores_any_query_string(client, known_ideas, superuser):
    client.force_login(superuser)
    for query in ["?municipality=x", "?page=-1&stage=%00", "?month=2026-13"]:
        assert client.get(REPORT + query).status_code == 200


def test_titles_are_escaped(client, known_ideas, superuser):
    known_ideas["p4"].title = XSS
    known_ideas["p4"].save(update_fields=["title"])
    client.force_login(superuser)
    response = client.get(REPORT)
    assert XSS not in response.text
    assert ESCAPED_XSS in response.text


def test_report_with_no_ideas(client, superuser):
    Idea.objects.all().delete()
    client.force_login(superuser)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert response.text.count("–") >= 8  # every median, both municipalities


# --- The charts --------------------------------------------------------------------------------


def test_horizontal_chart_labels_every_bar_and_escapes():
    svg = horizontal_bar_chart(
        chart_id="test",
        title="Titel <b>",
        description="Beskrivning",
        bars=[
            Bar(label="Inkommen", value=4, value_label="4"),
            Bar(label=XSS, value=2, value_label="2", hatched=True),
            Bar(label="Test", value=0, value_label="0"),
        ],
    )
    assert svg.startswith("<svg ")
    assert 'role="img"' in svg and 'aria-labelledby="test-title test-desc"' in svg
    assert '<title id="test-title">Titel &lt;b&gt;</title>' in svg
    assert "Beskrivning Inkommen: 4; " in svg  # the description lists the values
    assert XSS not in svg
    assert 'fill="url(#test-hatch)"' in svg  # the hatched bar
    assert svg.count("<rect ") == 1 + 2 + 2  # background, pattern (2), two bars (none for 0)
    assert ">0</text>" in svg  # a zero still shows its value


def test_column_chart_draws_the_tallest_column_full_height():
    svg = column_chart(
        chart_id="months",
        title="Per månad",
        description="Idéer per månad.",
        bars=[
            Bar(label="jan", sublabel="2026", value=2, value_label="2", spoken_label="januari"),
            Bar(label="feb", value=4, value_label="4"),
        ],
        width=200,
        height=176,
    )
    # Plot height is 176 - 28 - 48 = 100: the column of 4 is 100 high, the column of 2 is 50.
    assert 'height="100"' in svg and 'height="50"' in svg
    assert "januari: 2; feb: 4." in svg
    assert ">2026</text>" in svg


# --- The demo ----------------------------------------------------------------------------------


def test_demo_ideas_have_a_history_for_the_dashboard(demo_site, superuser):
    from ideas import demo

    ideas = Idea.objects.filter(is_example=True)
    events = IdeaEvent.objects.filter(idea__is_example=True).count()
    assert {idea.municipality for idea in ideas} == {PITEA, SKELLEFTEA}
    for idea in ideas.prefetch_related("events"):
        moves = [event for event in idea.events.all() if event.to_stage and event.from_stage]
        stages = [Stage.RECEIVED, *[event.to_stage for event in moves]]
        assert stages[-1] == idea.stage
        assert all(move.from_stage == stages[n] for n, move in enumerate(moves))
        if moves:
            assert idea.stage_changed_at == moves[-1].created_at
            assert idea.created_at < moves[0].created_at
    figures = statistics.dashboard_figures(superuser)
    for municipality in figures:
        assert municipality.received_in_months >= 8
        assert all(row.stays > 0 for row in municipality.medians)
        assert municipality.oldest_waiting
    demo.load()  # again: nothing is added twice
    assert IdeaEvent.objects.filter(idea__is_example=True).count() == events
