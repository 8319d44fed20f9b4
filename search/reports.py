"""Admin reports on what readers search for: the most searched terms and the searches that
found nothing. Shown to those who may pin search results (search promotions)."""

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from django_filters import DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.permission_policies import ModelPermissionPolicy

from home.spreadsheets import NeutralisedExportMixin

PERMISSIONS = ["add", "change", "delete"]


class MostSearchedFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(
        label=_("Date"), field_name="daily_hits__date", widget=DateRangePickerWidget
    )

    class Meta:
        model = Query
        fields = []


class NoResultsFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(
        label=_("Date"), field_name="no_results_daily_hits__date", widget=DateRangePickerWidget
    )

    class Meta:
        model = Query
        fields = []


class SearchReportView(NeutralisedExportMixin, ReportView):
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-searches"
    permission_policy = ModelPermissionPolicy(SearchPromotion)
    any_permission_required = PERMISSIONS
    columns = [
        Column("query_string", label=_("Search term"), sort_key="query_string"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
    ]
    export_headings = {"query_string": _("Search term"), "searches": _("Searches")}
    list_export = ["query_string", "searches"]

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs


class MostSearchedView(SearchReportView):
    page_title = _("Most searched")
    filterset_class = MostSearchedFilterSet
    index_url_name = "search_reports:most_searched"
    index_results_url_name = "search_reports:most_searched_results"

    def get_base_queryset(self):
        return (
            Query.objects.filter(daily_hits__isnull=False)
            .annotate(searches=Sum("daily_hits__hits"))
            .order_by("-searches")
        )


class NoResultsView(SearchReportView):
    page_title = _("Searches with no results")
    filterset_class = NoResultsFilterSet
    index_url_name = "search_reports:no_results"
    index_results_url_name = "search_reports:no_results_results"

    def get_base_queryset(self):
        return (
            Query.objects.filter(no_results_daily_hits__isnull=False)
            .annotate(searches=Sum("no_results_daily_hits__hits"))
            .order_by("-searches")
        )
