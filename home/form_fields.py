"""The fields of the site's public forms, with the same plain, translated messages everywhere.

Every text a visitor types is kept as plain text (`PlainTextField`): control characters are
removed, lengths are limited, and HTML stays text (templates escape it). Course registration,
testbed contact, the idea form and the residents' participation forms all build their fields
here, so a message is written once, in both languages."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

ERRORS = {
    "required": _("Fill in this field."),
    "max_length": _("Write at most %(limit_value)d characters. You wrote %(show_value)d."),
}
INVALID_EMAIL = _("Write an e-mail address in the form name@example.com.")
EMAIL_ERRORS = {
    **ERRORS,
    "required": _("Write your e-mail address."),
    "invalid": INVALID_EMAIL,
}


def plain_text(value: str, *, multiline: bool) -> str:
    """The text without control characters (newlines and tabs are kept in long texts)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    kept = "".join(
        char for char in value if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs")
    )
    return kept.strip()


class PlainTextField(forms.CharField):
    """A text field that keeps only plain text, with the site's messages."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("error_messages", ERRORS)
        if multiline:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}))
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = plain_text(value, multiline=self.multiline)
        return super().to_python(value)


def text_field(label, max_length, autocomplete, required=True, widget=None, help_text=""):
    """A plain-text field; a Textarea widget makes it keep line breaks."""
    return PlainTextField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        multiline=isinstance(widget, forms.Textarea),
        widget=widget or forms.TextInput(attrs={"autocomplete": autocomplete}),
    )


def email_field(label, help_text="", required=True, autocomplete="email"):
    """An e-mail address. Use autocomplete="off" where staff type someone else's address."""
    return forms.EmailField(
        label=label,
        max_length=254,
        required=required,
        help_text=help_text,
        widget=forms.EmailInput(attrs={"autocomplete": autocomplete}),
        error_messages=EMAIL_ERRORS,
    )
