from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodologyConfig(AppConfig):
    name = "methodology"
    verbose_name = _("Method and toolkit")

    def ready(self):
        # Imported here: they need the models, which are loaded only now.
        from home.cache import register_invalidation
        from methodology.caching import tool_urls
        from methodology.models import ToolPage

        # A tool's card shows on the method phases and on the other tools' pages.
        register_invalidation(ToolPage, urls_for=tool_urls)
