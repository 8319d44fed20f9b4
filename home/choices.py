"""Value lists shared by several apps. Stored codes are stable; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.TextChoices):
    PITEA = "pitea", _("Piteå")
    SKELLEFTEA = "skelleftea", _("Skellefteå")
