"""The admin forms of the sluice inside the municipalities: register an idea received outside
the web form on someone's behalf, assess an idea against criteria, refer it to a partner, and
a manager's comment. Each records what it did as an IdeaEvent with the acting user."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import Municipality
from home.form_fields import PlainTextField, email_field
from ideas import co_submitters
from ideas.choices import Area, Channel, Language
from ideas.forms import SenderFieldsMixin, choice_field
from ideas.models import (
    Assessment,
    AssessmentRating,
    Idea,
    IdeaEvent,
    IdeaSubmitter,
    Partner,
    PartnerReferral,
)
from ideas.models.assessment import RATING_MAX, RATING_MIN, STANDARD_CRITERIA
from ideas.models.ideas import (
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    SHORT_TEXT_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)
from ideas.notifications import queue_receipt
from ideas.staff_mail import queue_manager_alert, queue_partner_referral

TEAM_MAX = 30


def parse_team(text: str) -> list[dict]:
    """One person a line: name, then e-mail and phone if known, separated by commas."""
    people = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = [part.strip() for part in line.split(",") if part.strip()]
        if not parts:
            continue
        person = {"name": parts[0][:NAME_MAX_LENGTH], "email": "", "phone": ""}
        for part in parts[1:]:
            if "@" in part:
                try:
                    validate_email(part)
                except ValidationError:
                    raise ValidationError(
                        _("Line %(line)s: “%(value)s” is not an e-mail address."),
                        params={"line": number, "value": part},
                    ) from None
                person["email"] = part
            else:
                person["phone"] = part[:PHONE_MAX_LENGTH]
        people.append(person)
    if len(people) > TEAM_MAX:
        raise ValidationError(_("Write at most %(max)s people."), params={"max": TEAM_MAX})
    return people


class RegisterIdeaForm(SenderFieldsMixin, forms.Form):
    """An idea received at a workplace meeting, by phone, letter, e-mail, through an idea coach
    or at an event, registered by a handler of its municipality on the submitter's behalf."""

    channel = choice_field(
        _("How did the idea come in?"),
        [(value, label) for value, label in Channel.choices if value != Channel.WEB],
    )
    municipality = choice_field(_("Municipality"), [])
    title = PlainTextField(label=_("The idea in a few words"), max_length=TITLE_MAX_LENGTH)
    description = PlainTextField(label=_("Description"), max_length=TEXT_MAX_LENGTH, multiline=True)
    need = PlainTextField(label=_("Need or problem"), max_length=TEXT_MAX_LENGTH, multiline=True)
    who_benefits = PlainTextField(
        label=_("Who would benefit"),
        max_length=SHORT_TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
    )
    area = choice_field(_("Area"), Area.choices)
    language = choice_field(_("Language"), Language.choices, initial=Language.SWEDISH)
    submitter_name = PlainTextField(label=_("Name"), max_length=NAME_MAX_LENGTH, required=False)
    # Someone else's address: the browser must not fill in the handler's own.
    submitter_email = email_field(_("E-mail"), required=False, autocomplete="off")
    submitter_phone = PlainTextField(label=_("Phone"), max_length=PHONE_MAX_LENGTH, required=False)
    team = PlainTextField(
        label=_("Other people in the team behind the idea"),
        multiline=True,
        required=False,
        max_length=TEXT_MAX_LENGTH,
        help_text=_(
            "Optional. One person a line: name, then e-mail and phone if they gave them, "
            "separated by commas."
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "The submitters were told how the municipality handles the idea and their personal "
            "data, and agreed"
        ),
        required=False,
        help_text=_("Without consent, only the idea is stored: no names, e-mails or phones."),
    )
    show_name = forms.BooleanField(
        label=_("They agreed that the name is shown if the idea is published"), required=False
    )
    wants_updates = forms.BooleanField(
        label=_("They want an e-mail when the idea moves to a new stage"), required=False
    )
    shares_contact_with_partners = forms.BooleanField(
        label=_("They agreed that a partner may contact them about the idea"), required=False
    )
    internal_note = PlainTextField(
        label=_("Internal note"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("Only idea handlers see this note."),
    )

    personal_fields = ["submitter_name", "submitter_email", "submitter_phone", "team"]

    def __init__(self, *args, municipalities, language_code="sv", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [
            ("", _("Choose…")),
            *[(code, Municipality(code).label) for code in municipalities],
        ]
        if len(municipalities) == 1:
            self.fields["municipality"].initial = municipalities[0]
        self.init_sender_fields(language_code)

    def clean_team(self):
        return parse_team(self.cleaned_data["team"])

    def clean(self):
        cleaned_data = super().clean()
        self.clean_sender(cleaned_data)
        if not cleaned_data.get("consent"):
            # What was said about people who did not agree is not stored.
            given = [name for name in self.personal_fields if cleaned_data.get(name)]
            for name in given:
                self.add_error(
                    name,
                    _("Leave this empty, or tick that the submitters agreed to the handling."),
                )
        needs_email = cleaned_data.get("wants_updates") and not cleaned_data.get("submitter_email")
        if needs_email and "submitter_email" not in self.errors:
            self.add_error("submitter_email", _("Write the e-mail address to send updates to."))
        return cleaned_data

    @transaction.atomic
    def save(self, actor) -> Idea:
        data = self.cleaned_data
        consent_at = timezone.now() if data["consent"] else None
        idea = Idea.objects.create(
            title=data["title"],
            description=data["description"],
            need=data["need"],
            who_benefits=data["who_benefits"],
            area=data["area"],
            municipality=data["municipality"],
            language=data["language"],
            channel=data["channel"],
            submitter_kind=data["submitter_kind"],
            administration_id=data["administration"],
            unit_id=data["unit"],
            workplace=data["workplace"],
            submitter_name=data["submitter_name"],
            submitter_email=data["submitter_email"],
            submitter_phone=data["submitter_phone"],
            show_name=data["show_name"] and bool(data["submitter_name"]),
            wants_updates=data["wants_updates"],
            shares_contact_with_partners=data["shares_contact_with_partners"],
            consent_at=consent_at,
            registered_by=actor,
        )
        # The team asked for news or not together with the submitter.
        team = IdeaSubmitter.objects.bulk_create(
            [
                IdeaSubmitter(
                    idea=idea,
                    consent_at=consent_at,
                    joined_as=IdeaSubmitter.Joined.TEAM,
                    wants_updates=data["wants_updates"],
                    **person,
                )
                for person in data["team"]
            ]
        )
        IdeaEvent.objects.create(
            idea=idea,
            kind=IdeaEvent.Kind.RECEIVED,
            to_stage=idea.stage,
            created_at=idea.created_at,
        )
        IdeaEvent.objects.create(
            idea=idea,
            kind=IdeaEvent.Kind.REGISTERED,
            actor=actor,
            internal_note=data["internal_note"] or str(idea.get_channel_display()),
        )
        if idea.submitter_email:
            queue_receipt(idea)
        for member in team:
            co_submitters.queue_receipt(member, idea)
        queue_manager_alert(idea)
        return idea


RATING_CHOICES = [
    ("", _("Not rated")),
    *[(str(n), str(n)) for n in range(RATING_MIN, RATING_MAX + 1)],
]
ANSWER_CHOICES = [("", _("Not answered")), *AssessmentRating.Answer.choices]


class AssessmentForm(forms.Form):
    """The standard criteria, each with a rating 1–5 (or yes / no / don't know for the two
    perspectives) and a comment, and a summary. Starts from the idea's latest assessment."""

    summary = PlainTextField(
        label=_("Summary of the assessment"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        error_messages={"required": _("Write a summary of the assessment.")},
    )

    def __init__(self, *args, idea, criteria=STANDARD_CRITERIA, **kwargs):
        self.idea = idea
        self.criteria = criteria
        latest = idea.assessments.prefetch_related("ratings").first()
        initial = {}
        if latest is not None:
            initial["summary"] = latest.summary
            for row in latest.ratings.all():
                initial[f"{row.criterion}_value"] = row.answer or (str(row.rating or ""))
                initial[f"{row.criterion}_comment"] = row.comment
        kwargs["initial"] = {**initial, **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        for criterion in criteria:
            self.fields[f"{criterion.key}_value"] = forms.ChoiceField(
                label=f"{criterion.label}: {criterion.question}",
                choices=ANSWER_CHOICES if criterion.perspective else RATING_CHOICES,
                required=False,
                error_messages={"invalid_choice": _("Choose one of the options.")},
            )
            self.fields[f"{criterion.key}_comment"] = PlainTextField(
                label=_("Comment"),
                max_length=SHORT_TEXT_MAX_LENGTH,
                multiline=True,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        self.order_fields(
            [name for c in criteria for name in (f"{c.key}_value", f"{c.key}_comment")]
        )

    def clean(self):
        cleaned_data = super().clean()
        if not any(cleaned_data.get(f"{c.key}_value") for c in self.criteria):
            raise ValidationError(_("Rate or answer at least one criterion."))
        return cleaned_data

    @transaction.atomic
    def save(self, actor):
        data = self.cleaned_data
        assessment = Assessment.objects.create(idea=self.idea, summary=data["summary"], actor=actor)
        rows = []
        for order, criterion in enumerate(self.criteria):
            value = data[f"{criterion.key}_value"]
            rows.append(
                AssessmentRating(
                    assessment=assessment,
                    criterion=criterion.key,
                    question=str(criterion.question)[:300],
                    rating=int(value) if value and not criterion.perspective else None,
                    answer=value if criterion.perspective else "",
                    comment=data[f"{criterion.key}_comment"],
                    sort_order=order,
                )
            )
        AssessmentRating.objects.bulk_create(rows)
        return IdeaEvent.objects.create(
            idea=self.idea,
            kind=IdeaEvent.Kind.ASSESSED,
            actor=actor,
            internal_note=data["summary"],
        )


class PartnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, partner):
        return partner.name


class ReferForm(forms.Form):
    partner = PartnerChoiceField(
        label=_("Partner"),
        queryset=Partner.objects.none(),
        empty_label=_("Choose…"),
        error_messages={
            "required": _("Choose a partner."),
            "invalid_choice": _("Choose one of the partners in the list."),
        },
    )
    message = PlainTextField(
        label=_("Message to the partner"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        help_text=_(
            "Describe the idea and what support you ask for, in your own words. Leave out "
            "anything that could identify the submitter."
        ),
        error_messages={"required": _("Write what the partner should know and do.")},
    )

    def __init__(self, *args, idea, **kwargs):
        self.idea = idea
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = (
            Partner.objects.source()
            .active()
            .filter(municipality__in=["", idea.municipality])
            .order_by("sort_order", "name")
        )

    @transaction.atomic
    def save(self, actor):
        data = self.cleaned_data
        shared = self.idea.shares_contact_with_partners and self.idea.has_personal_data
        referral = PartnerReferral.objects.create(
            idea=self.idea,
            partner=data["partner"],
            message=data["message"],
            contact_details_shared=shared,
            actor=actor,
        )
        queue_partner_referral(referral)
        return IdeaEvent.objects.create(
            idea=self.idea,
            kind=IdeaEvent.Kind.REFERRED,
            actor=actor,
            internal_note=f"{data['partner'].name}: {data['message']}",
        )


class ManagerCommentForm(forms.Form):
    comment = PlainTextField(
        label=_("Manager's comment"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        help_text=_("The idea handlers and the other managers of the administration see it."),
        error_messages={"required": _("Write your comment.")},
    )

    def __init__(self, *args, idea, **kwargs):
        self.idea = idea
        super().__init__(*args, **kwargs)

    def save(self, actor):
        return IdeaEvent.objects.create(
            idea=self.idea,
            kind=IdeaEvent.Kind.MANAGER_COMMENT,
            actor=actor,
            internal_note=self.cleaned_data["comment"],
        )
