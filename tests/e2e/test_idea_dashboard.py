"""An idea handler sees the funnel on the admin home page and opens the dashboard report with
the keyboard: charts, their tables and the links to the ideas that have waited longest."""

import re

from playwright.sync_api import expect

from ideas.models import Idea
from ideas.stages import Stage

from .conftest import assert_accessible, sign_in, tab_to

REPORT = "/admin/reports/idea-dashboard/"


def test_handler_sees_the_funnel_and_the_report(page, django_db_blocker):
    sign_in(page, "admin", django_db_blocker)
    expect(page).to_have_url(re.compile(r"/admin/$"))
    panel = page.locator("#idea-funnel-section")
    expect(panel).to_be_visible()
    # One funnel per municipality, each an image with a name and a description.
    expect(panel.get_by_role("img")).to_have_count(2)
    for municipality in ["pitea", "skelleftea"]:
        chart = panel.locator(f"#panel-funnel-{municipality}")
        expect(chart).to_have_attribute(
            "aria-labelledby",
            f"panel-funnel-{municipality}-title panel-funnel-{municipality}-desc",
        )
    assert_accessible(page)

    tab_to(page, f"#idea-funnel-section a[href='{REPORT}']", limit=120)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(REPORT) + "$"))
    expect(page.locator("#municipality-pitea")).to_be_visible()
    expect(page.locator("#municipality-skelleftea")).to_be_visible()
    expect(page.get_by_role("img")).to_have_count(14)
    assert_accessible(page)

    # The funnel's table, opened with the keyboard, has the same numbers as the database.
    pitea = page.locator("section[aria-labelledby=municipality-pitea]")
    tab_to(page, "section[aria-labelledby=municipality-pitea] summary", limit=120)
    page.keyboard.press("Enter")
    table = pitea.locator("table").first
    expect(table).to_be_visible()
    for stage in [Stage.RECEIVED, Stage.TESTING, Stage.CLOSED]:
        count = Idea.objects.filter(municipality="pitea", stage=stage).count()
        row = table.locator("tbody tr").nth(list(Stage).index(stage))
        expect(row.locator("td")).to_have_text(str(count))
    expect(table.locator("tfoot td")).to_have_text(
        str(Idea.objects.filter(municipality="pitea").count())
    )
    assert_accessible(page)

    # The idea that has waited longest in Piteå comes first and links to the idea in the admin.
    oldest = (
        Idea.objects.filter(
            municipality="pitea",
            stage__in=[Stage.RECEIVED, Stage.ASSESSMENT, Stage.CONCEPT_DEVELOPMENT, Stage.TESTING],
        )
        .order_by("stage_changed_at", "pk")
        .first()
    )
    link = pitea.locator("table").last.locator("tbody a").first
    expect(link).to_have_text(oldest.reference)
    with page.expect_navigation():
        link.click()
    expect(page).to_have_url(re.compile(rf"/admin/ideas/inspect/{oldest.pk}/$"))


def test_each_demo_handler_sees_only_their_municipalitys_funnel(page, django_db_blocker):
    sign_in(page, "handlaggare-pitea", django_db_blocker)
    panel = page.locator("#idea-funnel-section")
    expect(panel.locator("#panel-funnel-pitea")).to_be_visible()
    expect(panel.get_by_role("img")).to_have_count(1)
    page.goto(REPORT)
    expect(page.locator("#municipality-pitea")).to_be_visible()
    expect(page.locator("#municipality-skelleftea")).to_have_count(0)
    expect(page.get_by_role("img")).to_have_count(7)
    page.context.clear_cookies()

    sign_in(page, "handlaggare-skelleftea", django_db_blocker)
    expect(page.locator("#panel-funnel-skelleftea")).to_be_visible()
    expect(page.locator("#panel-funnel-pitea")).to_have_count(0)
