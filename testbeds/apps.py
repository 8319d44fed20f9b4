from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TestbedsConfig(AppConfig):
    name = "testbeds"
    verbose_name = _("Testbeds")

    def ready(self):
        # Imported here: they need the models, which are loaded only now.
        from home.cache import register_invalidation
        from ideas.caching import INTERNAL_FIELDS
        from ideas.models import Idea, IdeaEvent
        from testbeds import caching
        from testbeds.models import HostOrganisation, Sector, TargetGroup

        # The taxonomy shows on every testbed page and in the catalogue's filters.
        for model in (Sector, TargetGroup, HostOrganisation):
            register_invalidation(model)
        # A testbed page lists the public ideas tested there.
        register_invalidation(
            Idea, urls_for=caching.idea_testbed_urls, ignore_fields=INTERNAL_FIELDS
        )
        register_invalidation(IdeaEvent, urls_for=caching.event_testbed_urls)
