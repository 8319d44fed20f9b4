from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdeasConfig(AppConfig):
    name = "ideas"
    verbose_name = _("Ideas")

    def ready(self):
        # Imported here: they need the models, which are loaded only now.
        from home.cache import register_invalidation
        from home.feeds import register_feed
        from ideas import caching
        from ideas.feeds import ChallengesFeed, GoodExamplesFeed, NewIdeasFeed
        from ideas.models import Decision, GoodExamplePage, Idea, IdeaEvent, Support

        # A new idea, an internal note or an assignment touches no public page.
        register_invalidation(
            Idea, urls_for=caching.idea_urls, ignore_fields=caching.INTERNAL_FIELDS
        )
        register_invalidation(IdeaEvent, urls_for=caching.event_urls)
        register_invalidation(Support, urls_for=caching.support_urls)
        # A decision changes the public figures only (the board shows it through its event).
        register_invalidation(Decision, urls_for=caching.figures_urls)
        # A good example is linked from its testbed, its method phase and its idea.
        register_invalidation(GoodExamplePage, urls_for=caching.good_example_urls)
        register_feed(_("feeds/ideas/"), NewIdeasFeed)
        register_feed(_("feeds/challenges/"), ChallengesFeed)
        register_feed(_("feeds/good-examples/"), GoodExamplesFeed)
