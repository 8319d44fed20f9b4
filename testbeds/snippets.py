"""The catalogue's taxonomies: translatable snippets that editors keep in both languages.

Testbed pages always point at the Swedish (source-language) snippet; the name shown to a reader
is the one of the snippet's translation in the active language, found by its translation key
(see `localized_names`)."""

from django.conf import settings
from django.db import models
from django.db.models import Value
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


def source_locale_only():
    """Choices limited to the snippets in the default language (used by the page fields)."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Sector(Taxonomy):
    """A sector or needs area, e.g. elderly care."""

    description = models.TextField(_("description"), blank=True, max_length=300)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class HostOrganisation(Taxonomy):
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("website")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("host organisation")
        verbose_name_plural = _("host organisations")


# The taxonomies by the key their names are listed under.
TAXONOMIES = {
    "sectors": Sector,
    "target_groups": TargetGroup,
    "host_organisations": HostOrganisation,
}


def localized_names(model, locale: Locale) -> dict[int, str]:
    """The name of every source-language snippet of `model` in `locale`, keyed by the source
    snippet's id, falling back to the source name. One query."""
    return _names(_name_rows(model, locale), locale)


def localized_taxonomy_names(locale: Locale) -> dict[str, dict[int, str]]:
    """`localized_names` of every taxonomy, keyed as in TAXONOMIES. One query (UNION ALL)."""
    queries = [
        _name_rows(model, locale).annotate(kind=Value(kind, output_field=models.CharField()))
        for kind, model in TAXONOMIES.items()
    ]
    rows = queries[0].union(*queries[1:], all=True)
    by_kind = {kind: [] for kind in TAXONOMIES}
    for pk, key, language, name, kind in rows:
        by_kind[kind].append((pk, key, language, name))
    return {kind: _names(kind_rows, locale) for kind, kind_rows in by_kind.items()}


def _name_rows(model, locale):
    return (
        model.objects.filter(
            locale__language_code__in={settings.LANGUAGE_CODE, locale.language_code}
        )
        .values_list("pk", "translation_key", "locale__language_code", "name")
        .order_by()
    )


def _names(rows, locale) -> dict[int, str]:
    source = {}
    translated = {}
    for pk, key, language, name in rows:
        if language == settings.LANGUAGE_CODE:
            source[key] = (pk, name)
        if language == locale.language_code:
            translated[key] = name
    names = {pk: translated.get(key, name) for key, (pk, name) in source.items()}
    return dict(sorted(names.items(), key=lambda item: item[1].lower()))
