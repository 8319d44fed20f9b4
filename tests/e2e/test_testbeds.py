"""The testbed catalogue in a real browser: filter, open an entry, download the CSV."""

import csv
import io
import re

from tests.e2e.conftest import assert_accessible


def test_filter_open_an_entry_and_download_the_csv(page):
    page.goto("/testbaddar/")
    assert_accessible(page)
    page.locator('input[name="municipality"][value="skelleftea"]').check()
    page.get_by_role("checkbox", name=re.compile(r"^Funktionshinderomsorg")).check()
    page.get_by_role("button", name="Visa testbäddar").click()
    page.wait_for_url(re.compile(r"municipality=skelleftea"))
    heading = page.locator("#testbed-results").inner_text()
    count = int(heading.split()[0])
    assert 0 < count < 24
    assert page.locator('input[name="municipality"][value="skelleftea"]').is_checked()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ladda ner som CSV").click()
    path = download_info.value.path()
    with open(path, encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(io.StringIO(file.read())))
    assert len(rows) == count
    assert {row["municipality"] for row in rows} == {"skelleftea"}
    assert all("Funktionshinderomsorg" in row["sectors"] for row in rows)

    first = page.locator(".cards .card__title a").first
    title = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() == title
    assert page.get_by_text("Exempeldata.").is_visible()
    assert_accessible(page)
