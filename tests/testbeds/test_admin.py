"""Admin: the taxonomy snippets and the report of entries not reviewed for 12 months."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from testbeds.admin_views import review_cutoff
from testbeds.models import TestbedPage
from testbeds.snippets import Sector
from tests.spreadsheets import FORMULA, assert_export_neutralised


def admin_client(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_taxonomy_snippets_are_listed(client, demo_site):
    admin_client(client)
    for model in ("sector", "targetgroup", "hostorganisation"):
        response = client.get(f"/admin/snippets/testbeds/{model}/")
        assert response.status_code == 200, model


def test_report_lists_entries_not_reviewed_for_12_months(client, demo_site):
    admin_client(client)
    cutoff = review_cutoff()
    assert cutoff <= timezone.localdate() - datetime.timedelta(days=365)
    swedish = TestbedPage.objects.filter(locale=Locale.get_default())
    stale = set(swedish.filter(last_reviewed__lt=cutoff).values_list("title", flat=True))
    fresh = set(swedish.filter(last_reviewed__gte=cutoff).values_list("title", flat=True))
    assert stale and fresh
    response = client.get("/admin/testbeds/not-reviewed/")
    assert response.status_code == 200
    listed = {page.title for page in response.context["object_list"]}
    assert listed == stale
    csv_response = client.get("/admin/testbeds/not-reviewed/", {"export": "csv"})
    assert csv_response.status_code == 200
    assert b"PIT-003" in b"".join(csv_response.streaming_content)


def test_admin_exports_neutralise_formulas(client, demo_site):
    admin_client(client)
    entry = TestbedPage.objects.filter(locale=Locale.get_default()).first()
    TestbedPage.objects.filter(pk=entry.pk).update(title=FORMULA, last_reviewed=None)
    assert_export_neutralised(client, "/admin/testbeds/not-reviewed/")
    Sector.objects.filter(pk=Sector.objects.first().pk).update(name=FORMULA)
    assert_export_neutralised(client, "/admin/snippets/testbeds/sector/")
