"""The admin as editors meet it: in Swedish, with the groups and workflow the loader sets up."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow

from home.demo.accounts import EDITORS, MODERATORS, WORKFLOW
from home.models import Footer, NavigationMenu

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, demo_site):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_a_demo_page_of_every_type_opens_in_the_editor_in_both_languages(admin_client):
    # The editor's form depends on the page type and the locale, not on the page: one of each.
    first_of_each = {}
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        first_of_each.setdefault((page.content_type_id, page.locale_id), page)
    assert len(first_of_each) > 20
    for page in first_of_each.values():
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page


def test_admin_labels_are_in_swedish(admin_client):
    about = Page.objects.get(slug="om-ideslussen")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[about.pk]))
    assert "Ingress" in response.text
    assert "Sammanfattning i listor" in response.text or "sammanfattning i listor" in response.text
    response = admin_client.get(reverse("wagtailsettings:edit", args=["home", "sitesettings", 1]))
    assert response.status_code == 200
    assert "Sida om personuppgifter" in response.text


@pytest.mark.parametrize("model", [NavigationMenu, Footer])
def test_snippets_are_listed_per_language(admin_client, model):
    response = admin_client.get(reverse(model.snippet_viewset.get_url_name("list")))
    assert response.status_code == 200
    assert model.objects.count() == 2


def test_groups_and_two_step_workflow(demo_site):
    editors = Group.objects.get(name=EDITORS)
    moderators = Group.objects.get(name=MODERATORS)
    root = Page.get_first_root_node()
    editor_page_permissions = set(
        editors.page_permissions.filter(page=root).values_list("permission__codename", flat=True)
    )
    assert editor_page_permissions == {"add_page", "change_page"}
    assert "publish_page" in moderators.page_permissions.values_list(
        "permission__codename", flat=True
    )
    workflow = Workflow.objects.get(name=WORKFLOW)
    tasks = [task.specific for task in workflow.tasks]
    assert [list(task.groups.all()) for task in tasks] == [[editors], [moderators]]
    assert demo_site.get_workflow() == workflow


def test_editor_cannot_publish_but_moderator_can(demo_site):
    about = Page.objects.get(slug="om-ideslussen")
    editor = get_user_model().objects.get(username="redaktor")
    moderator = get_user_model().objects.get(username="moderator")
    assert about.permissions_for_user(editor).can_edit()
    assert not about.permissions_for_user(editor).can_publish()
    assert about.permissions_for_user(moderator).can_publish()


def test_demo_users_can_use_the_admin(client, demo_site):
    client.force_login(get_user_model().objects.get(username="redaktor"))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
