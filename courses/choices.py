"""The fixed lists that courses, sessions and registrations choose from."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    POLITICIANS = "politicians", _("Politicians")
    MANAGERS = "managers", _("Managers")
    STAFF = "staff", _("Staff")


class CourseFormat(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    LECTURE = "lecture", _("Lecture")
    SELF_STUDY = "self_study", _("Self-study")


class SessionLanguage(models.TextChoices):
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING_LIST = "waiting_list", _("Waiting list")
    OFFERED = "offered", _("Seat offered")
    OFFER_EXPIRED = "offer_expired", _("Offer expired")
    CANCELLED = "cancelled", _("Registration cancelled")


# A seat is held by a confirmed registration and by an offer not yet answered.
HOLDS_SEAT = (RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED)
