"""The fixed value lists of the catalogue. Stored codes are stable (they appear in URLs, imports
and the open data); the labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import Municipality  # noqa: F401 - part of this module's lists


class EnvironmentType(models.TextChoices):
    LAB = "lab", _("Lab environment")
    SIMULATED = "simulated", _("Simulated environment")
    REAL_LIFE = "real_life", _("Real-life environment")


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    PLANNED = "planned", _("Planned")
    CLOSED = "closed", _("Closed")


class RequestLanguage(models.TextChoices):
    """The language a contact request was written in (the page's)."""

    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")
