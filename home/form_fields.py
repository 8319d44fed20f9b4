"""The fields of the site's public forms, with the same plain, translated messages everywhere."""

from django import forms
from django.utils.translation import gettext_lazy as _

ERRORS = {
    "required": _("Fill in this field."),
    "max_length": _("Write at most %(limit_value)d characters. You wrote %(show_value)d."),
}
INVALID_EMAIL = _("Write an e-mail address in the form name@example.com.")


def text_field(label, max_length, autocomplete, required=True, widget=None, help_text=""):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=widget or forms.TextInput(attrs={"autocomplete": autocomplete}),
        error_messages=ERRORS,
    )


def email_field(label, help_text="", required=True):
    return forms.EmailField(
        label=label,
        max_length=254,
        required=required,
        help_text=help_text,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={**ERRORS, "invalid": INVALID_EMAIL},
    )
