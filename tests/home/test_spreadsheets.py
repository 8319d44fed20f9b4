"""Formula injection: every CSV and XLSX the site writes neutralises cells a spreadsheet program
would run as formulas (OWASP's rule). The site's own exports are tested beside their apps; here
the shared writer, Wagtail's own reports, and a check that no exporting view is left out."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home import spreadsheets
from home.models import ContentPage
from home.spreadsheets import NeutralisedExportMixin, neutralise, restore
from tests.spreadsheets import FORMULA, assert_export_neutralised

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_text_starting_with_a_formula_trigger_gets_a_quote(trigger):
    text = f"{trigger}1+1"
    assert neutralise(text) == f"'{text}"
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("value", ["Piteå", " =1", "1-2", "", "'quoted", -5, 2.5, None, True])
def test_other_values_are_left_as_they_are(value):
    assert neutralise(value) == value
    if isinstance(value, str):
        assert restore(value) == value


def test_csv_writers_neutralise_every_cell_and_the_header():
    buffer = io.StringIO()
    writer = spreadsheets.DictWriter(buffer, fieldnames=["=name", "phone"])
    writer.writeheader()
    writer.writerows([{"=name": FORMULA, "phone": "+46 70 123 45 67"}])
    spreadsheets.writer(buffer).writerow(["@SUM(A1)", -1])
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert rows == [
        ["'=name", "phone"],
        ["'" + FORMULA, "'+46 70 123 45 67"],
        ["'@SUM(A1)", "-1"],
    ]


@pytest.fixture
def admin_client(client, demo_site):
    admin = get_user_model().objects.get(username="admin")
    client.force_login(admin)
    page = ContentPage(title=FORMULA, slug="formel")
    demo_site.add_child(instance=page)
    page.save_revision(user=admin).publish(user=admin)
    ContentPage.objects.filter(pk=page.pk).update(
        locked=True, locked_by=admin, locked_at=timezone.now()
    )
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/site-history/",
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
    ],
)
def test_wagtail_report_exports_neutralise_a_formula_in_a_page_title(admin_client, url):
    assert_export_neutralised(admin_client, url)


def exporting_routes(resolver=None, prefix=""):
    """(route, view class) of every URL pattern whose view exports spreadsheets."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from exporting_routes(pattern, route)
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                initkwargs = getattr(pattern.callback, "view_initkwargs", {})
                if initkwargs.get("list_export", view_class.list_export):
                    yield route, view_class


def test_every_exporting_admin_view_is_neutralised():
    """Every view with a list_export (Wagtail's, wagtail-localize's, the site's) answers through
    NeutralisedExportMixin at its URL. (The ideas listing sets its list_export per user and the
    form submissions are routed by the page: their own tests cover them.)"""
    routes = list(exporting_routes())
    assert len(routes) >= 30
    for route, _view_class in routes:
        path = "/" + route.replace("<int:", "<").replace("<str:", "<")
        path = path.replace("<pk>", "1").replace("<page_id>", "1")
        assert "<" not in path, route
        routed = resolve(path).func.view_class
        assert issubclass(routed, NeutralisedExportMixin), (route, routed)
