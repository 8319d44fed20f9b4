"""Recording what comes of an idea (decisions, follow-ups, indicators, measured values) as
IdeaEvents with the acting user, the e-mails that go with it, and what a good example shows.

A decision and the stage: "go on" moves the idea to the stage the handler chose (or leaves it
where it is), "not now" and "no" close it with the decision's reason as the reason for closing.
The submitter gets one e-mail about the decision, in their language; the stage change the
decision makes is recorded as a stage change too (the dashboard's stays count it) but sends no
second e-mail."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from home.models import OutgoingEmail
from home.outbox import queue_email
from ideas import handling
from ideas.charts import plain_number
from ideas.models import (
    Decision,
    FollowUp,
    GoodExamplePage,
    IdeaEvent,
    Indicator,
    Measurement,
    Notification,
)
from ideas.notifications import _queue
from ideas.permissions import handler_emails
from ideas.stages import Stage

# The stages a "go on" may move an idea to.
GO_ON_STAGES = [Stage.ASSESSMENT, Stage.CONCEPT_DEVELOPMENT, Stage.TESTING, Stage.IMPLEMENTED]
# Stages in which an idea has (or should get) an owner and a follow-up of its effects.
FOLLOW_UP_STAGES = [Stage.TESTING, Stage.IMPLEMENTED]


@transaction.atomic
def record_decision(idea, *, actor, outcome, reason, decided_by, decided_on, next_stage="",
                    case_number="", minutes_url="", reason_en="") -> Decision:  # fmt: skip
    """Record a decision on `idea`, move or close it, and tell the submitter. `reason_en`, if
    given, is the reason for English readers."""
    from_stage = idea.stage
    decision = Decision.objects.create(
        idea=idea,
        outcome=outcome,
        reason=reason,
        reason_en=reason_en,
        decided_by=decided_by,
        decided_on=decided_on,
        case_number=case_number,
        minutes_url=minutes_url,
        stage_before=from_stage,
        created_by=actor,
    )
    to_stage = from_stage
    if outcome in (Decision.Outcome.NO, Decision.Outcome.NOT_NOW):
        to_stage = Stage.CLOSED
        idea.closed_reason = reason
    elif next_stage:
        to_stage = next_stage
    if to_stage != from_stage:
        idea.stage = to_stage
        idea.stage_changed_at = timezone.now()
        IdeaEvent.objects.create(
            idea=idea,
            kind=IdeaEvent.Kind.STAGE_CHANGED,
            actor=actor,
            from_stage=from_stage,
            to_stage=to_stage,
        )
    idea.save(update_fields=["stage", "stage_changed_at", "closed_reason", "updated_at"])
    event = IdeaEvent.objects.create(
        idea=idea,
        kind=IdeaEvent.Kind.DECIDED,
        actor=actor,
        internal_note=decided_by,
        public_note=decision_note(decision),
        public_note_en=decision_note_en(decision),
    )
    if idea.submitter_email:
        queue_decision(idea, decision)
    # The followers hear of the decision once, with its reason (not also of the stage move).
    handling.tell(idea, event)
    return decision


def decision_note(decision) -> str:
    """The decision as the public note of its event, in the idea's language."""
    with translation.override(decision.idea.language):
        return gettext("Decision: %(outcome)s. %(reason)s") % {
            "outcome": decision.get_outcome_display(),
            "reason": decision.reason,
        }


def decision_note_en(decision) -> str:
    """The decision as the event's English note, when there is an English reason."""
    if not decision.reason_en:
        return ""
    with translation.override("en"):
        return gettext("Decision: %(outcome)s. %(reason)s") % {
            "outcome": decision.get_outcome_display(),
            "reason": decision.reason_en,
        }


def queue_decision(idea, decision):
    """The decision to the submitter, in the idea's language. Sent whenever there is an address,
    like the receipt and also after unsubscribing: the decision is the answer to what they
    proposed. The e-mail and the unsubscribe page both say so (templates/ideas/)."""
    with translation.override(idea.language):
        subject = _("Decision about your idea %(reference)s") % {"reference": idea.reference}
        return _queue(
            idea,
            Notification.Kind.DECIDED,
            subject,
            "ideas/email/decided.txt",
            {
                "decision": decision,
                "reason": decision.shown_reason(idea.language).text,
                "outcome": decision.get_outcome_display(),
                "decided_on": date_format(decision.decided_on, "j F Y"),
            },
        )


@transaction.atomic
def save_follow_up(idea, *, actor, **fields) -> FollowUp:
    """Create or change the idea's follow-up. A new follow-up date means a new reminder."""
    follow_up = FollowUp.objects.filter(idea=idea).first()
    creating = follow_up is None
    follow_up = follow_up or FollowUp(idea=idea)
    if not creating and fields.get("follow_up_on") != follow_up.follow_up_on:
        follow_up.reminder_sent_at = None
    for name, value in fields.items():
        setattr(follow_up, name, value)
    follow_up.save()
    responsible = follow_up.responsible
    IdeaEvent.objects.create(
        idea=idea,
        kind=IdeaEvent.Kind.FOLLOW_UP,
        actor=actor,
        internal_note=gettext("Follow-up on %(date)s, owner: %(owner)s, responsible: %(person)s")
        % {
            "date": follow_up.follow_up_on.isoformat(),
            "owner": follow_up.owner_name or "–",
            "person": (responsible.get_full_name() or responsible.get_username())
            if responsible
            else "–",
        },
    )
    return follow_up


@transaction.atomic
def add_indicator(follow_up, *, actor, name, unit, baseline, target) -> Indicator:
    indicator = Indicator.objects.create(
        follow_up=follow_up, name=name, unit=unit, baseline=baseline, target=target
    )
    IdeaEvent.objects.create(
        idea=follow_up.idea,
        kind=IdeaEvent.Kind.EFFECT,
        actor=actor,
        internal_note=gettext("New indicator: %(name)s, %(baseline)s → %(target)s %(unit)s")
        % {
            "name": name,
            "baseline": plain_number(indicator.baseline),
            "target": plain_number(indicator.target),
            "unit": unit,
        },
    )
    return indicator


@transaction.atomic
def add_measurement(indicator, *, actor, value, measured_on) -> Measurement:
    measurement = Measurement.objects.create(
        indicator=indicator, value=value, measured_on=measured_on
    )
    IdeaEvent.objects.create(
        idea=indicator.follow_up.idea,
        kind=IdeaEvent.Kind.EFFECT,
        actor=actor,
        internal_note=gettext("%(name)s measured %(date)s: %(value)s %(unit)s")
        % {
            "name": indicator.name,
            "date": measured_on.isoformat(),
            "value": plain_number(measurement.value),
            "unit": indicator.unit,
        },
    )
    return measurement


# --- Reminders ---------------------------------------------------------------------------------


def due_follow_ups(today=None):
    """Follow-ups whose date has passed and whose reminder has not gone out."""
    today = today or timezone.localdate()
    return FollowUp.objects.filter(follow_up_on__lt=today, reminder_sent_at__isnull=True)


def reminder_recipients(follow_up) -> list[str]:
    """The responsible person and the idea's handler (or, with no handler assigned, every
    handler of the municipality), each address once."""
    idea = follow_up.idea
    addresses = []
    for user in (follow_up.responsible, idea.assigned_handler):
        if user is not None and user.is_active and user.email:
            addresses.append(user.email)
    if idea.assigned_handler is None:
        addresses.extend(handler_emails(idea.municipality))
    return list(dict.fromkeys(addresses))


def send_follow_up_reminders(today=None) -> int:
    """Queue one reminder per passed follow-up, each in its own transaction, and mark it sent
    so that it is never queued twice. The outbox sends it and retries a failure."""
    sent = 0
    for pk in list(due_follow_ups(today).values_list("pk", flat=True)):
        with transaction.atomic():
            follow_up = (
                # Lock the follow-up's own row only: the joined handler and responsible person
                # may be null (PostgreSQL locks no nullable side of an outer join).
                FollowUp.objects.select_for_update(of=("self",))
                .select_related("idea__assigned_handler", "responsible")
                .filter(pk=pk, reminder_sent_at__isnull=True)
                .first()
            )
            if follow_up is None:
                continue
            queue_reminder(follow_up)
            follow_up.reminder_sent_at = timezone.now()
            follow_up.save(update_fields=["reminder_sent_at"])
            sent += 1
    return sent


def queue_reminder(follow_up):
    """The reminder, in Swedish (the staff's language): the idea's reference and public title,
    the date and a link to the idea in the admin; never the submitter's personal data."""
    idea = follow_up.idea
    recipients = reminder_recipients(follow_up)
    if not recipients:
        return []
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Time to follow up the effects of %(reference)s") % {
            "reference": idea.reference
        }
        body = render_to_string(
            "ideas/email/follow_up_reminder.txt",
            {
                "idea": idea,
                "follow_up": follow_up,
                "follow_up_on": date_format(follow_up.follow_up_on, "j F Y"),
                "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("ideas:inspect", args=[idea.pk]),
            },
        )
    return queue_email(
        kind=OutgoingEmail.Kind.FOLLOW_UP_REMINDER,
        to=recipients,
        subject=subject,
        body=body,
        about=idea,
    )


# --- Links back from ideas, testbeds and method phases ------------------------------------


def good_examples_for(locale, field: str, obj):
    """Live good examples in `locale` about `obj` through `field` ("idea", "testbed" or
    "method_phase"), for the links back. Pages are matched in any language (a translated good
    example may still point to the Swedish testbed), ideas by themselves."""
    if field == "idea":
        filters = {"idea": obj}
    else:
        filters = {f"{field}__translation_key": obj.translation_key}
    return list(
        GoodExamplePage.objects.live()
        .public()
        .filter(locale=locale, **filters)
        .only("pk", "title", "url_path", "path", "depth", "locale_id")
        .order_by("title")
    )
