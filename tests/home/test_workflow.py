"""The colleague step of the moderation workflow is always someone else than the author."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import Locale, Page

from home.demo.accounts import ensure_groups_and_workflow
from home.models import ContentPage


@pytest.fixture
def submitted_page(db):
    editors, _moderators = ensure_groups_and_workflow()
    users = get_user_model().objects
    author = users.create_user("skribent", password="x")
    colleague = users.create_user("kollega", password="x")
    for user in (author, colleague):
        user.groups.add(editors)
    parent = Page.objects.filter(depth=2, locale=Locale.get_default()).first()
    page = parent.add_child(instance=ContentPage(title="Ny sida", slug="ny-sida-granskning"))
    revision = page.save_revision(user=author)
    page.get_workflow().start(page, author)
    page.refresh_from_db()
    return page, revision, author, colleague


def test_author_is_offered_no_approval_of_the_colleague_step(submitted_page):
    page, _revision, author, colleague = submitted_page
    task = page.current_workflow_task.specific
    assert task.get_actions(page, author) == []
    assert [name for name, _label, _modal in task.get_actions(page, colleague)] == [
        "reject",
        "approve",
        "approve",
    ]


def test_author_cannot_approve_the_colleague_step(submitted_page):
    page, _revision, author, _colleague = submitted_page
    task_state = page.current_workflow_state.current_task_state
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, author, "approve")


def test_author_posting_approve_in_the_admin_is_refused(client, submitted_page):
    page, _revision, author, _colleague = submitted_page
    client.force_login(author)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = client.post(url, {})
    # Wagtail answers an action the user may not take with its "permission denied" redirect.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"


def test_colleague_can_approve_and_the_page_moves_to_the_moderators(submitted_page):
    page, _revision, _author, colleague = submitted_page
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, colleague, "approve")
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Publiceringsbeslut"


def test_the_page_is_not_in_the_authors_review_list(submitted_page):
    page, _revision, author, colleague = submitted_page
    task = page.current_workflow_task.specific
    assert not task.get_task_states_user_can_moderate(author).exists()
    assert task.get_task_states_user_can_moderate(colleague).exists()
