"""Translations go through the workflow (home/translation_review.py, issue 15 defect 3): an editor
who may not publish can translate a page and send the translation for review, but neither
"Translate" nor "Sync translated pages" publishes it."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from tests.factories import ContentPageFactory, UserFactory, editor, moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home, english_home):
    return ContentPageFactory(parent=home, title="Om Idéslussen", slug="om")


@pytest.fixture
def author(client):
    user = editor()
    client.force_login(user)
    return user


def translate(client, page):
    english = Locale.objects.get(language_code="en")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [english.pk]},
    )
    assert response.status_code == 302
    return Page.objects.get(translation_key=page.translation_key, locale=english).specific


def test_translating_makes_a_draft_not_a_live_page(client, author, page):
    translated = translate(client, page)
    assert not translated.live


def test_an_editor_cannot_publish_by_syncing_translations(client, author, page):
    translated = translate(client, page)
    source = TranslationSource.objects.get(object_id=page.translation_key)
    url = f"/admin/localize/update/{source.pk}/"
    form = client.get(url).context["form"]
    assert form.fields["publish_translations"].disabled
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    translated.refresh_from_db()
    assert not translated.live


def test_a_moderator_keeps_the_publish_box(client, page):
    client.force_login(moderator())
    translate(client, page)
    source = TranslationSource.objects.get(object_id=page.translation_key)
    form = client.get(f"/admin/localize/update/{source.pk}/").context["form"]
    assert not form.fields["publish_translations"].disabled


def test_the_translation_is_sent_through_the_workflow_and_reviewers_are_told(
    client, author, page, django_capture_on_commit_callbacks
):
    reviewer = editor(username="kollega")
    reviewer.email = "kollega@example.org"
    reviewer.save()
    translated = translate(client, page)
    url = reverse("send_translation_for_review", args=[translated.pk])
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert "sparas som ett utkast av sidan" in confirmation.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    translated.refresh_from_db()
    assert translated.workflow_in_progress
    assert not translated.live
    assert any("kollega@example.org" in message.to for message in mail.outbox)


def test_the_listing_offers_the_review_item_on_translated_pages(client, author, page):
    translated = translate(client, page)
    listing = client.get(reverse("wagtailadmin_explore", args=[translated.get_parent().pk]))
    assert reverse("send_translation_for_review", args=[translated.pk]) in listing.text


def test_source_language_pages_and_users_who_may_not_edit_get_404(client, page):
    client.force_login(editor())
    assert client.get(reverse("send_translation_for_review", args=[page.pk])).status_code == 404
    translated = translate(client, page)
    outsider = UserFactory()
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    url = reverse("send_translation_for_review", args=[translated.pk])
    assert client.post(url).status_code == 404
    translated.refresh_from_db()
    assert not translated.workflow_in_progress
