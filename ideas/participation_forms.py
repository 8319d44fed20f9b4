"""The residents' small forms for taking part: an e-mail address to support or follow an idea,
or to get one's tracking links sent again. Protected like the idea form (home/form_protection.py:
honeypot, form token, rate limit), so no CAPTCHA is needed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.form_protection import ProtectedFormMixin
from ideas.forms import ERRORS


class AddressForm(ProtectedFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            **ERRORS,
            "required": _("Write your e-mail address."),
            "invalid": _("Write an e-mail address in the form name@example.com."),
        },
    )
