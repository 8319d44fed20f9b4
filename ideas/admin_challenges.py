"""The admin action that turns a need into a draft challenge (see ideas/needs.py)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages

from ideas.admin_forms import note_field
from ideas.admin_views import IdeaActionView
from ideas.choices import IdeaKind
from ideas.models import IdeaEvent
from ideas.needs import challenge_index, draft_challenge_from_need


class MakeChallengeForm(forms.Form):
    internal_note = note_field(required=False)

    def __init__(self, *args, idea, **kwargs):
        super().__init__(*args, **kwargs)
        self.idea = idea


class MakeChallengeView(IdeaActionView):
    """Turn a need into a draft challenge: for handlers of the need's municipality who may add
    challenges."""

    page_title = _("Turn the need into a challenge")
    form_class = MakeChallengeForm
    submit_label = _("Make a draft challenge")
    intro = _(
        "A draft challenge is written from the need, with the standard assessment criteria and "
        "dates four weeks ahead. Then you edit it, and send it for review and publication as any "
        "other page. The need stays as it is, and the person who sent it is not told."
    )

    def get_form(self, form_class=None):
        if self.idea.kind != IdeaKind.NEED:
            raise PermissionDenied
        self.index = challenge_index(self.request.user)
        if self.index is None:
            raise PermissionDenied
        return super().get_form(form_class)

    def form_valid(self, form):
        page = draft_challenge_from_need(self.idea, index=self.index, actor=self.request.user)
        note = form.cleaned_data["internal_note"]
        if note:
            IdeaEvent.objects.create(
                idea=self.idea,
                kind=IdeaEvent.Kind.NOTE,
                actor=self.request.user,
                internal_note=note,
            )
        messages.success(
            self.request,
            _("A draft challenge has been made from %(reference)s. Edit it and send it for review.")
            % {"reference": self.idea.reference},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
