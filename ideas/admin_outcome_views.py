"""The idea handlers' views for what comes of an idea: record a decision, plan the follow-up,
add an indicator and record a measured value. Like every idea action they start from the ideas
of the user's municipalities (IdeaActionView), so a foreign idea is a 404."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from ideas.admin_outcome_forms import DecisionForm, FollowUpForm, IndicatorForm, MeasurementForm
from ideas.admin_views import IdeaActionView
from ideas.models import FollowUp, Indicator


class DecisionView(IdeaActionView):
    page_title = _("Record a decision")
    form_class = DecisionForm
    submit_label = _("Record the decision")
    success_message = _("The decision on %(reference)s has been recorded.")
    intro = _(
        "Record the decision taken on the idea and why. The submitter gets the reason by "
        "e-mail in their language, and the idea board shows it if the idea is published. "
        "“Not now” and “No” close the idea."
    )


class FollowUpView(IdeaActionView):
    page_title = _("Plan the follow-up")
    form_class = FollowUpForm
    submit_label = _("Save the follow-up")
    success_message = _("The follow-up of %(reference)s has been saved.")
    intro = _(
        "Who owns the implementation, when it is planned, and when its effects are followed "
        "up. When the follow-up date has passed, the responsible person and the idea handler "
        "get a reminder by e-mail."
    )


class IndicatorView(IdeaActionView):
    page_title = _("Add an indicator")
    form_class = IndicatorForm
    submit_label = _("Add the indicator")
    success_message = _("The indicator has been added to %(reference)s.")

    def dispatch(self, request, pk, *args, **kwargs):
        self.follow_up = get_object_or_404(FollowUp, idea_id=pk)
        return super().dispatch(request, pk, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.pop("idea")
        return {**kwargs, "follow_up": self.follow_up}


class MeasurementView(IdeaActionView):
    page_title = _("Record a measured value")
    form_class = MeasurementForm
    submit_label = _("Record the value")
    success_message = _("The measured value has been recorded for %(reference)s.")

    def dispatch(self, request, pk, indicator_pk, *args, **kwargs):
        self.indicator = get_object_or_404(Indicator, pk=indicator_pk, follow_up__idea_id=pk)
        return super().dispatch(request, pk, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.idea} – {self.indicator}"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.pop("idea")
        return {**kwargs, "indicator": self.indicator}
