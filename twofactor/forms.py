from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One field for a code from the authenticator app or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_("The 6-digit code in your authenticator app, or one of your recovery codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


class AppCodeForm(CodeForm):
    code = forms.CharField(
        label=_("Code from the app"),
        max_length=10,
        help_text=_("The 6 digits the app shows now."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class FreshCodeForm(CodeForm):
    """A code asked again before a change to the user's second factors."""

    code = forms.CharField(
        label=_("Code to confirm"),
        max_length=20,
        help_text=_("A new code from your authenticator app, or one of your recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code"}),
    )
