"""Template tags for what comes of an idea: its decisions and follow-up (admin and board), and
the good examples that link back from an idea, a testbed or a method phase."""

from django import template

from home.i18n import request_locale
from ideas import outcomes
from ideas.models import FollowUp

register = template.Library()


@register.simple_tag
def idea_decisions(idea):
    """The idea's decisions, oldest first."""
    return list(idea.decisions.all())


@register.simple_tag(takes_context=True)
def decision_reason(context, decision):
    """The decision's reason for this page's reader (Decision.shown_reason): a ShownText whose
    `language` the template marks with lang when it is not the page's."""
    return decision.shown_reason(context.get("LANGUAGE_CODE") or "sv")


@register.simple_tag
def idea_follow_up(idea):
    """The idea's follow-up with its indicators and measured values, or None."""
    follow_up = (
        FollowUp.objects.select_related("responsible", "administration", "unit")
        .prefetch_related("indicators__measurements")
        .filter(idea=idea)
        .first()
    )
    return follow_up


@register.simple_tag(takes_context=True)
def good_examples_about(context, field, obj):
    """The live good examples in the reader's language about `obj` (an idea, a testbed page or
    a method phase page)."""
    request = context.get("request")
    if request is None or obj is None:
        return []
    return outcomes.good_examples_for(request_locale(request), field, obj)
