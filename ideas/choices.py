"""Choices an idea is sorted by: the area of the municipality's services and the municipality."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.choices import Municipality  # noqa: F401 - part of this module's lists


class Area(models.TextChoices):
    ELDERLY_CARE = "elderly_care", _("Elderly care")
    DISABILITY_CARE = "disability_care", _("Disability care")
    HEALTH = "health", _("Health and well-being")
    SCHOOL = "school", _("School and education")
    SOCIAL_SERVICES = "social_services", _("Social services")
    CULTURE_LEISURE = "culture_leisure", _("Culture and leisure")
    ENVIRONMENT = "environment", _("Environment and climate")
    TRANSPORT = "transport", _("Streets and transport")
    DIGITAL_SERVICES = "digital_services", _("Digital services")
    # "Annat": område is neuter, unlike the "Other" (annan) of other lists.
    OTHER = "other", pgettext_lazy("area of services", "Other")


class Language(models.TextChoices):
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")


class IdeaKind(models.TextChoices):
    IDEA = "idea", _("Idea")
    NEED = "need", _("Need")


class SubmitterKind(models.TextChoices):
    """Who sent the idea."""

    RESIDENT = "resident", _("Resident")
    EMPLOYEE = "employee", _("Employee of the municipality")
    ORGANISATION = "organisation", _("Association or organisation")
    COMPANY = "company", _("Company")


class Channel(models.TextChoices):
    """How the idea came in. Everything but the web form is registered by an idea handler."""

    WEB = "web", _("Web form")
    WORKPLACE_MEETING = "workplace_meeting", _("Workplace meeting")
    IDEA_COACH = "idea_coach", _("Idea coach")
    PHONE = "phone", _("Phone")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("E-mail")
    EVENT = "event", _("Event")
