"""Needs and the challenges made from them: a handler turns a need (an idea of the kind "need")
into a draft ChallengePage, then edits it and sends it through the normal page workflow. Also
what an idea's admin page shows about its challenge and its co-submitters."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale

from ideas.choices import IdeaKind
from ideas.models import ChallengeIndexPage, ChallengePage, IdeaEvent, IdeaSubmitter
from ideas.models.assessment import STANDARD_CRITERIA

# A draft challenge opens four weeks from now and stays open for eight weeks, until changed.
DRAFT_OPENS_IN = timedelta(weeks=4)
DRAFT_OPEN_FOR = timedelta(weeks=8)


def challenge_index(user=None):
    """The challenge index in the site's source language, where new challenges are written
    (editors translate them from there); None if none exists or `user` may not add to it."""
    index = ChallengeIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        return None
    if user is not None and not index.permissions_for_user(user).can_add_subpage():
        return None
    return index


def standard_criteria(language):
    """The assessment's standard criteria (benefit, feasibility, cost and the method's
    perspective questions), as a new challenge's criteria in `language`."""
    with translation.override(language):
        return [
            ("criterion", {"name": str(criterion.label), "description": str(criterion.question)})
            for criterion in STANDARD_CRITERIA
        ]


@transaction.atomic
def draft_challenge_from_need(idea, *, index, actor):
    """A draft ChallengePage under `index`, written from the need, recorded on the idea."""
    language = index.locale.language_code
    opens_on = timezone.localdate() + DRAFT_OPENS_IN
    with translation.override(language):
        audience = idea.who_benefits or gettext("Write who the challenge is for.")
        # Not the need's own title: Wagtail's log labels its entries with the page title, and
        # the log must hold nothing a resident wrote (home/audit.py). The handler renames it.
        title = gettext("Challenge from the need %(reference)s") % {"reference": idea.reference}
    page = ChallengePage(
        title=title,
        question=idea.need[:600],
        audience=audience[:600],
        municipality=idea.municipality,
        area=idea.area,
        criteria=standard_criteria(language),
        opens_on=opens_on,
        closes_on=opens_on + DRAFT_OPEN_FOR,
        source_idea=idea,
        live=False,
        owner=actor,
    )
    index.add_child(instance=page)
    page.save_revision(user=actor)
    IdeaEvent.objects.create(
        idea=idea,
        kind=IdeaEvent.Kind.CHALLENGE_MADE,
        actor=actor,
        internal_note=f"{page.title} (#{page.pk})",
    )
    return page


def inspect_context(idea, user):
    """What an idea's admin page shows about needs, challenges and co-submitters."""
    return {
        "challenge": idea.challenge,
        "challenges_made": list(idea.challenges_made.only("pk", "title", "live")),
        "can_make_challenge": idea.kind == IdeaKind.NEED and challenge_index(user) is not None,
        "co_submitter_count": co_submitter_count(idea),
    }


def co_submitter_count(idea) -> int:
    """How many people joined the idea ("this is my idea too")."""
    return idea.submitters.filter(joined_as=IdeaSubmitter.Joined.JOINED).count()
