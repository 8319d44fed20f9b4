"""The admin's side-panel preview may frame a page; the public page may not be framed."""

import pytest
from django.test import RequestFactory
from wagtail.models import Locale, Page

from home.models import ContentPage


@pytest.fixture
def page(db):
    parent = Page.objects.filter(depth=2, locale=Locale.get_default()).first()
    return parent.add_child(instance=ContentPage(title="Förhandsvisning", slug="forhandsvisning"))


def test_preview_response_may_be_framed_by_the_site_itself(page, admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    response = page.make_preview_request(request, page.default_preview_mode)
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_the_published_page_may_not_be_framed(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
