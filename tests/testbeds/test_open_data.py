"""The open data: CSV and JSON of the filtered catalogue, in the active language, with a stable
schema; never drafts or private entries."""

import csv
import io
import json

from wagtail.models import Locale, PageViewRestriction

from testbeds import importer
from testbeds.demo import ENTRIES, SECTORS
from testbeds.importer import run_import
from testbeds.models import TestbedPage
from testbeds.open_data import FIELDS, SCHEMA
from tests.spreadsheets import FORMULA

CSV_URL = "/testbaddar/data/csv/"
JSON_URL = "/testbaddar/data/json/"


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    reader = csv.DictReader(io.StringIO(text[1:]))
    assert reader.fieldnames == FIELDS
    return list(reader)


def read_json(response):
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["schema"]["fields"] == SCHEMA
    assert document["count"] == len(document["items"])
    return document


def catalogue_ids(client, params):
    found, page = [], 1
    while True:
        response = client.get("/testbaddar/", {**params, "page": page})
        found += [entry.external_id for entry in response.context["entries"]]
        if not response.context["page_obj"].has_next():
            return found
        page += 1


def test_exports_match_the_filtered_catalogue(client, catalogue, sectors):
    params = {"municipality": "pitea", "sector": sectors[SECTORS["elderly"].sv].pk}
    expected = catalogue_ids(client, params)
    assert expected
    rows = read_csv(client.get(CSV_URL, params))
    assert [row["external_id"] for row in rows] == expected
    document = read_json(client.get(JSON_URL, params))
    assert [item["external_id"] for item in document["items"]] == expected
    unfiltered = read_json(client.get(JSON_URL))
    assert unfiltered["count"] == len(ENTRIES)


def test_values_have_the_documented_types(client, catalogue):
    document = read_json(client.get(JSON_URL, {"q": "Trygghetslägenheten"}))
    (item,) = document["items"]
    assert list(item) == FIELDS
    assert item["municipality"] == "pitea" and item["municipality_label"] == "Piteå"
    assert item["sectors"] == ["Hemtjänst", "Äldreomsorg"]
    assert isinstance(item["latitude"], float) and isinstance(item["open_to_external"], bool)
    assert item["example_data"] is True
    assert item["url"].endswith("/testbaddar/trygghetslagenheten/")
    (row,) = read_csv(client.get(CSV_URL, {"q": "Trygghetslägenheten"}))
    assert row["sectors"] == "Hemtjänst; Äldreomsorg"
    assert row["open_to_external"] == "true"
    assert float(row["latitude"]) == item["latitude"]
    assert row["last_reviewed"] == item["last_reviewed"]


def test_english_export_is_in_english(client, catalogue):
    document = read_json(client.get("/en/testbeds/data/json/", {"q": "safety flat"}))
    assert document["language"] == "en"
    (item,) = document["items"]
    assert item["name"] == "The safety flat"
    assert item["sectors"] == ["Elderly care", "Home care"] or set(item["sectors"]) == {
        "Elderly care",
        "Home care",
    }
    assert item["host_organisation"] == "Piteå Municipality"
    assert item["environment_type_label"] == "Simulated environment"
    assert "/en/testbeds/" in item["url"]


def test_drafts_and_private_entries_are_never_exported(client, catalogue):
    entries = TestbedPage.objects.live().filter(locale=Locale.get_default()).order_by("title")
    unpublished, private = entries[0], entries[1]
    unpublished.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    draft = TestbedPage(
        title="Utkast",
        slug="utkast",
        intro="Inte publicerad.",
        external_id="DRAFT-1",
        municipality="pitea",
        environment_type="lab",
        live=False,
    )
    catalogue.add_child(instance=draft)
    hidden = {unpublished.external_id, private.external_id, "DRAFT-1"}
    exported = {row["external_id"] for row in read_csv(client.get(CSV_URL))}
    assert exported.isdisjoint(hidden)
    assert len(exported) == len(ENTRIES) - 2
    items = read_json(client.get(JSON_URL))["items"]
    assert {item["external_id"] for item in items}.isdisjoint(hidden)
    assert set(catalogue_ids(client, {})) == exported


def test_catalogue_links_to_the_exports_with_its_filters(client, catalogue):
    html = client.get("/testbaddar/", {"municipality": "pitea", "page": "2"}).content.decode()
    assert 'href="/testbaddar/data/csv/?municipality=pitea"' in html
    assert 'href="/testbaddar/data/json/?municipality=pitea"' in html


def test_bogus_parameters_on_exports(client, catalogue):
    for url in (CSV_URL, JSON_URL):
        response = client.get(url, {"sector": "x", "municipality": "oslo", "q": "\x00"})
        assert response.status_code == 200


def test_the_swedish_csv_can_be_imported_again(client, catalogue):
    content = client.get(CSV_URL).content
    report = run_import(content, "export.csv", dry_run=True)
    assert report.rejected == []
    assert len(report.updated) == len(ENTRIES)


def test_csv_neutralises_formulas_and_imports_them_back_as_they_were(client, catalogue):
    entry = TestbedPage.objects.live().filter(locale=Locale.get_default()).first()
    TestbedPage.objects.filter(pk=entry.pk).update(intro=FORMULA, contact_phone="+46 911 10 00")
    response = client.get(CSV_URL)
    (row,) = [row for row in read_csv(response) if row["external_id"] == entry.external_id]
    assert row["summary"] == "'" + FORMULA
    assert row["contact_phone"] == "'+46 911 10 00"
    rows = dict(importer.read_rows(response.content, "export.csv"))
    (values,) = [v for v in rows.values() if v["external_id"] == entry.external_id]
    cleaned, errors, _notes = importer.check_row(values, importer.Lookups())
    assert cleaned["intro"] == FORMULA and cleaned["contact_phone"] == "+46 911 10 00"
