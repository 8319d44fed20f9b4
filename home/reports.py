"""The language versions report: which Swedish pages have no English version, and which have an
English version older than the Swedish one, so that the two languages do not drift apart
silently. Starts from the pages the editor may change (Wagtail's page permission policy)."""

import django_filters
from django.conf import settings
from django.db.models import Case, CharField, F, OuterRef, Subquery, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale, Page

from home.spreadsheets import NeutralisedExportMixin

TRANSLATION_LANGUAGE = next(
    code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
)


class TranslationState:
    MISSING = "missing"
    UNPUBLISHED = "unpublished"
    OUTDATED = "outdated"
    CURRENT = "current"

    CHOICES = [
        (MISSING, _("No English version")),
        (UNPUBLISHED, _("English version not published")),
        (OUTDATED, _("Needs updating")),
        (CURRENT, _("Up to date")),
    ]
    LABELS = dict(CHOICES)


def with_translation_state(pages):
    """Annotate source-language pages with their English version and its state."""
    translation = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=TRANSLATION_LANGUAGE,
    )
    return pages.annotate(
        translation_id=Subquery(translation.values("pk")[:1]),
        translation_published_at=Subquery(translation.values("last_published_at")[:1]),
    ).annotate(
        translation_state=Case(
            When(translation_id__isnull=True, then=Value(TranslationState.MISSING)),
            When(translation_published_at__isnull=True, then=Value(TranslationState.UNPUBLISHED)),
            When(
                last_published_at__gt=F("translation_published_at"),
                then=Value(TranslationState.OUTDATED),
            ),
            default=Value(TranslationState.CURRENT),
            output_field=CharField(),
        )
    )


class LanguageVersionsFilterSet(WagtailFilterSet):
    translation_state = django_filters.ChoiceFilter(
        label=_("English version"), choices=TranslationState.CHOICES
    )

    class Meta:
        model = Page
        fields = ["translation_state"]


class LanguageVersionsView(NeutralisedExportMixin, PageReportView):
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "home/reports/language_versions_results.html"
    page_title = _("Language versions")
    header_icon = "globe"
    filterset_class = LanguageVersionsFilterSet
    index_url_name = "language_versions"
    index_results_url_name = "language_versions_results"
    any_permission_required = ["add", "change", "publish"]
    export_headings = {
        "title": _("Title"),
        "translation_state_label": _("English version"),
        "last_published_at": _("Swedish version published"),
        "translation_published_at": _("English version published"),
    }
    list_export = [
        "title",
        "translation_state_label",
        "last_published_at",
        "translation_published_at",
    ]

    def get_queryset(self):
        pages = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        )
        self.queryset = (
            with_translation_state(pages.filter(locale=Locale.get_default(), depth__gt=1))
            .select_related("content_type")
            .order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, pages):
        for page in pages:
            page.translation_state_label = TranslationState.LABELS[page.translation_state]
        return pages
