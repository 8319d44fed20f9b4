"""Contact requests in the admin: staff see the requests to their own municipality's testbeds,
and another municipality's request is a 404 in every view."""

import pytest

from home.choices import Municipality
from tests.factories import (
    ContactRequestFactory,
    TestbedIndexPageFactory,
    TestbedPageFactory,
    editor,
    idea_handler,
)

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
