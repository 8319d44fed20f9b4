"""The Atom feed of newly published ideas on the idea board (home/feeds.py): each entry shows
the texts in the feed's language, or the Swedish ones where there are no English."""

from django.utils.translation import gettext_lazy as _

from home.feeds import FEED_SIZE, ContentFeed, PageFeed
from ideas.models import (
    ChallengeIndexPage,
    ChallengePage,
    GoodExampleIndexPage,
    GoodExamplePage,
    Idea,
    IdeaBoardPage,
    IdeaEvent,
)


class NewIdeasFeed(ContentFeed):
    name = "ideas"
    feed_title = _("New ideas on the idea board")
    feed_subtitle = _("Ideas from residents and staff that the municipalities have published.")

    def get_object(self, request, *args, **kwargs):
        return IdeaBoardPage.objects.live().filter(locale=super().get_object(request)).first()

    def listing_url(self, board):
        return board.url if board else ""

    def items(self, board):
        """Published ideas, newest publication first (the latest PUBLISHED event; ideas
        published without one, such as the examples, by when they were received)."""
        if board is None:
            return []
        language = board.locale.language_code
        ideas = list(Idea.objects.public().order_by("-created_at")[: FEED_SIZE * 2])
        published = dict(
            IdeaEvent.objects.filter(idea__in=ideas, kind=IdeaEvent.Kind.PUBLISHED)
            .order_by("created_at")
            .values_list("idea_id", "created_at")
        )
        for idea in ideas:
            idea.published_at = published.get(idea.pk, idea.created_at)
            idea.texts = idea.shown_texts(language)
            idea.feed_link = board.url + board.reverse_subpage("idea", args=[idea.reference])
        ideas.sort(key=lambda idea: idea.published_at, reverse=True)
        return ideas[:FEED_SIZE]

    def item_title(self, item):
        return item.texts.title.text

    def item_description(self, item):
        return item.texts.summary.text

    def item_guid(self, item):
        return f"tag:idesluss,{item.created_at:%Y-%m-%d}:{item.reference}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [item.get_area_display(), item.get_municipality_display()]


class ChallengesFeed(PageFeed):
    name = "challenges"
    feed_title = _("Challenges from the idea sluice")
    feed_subtitle = _("Needs the municipalities ask residents and staff for ideas about.")
    page_model = ChallengePage
    index_model = ChallengeIndexPage


class GoodExamplesFeed(PageFeed):
    name = "good_examples"
    feed_title = _("Good examples from the idea sluice")
    feed_subtitle = _("Ideas that were implemented, and what they achieved.")
    page_model = GoodExamplePage
    index_model = GoodExampleIndexPage
