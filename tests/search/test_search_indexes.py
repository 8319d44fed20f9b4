"""The text search reads expression indexes on PostgreSQL (search/migrations/0002): the pages'
`title || body` of modelsearch's index table, and for the ideas the vector the query computes,
in each language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.query import find_idea_hits, find_page_hits
from tests.factories import IdeaFactory

from .conftest import add_page, postgres_only

pytestmark = [pytest.mark.django_db, postgres_only]


def plan(sql, seqscan=True) -> str:
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        if not seqscan:  # a table this small is read whole; see whether the index fits at all
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_page_search_matches_the_indexed_expression_of_title_and_body(home):
    add_page(home, "Cykelbana vid skolan", intro="En säker väg")
    with CaptureQueriesContext(connection) as queries:
        hits = find_page_hits("cykelbana", home.locale)
    assert len(hits) == 1
    searches = [query["sql"] for query in queries if "@@" in query["sql"]]
    vector = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    assert vector in searches[0]
    # With a table this small the planner joins the pages first; the expression itself is
    # answered from the index.
    matching = (
        "SELECT 1 FROM wagtailsearch_indexentry WHERE "
        '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@ '
        "to_tsquery('cykelbana')"
    )
    assert "search_indexentry_title_body" in plan(matching, seqscan=False)


@pytest.mark.parametrize(
    ("language", "index"), [("sv", "search_idea_vector_sv"), ("en", "search_idea_vector_en")]
)
def test_the_idea_search_uses_the_language_s_expression_index(language, index):
    IdeaFactory.create_batch(100, is_public=True, public_title="Trygghet i parken")
    IdeaFactory(is_public=True, public_title="Cykelbana vid skolan", public_title_en="Cycle path")
    with CaptureQueriesContext(connection) as queries:
        hits = find_idea_hits("cykelbana" if language == "sv" else "cycle", language)
    assert len(hits) == 1
    assert index in plan(queries[-1]["sql"])
