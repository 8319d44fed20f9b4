"""Submissions at scale (issue 19): what the post that stores an idea costs, and how short the
year's reference counter stays locked."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import form_protection
from home.models import SpentFormToken
from ideas.models import Idea, IdeaReferenceCounter
from tests.conftest import form_session

from .conftest import SV_FORM, answers

pytestmark = pytest.mark.django_db

# Looked up before the number is taken: the e-mail limit, whether the address is confirmed,
# the handlers' and managers' addresses (ideas.submission.create_idea).
LOOKED_UP_FIRST = ("home_recipientmail", "ideas_residentaddress", "auth_user")


def test_taking_a_reference_is_one_statement_and_the_series_has_no_gap():
    with CaptureQueriesContext(connection) as first_of_year:
        assert IdeaReferenceCounter.next_reference(2031) == "IDE-2031-0001"
    assert len(first_of_year) == 1
    with CaptureQueriesContext(connection) as next_one:
        assert IdeaReferenceCounter.next_reference(2031) == "IDE-2031-0002"
    assert len(next_one) == 1
    assert IdeaReferenceCounter.objects.get(year=2031).last_number == 2


def test_the_counter_is_taken_after_everything_that_needs_no_reference(client, demo_site):
    """From the counter's update to the commit, other submissions wait: nothing is looked up in
    that window that could have been looked up before. (A resident who asks for updates from
    an address not yet confirmed also gets the address stored and a confirmation link made in
    that window: the link belongs to the idea.)"""
    with CaptureQueriesContext(connection) as queries:
        response = form_session(client).post(
            SV_FORM, answers(email="sara@example.org", wants_updates=None)
        )
    assert response.status_code == 302
    statements = [query["sql"] for query in queries]
    counter = next(i for i, sql in enumerate(statements) if "ideas_ideareferencecounter" in sql)
    spent = next(i for i, sql in enumerate(statements) if 'INSERT INTO "home_spentformtoken' in sql)
    locked = statements[counter : spent + 1]  # then the commit
    assert not [sql for sql in locked if any(table in sql for table in LOOKED_UP_FIRST)]


def test_the_post_that_stores_an_idea_takes_32_queries(
    client, demo_site, django_assert_num_queries
):
    """36 before issue 19's submission work: the counter took a savepoint, an update, a read
    and a release (now one upsert), and the spent token was looked up twice (the view's check
    is now passed on to submit_once)."""
    form_session(client)
    client.get(SV_FORM)  # the chrome cached, as in normal running
    with django_assert_num_queries(32):
        response = client.post(SV_FORM, answers(email="sara@example.org", wants_updates=None))
    assert response.status_code == 302
    assert Idea.objects.filter(submitter_email="sara@example.org").count() == 1


def test_a_token_checked_by_the_view_and_spent_at_the_same_moment_stores_once(make_idea):
    """`checked=True` skips the first lookup, not the token's unique row: a request with the same
    token that committed in between still wins, and the second idea is rolled back."""
    first = make_idea(title="Den första")
    form = type("Form", (), {"token_hash": "b" * 64})()
    SpentFormToken.objects.create(token_hash=form.token_hash, result=first)
    result, created = form_protection.submit_once(
        form, lambda: make_idea(title="Den andra"), checked=True
    )
    assert (result, created) == (first, False)
    assert not Idea.objects.filter(title="Den andra").exists()
