"""Every CSV and XLSX file the site writes goes through this module, so that no cell can run as a
formula when a handler opens the file in a spreadsheet program (CSV or formula injection).

The rule is OWASP's: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a single quote in front, which spreadsheet programs show as text. Numbers, dates and
booleans are written as they are. XLSX cells are written as text cells, never as formulas.

- ``neutralise`` is the rule for one cell;
- ``writer`` and ``DictWriter`` are ``csv.writer`` and ``csv.DictWriter`` that apply it to
  every cell (the open data, the demo documents);
- ``xlsx_response`` writes a workbook of several sheets from plain rows (the yearly report);
- ``NeutralisedExportMixin`` applies it to Wagtail's spreadsheet exports (``list_export``); the
  site's own listings and reports use it, and ``home.admin_urls`` puts it on Wagtail's own
  exporting views (reports, redirects, search terms), ``FormPage`` on the form submissions.
"""

import csv
from io import BytesIO

from django.http import HttpResponse
from openpyxl import Workbook

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The value, with a leading single quote if it is text that a spreadsheet would read as a
    formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The text before ``neutralise``: for reading back a file this site wrote (the testbed
    import reads the open-data CSV)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


class Writer:
    """``csv.writer`` whose cells are neutralised."""

    def __init__(self, file, **fmtparams):
        self._writer = csv.writer(file, **fmtparams)

    def writerow(self, row):
        return self._writer.writerow([neutralise(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(file, **fmtparams) -> Writer:
    return Writer(file, **fmtparams)


class DictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose cells (the header too) are neutralised."""

    def writerow(self, rowdict):
        return super().writerow({key: neutralise(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


class NeutralisedExportMixin:
    """For a view with Wagtail's ``SpreadsheetExportMixin`` (put it first in the bases): CSV
    cells and every heading are neutralised, and XLSX cells are text cells, never formulas."""

    def get_heading(self, queryset, field):
        return neutralise(super().get_heading(queryset, field))

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise(value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        # Wagtail does this too; kept here so that the guarantee does not depend on it.
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if cell.data_type == "f":
                cell.data_type = "s"
            yield cell


def xlsx_response(filename: str, sheets: dict[str, list[list]]) -> HttpResponse:
    """A download of an XLSX workbook with one sheet per item of `sheets` (title: rows). Text
    cells are neutralised and written as text, never as formulas."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        worksheet = workbook.create_sheet(title=str(title)[:31])
        for row in rows:
            worksheet.append([neutralise(str(value)) if isinstance(value, str) else value
                              for value in row])  # fmt: skip
        for cells in worksheet.iter_rows():
            for cell in cells:
                if cell.data_type == "f":
                    cell.data_type = "s"
    output = BytesIO()
    workbook.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
