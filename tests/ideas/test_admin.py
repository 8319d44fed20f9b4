"""The ideas in the Wagtail admin: listing, inspecting and changing the stage."""

import pytest

from ideas.models import IdeaEvent
from ideas.stages import Stage

from .conftest import ESCAPED_XSS, XSS

pytestmark = pytest.mark.django_db


def test_listing_filters_and_escapes(admin_client, make_idea):
    idea = make_idea(title=XSS, public_title=XSS, description=XSS)
    response = admin_client.get("/admin/ideas/")
    assert response.status_code == 200
    assert idea.reference in response.text
    assert XSS not in response.text
    assert ESCAPED_XSS in response.text
    response = admin_client.get("/admin/ideas/", {"stage": "testing", "q": "IDE"})
    assert response.status_code == 200
    inspect = admin_client.get(f"/admin/ideas/inspect/{idea.pk}/")
    assert inspect.status_code == 200
    assert XSS not in inspect.text
    assert ESCAPED_XSS in inspect.text


def test_admin_labels_are_swedish(admin_client, make_idea):
    idea = make_idea()
    response = admin_client.get(f"/admin/ideas/edit/{idea.pk}/")
    assert response.status_code == 200
    assert "Svar från kommunen" in response.text


def test_editing_the_stage_records_an_event(admin_client, make_idea):
    idea = make_idea()
    response = admin_client.post(
        f"/admin/ideas/edit/{idea.pk}/",
        {
            "stage": Stage.ASSESSMENT,
            "closed_reason": "",
            "assigned_handler": "",
            "public_title": "",
            "public_summary": "",
            "public_answer": "",
        },
    )
    assert response.status_code == 302
    idea.refresh_from_db()
    assert idea.stage == Stage.ASSESSMENT
    event = idea.events.get(kind=IdeaEvent.Kind.STAGE_CHANGED)
    assert (event.from_stage, event.to_stage) == (Stage.RECEIVED, Stage.ASSESSMENT)
    assert event.actor.username == "admin"
