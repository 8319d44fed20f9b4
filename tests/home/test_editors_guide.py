"""The editors' guide in the admin's Help menu, in the admin's language (home/editors_guide.py)."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories import editor

pytestmark = pytest.mark.django_db


def test_editors_find_the_guide_in_swedish_in_the_help_menu(client, home):
    client.force_login(editor())
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("editors_guide") in admin_home
    response = client.get(reverse("editors_guide"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Skicka översättningen till granskning" in html
    assert "Alternativtexten beskriver" in html


def test_the_guide_follows_an_english_admin(client, home):
    user = editor()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    html = client.get(reverse("editors_guide")).content.decode()
    assert "Send the translation for review" in html
