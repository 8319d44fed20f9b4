"""Translate demo content through wagtail-localize, the way a translator would: export the
strings of the Swedish source, fill in the English ones, import them and publish.

The English text comes from a parallel, unsaved English instance with the same structure; its
strings are paired with the Swedish ones in extraction order, which is also the order of the
exported PO file (block ids differ between the two instances, so paths cannot be used)."""

import json

from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def _strings(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def translate(source, english, locale: Locale):
    """Create (or bring up to date) the translation of `source` into `locale`, using the strings
    of `english`. Returns the translated instance."""
    sv_strings = _strings(source)
    en_strings = _strings(english)
    if len(sv_strings) != len(en_strings):
        raise ValueError(
            f"{source!r}: {len(sv_strings)} Swedish strings but {len(en_strings)} English ones"
        )

    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    po = translation.export_po()
    entries = [entry for entry in po if not entry.obsolete]
    for entry, sv, en in zip(entries, sv_strings, en_strings, strict=True):
        if entry.msgid != sv.string.data:
            raise ValueError(f"{source!r}: strings out of step at {entry.msgid!r}")
        entry.msgstr = en.string.data
    translation.import_po(po)
    translation.save_target(publish=True)
    return translation.get_target_instance()


def use_english_documents(page, replacements: dict):
    """Give the English translation its own language's documents: wagtail-localize offers chosen
    documents as overridable segments, and the loader overrides them as a translator would."""
    locale = Locale.objects.get(language_code="en")
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    changed = False
    for segment in OverridableSegment.objects.filter(source=translation.source):
        english_pk = replacements.get(segment.data)
        if english_pk is None:
            continue
        _override, created = SegmentOverride.objects.update_or_create(
            locale=locale, context=segment.context, defaults={"data_json": json.dumps(english_pk)}
        )
        changed = changed or created
    if changed:
        translation.save_target(publish=True)
