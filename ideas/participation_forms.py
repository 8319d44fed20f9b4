"""The residents' small forms for taking part: an e-mail address to support or follow an idea,
or to get one's tracking links sent again. Protected like the idea form (home/form_protection.py:
honeypot, form token, rate limit), so no CAPTCHA is needed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.form_fields import email_field
from home.form_protection import ProtectedFormMixin


class AddressForm(ProtectedFormMixin, forms.Form):
    email = email_field(_("Your e-mail address"))
