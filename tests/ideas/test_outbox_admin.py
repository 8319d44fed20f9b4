"""Issue 13 defect 10: the residents' outbox in the admin (E-mails to residents) shows each user
only the e-mails about ideas of their own municipalities, in every view; another municipality's
e-mail is a 404. The handler groups may view their outbox, to see what failed."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client

from home.demo.accounts import ensure_idea_handler_groups
from ideas.choices import Municipality
from ideas.models import Notification

from .conftest import assert_denied, login
from .test_wagtail_log import text_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

OUTBOX = "/admin/idea_notifications/"
MUNICIPALITY = {"pitea": Municipality.PITEA, "skelleftea": Municipality.SKELLEFTEA}
OTHER = {"pitea": "skelleftea", "skelleftea": "pitea"}


@pytest.fixture
def notifications(make_idea):
    """A failed e-mail about an idea of each municipality."""
    made = {}
    for key, municipality in MUNICIPALITY.items():
        idea = make_idea(title=f"Idé i {key}", municipality=municipality)
        made[key] = Notification.objects.create(
            idea=idea,
            kind=Notification.Kind.RECEIPT,
            language="sv",
            to_address=f"invanare-{key}@example.org",
            subject=f"Kvitto om idén i {key}",
            body="Hej",
            status=Notification.Status.FAILED,
            last_error="ConnectionRefusedError: The mail server is down",
        )
    return made


def handler(key):
    """The municipality's handler, in the group `ensure_idea_handler_groups` makes."""
    group = ensure_idea_handler_groups()[key]
    user = get_user_model().objects.create_user(f"ny-handlaggare-{key}", f"ny-{key}@example.org")
    user.groups.add(group)
    return login(Client(), user.username)


def outbox_keeper(key):
    """A handler whose group may also change and delete e-mails."""
    user = get_user_model().objects.create_user(f"utkorg-{key}", f"utkorg-{key}@example.org")
    group = Group.objects.create(name=f"Utkorg {key}")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["ideas", "wagtailadmin"],
            codename__in=[
                "access_admin",
                "view_notification",
                "change_notification",
                "delete_notification",
                f"handle_{key}_ideas",
            ],
        )
    )
    user.groups.add(group)
    return login(Client(), user.username)


def object_urls(notification):
    pk = notification.pk
    return [
        f"{OUTBOX}inspect/{pk}/",
        f"{OUTBOX}edit/{pk}/",
        f"{OUTBOX}delete/{pk}/",
        f"{OUTBOX}history/{pk}/",
        f"{OUTBOX}history-results/{pk}/",
        f"{OUTBOX}usage/{pk}/",
    ]


def listing_urls():
    return [
        OUTBOX,
        f"{OUTBOX}results/",
        f"{OUTBOX}?status=failed",
        f"{OUTBOX}?q=Kvitto",
        f"{OUTBOX}?export=csv",
        f"{OUTBOX}?export=xlsx",
    ]


@pytest.mark.parametrize("own", ["pitea", "skelleftea"])
def test_handlers_see_their_own_municipalitys_failed_mail(notifications, own):
    client = handler(own)
    response = client.get(f"{OUTBOX}?status=failed")
    assert response.status_code == 200
    assert notifications[own].subject in response.text
    response = client.get(f"{OUTBOX}inspect/{notifications[own].pk}/")
    assert response.status_code == 200
    assert "The mail server is down" in response.text
    # Viewing only: no changes to the outbox.
    assert_denied(client.get(f"{OUTBOX}edit/{notifications[own].pk}/"))


@pytest.mark.parametrize("own", ["pitea", "skelleftea"])
def test_no_outbox_view_shows_the_other_municipality(notifications, own):
    foreign = notifications[OTHER[own]]
    viewer, keeper = handler(own), outbox_keeper(own)
    for client in (viewer, keeper):
        for url in listing_urls():
            response = client.get(url)
            assert response.status_code == 200, url
            text = text_of(response)
            assert foreign.subject not in text, url
            assert foreign.to_address not in text, url
    for url in object_urls(foreign):
        if "/edit/" in url:
            # The viewer may change no e-mail at all: refused before the e-mail is looked up.
            assert_denied(viewer.get(url))
        else:
            assert viewer.get(url).status_code == 404, url
        assert keeper.get(url).status_code == 404, url
    assert keeper.post(f"{OUTBOX}edit/{foreign.pk}/", {"status": "cancelled"}).status_code == 404
    assert keeper.post(f"{OUTBOX}delete/{foreign.pk}/").status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == Notification.Status.FAILED


@pytest.mark.parametrize("own", ["pitea", "skelleftea"])
def test_own_outbox_views_work_for_a_group_that_may_change_mail(notifications, own):
    keeper = outbox_keeper(own)
    mine = notifications[own]
    for url in object_urls(mine):
        assert keeper.get(url).status_code == 200, url
    assert keeper.post(f"{OUTBOX}edit/{mine.pk}/", {"status": "cancelled"}).status_code == 302
    mine.refresh_from_db()
    assert mine.status == Notification.Status.CANCELLED
    assert keeper.post(f"{OUTBOX}delete/{mine.pk}/").status_code == 302
    assert not Notification.objects.filter(pk=mine.pk).exists()


def test_nobody_adds_mail_in_the_admin(notifications):
    assert_denied(login(Client(), "admin").get(f"{OUTBOX}new/"))
