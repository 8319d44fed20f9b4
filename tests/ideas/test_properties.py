"""Property-based: whatever text is typed into any field, the form either saves the idea or
answers with field errors, never a server error."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ideas.models import Idea
from tests.conftest import form_session

from .conftest import SV_FORM, answers

pytestmark = pytest.mark.django_db

# Any Unicode text that can be sent as UTF-8 (lone surrogates cannot be encoded by any client).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
FIELDS = [
    "title",
    "description",
    "need",
    "who_benefits",
    "area",
    "municipality",
    "name",
    "email",
    "phone",
    "anonymous",
    "show_name",
    "wants_updates",
    "consent",
]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(values=st.fixed_dictionaries({}, optional=dict.fromkeys(FIELDS, ANY_TEXT)))
def test_any_text_in_any_field_is_saved_or_rejected_with_field_errors(
    client, demo_site, django_capture_on_commit_callbacks, values
):
    cache.clear()
    before = Idea.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = form_session(client).post(SV_FORM, answers(**values))
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 302:
        assert Idea.objects.count() == before + 1
        idea = Idea.objects.latest("pk")
        assert "\x00" not in idea.title + idea.description + idea.need
    else:
        assert Idea.objects.count() == before
        form = response.context["form"]
        assert form.errors
        assert 'class="error-summary"' in response.text
