"""The public form residents propose an idea with. Everything typed is kept as plain text
(home/form_fields.py: control characters removed, lengths limited, HTML kept as text)."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.form_fields import ERRORS, PlainTextField, email_field
from home.form_protection import ProtectedFormMixin
from ideas.choices import Area, IdeaKind, Municipality, SubmitterKind
from ideas.models.ideas import (
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    SHORT_TEXT_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)
from ideas.models.organisation import organisation_choices


def choice_field(label, choices, **kwargs):
    return forms.ChoiceField(
        label=label,
        choices=[("", _("Choose…")), *choices],
        error_messages={
            "required": _("Choose one of the options."),
            "invalid_choice": _("Choose one of the options."),
        },
        **kwargs,
    )


class SenderFieldsMixin(forms.Form):
    """Who sends the idea: a resident, an employee (with their administration and, optionally,
    unit or workplace), an organisation or a company. The administration must be one of the
    chosen municipality's, the unit one of the administration's; for anyone but an employee
    they are left out. The fields are always shown (no script needed): the form says they are
    for employees only. Needs a `municipality` field; call `init_sender_fields(language)`."""

    # Not required: a form sent without it (an older page) is a resident's.
    submitter_kind = forms.ChoiceField(
        label=_("Who is sending the idea?"),
        choices=SubmitterKind.choices,
        initial=SubmitterKind.RESIDENT,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the options.")},
    )
    administration = choice_field(
        _("Administration"),
        [],
        required=False,
        help_text=_("The administration (förvaltning) you work in."),
    )
    unit = choice_field(
        _("Unit"), [], required=False, help_text=_("Optional. Your unit, if it is in the list.")
    )
    workplace = PlainTextField(
        label=_("Workplace"),
        max_length=NAME_MAX_LENGTH,
        required=False,
        help_text=_("Optional. For example the name of your care home or school."),
    )

    sender_field_names = ["submitter_kind"]
    employee_field_names = ["administration", "unit", "workplace"]

    def init_sender_fields(self, language_code):
        self.organisation = organisation_choices(language_code)
        self.fields["administration"].choices = [
            ("", _("Choose…")),
            *self.organisation["administrations"],
        ]
        self.fields["unit"].choices = [("", _("No unit chosen")), *self.organisation["units"]]

    def sender_fields(self):
        return [self[name] for name in self.sender_field_names]

    def employee_fields(self):
        return [self[name] for name in self.employee_field_names]

    def clean_sender(self, cleaned_data):
        """Check the employee's administration and unit; store their ids (or None)."""
        administration = int(cleaned_data.get("administration") or 0) or None
        unit = int(cleaned_data.get("unit") or 0) or None
        if "submitter_kind" not in self.errors and not cleaned_data.get("submitter_kind"):
            cleaned_data["submitter_kind"] = SubmitterKind.RESIDENT
        if cleaned_data.get("submitter_kind") != SubmitterKind.EMPLOYEE:
            cleaned_data.update(administration=None, unit=None, workplace="")
            return
        cleaned_data.update(administration=administration, unit=unit)
        municipality = cleaned_data.get("municipality")
        if "administration" in self.errors:
            return
        if administration is None:
            self.add_error("administration", _("Choose the administration you work in."))
        elif municipality and self.organisation["municipality_of"][administration] != municipality:
            self.add_error(
                "administration",
                _("Choose an administration of %(municipality)s, the municipality you chose.")
                % {"municipality": Municipality(municipality).label},
            )
        elif (
            unit is not None and self.organisation["administration_of"].get(unit) != administration
        ):
            self.add_error("unit", _("Choose a unit of the administration you chose, or none."))


class IdeaForm(ProtectedFormMixin, SenderFieldsMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("What do you want to send?"),
        choices=[
            (IdeaKind.IDEA, _("An idea: I have a suggestion for how something could be done")),
            (IdeaKind.NEED, _("A need: I describe a problem, without a solution yet")),
        ],
        initial=IdeaKind.IDEA,
        required=False,  # an idea unless a need is chosen
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose one of the options."),
            "invalid_choice": _("Choose one of the options."),
        },
    )
    title = PlainTextField(
        label=_("Your idea in a few words"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("A short title, for example “Sensor lights in the corridors at night”."),
    )
    description = PlainTextField(
        label=_("Describe your idea"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("If you send a need, you can leave this empty."),
    )
    need = PlainTextField(
        label=_("What need or problem does the idea meet?"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
    )
    who_benefits = PlainTextField(
        label=_("Who would benefit from it?"),
        max_length=SHORT_TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
    )
    area = choice_field(_("Area"), Area.choices)
    municipality = choice_field(_("Municipality"), Municipality.choices)
    anonymous = forms.BooleanField(
        label=_("Send the idea without contact details"),
        required=False,
        help_text=_(
            "We then do not store your name, e-mail or phone. You can still follow the idea "
            "with the link you get after sending it."
        ),
    )
    name = PlainTextField(
        label=_("Name"),
        max_length=NAME_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = email_field(_("E-mail"), required=False)
    phone = PlainTextField(
        label=_("Phone"),
        max_length=PHONE_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        validators=[
            RegexValidator(
                r"^\+?[0-9 ()-]{5,}$",
                _("Write the phone number with digits, for example 070-123 45 67."),
            )
        ],
    )
    show_name = forms.BooleanField(
        label=_("Show my name with the idea if it is published"), required=False
    )
    wants_updates = forms.BooleanField(
        label=_("Send me an e-mail when the idea moves to a new stage"), required=False
    )
    shares_contact_with_partners = forms.BooleanField(
        label=_("A partner the municipality works with may contact me about the idea"),
        required=False,
        help_text=_(
            "For example a university or a science park that could help develop it. Without "
            "this, partners only get the idea, never your contact details."
        ),
    )
    consent = forms.BooleanField(
        label=_("I have read how the municipality handles my idea and my personal data"),
        error_messages={"required": _("Tick the box to send the idea.")},
    )

    idea_field_names = [
        "kind",
        "title",
        "description",
        "need",
        "who_benefits",
        "area",
        "municipality",
    ]
    contact_field_names = [
        "anonymous",
        "name",
        "email",
        "phone",
        "show_name",
        "wants_updates",
        "shares_contact_with_partners",
    ]

    def __init__(self, *args, privacy_url="", language_code="sv", challenge=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.init_sender_fields(language_code)
        self.challenge = challenge
        if challenge is not None:
            # An answer to a challenge is an idea, in the challenge's municipality and area.
            del self.fields["kind"]
            self.idea_field_names = [name for name in self.idea_field_names if name != "kind"]
            self.fields["municipality"].initial = challenge.municipality
            self.fields["area"].initial = challenge.area
        if privacy_url:
            self.fields["consent"].help_text = format_html(
                gettext('Read <a href="{url}">how we handle personal data</a>.'), url=privacy_url
            )

    def idea_fields(self):
        return [self[name] for name in self.idea_field_names]

    def contact_fields(self):
        return [self[name] for name in self.contact_field_names]

    def clean(self):
        cleaned_data = super().clean()
        self.clean_sender(cleaned_data)
        if self.challenge is not None:
            cleaned_data["kind"] = IdeaKind.IDEA
            municipality = cleaned_data.get("municipality")
            if municipality and municipality != self.challenge.municipality:
                self.add_error(
                    "municipality",
                    _(
                        "This challenge belongs to %(municipality)s. Choose %(municipality)s, "
                        "or send your idea with the ordinary form."
                    )
                    % {"municipality": self.challenge.get_municipality_display()},
                )
        kind = cleaned_data["kind"] = cleaned_data.get("kind") or IdeaKind.IDEA
        no_description = not cleaned_data.get("description") and "description" not in self.errors
        if kind == IdeaKind.IDEA and no_description:
            self.add_error("description", ERRORS["required"])
        if cleaned_data.get("anonymous"):
            for field in ("name", "email", "phone"):
                cleaned_data[field] = ""
            cleaned_data["show_name"] = False
            cleaned_data["wants_updates"] = False
            cleaned_data["shares_contact_with_partners"] = False
            return cleaned_data
        # A missing address or name only needs saying if the field has no error already.
        needs_email = cleaned_data.get("wants_updates") and not cleaned_data.get("email")
        if needs_email and "email" not in self.errors:
            self.add_error("email", _("Write your e-mail address to get updates."))
        needs_name = cleaned_data.get("show_name") and not cleaned_data.get("name")
        if needs_name and "name" not in self.errors:
            self.add_error("name", _("Write your name if it is to be shown."))
        return cleaned_data
