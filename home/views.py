from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page

from home.form_protection import rate_limited


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def sitemap_xml(request):
    """Every live public page in both languages, each with hreflang links to its translations."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    pages = [
        page
        for page in Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .order_by("path")
        .specific(defer=True)
        if getattr(page, "in_sitemap", True)
    ]
    urls = {page.pk: page.get_full_url(request) for page in pages}
    by_key = defaultdict(list)
    for page in pages:
        if urls[page.pk]:
            by_key[page.translation_key].append(page)
    urlset = []
    for page in pages:
        if not urls[page.pk]:
            continue
        translations = by_key[page.translation_key]
        alternates = [
            {"lang_code": languages[t.locale_id], "location": urls[t.pk]} for t in translations
        ]
        default = next(
            (t for t in translations if languages[t.locale_id] == settings.LANGUAGE_CODE), None
        )
        if len(alternates) > 1 and default is not None:
            alternates.append({"lang_code": "x-default", "location": urls[default.pk]})
        urlset.append(
            {"location": urls[page.pk], "lastmod": page.last_published_at, "alternates": alternates}
        )
    return TemplateResponse(
        request, "sitemap.xml", {"urlset": urlset}, content_type="application/xml; charset=utf-8"
    )


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page password form, with guesses throttled per client and page: the form
    limit (FORM_RATE_LIMIT) counts each attempt; over it the answer is 429."""
    if request.method == "POST" and rate_limited(request, f"page-password-{page_id}"):
        response = TemplateResponse(request, "home/too_many_attempts.html", status=429)
        add_never_cache_headers(response)
        return response
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
