from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TestbedsConfig(AppConfig):
    name = "testbeds"
    verbose_name = _("Testbeds")

    def ready(self):
        from home.cache import register_invalidation
        from testbeds.models import HostOrganisation, Sector, TargetGroup

        # The taxonomy shows on every testbed page and in the catalogue's filters.
        for model in (Sector, TargetGroup, HostOrganisation):
            register_invalidation(model)
