"""Admin views for editors: import the inventory spreadsheet (upload, dry-run preview, confirm),
download the import template, and the report of entries not reviewed for twelve months."""

import datetime
import secrets
from pathlib import PurePath

from django import forms
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import F, Q
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from home.spreadsheets import NeutralisedExportMixin

from .importer import MAX_FILE_BYTES, ImportFileError, run_import, source_catalogue
from .models import TestbedPage
from .spreadsheet import column_descriptions, template_bytes

SIGNING_SALT = "testbeds.import"
UPLOAD_FOLDER = "testbed-imports"
REVIEW_MONTHS = 12


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Inventory spreadsheet"),
        help_text=_("A CSV (UTF-8) or XLSX file with the columns described below."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in {".csv", ".xlsx"}:
            raise forms.ValidationError(_("Upload a CSV or XLSX file."))
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


def can_import(user) -> bool:
    """Editors who may add and publish entries in the Swedish catalogue."""
    try:
        permissions = source_catalogue().permissions_for_user(user)
    except ImportFileError:
        return False
    return permissions.can_add_subpage() and permissions.can_publish_subpage()


def import_view(request):
    if not can_import(request.user):
        raise PermissionDenied
    context = {"columns": column_descriptions(), "form": UploadForm()}
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request, context)
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            upload = form.cleaned_data["file"]
            content = upload.read()
            suffix = PurePath(upload.name).suffix.lower()
            try:
                report = run_import(content, upload.name, dry_run=True)
            except ImportFileError as error:
                form.add_error("file", str(error))
            else:
                name = default_storage.save(
                    f"{UPLOAD_FOLDER}/{secrets.token_urlsafe(16)}{suffix}", ContentFile(content)
                )
                context["report"] = report
                context["token"] = signing.dumps(
                    {"name": name, "user": request.user.pk}, salt=SIGNING_SALT
                )
                context["filename"] = upload.name
                return render(request, "testbeds/admin/import_preview.html", context)
        return render(request, "testbeds/admin/import.html", context, status=400)
    return render(request, "testbeds/admin/import.html", context)


def _confirm(request, context):
    try:
        data = signing.loads(request.POST["token"], salt=SIGNING_SALT, max_age=3600)
    except signing.BadSignature:
        data = None
    if not data or data["user"] != request.user.pk or not default_storage.exists(data["name"]):
        messages.error(request, _("The preview has expired. Upload the file again."))
        return render(request, "testbeds/admin/import.html", context, status=400)
    with default_storage.open(data["name"]) as stored:
        content = stored.read()
    try:
        report = run_import(content, data["name"], dry_run=False, user=request.user)
    except ImportFileError as error:
        messages.error(request, str(error))
        return render(request, "testbeds/admin/import.html", context, status=400)
    finally:
        default_storage.delete(data["name"])
    messages.success(
        request,
        _("Import done: %(created)s created, %(updated)s updated, %(rejected)s rejected.")
        % {
            "created": len(report.created),
            "updated": len(report.updated),
            "rejected": len(report.rejected),
        },
    )
    context["report"] = report
    return render(request, "testbeds/admin/import_preview.html", context)


def template_view(request):
    if not can_import(request.user):
        raise PermissionDenied
    response = HttpResponse(
        template_bytes(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="testbaddar-importmall.xlsx"'
    return response


def review_cutoff() -> datetime.date:
    today = timezone.localdate()
    try:
        return today.replace(year=today.year - REVIEW_MONTHS // 12)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


class NotReviewedReportView(NeutralisedExportMixin, ReportView):
    """Entries of the source-language catalogue whose last review is older than 12 months (or
    that were never reviewed), oldest first."""

    page_title = _("Testbeds not reviewed for 12 months")
    header_icon = "calendar-alt"
    index_url_name = "testbeds_not_reviewed"
    index_results_url_name = "testbeds_not_reviewed_results"
    list_export = ["external_id", "title", "municipality", "last_reviewed"]
    export_headings = {
        "external_id": _("external id"),
        "title": _("name"),
        "municipality": _("municipality"),
        "last_reviewed": _("last reviewed"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Name"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("external_id", label=_("External id")),
        Column("get_municipality_display", label=_("Municipality")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
    ]

    def get_queryset(self):
        cutoff = review_cutoff()
        not_reviewed = Q(last_reviewed__lt=cutoff) | Q(last_reviewed__isnull=True)
        queryset = TestbedPage.objects.filter(not_reviewed, locale=Locale.get_default())
        return queryset.order_by(F("last_reviewed").asc(nulls_first=True), "title")

    def get_filename(self):
        return f"testbeds-not-reviewed-{timezone.localdate().isoformat()}"
