from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and pages")

    def ready(self):
        from wagtail import hooks

        from home import cache, checks, logs  # noqa: F401 - checks registers the deploy checks

        cache.connect_signal_handlers()
        logs.install()
        # After Wagtail's own view-restriction check (order 0), so private pages are not marked.
        hooks.register("before_serve_page", cache.mark_cacheable_page, order=100)
