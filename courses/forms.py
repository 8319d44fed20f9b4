from django import forms
from django.utils.translation import gettext_lazy as _

from home.form_protection import ProtectedFormMixin

REQUIRED = _("Fill in this field.")
TOO_LONG = _("Write at most %(limit_value)d characters. You wrote %(show_value)d.")


def text_field(label, max_length, autocomplete, required=True, widget=None, help_text=""):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=widget or forms.TextInput(attrs={"autocomplete": autocomplete}),
        error_messages={"required": REQUIRED, "max_length": TOO_LONG},
    )


class RegistrationForm(ProtectedFormMixin, forms.Form):
    """The public registration for a course session."""

    name = text_field(_("Name"), 200, "name")
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send the confirmation here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": REQUIRED,
            "invalid": _("Write an e-mail address in the form name@example.com."),
            "max_length": TOO_LONG,
        },
    )
    organisation = text_field(
        _("Organisation"),
        200,
        "organization",
        help_text=_("For example the municipality or the administration you work for."),
    )
    role = text_field(
        _("Role"),
        200,
        "organization-title",
        help_text=_("For example municipal councillor, unit manager or care worker."),
    )
    needs = text_field(
        _("Accessibility or dietary needs"),
        1000,
        "off",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "For example an induction loop, a sign language interpreter, step-free access or "
            "food allergies. Write only what we need to know to arrange the session: we use it "
            "for nothing else and erase it when the session has ended."
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I have read how my registration is handled. If I have written about my needs, I "
            "agree that they are used to arrange the session."
        ),
        error_messages={"required": _("You need to agree before you can register.")},
    )
