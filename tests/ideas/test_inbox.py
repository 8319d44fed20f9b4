"""The handler's inbox on the admin home page (ideas/inbox.py, issue 15): new ideas nobody has
taken, the handler's own ideas and the longest waiting idea in each stage, each a link into the
filtered listing; only the ideas of the handler's municipality; constant queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from ideas.choices import Municipality
from ideas.inbox import inbox_lists
from ideas.stages import Stage
from tests.factories import IdeaFactory, idea_handler

pytestmark = pytest.mark.django_db


def idea(title, days_ago=1, **fields):
    moment = timezone.now() - timedelta(days=days_ago)
    return IdeaFactory(title=title, created_at=moment, stage_changed_at=moment, **fields)


@pytest.fixture
def handler(db):
    return idea_handler(Municipality.PITEA, username="pitea")


@pytest.fixture
def ideas(handler):
    return {
        "new_old": idea("Gammal ny idé", days_ago=9),
        "new": idea("Ny idé", days_ago=2),
        "taken": idea("Tagen idé", assigned_handler=handler, stage=Stage.ASSESSMENT, days_ago=30),
        "finished": idea("Införd idé", assigned_handler=handler, stage=Stage.IMPLEMENTED),
        "other": idea("Skellefteås idé", municipality=Municipality.SKELLEFTEA, days_ago=50),
    }


def titles(inbox_list):
    return [item.title for item in inbox_list.ideas]


def test_new_ideas_nobody_has_taken_oldest_first(ideas, handler):
    lists = inbox_lists(handler)
    assert titles(lists["unassigned"]) == ["Gammal ny idé", "Ny idé"]
    assert lists["unassigned"].count == 2
    assert (
        lists["unassigned"].url == reverse("ideas:index") + "?stage=received&assigned_handler=null"
    )


def test_the_handlers_own_open_ideas(ideas, handler):
    lists = inbox_lists(handler)
    assert titles(lists["mine"]) == ["Tagen idé"]
    assert lists["mine"].url == reverse("ideas:index") + f"?assigned_handler={handler.pk}"


def test_the_longest_waiting_idea_of_each_stage_of_the_own_municipality(ideas, handler):
    assert titles(inbox_lists(handler)["longest"]) == ["Gammal ny idé", "Tagen idé"]


def test_the_panel_is_on_the_admin_home_with_links(client, ideas, handler):
    client.force_login(handler)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ditt arbete med idéer" in html
    assert reverse("ideas:inspect", args=[ideas["new"].pk]) in html
    assert "Skellefteås idé" not in html


def test_the_links_lead_to_the_filtered_listing(client, ideas, handler):
    client.force_login(handler)
    response = client.get(inbox_lists(handler)["unassigned"].url)
    assert response.status_code == 200
    assert "Ny idé" in response.content.decode()
    assert "Tagen idé" not in response.content.decode()


@pytest.mark.parametrize("extra", [0, 30])
def test_a_fixed_number_of_queries(handler, django_assert_num_queries, extra):
    for number in range(extra):
        idea(f"Idé {number}", days_ago=number)
    # Two for the user's permissions (ideas_for), two lists with their counts, the longest.
    with django_assert_num_queries(7):
        inbox_lists(handler)


def test_the_stage_form_shows_the_ideas_text_beside_it(client, ideas, handler):
    client.force_login(handler)
    item = ideas["new"]
    item.description = "Värmeljus i fönstren på boendet."
    item.save()
    response = client.get(reverse("ideas:change_stage", args=[item.pk]))
    assert response.status_code == 200
    assert "Värmeljus i fönstren på boendet." in response.content.decode()


def test_the_inspect_view_is_called_show_in_swedish(client, ideas, handler):
    client.force_login(handler)
    html = client.get(reverse("ideas:index")).content.decode()
    assert "Inspektera" not in html


def test_the_funnel_table_links_each_stage_to_the_listing(client, ideas, handler):
    client.force_login(handler)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"{reverse('ideas:index')}?stage=assessment&amp;municipality=pitea" in html
