"""The idea handlers' forms for what comes of an idea: record a decision, plan the follow-up,
add an indicator, record a measured value. Each saves through ideas.outcomes, which records an
IdeaEvent with the acting user."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.form_fields import PlainTextField
from ideas import outcomes
from ideas.admin_forms import HandlerChoiceField
from ideas.models import Administration, Decision, FollowUp, Unit
from ideas.models.ideas import TEXT_MAX_LENGTH
from ideas.permissions import handlers_of
from ideas.stages import Stage

NUMBER_ERRORS = {
    "required": _("Write a number."),
    "invalid": _("Write a number, for example 12 or 12.5."),
    "max_digits": _("Write a number with at most 12 digits before the decimal point."),
    "max_decimal_places": _("Write a number with at most two decimals."),
    "max_whole_digits": _("Write a number with at most 12 digits before the decimal point."),
}


def number_field(label, **kwargs):
    return forms.DecimalField(
        label=label,
        max_digits=14,
        decimal_places=2,
        error_messages=NUMBER_ERRORS,
        localize=True,
        **kwargs,
    )


def date_field(label, **kwargs):
    return forms.DateField(
        label=label,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Write the date as YYYY-MM-DD.")},
        **kwargs,
    )


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Decision"),
        choices=Decision.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the decision.")},
        help_text=_("“Not now” and “No” close the idea. “Go on” moves it to the stage you choose."),
    )
    next_stage = forms.ChoiceField(
        label=_("Next stage (for “Go on”)"),
        choices=[("", _("Keep the present stage"))]
        + [(stage.value, stage.label) for stage in outcomes.GO_ON_STAGES],
        required=False,
    )
    reason = PlainTextField(
        label=_("Reason"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        error_messages={
            "required": _("Write the reason for the decision. The submitter reads it.")
        },
        help_text=_("In plain language: the submitter gets it by e-mail, and the board shows it."),
    )
    reason_en = PlainTextField(
        label=_("Reason in English"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("Optional. Without it, the English pages show the reason as written."),
    )
    decided_by = PlainTextField(
        label=_("Decided by"),
        max_length=150,
        error_messages={"required": _("Write who decided: a role or a body.")},
        help_text=_("A role or a body, for example “Socialnämnden” or “Head of elderly care”."),
    )
    decided_on = date_field(_("Date of the decision"))
    case_number = PlainTextField(label=_("Case number"), max_length=50, required=False)
    minutes_url = forms.URLField(
        label=_("Link to the minutes"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Write a full web address, starting with https://.")},
    )

    def __init__(self, *args, idea, **kwargs):
        self.idea = idea
        kwargs.setdefault("initial", {"decided_on": timezone.localdate()})
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if self.idea.stage in (Stage.MERGED, Stage.CLOSED):
            raise forms.ValidationError(
                _("This idea is closed or merged. Decisions are taken on open ideas.")
            )
        going_on = cleaned_data.get("outcome") == Decision.Outcome.GO_ON
        if not going_on or cleaned_data.get("next_stage") == self.idea.stage:
            cleaned_data["next_stage"] = ""
        return cleaned_data

    def save(self, actor):
        return outcomes.record_decision(self.idea, actor=actor, **self.cleaned_data)


class FollowUpForm(forms.Form):
    administration = forms.ModelChoiceField(
        label=_("Owning administration"),
        queryset=Administration.objects.none(),
        required=False,
        empty_label=_("Not decided yet"),
        error_messages={"invalid_choice": _("Choose one of the administrations in the list.")},
    )
    unit = forms.ModelChoiceField(
        label=_("Owning unit"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("Not decided yet"),
        error_messages={"invalid_choice": _("Choose one of the units in the list.")},
    )
    responsible = HandlerChoiceField(
        label=_("Responsible person"),
        queryset=None,
        required=False,
        empty_label=_("Nobody yet"),
        error_messages={"invalid_choice": _("Choose one of the people in the list.")},
    )
    planned_start = date_field(_("Planned start"), required=False)
    planned_end = date_field(_("Planned end"), required=False)
    follow_up_on = date_field(_("Follow-up date"))

    def __init__(self, *args, idea, **kwargs):
        self.idea = idea
        self.existing = FollowUp.objects.filter(idea=idea).first()
        if self.existing is not None:
            kwargs.setdefault(
                "initial",
                {
                    "administration": self.existing.administration_id,
                    "unit": self.existing.unit_id,
                    "responsible": self.existing.responsible_id,
                    "planned_start": self.existing.planned_start,
                    "planned_end": self.existing.planned_end,
                    "follow_up_on": self.existing.follow_up_on,
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["follow_up_on"].error_messages["required"] = _("Choose the follow-up date.")
        administrations = (
            Administration.objects.source().active().filter(municipality=idea.municipality)
        )
        self.fields["administration"].queryset = administrations.order_by("sort_order", "name")
        self.fields["unit"].queryset = (
            Unit.objects.source()
            .active()
            .filter(administration__in=administrations)
            .select_related("administration")
            .order_by("administration__sort_order", "sort_order", "name")
        )
        self.fields["unit"].label_from_instance = lambda unit: (
            f"{unit.administration.name}: {unit.name}"
        )
        self.fields["responsible"].queryset = handlers_of([idea.municipality]).order_by(
            "first_name", "last_name", "username"
        )

    def clean_follow_up_on(self):
        follow_up_on = self.cleaned_data["follow_up_on"]
        changed = self.existing is None or follow_up_on != self.existing.follow_up_on
        if changed and follow_up_on < timezone.localdate():
            raise forms.ValidationError(_("The follow-up date cannot be in the past."), code="past")
        return follow_up_on

    def clean(self):
        cleaned_data = super().clean()
        administration, unit = cleaned_data.get("administration"), cleaned_data.get("unit")
        if unit is not None and administration is None:
            cleaned_data["administration"] = unit.administration
        elif unit is not None and unit.administration_id != administration.pk:
            self.add_error("unit", _("Choose a unit of the chosen administration."))
        start, end = cleaned_data.get("planned_start"), cleaned_data.get("planned_end")
        if start and end and end < start:
            self.add_error("planned_end", _("The planned end cannot be before the start."))
        return cleaned_data

    def save(self, actor):
        return outcomes.save_follow_up(self.idea, actor=actor, **self.cleaned_data)


class IndicatorForm(forms.Form):
    name = PlainTextField(
        label=_("Indicator"),
        max_length=150,
        error_messages={"required": _("Name the indicator.")},
        help_text=_("What is measured, for example “Falls at night per month”."),
    )
    unit = PlainTextField(
        label=_("Unit"),
        max_length=50,
        error_messages={"required": _("Give the unit the indicator is measured in.")},
        help_text=_("For example “falls”, “minutes” or “per cent”."),
    )
    baseline = number_field(_("Baseline"), help_text=_("The value before the change."))
    target = number_field(_("Target"), help_text=_("The value aimed at."))

    def __init__(self, *args, follow_up, **kwargs):
        self.follow_up = follow_up
        super().__init__(*args, **kwargs)

    def save(self, actor):
        return outcomes.add_indicator(self.follow_up, actor=actor, **self.cleaned_data)


class MeasurementForm(forms.Form):
    value = number_field(_("Measured value"))
    measured_on = date_field(_("Date measured"))

    def __init__(self, *args, indicator, **kwargs):
        self.indicator = indicator
        kwargs.setdefault("initial", {"measured_on": timezone.localdate()})
        super().__init__(*args, **kwargs)
        self.fields["value"].help_text = _("In %(unit)s.") % {"unit": indicator.unit}

    def clean_measured_on(self):
        measured_on = self.cleaned_data["measured_on"]
        if measured_on > timezone.localdate():
            raise forms.ValidationError(_("A value cannot be measured in the future."))
        return measured_on

    def save(self, actor):
        return outcomes.add_measurement(self.indicator, actor=actor, **self.cleaned_data)
