"""The catalogue as open data: the current filtered list as CSV or JSON, in the active language.

Only live, public entries are exported; the filters are those of the catalogue page, given as the
same query parameters under the catalogue's address (e.g. ``data/csv/?municipality=pitea``).
Both formats share one stable schema, version 1. Field names never change within a version;
new fields may be added at the end. Empty values are an empty string in CSV and ``null`` (or
``[]``) in JSON.

=====================  =========================  ==================================================
field                  type                       meaning
=====================  =========================  ==================================================
external_id            string                     stable id from the inventory (e.g. PIT-001)
name                   string                     name of the testbed
summary                string                     what can be tested there
url                    string (URL)               the entry on this site, in the same language
municipality           string (code)              ``pitea`` or ``skelleftea``
municipality_label     string                     the municipality's name
host_organisation      string or null             who runs the testbed
environment_type       string (code)              ``lab``, ``simulated`` or ``real_life``
environment_type_label string                     the environment type in words
sectors                list of strings            sectors and needs areas (CSV: separated by "; ")
target_groups          list of strings            target groups (CSV: separated by "; ")
status                 string (code)              ``active``, ``planned`` or ``closed``
status_label           string                     the status in words
open_to_external       boolean                    open to external users (CSV: ``true``/``false``)
facilities             string                     facilities and equipment
terms_of_use           string                     who may use it and on what terms
cost                   string                     cost
how_to_book            string                     how to book
contact_name           string                     contact (a role or a name)
contact_email          string                     contact e-mail
contact_phone          string                     contact phone
address                string                     street address
latitude               number or null             decimal degrees, WGS 84 (CSV: decimal point)
longitude              number or null             decimal degrees, WGS 84 (CSV: decimal point)
accessibility          string                     accessibility of the premises
website                string (URL)               the testbed's own website
last_reviewed          string (date) or null      ISO 8601 date, YYYY-MM-DD
example_data           boolean                    true for demonstration entries
=====================  =========================  ==================================================

The JSON document is ``{"schema": {...}, "language": "sv", "count": n, "items": [...]}``, where
``schema`` lists the fields above with their types. CSV is UTF-8 with a byte order mark (so that
spreadsheet programs read å, ä and ö correctly), comma separated, one header row. A text that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return has a single quote in front, so
that spreadsheet programs never run it as a formula (home.spreadsheets).
"""

import io

from django.http import HttpResponse, JsonResponse
from django.utils.translation import get_language

from home import spreadsheets

from .catalogue import taxonomy_names

SCHEMA_VERSION = 1
SCHEMA = {
    "external_id": "string",
    "name": "string",
    "summary": "string",
    "url": "string",
    "municipality": "string",
    "municipality_label": "string",
    "host_organisation": "string|null",
    "environment_type": "string",
    "environment_type_label": "string",
    "sectors": "array of string",
    "target_groups": "array of string",
    "status": "string",
    "status_label": "string",
    "open_to_external": "boolean",
    "facilities": "string",
    "terms_of_use": "string",
    "cost": "string",
    "how_to_book": "string",
    "contact_name": "string",
    "contact_email": "string",
    "contact_phone": "string",
    "address": "string",
    "latitude": "number|null",
    "longitude": "number|null",
    "accessibility": "string",
    "website": "string",
    "last_reviewed": "date|null",
    "example_data": "boolean",
}
FIELDS = list(SCHEMA)


def records(index_page, request):
    """One dict per exported entry, in the schema's field order and types (JSON types)."""
    names = taxonomy_names(request)
    filters = index_page.read_filters(request)
    entries = index_page.get_items(filters).prefetch_related("target_groups")
    for entry in entries.iterator(chunk_size=500):
        host = entry.host_organisation
        yield {
            "external_id": entry.external_id,
            "name": entry.title,
            "summary": entry.intro,
            "url": entry.get_full_url(request) or "",
            "municipality": entry.municipality,
            "municipality_label": str(entry.get_municipality_display()),
            "host_organisation": names["host_organisations"].get(host.pk, host.name)
            if host
            else None,
            "environment_type": entry.environment_type,
            "environment_type_label": str(entry.get_environment_type_display()),
            "sectors": [names["sectors"].get(s.pk, s.name) for s in entry.sectors.all()],
            "target_groups": [
                names["target_groups"].get(t.pk, t.name) for t in entry.target_groups.all()
            ],
            "status": entry.status,
            "status_label": str(entry.get_status_display()),
            "open_to_external": entry.open_to_external,
            "facilities": entry.facilities,
            "terms_of_use": entry.terms_of_use,
            "cost": entry.cost,
            "how_to_book": entry.how_to_book,
            "contact_name": entry.contact_name,
            "contact_email": entry.contact_email,
            "contact_phone": entry.contact_phone,
            "address": entry.address,
            "latitude": float(entry.latitude) if entry.latitude is not None else None,
            "longitude": float(entry.longitude) if entry.longitude is not None else None,
            "accessibility": entry.accessibility,
            "website": entry.website,
            "last_reviewed": entry.last_reviewed.isoformat() if entry.last_reviewed else None,
            "example_data": entry.is_example,
        }


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return value


def csv_response(index_page, request):
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = spreadsheets.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    for record in records(index_page, request):
        writer.writerow({key: _csv_value(value) for key, value in record.items()})
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="testbeds-{get_language()}.csv"'
    return response


def json_response(index_page, request):
    items = list(records(index_page, request))
    document = {
        "schema": {"version": SCHEMA_VERSION, "fields": SCHEMA},
        "language": get_language(),
        "count": len(items),
        "items": items,
    }
    return JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 1})
