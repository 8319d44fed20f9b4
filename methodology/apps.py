from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodologyConfig(AppConfig):
    name = "methodology"
    verbose_name = _("Method and toolkit")
