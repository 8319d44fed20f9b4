"""The forms' rate limit counts the client's real address: X-Forwarded-For is read only from
the configured proxies (TRUSTED_PROXIES), so rotating the header does not get round it."""

import pytest

from ideas.models import Idea
from tests.conftest import form_session
from tests.ideas.conftest import SV_FORM, answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    """A visitor whose session carries the form tokens of `form_started`."""
    return form_session(client)


def send_ideas(client, capture, forwarded_for, remote_addr):
    statuses = []
    for number, address in enumerate(forwarded_for):
        with capture(execute=True):
            response = client.post(
                SV_FORM,
                answers(title=f"Idé nummer {number}"),
                REMOTE_ADDR=remote_addr,
                HTTP_X_FORWARDED_FOR=address,
            )
        statuses.append(response.status_code)
    return statuses


def test_rotating_the_header_does_not_get_round_the_idea_forms_rate_limit(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.FORM_RATE_LIMIT = (2, 600)
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    addresses = [f"203.0.113.{number}" for number in range(1, 6)]
    statuses = send_ideas(
        client, django_capture_on_commit_callbacks, addresses, remote_addr="198.51.100.4"
    )
    assert statuses == [302, 302, 429, 429, 429]
    assert Idea.objects.filter(title__startswith="Idé nummer").count() == 2
