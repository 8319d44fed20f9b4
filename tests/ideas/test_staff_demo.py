"""The demo of the sluice inside the municipalities: example administrations in both languages,
staff ideas from at least four administrations and every channel, a team idea, managers who see
their administration's ideas, and the manager accounts `make demo` prints."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from ideas.choices import Channel
from ideas.demo_staff import MANAGERS
from ideas.models import Administration, Idea, IdeaSubmitter, Partner, Unit
from ideas.permissions import managed_ideas
from tests.conftest import load_demo_content

pytestmark = pytest.mark.django_db


@pytest.mark.demo_check
def test_demo_has_example_administrations_units_and_partners_in_both_languages(demo_site):
    for model in (Administration, Unit, Partner):
        swedish = model.objects.filter(locale__language_code="sv")
        english = model.objects.filter(locale__language_code="en")
        assert swedish.exists() and swedish.count() == english.count()
        assert not swedish.filter(is_example=False).exists()
    for municipality in ("pitea", "skelleftea"):
        assert Administration.objects.source().filter(municipality=municipality).count() >= 3
    assert Administration.objects.get(locale__language_code="en", name="Social services")
    assert Partner.objects.source().filter(name__startswith="Luleå tekniska").exists()


@pytest.mark.demo_check
def test_demo_has_staff_ideas_from_four_administrations_every_channel_and_a_team(demo_site):
    staff = Idea.objects.filter(is_example=True, administration__isnull=False)
    assert staff.values("administration").distinct().count() >= 4
    assert set(staff.values_list("channel", flat=True)) == set(Channel.values)
    registered = staff.exclude(channel=Channel.WEB)
    assert not registered.filter(registered_by__isnull=True).exists()
    assert IdeaSubmitter.objects.filter(joined_as=IdeaSubmitter.Joined.TEAM).exists()
    assert staff.filter(language="en").exists()


@pytest.mark.demo_check
def test_demo_managers_see_their_administrations_ideas(demo_site):
    for username, _first, _last, municipality, administration in MANAGERS:
        user = get_user_model().objects.get(username=username)
        ideas = managed_ideas(user)
        assert ideas.exists()
        assert set(ideas.values_list("municipality", flat=True)) == {municipality}
        assert set(ideas.values_list("administration__name", flat=True)) == {administration}
        client = Client()
        client.force_login(user)
        response = client.get("/admin/managed-ideas/")
        assert response.status_code == 200
        assert ideas.first().reference in response.text


@pytest.mark.demo_check
def test_make_demo_prints_the_manager_accounts(demo_site, settings):
    settings.DEMO_MODE = True
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    for username, *_rest in MANAGERS:
        assert f"username: {username}" in output.getvalue()


def test_loading_twice_duplicates_no_staff_demo_content(demo_site):
    models = (Administration, Unit, Partner, Idea, IdeaSubmitter)
    before = [model.objects.count() for model in models]
    load_demo_content()
    assert [model.objects.count() for model in models] == before
