"""Contact requests in the admin: staff see the requests to their own municipality's testbeds,
and another municipality's request is a 404 in every view."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from home.choices import Municipality
from tests.factories import (
    ContactRequestFactory,
    TestbedIndexPageFactory,
    TestbedPageFactory,
    UserFactory,
    editor,
    idea_handler,
)
from twofactor.policy import two_factor_required

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/testbed_contact_requests/"


@pytest.fixture
def requests(home):
    catalogue = TestbedIndexPageFactory(parent=home)
    pitea = TestbedPageFactory(parent=catalogue, title="Trygghetslägenheten")
    skelleftea = TestbedPageFactory(
        parent=catalogue, title="Gruppbostaden", municipality=Municipality.SKELLEFTEA
    )
    return {
        "pitea": ContactRequestFactory(testbed=pitea, name="Anna Piteå", email="anna@example.org"),
        "skelleftea": ContactRequestFactory(
            testbed=skelleftea, name="Bo Skellefteå", email="bo@example.org"
        ),
    }


def test_staff_list_only_their_municipalitys_requests(client, requests):
    client.force_login(idea_handler(Municipality.PITEA))
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert "Trygghetslägenheten" in response.text
    assert "Gruppbostaden" not in response.text
    export = client.get(LIST_URL + "?export=csv")
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "anna@example.org" in content
    assert "bo@example.org" not in content


def test_staff_see_their_own_municipalitys_request(client, requests):
    client.force_login(idea_handler(Municipality.PITEA))
    response = client.get(f"{LIST_URL}inspect/{requests['pitea'].pk}/")
    assert response.status_code == 200
    assert "Anna Piteå" in response.text


@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history", "usage"])
def test_another_municipalitys_request_is_not_found(client, requests, view):
    client.force_login(idea_handler(Municipality.PITEA))
    response = client.get(f"{LIST_URL}{view}/{requests['skelleftea'].pk}/")
    assert response.status_code == 404


def test_another_municipalitys_request_cannot_be_deleted(client, requests):
    client.force_login(idea_handler(Municipality.PITEA))
    response = client.post(f"{LIST_URL}delete/{requests['skelleftea'].pk}/")
    assert response.status_code == 404
    assert requests["skelleftea"].__class__.objects.filter(pk=requests["skelleftea"].pk).exists()


def test_editors_without_the_permission_do_not_see_requests(client, requests):
    client.force_login(editor())
    response = client.get(LIST_URL)
    assert response.status_code == 302
    assert LIST_URL not in client.get("/admin/").text


def test_requests_cannot_be_added_in_the_admin(client, requests):
    client.force_login(idea_handler(Municipality.PITEA))
    response = client.get(LIST_URL + "new/")
    assert response.status_code == 302


def test_staff_who_see_requests_sign_in_with_a_second_factor(requests):
    user = UserFactory(username="testbaddar")
    for codename in ("access_admin", "view_contactrequest", "see_skelleftea_contact_requests"):
        user.user_permissions.add(Permission.objects.get(codename=codename))
    user = get_user_model().objects.get(pk=user.pk)  # no cached permissions
    assert two_factor_required(user)
    assert not two_factor_required(editor())
