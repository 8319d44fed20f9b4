import pytest
from django.test import Client
from django.utils import timezone

from home.form_protection import STARTED_FIELD
from ideas.choices import Area, Municipality
from ideas.models import Idea, ResidentAddress
from ideas.stages import Stage
from tests.conftest import form_started

SV_FORM = "/lamna-en-ide/"
EN_FORM = "/en/submit-an-idea/"
SV_BOARD = "/ideer/"
EN_BOARD = "/en/ideas/"
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ESCAPED_XSS = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


def answers(**overrides):
    """A complete, valid submission; `confirm` skips the similar-ideas step."""
    data = {
        "title": "Värmefilt som håller kaffet varmt",
        "description": "En liten värmeplatta på varje bord i matsalen.",
        "need": "Kaffet hinner kallna för den som äter långsamt.",
        "who_benefits": "Boende på särskilt boende.",
        "area": Area.ELDERLY_CARE,
        "municipality": Municipality.PITEA,
        "name": "Karin Ek",
        "email": "karin@example.org",
        "phone": "070-123 45 67",
        "wants_updates": "on",
        "consent": "on",
        "confirm": "1",
        STARTED_FIELD: form_started(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def confirm_address(email: str, language: str = "sv") -> ResidentAddress:
    """The address as if its owner had opened a confirmation link (ideas/participation.py)."""
    address = ResidentAddress.for_email(email, language)
    address.confirmed_at = timezone.now()
    address.save(update_fields=["confirmed_at"])
    return address


@pytest.fixture
def make_idea(db):
    """An idea with `fields`. A resident who wants updates has confirmed the address, as
    updates need (ideas/notifications.py); `confirmed=False` leaves it unconfirmed."""

    def make(confirmed=True, **fields):
        values = {
            "title": "En idé",
            "description": "Beskrivning",
            "need": "Behov",
            "area": Area.ELDERLY_CARE,
            "municipality": Municipality.PITEA,
            "stage": Stage.RECEIVED,
        }
        values.update(fields)
        if confirmed and values.get("wants_updates") and values.get("submitter_email"):
            confirm_address(values["submitter_email"])
        return Idea.objects.create(**values)

    return make


@pytest.fixture
def admin_client(client, demo_site):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def login(client, username):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def pitea_client(demo_site):
    """The demo handler of Piteå: Piteå's ideas, with personal data."""
    return login(Client(), "handlaggare-pitea")


@pytest.fixture
def skelleftea_client(demo_site):
    return login(Client(), "handlaggare-skelleftea")


@pytest.fixture
def limited_pitea_client(demo_site):
    """A Piteå handler without the permission to see personal data."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Idéhandläggare utan personuppgifter")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["ideas", "wagtailadmin"],
            codename__in=["access_admin", "view_idea", "change_idea", "handle_pitea_ideas"],
        )
    )
    user = get_user_model().objects.create_user("begransad", "begransad@example.org", "x")
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


def assert_denied(response):
    """Wagtail answers a permission error in the admin by sending the user to the dashboard
    with a message."""
    assert response.status_code == 302, response.status_code
    assert response["Location"] == "/admin/"
