"""Usage counts of the main menu and the footer ("Använd 1 gång" in the snippet listings).

Wagtail's reference index records what pages and snippets link to, but not what a site setting
chooses, so the menu and footer chosen in the site settings looked unused. The site settings are
registered with the index (HomeConfig.ready()); a change to them updates their references like
any indexed model. The rows saved before that are indexed after `migrate` (every deploy runs it);
indexing a row again that has not changed writes nothing."""

from wagtail.models import ReferenceIndex

from home.models import SiteSettings


def register():
    """Called from HomeConfig.ready()."""
    ReferenceIndex.register_model(SiteSettings)


def index_existing_settings(**kwargs):
    """post_migrate: index every site's settings (one row a site)."""
    for site_settings in SiteSettings.objects.all():
        ReferenceIndex.create_or_update_for_object(site_settings)
