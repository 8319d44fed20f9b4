from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdeasConfig(AppConfig):
    name = "ideas"
    verbose_name = _("Ideas")

    def ready(self):
        from home.cache import register_invalidation
        from ideas import caching
        from ideas.models import Idea, IdeaEvent, Support

        # A new idea, an internal note or an assignment touches no public page.
        register_invalidation(
            Idea, urls_for=caching.idea_urls, ignore_fields=caching.INTERNAL_FIELDS
        )
        register_invalidation(IdeaEvent, urls_for=caching.event_urls)
        register_invalidation(Support, urls_for=caching.support_urls)
