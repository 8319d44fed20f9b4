"""The broken links report (Reports → Broken links): what the link checker (home/link_checker.py)
found on its last run, in the pages the editor may change and the menus and footers the editor may
change; nothing else is listed. Filtered by problem and language, exported through
home/spreadsheets.py."""

import django_filters
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.link_checker import SNIPPET_MODELS
from home.models import BrokenLink
from home.spreadsheets import NeutralisedExportMixin

page_permission_policy = PagePermissionPolicy()
LANGUAGE_NAMES = dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def describe_place(model, model_path: str) -> str:
    """The field and blocks a link is in, by their labels: "Brödtext › Länkkort › Sida"."""
    names = model_path.split(".")
    try:
        field = model._meta.get_field(names[0])
    except (AttributeError, FieldDoesNotExist):
        return model_path  # The model or field is gone; the next run drops the row.
    labels = [capfirst(field.verbose_name)]
    block = getattr(field, "stream_block", None)
    for name in names[1:]:
        if isinstance(block, blocks.ListBlock):
            block = block.child_block
            continue
        block = block.child_blocks.get(name) if block is not None else None
        if block is None:
            break
        labels.append(capfirst(str(block.label)))
    return " › ".join(str(label) for label in labels)


class BrokenLinksFilterSet(WagtailFilterSet):
    problem = django_filters.ChoiceFilter(label=_("Problem"), choices=BrokenLink.Problem.choices)
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="locale__language_code",
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
    )

    class Meta:
        model = BrokenLink
        fields = ["problem", "language"]


class BrokenLinksView(NeutralisedExportMixin, ReportView):
    model = BrokenLink
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "home/reports/broken_links_results.html"
    page_title = _("Broken links")
    header_icon = "warning"
    filterset_class = BrokenLinksFilterSet
    index_url_name = "broken_links"
    index_results_url_name = "broken_links_results"
    context_object_name = "links"
    # As the language versions report: a user who may not change any page is refused.
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    export_headings = {
        "source_title": _("Where"),
        "place": _("Field"),
        "language_name": _("Language"),
        "link_text": _("Link text"),
        "target": _("Leads to"),
        "problem_label": _("Problem"),
        "status_code": _("Status code"),
        "first_seen_at": _("First seen"),
        "last_checked_at": _("Last checked"),
    }
    list_export = list(export_headings)

    def get_queryset(self):
        user = self.request.user
        pages = page_permission_policy.instances_user_has_any_permission_for(
            user, ["change", "publish"]
        )
        snippet_types = [
            ContentType.objects.get_for_model(model)
            for model in SNIPPET_MODELS
            if user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
        ]
        return (
            BrokenLink.objects.filter(
                Q(source_page__in=pages.values("pk"))
                | Q(source_page__isnull=True, source_content_type__in=snippet_types)
            )
            .select_related("locale")
            .order_by("source_title", "source_object_id", "content_path", "pk")
        )

    def decorate_paginated_queryset(self, links):
        for link in links:
            model = ContentType.objects.get_for_id(link.source_content_type_id).model_class()
            link.place = describe_place(model, link.model_path)
            link.language_name = str(LANGUAGE_NAMES.get(link.locale.language_code, ""))
            link.problem_label = link.get_problem_display()
            link.target = link.url or link.target_title or f"#{link.target_page_id}"
            if link.source_page_id:
                link.edit_url = reverse("wagtailadmin_pages:edit", args=[link.source_page_id])
            else:
                link.edit_url = reverse(
                    model.snippet_viewset.get_url_name("edit"), args=[link.source_object_id]
                )
            if link.is_internal and link.problem != BrokenLink.Problem.DELETED:
                link.target_edit_url = reverse(
                    "wagtailadmin_pages:edit", args=[link.target_page_id]
                )
        return links


class BrokenLinksMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_broken_links_report():
    return BrokenLinksMenuItem(
        _("Broken links"),
        reverse("broken_links"),
        name="broken-links",
        icon_name="warning",
        order=1160,
    )


@hooks.register("register_admin_urls")
def register_broken_links_urls():
    return [
        path("reports/broken-links/", BrokenLinksView.as_view(), name="broken_links"),
        path(
            "reports/broken-links/results/",
            BrokenLinksView.as_view(results_only=True),
            name="broken_links_results",
        ),
    ]
