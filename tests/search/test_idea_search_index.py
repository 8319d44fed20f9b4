"""The ideas' text search reads an expression index on PostgreSQL (search/migrations/0002): the
index's expression is the vector the query computes, in each language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.query import find_idea_hits
from tests.factories import IdeaFactory

from .conftest import postgres_only

pytestmark = [pytest.mark.django_db, postgres_only]


@pytest.mark.parametrize(
    ("language", "index"), [("sv", "search_idea_vector_sv"), ("en", "search_idea_vector_en")]
)
def test_the_idea_search_uses_the_language_s_expression_index(language, index):
    IdeaFactory.create_batch(100, is_public=True, public_title="Trygghet i parken")
    IdeaFactory(is_public=True, public_title="Cykelbana vid skolan", public_title_en="Cycle path")
    with CaptureQueriesContext(connection) as queries:
        hits = find_idea_hits("cykelbana" if language == "sv" else "cycle", language)
    assert len(hits) == 1
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE ideas_idea")
        cursor.execute("EXPLAIN " + queries[-1]["sql"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert index in plan, plan
