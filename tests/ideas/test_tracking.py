"""The resident's private tracking page."""

import pytest

from ideas.board_views import method_phase_page
from ideas.models import IdeaEvent
from ideas.stages import Stage

from .conftest import ESCAPED_XSS, XSS

pytestmark = pytest.mark.django_db


def test_right_token_shows_stage_timeline_and_answer(client, demo_site, make_idea):
    idea = make_idea(title="Min idé", submitter_email="a@example.org", submitter_name="Anna")
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.RECEIVED, to_stage=Stage.RECEIVED)
    idea.change_stage(Stage.ASSESSMENT, internal_note="Intern", public_note="Vi tittar på den")
    idea.public_answer = "Tack, vi återkommer"
    idea.save()
    response = client.get(f"/ideer/folj/{idea.tracking_token}/")
    assert response.status_code == 200
    text = response.text
    assert "Min idé" in text
    assert 'aria-current="step"' in text
    assert "Idén kom in" in text and "Vi tittar på den" in text
    assert "Tack, vi återkommer" in text
    assert "Intern" not in text
    assert "a@example.org" not in text and "Anna" not in text
    assert f"/en/ideas/follow/{idea.tracking_token}/" in text


def test_english_tracking_address(client, demo_site, make_idea):
    idea = make_idea(language="en")
    response = client.get(f"/en/ideas/follow/{idea.tracking_token}/")
    assert response.status_code == 200
    assert f"Follow your idea {idea.reference}" in response.text
    assert f'href="/ideer/folj/{idea.tracking_token}/"' in response.text
    # The other language's segment leads to the page's own one.
    swedish = client.get(f"/ideer/follow/{idea.tracking_token}/")
    assert swedish.status_code == 301
    assert swedish["Location"] == f"/ideer/folj/{idea.tracking_token}/"


def test_tracking_page_is_private(client, demo_site, make_idea):
    idea = make_idea()
    response = client.get(f"/ideer/folj/{idea.tracking_token}/")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    sitemap = client.get("/sitemap.xml").text
    assert "/folj/" not in sitemap and idea.tracking_token not in sitemap


@pytest.mark.parametrize(
    "token",
    [
        "wrong-token-that-is-long-enough-to-look-real-000",
        "short",
        "%3Cscript%3E",
        "a" * 200,
        "..%2F",
    ],
)
def test_wrong_or_malformed_token_gives_plain_404(client, demo_site, make_idea, token):
    make_idea()
    response = client.get(f"/ideer/folj/{token}/")
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]


def test_merged_idea_points_to_the_surviving_one(client, demo_site, make_idea):
    surviving = make_idea(public_title="Den som lever vidare", is_public=True)
    merged = make_idea(stage=Stage.MERGED, merged_into=surviving)
    response = client.get(f"/ideer/folj/{merged.tracking_token}/")
    assert surviving.reference in response.text
    assert f'href="/ideer/{surviving.reference}/"' in response.text


def test_xss_is_escaped_on_the_tracking_page(client, demo_site, make_idea):
    idea = make_idea(title=XSS, description=XSS, public_answer=XSS, closed_reason=XSS)
    idea.change_stage(Stage.CLOSED, public_note=XSS)
    response = client.get(f"/ideer/folj/{idea.tracking_token}/")
    assert ESCAPED_XSS in response.text
    assert XSS not in response.text


def test_link_to_the_method_phase_when_it_exists(client, demo_site, make_idea):
    idea = make_idea(stage=Stage.ASSESSMENT)
    page = method_phase_page(Stage.ASSESSMENT, demo_site.locale)
    response = client.get(f"/ideer/folj/{idea.tracking_token}/")
    if page is None:
        assert "Läs vad som händer i steget" not in response.text
    else:
        assert page.url in response.text
