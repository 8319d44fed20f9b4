"""Wagtail's and wagtail-localize's admin views that the site replaces at their own paths:
views that export spreadsheets (a non-empty ``list_export``), with
neutralised cells (home.spreadsheets).

Wagtail registers these views itself and has no setting to replace them, so config/urls.py
includes these patterns before Wagtail's admin URLs: the same paths (and so the same URL names,
which still reverse to Wagtail's paths) answer with the subclasses below. Like Wagtail's admin
URLs they need admin access and are never cached. The form submissions view is replaced through
``FormPage.get_submissions_list_view_class``. tests/home/test_spreadsheets.py checks that every
exporting view the site routes to is neutralised, so a view Wagtail adds later is caught."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.contrib.redirects.views import IndexView as RedirectIndexView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView
from wagtail.utils.urlpatterns import decorate_urlpatterns

from home.spreadsheets import NeutralisedExportMixin
from home.translation_review import ModeratedUpdateTranslationsView


class NeutralisedLockedPagesView(NeutralisedExportMixin, LockedPagesView):
    pass


class NeutralisedWorkflowView(NeutralisedExportMixin, WorkflowView):
    pass


class NeutralisedWorkflowTasksView(NeutralisedExportMixin, WorkflowTasksView):
    pass


class NeutralisedLogEntriesView(NeutralisedExportMixin, LogEntriesView):
    pass


class NeutralisedAgingPagesView(NeutralisedExportMixin, AgingPagesView):
    pass


class NeutralisedSearchTermsReportView(NeutralisedExportMixin, SearchTermsReportView):
    pass


class NeutralisedRedirectIndexView(NeutralisedExportMixin, RedirectIndexView):
    pass


class NeutralisedSubmissionsListView(NeutralisedExportMixin, SubmissionsListView):
    """Form submissions: routed by Wagtail through FormPage.get_submissions_list_view_class."""


# (path under /admin/, view class): the index and its results-only variant, as Wagtail has them.
EXPORTING_VIEWS = [
    ("reports/locked/", NeutralisedLockedPagesView),
    ("reports/workflow/", NeutralisedWorkflowView),
    ("reports/workflow_tasks/", NeutralisedWorkflowTasksView),
    ("reports/site-history/", NeutralisedLogEntriesView),
    ("reports/aging-pages/", NeutralisedAgingPagesView),
    ("searchpicks/reports/search-terms/", NeutralisedSearchTermsReportView),
    ("redirects/", NeutralisedRedirectIndexView),
]

# wagtail-localize's "Sync translated pages", without its publish box for users who may not
# publish (home/translation_review.py); the same path, so its URL name still leads here.
urlpatterns = [
    path(
        "localize/update/<int:translation_source_id>/",
        ModeratedUpdateTranslationsView.as_view(),
    ),
]
for route, view_class in EXPORTING_VIEWS:
    urlpatterns += [
        path(route, view_class.as_view()),
        path(f"{route}results/", view_class.as_view(results_only=True)),
    ]
urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)
