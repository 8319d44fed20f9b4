"""Import of the testbed inventory spreadsheet (CSV or XLSX) into the catalogue.

The first row holds the column names below (the same names as the open data, so an exported CSV
can be imported again); the other rows are testbeds. A row is matched to an existing entry by
its external id: a known id updates the entry, a new one creates it. Entries are created and
updated in Swedish (the source language) under the Swedish catalogue page and published.

Columns (* = required):

- external_id*: stable identifier, e.g. PIT-001 (at most 64 characters)
- name*: name of the testbed
- summary*: what can be tested there
- municipality*: Piteå or Skellefteå (or the codes pitea, skelleftea)
- environment_type*: lab, simulated or real_life, or the Swedish or English label
- status: active, planned or closed, or the label (default: active)
- host_organisation: the name of the host organisation; a new name creates the organisation
- sectors, target_groups: names of existing sectors/target groups, separated by ";"
- open_to_external: yes/no (ja/nej, true/false, 1/0, x or empty)
- facilities, terms_of_use, cost, how_to_book, accessibility: text
- contact_name, contact_email, contact_phone, address, website: text
- latitude, longitude: decimal degrees (WGS 84), decimal point or comma; both or neither
- last_reviewed: date as YYYY-MM-DD (or a date cell in XLSX)
- example_data: yes for demonstration entries (shown as example data)

Each row is checked by a Django form (RowForm) and then by the page model's field validation.
A bad row is rejected with its row number and reasons; the other rows are still imported. A
problem with the whole file (unreadable, wrong encoding, a required column missing, larger than
the limits below) rejects the file. Only the known columns are read; other columns are ignored.
Everything runs in one transaction: if the import fails halfway, nothing is changed.

English versions: when the catalogue page has an English translation, each created entry gets an
English translation through wagtail-localize right away, with the Swedish text as a fallback
until a translator translates it; an updated entry's existing translations are synchronised
(new facts and codes at once; changed text falls back to Swedish until translated again).
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from openpyxl import load_workbook
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.spreadsheets import restore

from .choices import EnvironmentType, Municipality, Status
from .models import TestbedIndexPage, TestbedPage
from .snippets import HostOrganisation, Sector, TargetGroup

REQUIRED = ["external_id", "name", "summary", "municipality", "environment_type"]
TEXT_COLUMNS = [
    "facilities",
    "terms_of_use",
    "cost",
    "how_to_book",
    "accessibility",
    "contact_name",
    "contact_email",
    "contact_phone",
    "address",
    "website",
]
COLUMNS = [
    *REQUIRED,
    "status",
    "host_organisation",
    "sectors",
    "target_groups",
    "open_to_external",
    *TEXT_COLUMNS,
    "latitude",
    "longitude",
    "last_reviewed",
    "example_data",
]
TRUE = {"yes", "ja", "true", "1", "x", "sant"}
FALSE = {"no", "nej", "false", "0", "", "falskt"}

CREATE, UPDATE, REJECT = "create", "update", "reject"

# Limits checked before a file is read: an inventory has some hundred rows and the columns above.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 100


class ImportFileError(Exception):
    """The file as a whole cannot be imported."""


@dataclass
class RowResult:
    row_number: int
    external_id: str
    name: str
    action: str
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: list[RowResult]
    dry_run: bool

    def of(self, action):
        return [row for row in self.rows if row.action == action]

    @property
    def created(self):
        return self.of(CREATE)

    @property
    def updated(self):
        return self.of(UPDATE)

    @property
    def rejected(self):
        return self.of(REJECT)


# ---------- Reading the file ----------


def read_rows(content: bytes, filename: str) -> list[tuple[int, dict]]:
    """The data rows of the file as (row number, {column: value}) pairs, with only the known
    columns. The file's size, and an XLSX file's unpacked size and declared dimensions, are
    checked before anything is read, so that a crafted file cannot exhaust the memory."""
    if len(content) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("The file is larger than %(size)s MB.") % {"size": MAX_FILE_BYTES // 1024**2}
        )
    if filename.lower().endswith(".xlsx"):
        table = _read_xlsx(content)
    elif filename.lower().endswith((".csv", ".txt")):
        table = _read_csv(content)
    else:
        raise ImportFileError(_("Upload a CSV or XLSX file."))
    header = next(table, None)
    if header is None:
        raise ImportFileError(_("The file is empty."))
    positions = {}
    for position, name in enumerate(header):
        name = _cell_text(name).strip().lower()
        if name in COLUMNS:
            positions.setdefault(name, position)
    missing = [name for name in REQUIRED if name not in positions]
    if missing:
        raise ImportFileError(
            _("Required columns are missing: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    rows = []
    for number, values in enumerate(table, start=2):
        if number > MAX_ROWS + 1:
            raise _too_many_rows()
        row = {
            name: values[position] if position < len(values) else ""
            for name, position in positions.items()
        }
        if any(_cell_text(value).strip() for value in row.values()):
            rows.append((number, row))
    return rows


def _too_many_rows():
    return ImportFileError(
        _("The file has more than %(rows)s rows. Split it into smaller files.") % {"rows": MAX_ROWS}
    )


def _too_many_columns():
    return ImportFileError(
        _("The file has more than %(columns)s columns. Remove the columns that are not used.")
        % {"columns": MAX_COLUMNS}
    )


def _read_csv(content: bytes):
    """The rows of a CSV file (comma or semicolon separated), one at a time."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _(
                "The file is not UTF-8 encoded (the problem is at byte %(position)s). In Excel, "
                "save it as “CSV UTF-8”."
            )
            % {"position": error.start}
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            if len(row) > MAX_COLUMNS:
                raise _too_many_columns()
            yield row
    except csv.Error as error:  # e.g. a cell longer than the csv module's field limit
        raise ImportFileError(_("The file cannot be read as CSV.")) from error


def _read_xlsx(content: bytes):
    """The rows of the first worksheet of an XLSX file, one at a time (openpyxl's read-only
    mode streams the sheet). The workbook is refused before openpyxl reads it when it unpacks
    to more than MAX_UNPACKED_BYTES, and before any row is read when the sheet declares more
    rows or columns than allowed (`<dimension ref="A1:XFD1048576"/>`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as error:
        raise ImportFileError(_("The file cannot be read as an XLSX workbook.")) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            _("The workbook unpacks to more than %(size)s MB. Save only the testbeds in it.")
            % {"size": MAX_UNPACKED_BYTES // 1024**2}
        )
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors for a broken file
        raise ImportFileError(_("The file cannot be read as an XLSX workbook.")) from error
    try:
        sheet = workbook.worksheets[0]
        if (sheet.max_row or 0) > MAX_ROWS + 1:
            raise _too_many_rows()
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise _too_many_columns()
        # The bounds also hold when the sheet declares no dimension or a wrong one.
        yield from sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS, values_only=True)
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------- Checking a row ----------


class Lookups:
    """The values rows may refer to, loaded once per import."""

    def __init__(self):
        languages = [code for code, _name in settings.LANGUAGES]
        self.municipalities = _choice_lookup(Municipality, languages)
        self.environment_types = _choice_lookup(EnvironmentType, languages)
        self.statuses = _choice_lookup(Status, languages)
        self.sectors = _snippet_lookup(Sector)
        self.target_groups = _snippet_lookup(TargetGroup)
        self.host_organisations = _snippet_lookup(HostOrganisation)


def _choice_lookup(choices, languages) -> dict[str, str]:
    lookup = {}
    for value, label in choices.choices:
        lookup[value.lower()] = value
        for language in languages:
            with override(language):
                lookup[str(label).lower()] = value
    return lookup


def _snippet_lookup(model) -> dict[str, object]:
    """Source-language snippets by their name in any language (lower case)."""
    source_locale = Locale.get_default()
    snippets = list(model.objects.select_related("locale"))
    sources = {s.translation_key: s for s in snippets if s.locale_id == source_locale.pk}
    lookup = {}
    for snippet in snippets:
        source = sources.get(snippet.translation_key)
        if source is not None:
            lookup.setdefault(snippet.name.strip().lower(), source)
    return lookup


class RowForm(forms.Form):
    """One row of the file, checked as a form: each column is a field, and the cleaned data are
    the entry's values (choices and snippets looked up by name in either language)."""

    external_id = forms.CharField(max_length=64)
    name = forms.CharField()
    summary = forms.CharField()
    municipality = forms.CharField()
    environment_type = forms.CharField()
    status = forms.CharField(required=False)
    host_organisation = forms.CharField(required=False)
    sectors = forms.CharField(required=False)
    target_groups = forms.CharField(required=False)
    open_to_external = forms.CharField(required=False)
    facilities = forms.CharField(required=False)
    terms_of_use = forms.CharField(required=False)
    cost = forms.CharField(required=False)
    how_to_book = forms.CharField(required=False)
    accessibility = forms.CharField(required=False)
    contact_name = forms.CharField(required=False)
    contact_email = forms.CharField(required=False)
    contact_phone = forms.CharField(required=False)
    address = forms.CharField(required=False)
    website = forms.CharField(required=False)
    latitude = forms.CharField(required=False)
    longitude = forms.CharField(required=False)
    last_reviewed = forms.CharField(required=False)
    example_data = forms.CharField(required=False)

    def __init__(self, data, lookups: Lookups):
        super().__init__(data)
        self.lookups = lookups
        self.notes = []
        for name, form_field in self.fields.items():
            form_field.error_messages["required"] = _("“%(column)s” is empty.") % {"column": name}
        self.fields["external_id"].error_messages["max_length"] = _(
            "The external id is longer than 64 characters."
        )

    def _choice(self, name, lookup, default=None):
        text = self.cleaned_data[name]
        if not text:
            return default
        if text.lower() not in lookup:
            raise forms.ValidationError(
                _("Unknown %(column)s “%(value)s”.") % {"column": name, "value": text}
            )
        return lookup[text.lower()]

    def clean_municipality(self):
        return self._choice("municipality", self.lookups.municipalities)

    def clean_environment_type(self):
        return self._choice("environment_type", self.lookups.environment_types)

    def clean_status(self):
        return self._choice("status", self.lookups.statuses, Status.ACTIVE)

    def _snippets(self, name, lookup):
        items = _split_list(self.cleaned_data[name])
        unknown = [item for item in items if item.lower() not in lookup]
        if unknown:
            raise forms.ValidationError(
                [
                    _("Unknown %(column)s “%(value)s”.") % {"column": name, "value": item}
                    for item in unknown
                ]
            )
        return [lookup[item.lower()] for item in items]

    def clean_sectors(self):
        return self._snippets("sectors", self.lookups.sectors)

    def clean_target_groups(self):
        return self._snippets("target_groups", self.lookups.target_groups)

    def _flag(self, name):
        flag = self.cleaned_data[name].lower()
        if flag in TRUE:
            return True
        if flag in FALSE:
            return False
        raise forms.ValidationError(_("“%(column)s” must be yes or no.") % {"column": name})

    def clean_open_to_external(self):
        return self._flag("open_to_external")

    def clean_example_data(self):
        return self._flag("example_data")

    def _coordinate(self, name, limit):
        text = self.cleaned_data[name]
        if not text:
            return None
        try:
            number = Decimal(text.replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            raise forms.ValidationError(
                _("“%(column)s” is not a number.") % {"column": name}
            ) from None
        if not number.is_finite() or not -limit <= number <= limit:
            raise forms.ValidationError(
                _("“%(column)s” must be between -%(limit)s and %(limit)s.")
                % {"column": name, "limit": limit}
            )
        return number.quantize(Decimal("0.000001"))

    def clean_latitude(self):
        return self._coordinate("latitude", 90)

    def clean_longitude(self):
        return self._coordinate("longitude", 180)

    def clean_last_reviewed(self):
        text = self.cleaned_data["last_reviewed"]
        if not text:
            return None
        try:
            return datetime.date.fromisoformat(text[:10])
        except ValueError:
            raise forms.ValidationError(
                _("“last_reviewed” is not a date like 2026-03-31.")
            ) from None

    def clean_host_organisation(self):
        name = self.cleaned_data["host_organisation"]
        if name and name.lower() not in self.lookups.host_organisations:
            self.notes.append(_("New host organisation “%(name)s”.") % {"name": name})
        return name

    def clean(self):
        cleaned = super().clean()
        given = [name for name in ("latitude", "longitude") if cleaned.get(name) is not None]
        if len(given) == 1 and not self.has_error("latitude") and not self.has_error("longitude"):
            raise forms.ValidationError(_("Give both latitude and longitude, or neither."))
        return cleaned

    def entry_values(self, columns) -> dict:
        """The values for the entry (TestbedPage field names); the columns the file has."""
        data = self.cleaned_data
        host = data.get("host_organisation", "")
        host_organisation = self.lookups.host_organisations.get(host.lower()) if host else None
        values = {
            "columns": set(columns),
            "external_id": data.get("external_id", self.data.get("external_id", "")),
            "title": data.get("name", self.data.get("name", "")),
            "intro": data.get("summary"),
            "municipality": data.get("municipality"),
            "environment_type": data.get("environment_type"),
            "status": data.get("status"),
            "host_organisation": host_organisation,
            "new_host_organisation": host if host and host_organisation is None else "",
            "sectors": data.get("sectors", []),
            "target_groups": data.get("target_groups", []),
            "open_to_external": data.get("open_to_external"),
            "is_example": data.get("example_data"),
            "latitude": data.get("latitude"),
            "longitude": data.get("longitude"),
            "last_reviewed": data.get("last_reviewed"),
        }
        if values["latitude"] is None or values["longitude"] is None:
            values["latitude"] = values["longitude"] = None
        for name in TEXT_COLUMNS:
            values[name] = data.get(name, "")
        return values


def check_row(row: dict, lookups: Lookups) -> tuple[dict, list[str], list[str]]:
    """The cleaned values of a row, the reasons to reject it and notes for the editor."""
    # restore: a text the site's own CSV export neutralised ('=…) is imported as it was.
    text = {name: restore(_cell_text(row.get(name))).strip() for name in COLUMNS}
    form = RowForm(text, lookups)
    valid = form.is_valid()
    errors = [] if valid else [message for messages in form.errors.values() for message in messages]
    return form.entry_values(row), errors, form.notes


def _split_list(text: str) -> list[str]:
    return [item.strip() for item in text.replace(",", ";").split(";") if item.strip()]


# ---------- Importing ----------

PAGE_FIELDS = [
    "external_id",
    "title",
    "intro",
    "municipality",
    "environment_type",
    "status",
    "host_organisation",
    "open_to_external",
    *TEXT_COLUMNS,
    "latitude",
    "longitude",
    "last_reviewed",
    "is_example",
]


def source_catalogue() -> TestbedIndexPage:
    index = TestbedIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        raise ImportFileError(_("There is no Swedish testbed catalogue page to import into."))
    return index


def run_import(content: bytes, filename: str, dry_run: bool = True, user=None) -> ImportReport:
    """Check (and unless `dry_run`, import) the file. Raises ImportFileError for a bad file."""
    rows = read_rows(content, filename)
    with transaction.atomic():
        index = source_catalogue()
        lookups = Lookups()
        existing = {
            page.external_id: page
            for page in TestbedPage.objects.child_of(index).filter(
                external_id__in=[_cell_text(row.get("external_id")).strip() for _n, row in rows]
            )
        }
        seen = {}
        results = []
        for number, row in rows:
            values, errors, notes = check_row(row, lookups)
            external_id = values["external_id"]
            if external_id and external_id in seen:
                errors.append(
                    _("The external id %(id)s is also on row %(row)s.")
                    % {"id": external_id, "row": seen[external_id]}
                )
            elif external_id:
                seen[external_id] = number
            page = existing.get(external_id)
            action = UPDATE if page else CREATE
            if not errors:
                errors = _validate(page, values)
            result = RowResult(number, external_id, values["title"], action, errors, notes)
            if errors:
                result.action = REJECT
            elif not dry_run:
                _save(index, page, values, user, lookups)
            results.append(result)
        if dry_run:
            transaction.set_rollback(True)
    return ImportReport(results, dry_run)


COLUMN_OF_FIELD = {"title": "name", "intro": "summary", "is_example": "example_data"}


def _apply(page, values):
    """Set the fields whose columns the file has; a column left out keeps the stored value."""
    for name in PAGE_FIELDS:
        if COLUMN_OF_FIELD.get(name, name) not in values["columns"]:
            continue
        if name == "host_organisation" and values["new_host_organisation"]:
            continue
        setattr(page, name, values[name])
    for name in ["sectors", "target_groups"]:
        if name in values["columns"]:
            setattr(page, name, values[name])


def _validate(page, values) -> list[str]:
    """Model validation of the imported fields (lengths, e-mail and web addresses)."""
    candidate = TestbedPage() if page is None else TestbedPage(pk=page.pk)
    _apply(candidate, values)
    exclude = [f.name for f in TestbedPage._meta.fields if f.name not in PAGE_FIELDS]
    try:
        candidate.clean_fields(exclude=exclude)
    except ValidationError as error:
        return [
            f"{name}: {message}"
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return []


def _save(index, page, values, user, lookups):
    if values["new_host_organisation"]:
        host = HostOrganisation.objects.create(
            name=values["new_host_organisation"], locale=index.locale
        )
        lookups.host_organisations[host.name.lower()] = host
        values["host_organisation"] = host
        values["new_host_organisation"] = ""
    created = page is None
    if created:
        page = TestbedPage(slug=_free_slug(index, values))
        _apply(page, values)
        index.add_child(instance=page)
    else:
        _apply(page, values)
    page.save_revision(user=user, log_action=True).publish(user=user)
    _sync_translations(page, created, user)


def _free_slug(index, values) -> str:
    base = slugify(values["title"])[:70] or slugify(values["external_id"])
    if not TestbedPage.objects.child_of(index).filter(slug=base).exists():
        return base
    return f"{base}-{slugify(values['external_id'])}"[:255]


def _sync_translations(page, created, user):
    """Create or update the other languages' versions through wagtail-localize; strings not yet
    translated fall back to the Swedish text."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translations = list(Translation.objects.filter(source=source, enabled=True))
    if created:
        # Every language the catalogue page is translated into gets a version of the entry.
        for parent in page.get_parent().get_translations().select_related("locale"):
            translation, _new = Translation.objects.get_or_create(
                source=source, target_locale=parent.locale
            )
            translations.append(translation)
    for translation in translations:
        translation.save_target(user=user, publish=True)
