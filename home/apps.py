from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and pages")

    def ready(self):
        # Imported here, as Django requires: models and hooks are not loaded before ready().
        from django.db.models.signals import post_migrate
        from wagtail import hooks
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import CollectionViewRestriction, Locale, PageViewRestriction, Site

        from home import cache, checks, logs, references  # noqa: F401 - checks: deploy checks
        from home.models import Footer, NavigationMenu, SiteSettings

        cache.connect_signal_handlers()
        # The menu and footer chosen in the site settings count as used (home/references.py).
        references.register()
        post_migrate.connect(
            references.index_existing_settings,
            sender=self,
            dispatch_uid="home.references.index_existing_settings",
        )
        logs.install()
        # The page cache checks view restrictions itself (home.cache.is_restricted).
        hooks.register("before_serve_page", cache.mark_cacheable_page, order=100)
        # What shows on every page: the chrome, the sites and languages, who may see what.
        for model in (Site, Locale, PageViewRestriction, CollectionViewRestriction):
            cache.register_invalidation(model)
        for model in (SiteSettings, NavigationMenu, Footer):
            cache.register_invalidation(model)
        # Images and documents: a new one shows nowhere until a page uses it (and that page is
        # then published); fields filled in while a page is rendered are not a change.
        for model in (get_image_model(), get_document_model()):
            cache.register_invalidation(
                model, ignore_created=True, ignore_fields={"file_size", "file_hash"}
            )
