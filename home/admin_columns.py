"""Columns for the admin's listings."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    """A true/false field as the words "Ja"/"Nej" ("Yes"/"No"), read the same by everyone."""

    def get_value(self, instance):
        return _("Yes") if super().get_value(instance) else _("No")
