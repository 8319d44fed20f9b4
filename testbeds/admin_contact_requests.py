"""Contact requests in the admin. Every view starts from the requests the user may see
(testbeds/permissions.py: the testbeds of their municipalities) and answers 404 for any other."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import (
    DeleteView,
    EditView,
    HistoryView,
    IndexView,
    InspectView,
    UsageView,
)
from wagtail.admin.viewsets.model import ModelViewSet

from home.spreadsheets import NeutralisedExportMixin

from .contact_requests import ContactRequest
from .permissions import contact_requests_for


class ContactRequestIndexView(NeutralisedExportMixin, IndexView):
    def get_base_queryset(self):
        return contact_requests_for(self.request.user, super().get_base_queryset())


class ContactRequestInspectView(InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(contact_requests_for(self.request.user), pk=self.pk)


class SeenRequestsMixin:
    """For the edit and delete views: another municipality's request is a 404."""

    def get_queryset(self):
        return contact_requests_for(self.request.user)


class ContactRequestEditView(SeenRequestsMixin, EditView):
    pass


class ContactRequestDeleteView(SeenRequestsMixin, DeleteView):
    pass


class ContactRequestHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return contact_requests_for(self.request.user)


class ContactRequestUsageView(UsageView):
    def get_base_object_queryset(self):
        return contact_requests_for(self.request.user)


# What staff see of a request and what its export holds: the same fields.
REQUEST_FIELDS = [
    "testbed_title",
    "municipality",
    "name",
    "email",
    "organisation",
    "what_to_test",
    "when",
    "language",
    "answered",
    "consent_at",
    "created_at",
]


class ContactRequestViewSet(ModelViewSet):
    model = ContactRequest
    icon = "mail"
    menu_label = _("Testbed contact requests")
    menu_order = 320
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = ContactRequestIndexView
    inspect_view_class = ContactRequestInspectView
    edit_view_class = ContactRequestEditView
    delete_view_class = ContactRequestDeleteView
    history_view_class = ContactRequestHistoryView
    usage_view_class = ContactRequestUsageView
    list_display = ["testbed_title", "organisation", "municipality", "answered", "created_at"]
    list_filter = ["municipality", "answered"]
    search_fields = ["testbed_title", "name", "organisation", "email"]
    list_export = REQUEST_FIELDS
    export_filename = "kontaktforfragningar"
    inspect_view_fields = REQUEST_FIELDS
    form_fields = ["answered"]


contact_request_viewset = ContactRequestViewSet("testbed_contact_requests")
