from django import forms
from django.utils.translation import gettext_lazy as _

from home.form_fields import email_field, text_field
from home.form_protection import ProtectedFormMixin


class RegistrationForm(ProtectedFormMixin, forms.Form):
    """The public registration for a course session."""

    name = text_field(_("Name"), 200, "name")
    email = email_field(_("E-mail address"), help_text=_("We send the confirmation here."))
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
