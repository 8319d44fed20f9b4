from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import admin_urls as home_admin_urls
from home import health
from home import views as home_views

# A database connection error gives the "try again in a moment" page (503), any other the 500 page.
handler500 = "home.unavailable.server_error"

urlpatterns = [
    # Wagtail's exporting admin views with neutralised spreadsheet cells, before Wagtail's own.
    path("admin/", include(home_admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap_xml, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Swedish is served without a prefix, English under /en/. Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path(_("search/"), include("search.urls")),
    # Wagtail's page password form, throttled (home/views.py); the same path as Wagtail's own.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        home_views.authenticate_with_password,
    ),
    # Atom feeds (home/feeds.py) and the residents' links from e-mails (ideas/urls.py).
    path("", include("home.feed_urls")),
    path("", include("ideas.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
