from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import PERMISSIONS, MostSearchedView, NoResultsView

report_urls = (
    [
        path("most-searched/", MostSearchedView.as_view(), name="most_searched"),
        path(
            "most-searched/results/",
            MostSearchedView.as_view(results_only=True),
            name="most_searched_results",
        ),
        path("no-results/", NoResultsView.as_view(), name="no_results"),
        path(
            "no-results/results/",
            NoResultsView.as_view(results_only=True),
            name="no_results_results",
        ),
    ],
    "search_reports",
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/search/", include(report_urls))]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return MostSearchedView.permission_policy.user_has_any_permission(request.user, PERMISSIONS)


@hooks.register("register_reports_menu_item")
def register_most_searched_menu_item():
    return SearchReportMenuItem(
        _("Most searched"),
        reverse("search_reports:most_searched"),
        name="most-searched",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_no_results_menu_item():
    return SearchReportMenuItem(
        _("Searches with no results"),
        reverse("search_reports:no_results"),
        name="searches-with-no-results",
        icon_name="search",
        order=1320,
    )
