"""Who is inside the sluice: each municipality's administrations (förvaltningar) and their units,
the partners ideas can be referred to, and the people behind an idea besides its first submitter.

Administrations, units and partners are translatable snippets that editors keep in both
languages. Ideas always point at the Swedish (source-language) row; the name shown to a reader
is the one of its translation in the active language (`localized_names`). A row that is no
longer used is retired (`is_active` off), never deleted, so old ideas keep their administration.

The municipality is still the fixed `home.choices.Municipality` list the rest of the code uses.
DESIGN.md wants municipalities as data (a third one joining by adding rows); when that model
exists, `municipality` here becomes a foreign key to it.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import Municipality
from ideas.choices import Language

NAME_MAX_LENGTH = 120


class OrganisationQuerySet(models.QuerySet):
    def source(self):
        """The rows in the site's default language, the ones ideas point at."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def active(self):
        return self.filter(is_active=True)


class OrganisationSnippet(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first in lists.")
    )
    is_active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_(
            "Untick to retire it: it is no longer offered, and ideas that already have it keep it."
        ),
    )
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Made up for the demo site.")
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = OrganisationQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self):
        return self.name


class Administration(OrganisationSnippet):
    """An administration (förvaltning) of a municipality, e.g. the social services."""

    municipality = models.CharField(_("municipality"), max_length=20, choices=Municipality.choices)
    manager_group = models.ForeignKey(
        Group,
        verbose_name=_("managers' group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="managed_administrations",
        help_text=_(
            "Members see this administration's ideas, read only, and are told by e-mail when "
            "one arrives."
        ),
    )

    panels = [
        FieldPanel("municipality"),
        FieldPanel("name"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
        FieldPanel("manager_group"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("municipality"),
        SynchronizedField("sort_order"),
        SynchronizedField("is_active"),
        SynchronizedField("is_example"),
        SynchronizedField("manager_group"),
    ]

    class Meta(OrganisationSnippet.Meta):
        verbose_name = _("administration")
        verbose_name_plural = _("administrations")
        ordering = ["municipality", "sort_order", "name"]


class Unit(OrganisationSnippet):
    """A unit or workplace of an administration, e.g. a home care group."""

    administration = models.ForeignKey(
        Administration,
        verbose_name=_("administration"),
        on_delete=models.PROTECT,
        related_name="units",
    )

    panels = [
        FieldPanel("administration"),
        FieldPanel("name"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("administration"),
        SynchronizedField("sort_order"),
        SynchronizedField("is_active"),
        SynchronizedField("is_example"),
    ]

    class Meta(OrganisationSnippet.Meta):
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["administration", "sort_order", "name"]


class Partner(OrganisationSnippet):
    """An organisation ideas are referred to for expert support, e.g. a university or a
    science park."""

    description = models.TextField(_("short description"), max_length=300, blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"), help_text=_("Where referred ideas are sent.")
    )
    municipality = models.CharField(
        _("municipality"),
        max_length=20,
        choices=Municipality.choices,
        blank=True,
        help_text=_("Leave empty if the partner works with both municipalities."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("contact_email"),
        FieldPanel("municipality"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("contact_email"),
        SynchronizedField("municipality"),
        SynchronizedField("sort_order"),
        SynchronizedField("is_active"),
        SynchronizedField("is_example"),
    ]

    class Meta(OrganisationSnippet.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]


def localized_names(model, language_code: str) -> dict[int, str]:
    """The name of every source-language row of `model` in `language_code`, keyed by the source
    row's id, falling back to the source name. One query."""
    rows = (
        model.objects.filter(locale__language_code__in={settings.LANGUAGE_CODE, language_code})
        .order_by()
        .values_list("pk", "translation_key", "locale__language_code", "name")
    )
    source, translated = {}, {}
    for pk, key, language, name in rows:
        if language == settings.LANGUAGE_CODE:
            source[key] = (pk, name)
        if language == language_code:
            translated[key] = name
    return {pk: translated.get(key, name) for key, (pk, name) in source.items()}


def localized_rows(model, language_code: str, *fields: str) -> list[tuple]:
    """(pk, name in `language_code`, *fields) of every active source-language row of `model`,
    in the model's order; the name falls back to the source name. One query."""
    rows = (
        model.objects.filter(locale__language_code__in={settings.LANGUAGE_CODE, language_code})
        .filter(is_active=True)
        .values_list("pk", "translation_key", "locale__language_code", "name", *fields)
    )
    source, translated = [], {}
    for pk, key, language, name, *values in rows:
        if language == settings.LANGUAGE_CODE:
            source.append((pk, key, name, values))
        if language == language_code:
            translated[key] = name
    return [(pk, translated.get(key, name), *values) for pk, key, name, values in source]


def organisation_choices(language_code: str):
    """The active administrations grouped by municipality and their active units grouped by
    administration, as grouped choices for select fields (values are the ids), with what each
    id belongs to (`municipality_of` an administration, `administration_of` a unit). Two
    queries."""
    administrations = localized_rows(Administration, language_code, "municipality")
    units = localized_rows(Unit, language_code, "administration_id")
    municipality_of = {pk: municipality for pk, _name, municipality in administrations}
    administration_of = {
        pk: administration
        for pk, _name, administration in units
        if administration in municipality_of
    }
    administration_groups = [
        (label, [(str(pk), name) for pk, name, code in administrations if code == municipality])
        for municipality, label in Municipality.choices
    ]
    administration_names = {pk: name for pk, name, _code in administrations}
    unit_groups = [
        (
            administration_names[administration],
            [(str(pk), name) for pk, name, owner in units if owner == administration],
        )
        for administration in administration_names
        if administration in administration_of.values()
    ]
    return {
        "administrations": [group for group in administration_groups if group[1]],
        "units": unit_groups,
        "municipality_of": municipality_of,
        "administration_of": administration_of,
    }


class IdeaSubmitter(models.Model):
    """One more person behind an idea: a member of the work team it was registered for, or
    someone who said "this is my idea too". Personal data, like the idea's own submitter: seen
    by the municipality's idea handlers with the personal-data permission only, erased with
    the idea's personal data (and after IDEA_RETENTION_DAYS), never in Wagtail's log."""

    class Joined(models.TextChoices):
        TEAM = "team", _("Registered with a team idea")
        JOINED = "joined", _("Joined: this is my idea too")

    idea = models.ForeignKey(
        "ideas.Idea",
        verbose_name=_("idea"),
        on_delete=models.CASCADE,
        related_name="submitters",
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    joined_as = models.CharField(
        _("how they joined"), max_length=10, choices=Joined.choices, default=Joined.TEAM
    )
    # E-mail like the idea's own submitter's (ideas/co_submitters.py): a receipt, then news only
    # if they asked for it and have confirmed the address.
    wants_updates = models.BooleanField(_("wants updates by e-mail"), default=False)
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=Language.choices,
        blank=True,
        help_text=_("The language of the e-mails they get. Empty: the idea's language."),
    )
    created_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        verbose_name = _("co-submitter")
        verbose_name_plural = _("co-submitters")
        ordering = ["created_at", "pk"]

    def __str__(self):
        # Never the name: this label may end up where personal data must not.
        return f"{self.idea_id}: {self.get_joined_as_display()}"

    @property
    def has_personal_data(self) -> bool:
        return bool(self.name or self.email or self.phone)


class PartnerReferral(models.Model):
    """An idea sent to a partner for expert support. The partner's contact gets an e-mail about
    the idea, with the submitter's contact details only if they agreed to that."""

    idea = models.ForeignKey(
        "ideas.Idea",
        verbose_name=_("idea"),
        on_delete=models.CASCADE,
        related_name="partner_referrals",
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="referrals"
    )
    message = models.TextField(_("message to the partner"), blank=True)
    contact_details_shared = models.BooleanField(_("contact details shared"), default=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("referred"), default=timezone.now)

    class Meta:
        verbose_name = _("referral to a partner")
        verbose_name_plural = _("referrals to partners")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.idea_id} → {self.partner}"
