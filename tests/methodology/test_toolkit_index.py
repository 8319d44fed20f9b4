"""The toolkit's counts from this process's facet index (home/facets.py): right on the next
request after a tool is published, edited or unpublished, in both languages."""

import pytest

from tests.factories import ToolkitIndexPageFactory, ToolPageFactory, translate
from tests.listings import built_facet_counts

pytestmark = pytest.mark.django_db


def audience_counts(client, url, **params):
    return built_facet_counts(client, url, "audience", **params)


@pytest.fixture(params=["sv", "en"])
def toolkit(request, home, english_home):
    swedish = ToolkitIndexPageFactory(parent=home)
    page = swedish if request.param == "sv" else translate(swedish, title="Toolkit", slug="kit")
    ToolPageFactory(parent=page, for_managers=True, group_size_min=2, group_size_max=10)
    return page


def test_toolkit_counts_follow_tools_published_edited_and_unpublished(client, toolkit):
    assert audience_counts(client, toolkit.url) == ({"managers": 1}, 1)
    tool = ToolPageFactory(parent=toolkit, for_managers=False, for_staff=True)
    assert audience_counts(client, toolkit.url) == ({"managers": 1, "staff": 1}, 2)
    tool.for_managers = True
    tool.save_revision().publish()
    assert audience_counts(client, toolkit.url) == ({"managers": 2, "staff": 1}, 2)
    tool.unpublish()
    assert audience_counts(client, toolkit.url) == ({"managers": 1}, 1)


def test_toolkit_counts_within_a_group_size(client, toolkit):
    ToolPageFactory(parent=toolkit, for_managers=True, group_size_min=20, group_size_max=40)
    assert audience_counts(client, toolkit.url) == ({"managers": 2}, 2)
    assert audience_counts(client, toolkit.url, people=30) == ({"managers": 1}, 1)
