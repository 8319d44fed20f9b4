"""Demo search promotions: the page for proposing an idea is pinned for the words readers are
most likely to type when they want to propose one, in both languages."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from ideas.models import IdeaSubmissionPage

# A promotion pins the Swedish page; the English search shows its English translation.
PROMOTED_QUERIES = ["idé", "lämna idé", "idea", "propose an idea"]


def load():
    page = IdeaSubmissionPage.objects.filter(locale__language_code="sv").first()
    if page is None:
        return
    for query_string in PROMOTED_QUERIES:
        SearchPromotion.objects.get_or_create(
            query=Query.get(query_string), page=page, defaults={"sort_order": 0}
        )
