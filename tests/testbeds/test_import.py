"""Import of the inventory spreadsheet: new and updated rows, every kind of bad row, dry runs,
one transaction, the management command and the admin views."""

import csv
import io
import tracemalloc
import zipfile
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page

from testbeds import importer
from testbeds.importer import ImportFileError, run_import
from testbeds.models import TestbedPage
from testbeds.spreadsheet import template_bytes, workbook_bytes

HEADER = [
    "external_id",
    "name",
    "summary",
    "municipality",
    "environment_type",
    "status",
    "host_organisation",
    "sectors",
    "target_groups",
    "open_to_external",
    "latitude",
    "longitude",
    "last_reviewed",
]


def row(external_id="NEW-001", **values):
    data = {
        "external_id": external_id,
        "name": f"Ny testbädd {external_id}",
        "summary": "En ny miljö för tester.",
        "municipality": "Skellefteå",
        "environment_type": "Verklig miljö",
        "status": "Aktiv",
        "host_organisation": "Skellefteå kommun",
        "sectors": "Funktionshinderomsorg; Skola",
        "target_groups": "Barn och unga",
        "open_to_external": "ja",
        "latitude": "64,75",
        "longitude": "20.95",
        "last_reviewed": "2026-02-01",
    }
    data.update(values)
    return data


def csv_bytes(rows, header=HEADER, delimiter=",", encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, delimiter=delimiter, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def swedish(external_id):
    return TestbedPage.objects.filter(external_id=external_id, locale=Locale.get_default())


def state():
    return (Page.objects.count(), TestbedPage.objects.count(), list(TestbedPage.objects.values()))


def test_new_rows_are_created_in_swedish_and_english(
    catalogue, english, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report = run_import(csv_bytes([row("NEW-001"), row("NEW-002")]), "f.csv", dry_run=False)
    assert [r.action for r in report.rows] == ["create", "create"]
    page = swedish("NEW-001").get()
    assert page.live and page.get_parent().pk == catalogue.pk
    assert page.municipality == "skelleftea" and page.environment_type == "real_life"
    assert {s.name for s in page.sectors.all()} == {"Funktionshinderomsorg", "Skola"}
    assert str(page.latitude) == "64.750000"
    assert page.host_organisation.name == "Skellefteå kommun"
    # The English version exists at once, with the Swedish text until it is translated.
    translation = page.get_translation(english)
    assert translation.live and translation.title == page.title
    assert translation.municipality == "skelleftea"
    assert list(translation.sectors.all()) == list(page.sectors.all())


def test_known_external_ids_update_their_entry(
    catalogue, english, django_capture_on_commit_callbacks
):
    before = TestbedPage.objects.count()
    changes = row("PIT-001", name="Trygghetslägenheten", municipality="Piteå", status="Avslutad")
    with django_capture_on_commit_callbacks(execute=True):
        report = run_import(csv_bytes([changes]), "f.csv", dry_run=False)
    assert [r.action for r in report.rows] == ["update"]
    page = swedish("PIT-001").get()
    assert page.status == "closed" and page.intro == "En ny miljö för tester."
    translation = page.get_translation(english)
    assert translation.status == "closed"
    assert translation.title == "The safety flat"  # translated text is kept
    assert TestbedPage.objects.count() == before


def test_importing_the_same_file_twice_creates_nothing_new(catalogue):
    content = csv_bytes([row("NEW-001")])
    run_import(content, "f.csv", dry_run=False)
    count = TestbedPage.objects.count()
    report = run_import(content, "f.csv", dry_run=False)
    assert [r.action for r in report.rows] == ["update"]
    assert TestbedPage.objects.count() == count


def test_a_column_left_out_keeps_the_stored_value(catalogue):
    header = ["external_id", "name", "summary", "municipality", "environment_type"]
    facilities = swedish("PIT-001").get().facilities
    content = csv_bytes([row("PIT-001", municipality="pitea", environment_type="lab")], header)
    run_import(content, "f.csv", dry_run=False)
    page = swedish("PIT-001").get()
    assert page.facilities == facilities and page.environment_type == "lab"


def test_missing_required_column_rejects_the_file(catalogue):
    header = [name for name in HEADER if name != "municipality"]
    with pytest.raises(ImportFileError, match="municipality"):
        run_import(csv_bytes([row()], header), "f.csv", dry_run=False)
    assert not swedish("NEW-001").exists()


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"municipality": "Luleå"}, "Luleå"),
        ({"municipality": ""}, "municipality"),
        ({"latitude": "95"}, "latitude"),
        ({"longitude": "abc"}, "longitude"),
        ({"latitude": "65.3", "longitude": ""}, "latitud"),
        ({"latitude": "NaN"}, "latitude"),
        ({"sectors": "Rymdfart"}, "Rymdfart"),
        ({"environment_type": "moln"}, "moln"),
        ({"open_to_external": "kanske"}, "open_to_external"),
        ({"last_reviewed": "igår"}, "last_reviewed"),
        ({"name": ""}, "name"),
        ({"external_id": "X" * 65}, "64"),
    ],
)
def test_a_bad_row_is_rejected_and_the_others_imported(catalogue, values, reason):
    rows = [row("NEW-001"), {**row("BAD-001"), **values}, row("NEW-002")]
    report = run_import(csv_bytes(rows), "f.csv", dry_run=False)
    assert [r.action for r in report.rows] == ["create", "reject", "create"]
    rejected = report.rows[1]
    assert rejected.row_number == 3
    assert any(reason in text for text in rejected.reasons), rejected.reasons
    assert swedish("NEW-001").exists() and swedish("NEW-002").exists()
    assert not TestbedPage.objects.filter(title__endswith="BAD-001").exists()


def test_duplicate_external_id_in_the_file(catalogue):
    rows = [row("NEW-001"), row("NEW-001", name="Dubblett")]
    report = run_import(csv_bytes(rows), "f.csv", dry_run=False)
    assert [r.action for r in report.rows] == ["create", "reject"]
    assert "row 2" in report.rows[1].reasons[0] or "rad 2" in report.rows[1].reasons[0]
    assert swedish("NEW-001").get().title == "Ny testbädd NEW-001"


def test_wrong_encoding_rejects_the_file(catalogue):
    content = csv_bytes([row("NEW-001")], encoding="latin-1")
    with pytest.raises(ImportFileError, match="UTF-8"):
        run_import(content, "f.csv", dry_run=False)
    assert not swedish("NEW-001").exists()


def test_semicolon_separated_csv_from_swedish_excel(catalogue):
    content = csv_bytes([row("NEW-001")], delimiter=";")
    report = run_import(content, "f.csv", dry_run=False)
    assert [r.action for r in report.rows] == ["create"]


def test_dry_run_changes_nothing(catalogue):
    before = state()
    rows = [row("NEW-001"), row("PIT-001", municipality="Piteå"), row("BAD", municipality="x")]
    report = run_import(csv_bytes(rows), "f.csv", dry_run=True)
    assert [r.action for r in report.rows] == ["create", "update", "reject"]
    assert report.dry_run
    assert state() == before


def test_a_crash_mid_import_changes_nothing(catalogue, monkeypatch):
    before = state()
    calls = []
    original = importer._save

    def crash_on_second_row(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return original(*args, **kwargs)

    monkeypatch.setattr(importer, "_save", crash_on_second_row)
    rows = [row("NEW-001"), row("PIT-001", municipality="Piteå"), row("NEW-002")]
    with pytest.raises(RuntimeError):
        run_import(csv_bytes(rows), "f.csv", dry_run=False)
    assert state() == before


def test_xlsx_files_and_the_template(catalogue):
    report = run_import(workbook_bytes([row("NEW-001")]), "f.xlsx", dry_run=False)
    assert [r.action for r in report.rows] == ["create"]
    template_report = run_import(template_bytes(), "mall.xlsx", dry_run=True)
    assert [r.action for r in template_report.rows] == ["create"]
    with pytest.raises(ImportFileError):
        run_import(b"not a workbook", "f.xlsx", dry_run=True)
    with pytest.raises(ImportFileError):
        run_import(b"", "f.pdf", dry_run=True)


def test_management_command(catalogue, tmp_path):
    path = tmp_path / "inventering.csv"
    path.write_bytes(csv_bytes([row("NEW-001"), row("BAD", municipality="Oslo")]))
    out = StringIO()
    call_command("import_testbeds", str(path), "--dry-run", stdout=out)
    assert "Dry run, nothing changed: 1 created, 0 updated, 1 rejected." in out.getvalue()
    assert not swedish("NEW-001").exists()
    call_command("import_testbeds", str(path), stdout=out)
    assert swedish("NEW-001").exists()
    with pytest.raises(CommandError):
        call_command("import_testbeds", str(tmp_path / "missing.csv"))
    path.write_bytes(csv_bytes([row()], encoding="utf-16"))
    with pytest.raises(CommandError, match="UTF-8"):
        call_command("import_testbeds", str(path))


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def test_admin_import_preview_then_confirm(client, catalogue):
    login(client, "moderator")
    response = client.get("/admin/testbeds/import/")
    assert response.status_code == 200
    assert "external_id" in response.content.decode()
    upload = SimpleUploadedFile("inventering.csv", csv_bytes([row("NEW-001"), row("B", name="")]))
    response = client.post("/admin/testbeds/import/", {"file": upload})
    assert response.status_code == 200
    report = response.context["report"]
    assert [r.action for r in report.rows] == ["create", "reject"]
    assert not swedish("NEW-001").exists()
    response = client.post("/admin/testbeds/import/", {"token": response.context["token"]})
    assert response.status_code == 200
    assert swedish("NEW-001").get().live


def test_admin_import_rejects_bad_files_and_tokens(client, catalogue):
    login(client, "moderator")
    upload = SimpleUploadedFile("inventering.csv", "namn\nå".encode("latin-1"))
    response = client.post("/admin/testbeds/import/", {"file": upload})
    assert response.status_code == 400
    upload = SimpleUploadedFile("bild.png", b"\x89PNG")
    assert client.post("/admin/testbeds/import/", {"file": upload}).status_code == 400
    assert client.post("/admin/testbeds/import/", {"token": "forged"}).status_code == 400


def test_admin_template_download(client, catalogue):
    login(client, "moderator")
    response = client.get("/admin/testbeds/import/template/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert run_import(response.content, "mall.xlsx", dry_run=True).rejected == []


def test_editors_who_cannot_publish_cannot_import(client, catalogue):
    login(client, "redaktor")
    response = client.get("/admin/testbeds/import/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def declared_workbook(dimension: str | None, rows_xml: str = "") -> bytes:
    """A tiny XLSX (built by hand, as an attacker would) whose only sheet declares `dimension`
    and holds a header row with the required columns, plus `rows_xml`."""
    header = "".join(
        f'<c r="{letter}1" t="inlineStr"><is><t>{name}</t></is></c>'
        for letter, name in zip("ABCDE", importer.REQUIRED, strict=True)
    )
    dimension_xml = f'<dimension ref="{dimension}"/>' if dimension else ""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{package}"><Relationship Id="rId1" '
            f'Type="{relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{relationships}"><sheets>'
            '<sheet name="Testbeds" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{package}"><Relationship Id="rId1" '
            f'Type="{relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{main}">{dimension_xml}<sheetData>'
            f'<row r="1">{header}</row>{rows_xml}</sheetData></worksheet>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def peak_memory_of(function, *args):
    tracemalloc.start()
    try:
        function(*args)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize(
    ("dimension", "rows_xml", "message"),
    [
        ("A1:XFD1048576", "", "fler än 5000 rader"),
        ("A1:XFD2", "", "fler än 100 kolumner"),
        # No declared dimension, one cell far down: reading stops at the row limit.
        (None, '<row r="1048576"><c r="A1048576"><v>1</v></c></row>', "fler än 5000 rader"),
    ],
)
def test_a_spreadsheet_bomb_is_refused_before_it_is_read(catalogue, dimension, rows_xml, message):
    content = declared_workbook(dimension, rows_xml)
    assert len(content) < 5000

    def refused():
        with pytest.raises(ImportFileError, match=message):
            run_import(content, "bomb.xlsx", dry_run=True)

    assert peak_memory_of(refused) < 20 * 1024**2


def test_a_workbook_that_unpacks_to_too_much_is_refused(catalogue, monkeypatch):
    monkeypatch.setattr(importer, "MAX_UNPACKED_BYTES", 1024**2)
    padding = f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"x" * 1024**2}</t></is></c></row>'
    content = declared_workbook("A1:E2", padding)
    assert len(content) < 10_000
    with pytest.raises(ImportFileError, match="större än 1 MB när den packas upp"):
        run_import(content, "bomb.xlsx", dry_run=True)


def test_a_file_larger_than_the_limit_is_refused_by_the_command(catalogue, tmp_path):
    path = tmp_path / "stor.csv"
    path.write_bytes(csv_bytes([row()]) + b"x" * importer.MAX_FILE_BYTES)
    with pytest.raises(CommandError, match="större än 5 MB"):
        call_command("import_testbeds", str(path))
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(declared_workbook("A1:XFD1048576"))
    with pytest.raises(CommandError, match="fler än 5000 rader"):
        call_command("import_testbeds", str(path))


def test_admin_import_preview_explains_a_spreadsheet_bomb(client, catalogue):
    login(client, "moderator")
    upload = SimpleUploadedFile("bomb.xlsx", declared_workbook("A1:XFD1048576"))
    response = client.post("/admin/testbeds/import/", {"file": upload})
    assert response.status_code == 400
    assert "Filen har fler än 5000 rader. Dela upp den i mindre filer." in response.text


def test_a_csv_with_too_many_rows_or_columns_is_refused(catalogue):
    with pytest.raises(ImportFileError, match="fler än 5000 rader"):
        run_import(csv_bytes([row(f"N-{n}") for n in range(5001)]), "f.csv", dry_run=True)
    wide = ",".join([*importer.REQUIRED, *(f"extra{n}" for n in range(100))]).encode()
    with pytest.raises(ImportFileError, match="fler än 100 kolumner"):
        run_import(wide, "f.csv", dry_run=True)


def test_columns_the_import_does_not_know_are_not_read(catalogue):
    content = csv_bytes([{**row(), "anteckning": "=1+1"}], header=[*HEADER, "anteckning"])
    ((_number, values),) = importer.read_rows(content, "f.csv")
    assert set(values) == set(HEADER)


def test_a_csv_cell_longer_than_the_csv_limit_rejects_the_file(catalogue):
    content = csv_bytes([row(summary="x" * 200_000)])
    with pytest.raises(ImportFileError, match="går inte att läsa som CSV"):
        run_import(content, "f.csv", dry_run=True)
