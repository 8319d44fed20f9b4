"""The idea handlers' forms in the admin: change the stage (with a note, an answer and the
publication), change the stage of several ideas, assign a handler, merge, erase personal data."""

import re

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from home.form_fields import PlainTextField
from ideas import handling
from ideas.models import Idea, IdeaEvent
from ideas.models.ideas import TEXT_MAX_LENGTH, TITLE_MAX_LENGTH
from ideas.permissions import handlers_of
from ideas.stages import Stage

REFERENCE_PATTERN = re.compile(r"IDE-\d{4}-\d{4,6}")

# Merging has a form of its own: it needs the idea the work goes on in.
STAGE_CHOICES = [(value, label) for value, label in Stage.choices if value != Stage.MERGED]

NOTE_ERRORS = {"required": _("Write a note for the other handlers: what was done and why.")}


def note_field(**kwargs):
    return PlainTextField(
        label=_("Internal note"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        error_messages=NOTE_ERRORS,
        help_text=_("Only idea handlers see this note."),
        **kwargs,
    )


def stage_field(**kwargs):
    return forms.ChoiceField(
        label=_("Stage"),
        choices=STAGE_CHOICES,
        error_messages={
            "required": _("Choose a stage."),
            "invalid_choice": _("Choose one of the stages in the list."),
        },
        **kwargs,
    )


def closed_reason_field():
    return PlainTextField(
        label=_("Reason for closing"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("Needed when the idea is closed. The resident sees it."),
    )


class ClosedReasonMixin:
    def check_closed_reason(self, cleaned_data):
        closing = cleaned_data.get("stage") == Stage.CLOSED
        if closing and not cleaned_data.get("closed_reason") and "closed_reason" not in self.errors:
            self.add_error("closed_reason", _("Write why the idea is closed."))


class ChangeStageForm(ClosedReasonMixin, forms.Form):
    """Move one idea, or leave it in its stage and answer or note something. The note is always
    required; every change is recorded as an event with the acting user."""

    stage = stage_field()
    internal_note = note_field()
    public_answer = PlainTextField(
        label=_("The municipality's answer"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_(
            "Shown to the resident on the tracking page and, if the idea is published, on the "
            "idea board. The resident gets it by e-mail if they asked for updates."
        ),
    )
    public_answer_en = PlainTextField(
        label=_("The municipality's answer in English"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("Optional. Without it, the English pages show the Swedish answer."),
    )
    closed_reason = closed_reason_field()
    is_public = forms.BooleanField(label=_("Publish the idea on the idea board"), required=False)
    public_title = PlainTextField(
        label=_("Public title in Swedish"),
        max_length=TITLE_MAX_LENGTH,
        required=False,
        help_text=_("Needed to publish. Leave out anything that could identify the resident."),
    )
    public_summary = PlainTextField(
        label=_("Public summary in Swedish"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("Needed to publish. A few sentences about the idea, in your own words."),
    )
    public_title_en = PlainTextField(
        label=_("Public title in English"),
        max_length=TITLE_MAX_LENGTH,
        required=False,
        help_text=_("Optional. Without it, the English idea board shows the Swedish title."),
    )
    public_summary_en = PlainTextField(
        label=_("Public summary in English"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("Optional. Without it, the English idea board shows the Swedish summary."),
    )

    def __init__(self, *args, idea, **kwargs):
        self.idea = idea
        kwargs.setdefault(
            "initial",
            {
                "stage": idea.stage,
                "public_answer": idea.public_answer,
                "public_answer_en": idea.public_answer_en,
                "closed_reason": idea.closed_reason,
                "is_public": idea.is_public,
                "public_title": idea.public_title,
                "public_summary": idea.public_summary,
                "public_title_en": idea.public_title_en,
                "public_summary_en": idea.public_summary_en,
            },
        )
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if self.idea.stage == Stage.MERGED:
            raise forms.ValidationError(
                _("This idea has been merged into another one. Handle that idea instead.")
            )
        self.check_closed_reason(cleaned_data)
        if cleaned_data.get("is_public"):
            for name in ("public_title", "public_summary"):
                if not cleaned_data.get(name) and name not in self.errors:
                    self.add_error(name, _("Fill in this field to publish the idea."))
        return cleaned_data

    @transaction.atomic
    def save(self, actor):
        """Apply the form to the idea; returns the events recorded."""
        idea = self.idea
        data = self.cleaned_data
        events = []
        answer = data["public_answer"]
        answer_changed = answer != idea.public_answer
        if data["public_answer_en"] != idea.public_answer_en:
            idea.public_answer_en = data["public_answer_en"]
            idea.save(update_fields=["public_answer_en", "updated_at"])
        if data["stage"] == Stage.CLOSED:
            idea.closed_reason = data["closed_reason"]
            idea.save(update_fields=["closed_reason", "updated_at"])
        if data["stage"] != idea.stage:
            if answer_changed:
                idea.public_answer = answer
                idea.save(update_fields=["public_answer", "updated_at"])
            events.append(
                handling.change_stage(
                    idea,
                    data["stage"],
                    actor=actor,
                    internal_note=data["internal_note"],
                    public_note=answer if answer_changed else "",
                    public_note_en=data["public_answer_en"] if answer_changed else "",
                )
            )
        elif answer_changed and answer:
            events.append(
                handling.answer(
                    idea,
                    answer,
                    actor=actor,
                    internal_note=data["internal_note"],
                    text_en=data["public_answer_en"],
                )
            )
        else:
            if answer_changed:  # the answer was removed
                idea.public_answer = ""
                idea.public_answer_en = ""
                idea.save(update_fields=["public_answer", "public_answer_en", "updated_at"])
            events.append(
                IdeaEvent.objects.create(
                    idea=idea,
                    kind=IdeaEvent.Kind.NOTE,
                    actor=actor,
                    internal_note=data["internal_note"],
                )
            )
        publication = idea.set_publication(
            data["is_public"],
            actor=actor,
            public_title=data["public_title"],
            public_summary=data["public_summary"],
            public_title_en=data["public_title_en"],
            public_summary_en=data["public_summary_en"],
        )
        if publication is not None:
            events.append(publication)
        return events


class BulkStageForm(ClosedReasonMixin, forms.Form):
    stage = stage_field()
    internal_note = note_field()
    closed_reason = closed_reason_field()

    def clean(self):
        cleaned_data = super().clean()
        self.check_closed_reason(cleaned_data)
        return cleaned_data

    @transaction.atomic
    def save(self, ideas, actor) -> int:
        """Move each idea that is in another stage (merged ideas stay); returns how many moved."""
        data = self.cleaned_data
        moved = 0
        for idea in ideas:
            if idea.stage in (data["stage"], Stage.MERGED):
                continue
            if data["stage"] == Stage.CLOSED:
                idea.closed_reason = data["closed_reason"]
                idea.save(update_fields=["closed_reason", "updated_at"])
            handling.change_stage(
                idea, data["stage"], actor=actor, internal_note=data["internal_note"]
            )
            moved += 1
        return moved


class HandlerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


class AssignForm(forms.Form):
    handler = HandlerChoiceField(
        label=_("Idea handler"),
        queryset=None,
        required=False,
        empty_label=_("Nobody"),
        error_messages={"invalid_choice": _("Choose one of the idea handlers in the list.")},
    )

    def __init__(self, *args, idea, **kwargs):
        self.idea = idea
        kwargs.setdefault("initial", {"handler": idea.assigned_handler_id})
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handlers_of([idea.municipality]).order_by(
            "first_name", "last_name", "username"
        )

    def clean(self):
        cleaned_data = super().clean()
        if "handler" in cleaned_data and cleaned_data["handler"] == self.idea.assigned_handler:
            self.add_error("handler", _("Nothing would change: choose another handler."))
        return cleaned_data

    def save(self, actor):
        return self.idea.assign(self.cleaned_data["handler"], actor=actor)


class MergeForm(forms.Form):
    surviving = forms.CharField(
        label=_("Merge into the idea with the reference"),
        max_length=20,
        help_text=_("For example IDE-2026-0042. It must be an idea of the same municipality."),
        error_messages={"required": _("Write the reference of the idea to merge into.")},
    )
    internal_note = note_field()

    def __init__(self, *args, idea, candidates, **kwargs):
        """`candidates`: the ideas the user may merge into (their own municipalities)."""
        self.idea = idea
        self.candidates = candidates
        super().__init__(*args, **kwargs)

    def clean_surviving(self):
        reference = self.cleaned_data["surviving"].strip().upper()
        if not REFERENCE_PATTERN.fullmatch(reference):
            raise forms.ValidationError(
                _("Write the reference in the form IDE-2026-0042."), code="invalid"
            )
        surviving = (
            self.candidates.filter(reference=reference, municipality=self.idea.municipality)
            .exclude(pk=self.idea.pk)
            .first()
        )
        if surviving is None:
            raise forms.ValidationError(
                _("There is no other idea with this reference in %(municipality)s."),
                params={"municipality": self.idea.get_municipality_display()},
                code="not_found",
            )
        if surviving.stage == Stage.MERGED:
            raise forms.ValidationError(
                _("That idea has itself been merged. Merge into the idea it was merged into."),
                code="merged",
            )
        return surviving

    def clean(self):
        cleaned_data = super().clean()
        if self.idea.stage == Stage.MERGED:
            raise forms.ValidationError(_("This idea has already been merged."))
        return cleaned_data

    def save(self, actor):
        return handling.merge(
            self.idea,
            self.cleaned_data["surviving"],
            actor=actor,
            internal_note=self.cleaned_data["internal_note"],
        )


class EraseForm(forms.Form):
    internal_note = PlainTextField(
        label=_("Internal note"),
        max_length=TEXT_MAX_LENGTH,
        multiline=True,
        required=False,
        help_text=_("For example who asked for the erasure and how."),
    )

    def __init__(self, *args, idea, **kwargs):
        self.idea = idea
        super().__init__(*args, **kwargs)

    def save(self, actor):
        return self.idea.erase_personal_data(actor=actor, note=self.cleaned_data["internal_note"])


class PublicTextsForm(WagtailAdminModelForm):
    """The edit view's form: the public title and summary in Swedish, both needed while
    published, and in English (optional: the English board shows the Swedish ones instead)."""

    REQUIRED_WHILE_PUBLIC = ["public_title", "public_summary"]

    class Meta:
        model = Idea
        fields = ["public_title", "public_summary", "public_title_en", "public_summary_en"]
        labels = {
            "public_title": _("Public title in Swedish"),
            "public_summary": _("Public summary in Swedish"),
        }

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.is_public:
            for name in self.REQUIRED_WHILE_PUBLIC:
                if not cleaned_data.get(name) and name not in self.errors:
                    self.add_error(name, _("Fill in this field while the idea is published."))
        return cleaned_data
