import pytest
from django.db import connection
from wagtail.models import Page

from home.models import ContentPage

# PostgreSQL's text-search configurations, ranking and trigram similarity. SQLite stems with
# Snowball in Python and corrects typos by edit distance: test_sqlite_search.py.
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Needs PostgreSQL: its text-search configurations, ranking and trigram similarity",
)


def search(client, query, language="sv", **params):
    """The search page's response for `query` in the given language."""
    url = "/sok/" if language == "sv" else "/en/search/"
    response = client.get(url, {"q": query, **params})
    assert response.status_code == 200
    return response


def titles(response) -> list[str]:
    return [result.title for result in response.context["results"]]


def add_page(parent, title, intro="", live=True, **fields) -> ContentPage:
    page = ContentPage(title=title, intro=intro, live=live, **fields)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific
