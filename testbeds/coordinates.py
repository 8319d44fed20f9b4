"""Coordinates typed the Swedish way: a decimal comma is as good as a decimal point."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class CoordinateField(forms.DecimalField):
    """Decimal degrees that accept `65,317` and `65.317`. A text input with a decimal keyboard
    replaces the number input, which drops a comma in some browsers (65,317 became 65317)."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(" ", "").replace("\u2212", "-").replace(",", ".")
        return super().to_python(value)

    def widget_attrs(self, widget):
        # No min, max or step: those belong to a number input.
        return {}


class TestbedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, limit in (("latitude", 90), ("longitude", 180)):
            if name in self.fields:
                field = self.fields[name]
                self.fields[name] = CoordinateField(
                    label=field.label,
                    help_text=field.help_text,
                    required=field.required,
                    max_digits=field.max_digits,
                    decimal_places=field.decimal_places,
                    min_value=-limit,
                    max_value=limit,
                    localize=True,  # shown with the admin language's decimal separator
                )
