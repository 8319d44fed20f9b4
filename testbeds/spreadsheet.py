"""Spreadsheets for editors: the import template and the example inventory (XLSX)."""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .importer import COLUMNS, REQUIRED


def column_descriptions() -> list[tuple[str, bool, str]]:
    """(column, required, what to write) for every import column, in the interface language."""
    descriptions = {
        "external_id": _("Stable identifier from the inventory, e.g. PIT-001."),
        "name": _("Name of the testbed."),
        "summary": _("What the testbed is and what can be tested there."),
        "municipality": _("Piteå or Skellefteå."),
        "environment_type": _("Lab environment, simulated environment or real-life environment."),
        "status": _("Active, planned or closed. Empty means active."),
        "host_organisation": _("Who runs the testbed. A new name creates the organisation."),
        "sectors": _("Sectors, as named in the admin, separated by semicolons."),
        "target_groups": _("Target groups, as named in the admin, separated by semicolons."),
        "open_to_external": _("Yes if companies and other organisations may use it, otherwise no."),
        "facilities": _("Facilities and equipment."),
        "terms_of_use": _("Who may use it and on what terms."),
        "cost": _("What it costs to use."),
        "how_to_book": _("How to book."),
        "accessibility": _("Accessibility of the premises."),
        "contact_name": _("Contact: a role or a name."),
        "contact_email": _("Contact e-mail."),
        "contact_phone": _("Contact phone."),
        "address": _("Street address."),
        "website": _("Web address starting with https://."),
        "latitude": _("Latitude in decimal degrees, e.g. 65.3172. Give both or neither."),
        "longitude": _("Longitude in decimal degrees, e.g. 21.4794."),
        "last_reviewed": _("Date the facts were last checked, as YYYY-MM-DD."),
        "example_data": _("Yes for demonstration entries that do not describe a real testbed."),
    }
    return [(name, name in REQUIRED, descriptions[name]) for name in COLUMNS]


def workbook_bytes(rows: list[dict]) -> bytes:
    """An XLSX file with the import columns, the given rows and a sheet that explains them."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Testbeds")
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([row.get(name, "") for name in COLUMNS])
    sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet(_("Columns"))
    help_sheet.append([_("Column"), _("Required"), _("What to write")])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for name, required, description in column_descriptions():
        help_sheet.append([name, _("yes") if required else _("no"), description])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_bytes() -> bytes:
    """The empty import template with one illustrative row."""
    return workbook_bytes(
        [
            {
                "external_id": "PIT-999",
                "name": "Exempel: Trygghetslabbet",
                "summary": "En lägenhet där ny välfärdsteknik provas med äldre och personal.",
                "municipality": "Piteå",
                "environment_type": "Simulerad miljö",
                "status": "Aktiv",
                "host_organisation": "Piteå kommun",
                "sectors": "Äldreomsorg",
                "target_groups": "Äldre; Medarbetare i vård och omsorg",
                "open_to_external": "ja",
                "latitude": "65.3172",
                "longitude": "21.4794",
                "last_reviewed": "2026-01-15",
            }
        ]
    )
