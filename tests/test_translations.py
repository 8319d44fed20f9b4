"""Every interface string has a Swedish translation."""

from pathlib import Path

import polib
from django.urls import reverse
from django.utils import translation

PO_FILE = Path(__file__).resolve().parent.parent / "locale/sv/LC_MESSAGES/django.po"


def test_swedish_catalogue_is_complete():
    catalogue = polib.pofile(str(PO_FILE))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy
    assert len(catalogue) > 50


def test_swedish_catalogue_is_compiled_and_used():
    with translation.override("sv"):
        assert translation.gettext("Skip to content") == "Till innehållet"


UPSTREAM = Path(__file__).resolve().parent.parent / "locale_upstream/sv/LC_MESSAGES"


def test_the_upstream_catalogues_are_complete():
    for name in ("django.po", "djangojs.po"):
        catalogue = polib.pofile(str(UPSTREAM / name))
        assert not catalogue.untranslated_entries(), name
        assert not catalogue.fuzzy_entries(), name


def test_wagtails_strings_missing_from_its_catalogue_are_swedish_in_the_admin(client):
    """Strings an editor met in English in the Swedish admin (issue 15): the scheduling help,
    the listing's count and the autosave messages (Wagtail's JavaScript catalogue)."""
    with translation.override("sv"):
        assert translation.gettext("Once scheduled:") == "När tidsplanen är inlagd:"
        assert translation.gettext(
            "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"
        ) == ("%(start_index)s–%(end_index)s av %(items_count)s %(model_name)s")
    with translation.override("sv"):
        catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert "Sparar automatiskt" in catalogue
    assert "S\\u00f6kalternativ" in catalogue or "Sökalternativ" in catalogue
