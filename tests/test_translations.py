"""Every interface string has a Swedish translation."""

from pathlib import Path

import polib
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
