"""Helpers for tests of the faceted listings (home/facets.py)."""

from itertools import count

_request_number = count()


def built_facet_counts(client, url, facet, **params):
    """One facet's non-zero option counts and the number of results of a request the page cache
    does not store (an ignored parameter): the page is built, its counts computed."""
    response = client.get(url, {**params, "ignored": next(_request_number)})
    assert response.status_code == 200
    options = next(f for f in response.context["facets"] if f.name == facet).options
    shown = {option.value: option.count for option in options if option.count}
    return shown, response.context["result_count"]
