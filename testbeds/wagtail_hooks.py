from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from home.audit import never_log
from home.spreadsheets import NeutralisedExportMixin

from . import admin_views
from .admin_contact_requests import contact_request_viewset
from .contact_requests import ContactRequest
from .permissions import ContactRequestPermissionPolicy
from .snippets import HostOrganisation, Sector, TargetGroup


class TaxonomyIndexView(NeutralisedExportMixin, IndexView):
    pass


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    index_view_class = TaxonomyIndexView
    list_display = ["name", "description", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "description", "locale"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    index_view_class = TaxonomyIndexView
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "locale"]
    search_fields = ["name"]


class HostOrganisationViewSet(SnippetViewSet):
    model = HostOrganisation
    icon = "site"
    index_view_class = TaxonomyIndexView
    list_display = ["name", "website", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "website", "locale"]
    search_fields = ["name"]


class TestbedTaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (SectorViewSet, TargetGroupViewSet, HostOrganisationViewSet)
    menu_icon = "tag"
    menu_label = _("Testbed categories")
    menu_name = "testbed-categories"


register_snippet(TestbedTaxonomyViewSetGroup)


@hooks.register("register_admin_urls")
def register_testbed_admin_urls():
    report = admin_views.NotReviewedReportView
    return [
        path("testbeds/import/", admin_views.import_view, name="testbeds_import"),
        path("testbeds/import/template/", admin_views.template_view, name="testbeds_template"),
        path("testbeds/not-reviewed/", report.as_view(), name="testbeds_not_reviewed"),
        path(
            "testbeds/not-reviewed/results/",
            report.as_view(results_only=True),
            name="testbeds_not_reviewed_results",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import testbeds"), reverse("testbeds_import"), icon_name="upload", order=310
    )


@hooks.register("register_reports_menu_item")
def register_not_reviewed_report_menu_item():
    return MenuItem(
        _("Testbeds not reviewed"),
        reverse("testbeds_not_reviewed"),
        icon_name="calendar-alt",
        order=700,
    )


register_permission_policy(
    ContactRequest, ContactRequestPermissionPolicy(ContactRequest), exact_class=True
)


@hooks.register("register_log_actions")
def keep_contact_requests_out_of_wagtail_logs(actions):
    """A contact request holds a person's name and address: Wagtail's log would show them to
    anyone with a permission on the model, whatever their municipality."""
    never_log(actions, ContactRequest)


@hooks.register("register_admin_viewset")
def register_contact_request_viewset():
    return contact_request_viewset
