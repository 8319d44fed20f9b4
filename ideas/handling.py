"""What handlers do to an idea, and who hears of it.

Each function changes the idea through its model method (which records the IdeaEvent) and, in
the same transaction, queues the e-mails: to the resident who asked for updates from a
confirmed address (ideas/notifications.py), to the co-submitters who did the same
(ideas/co_submitters.py) and to the idea's followers (ideas/participation.py).
The admin's forms and bulk actions call these functions; the model methods themselves send
nothing, so the models import no mail code."""

from django.db import transaction

from ideas import co_submitters
from ideas.notifications import queue_answer, queue_stage_change
from ideas.participation import queue_follower_updates


def tell(idea, event, queue_for_submitter=None):
    """Queue the e-mails about `event`: the submitter's (if they asked for updates), the
    co-submitters' and the followers'."""
    if queue_for_submitter is not None and idea.wants_updates and idea.submitter_email:
        queue_for_submitter(idea, event)
    co_submitters.queue_updates(idea, event)
    queue_follower_updates(idea, event)


@transaction.atomic
def change_stage(idea, to_stage, **kwargs):
    """Move the idea to another stage and tell the resident and the followers."""
    event = idea.change_stage(to_stage, **kwargs)
    tell(idea, event, queue_stage_change)
    return event


@transaction.atomic
def answer(idea, text, **kwargs):
    """Give the municipality's answer without moving the idea; the resident, the co-submitters
    and the followers hear of it."""
    event = idea.answer(text, **kwargs)
    tell(idea, event, queue_answer)
    return event


@transaction.atomic
def merge(idea, surviving, **kwargs):
    """Merge `idea` into `surviving`; the merged idea's resident, co-submitters and followers
    hear of it."""
    event = idea.merge_into(surviving, **kwargs)
    tell(idea, event, queue_stage_change)
    return event
