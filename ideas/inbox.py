"""The handler's inbox on the admin home page: what needs doing, each item a link into the
filtered listing of ideas. Starts from the ideas of the user's municipalities (ideas_for) and
shows nothing to users who handle no ideas. A fixed number of queries, whatever the number of
ideas."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

from ideas.dashboard import DASHBOARD_CSS
from ideas.permissions import ideas_for, is_idea_handler
from ideas.stages import FINISHED_STAGES, OPEN_STAGES, Stage

SHOWN = 5  # ideas listed under each heading; the link leads to all of them


@dataclass
class InboxList:
    ideas: list
    count: int
    url: str


def listing_url(**filters) -> str:
    return f"{reverse('ideas:index')}?{urlencode(filters)}"


def inbox_lists(user) -> dict[str, InboxList]:
    ideas = ideas_for(user).only(
        "pk", "reference", "title", "stage", "municipality", "created_at", "stage_changed_at"
    )
    unassigned = ideas.filter(stage=Stage.RECEIVED, assigned_handler__isnull=True).order_by(
        "created_at"
    )
    mine = (
        ideas.filter(assigned_handler=user)
        .exclude(stage__in=FINISHED_STAGES)
        .order_by("stage_changed_at")
    )
    # The idea that has waited longest in each open stage (a correlated subquery per row).
    waiting_stages = [stage for stage in OPEN_STAGES if stage not in FINISHED_STAGES]
    longest = ideas.filter(
        stage__in=waiting_stages,
        pk=Subquery(
            ideas.filter(stage=OuterRef("stage"))
            .order_by("stage_changed_at", "pk")
            .values("pk")[:1]
        ),
    )
    order = {stage: number for number, stage in enumerate(waiting_stages)}
    longest = sorted(longest, key=lambda idea: order[idea.stage])
    return {
        "unassigned": InboxList(
            list(unassigned[:SHOWN]),
            unassigned.count(),
            listing_url(stage=Stage.RECEIVED, assigned_handler="null"),
        ),
        "mine": InboxList(list(mine[:SHOWN]), mine.count(), listing_url(assigned_handler=user.pk)),
        "longest": InboxList(longest, len(longest), listing_url(ordering="stage_changed_at")),
    }


class IdeaInboxPanel(Component):
    name = "idea_inbox"
    template_name = "ideas/dashboard/inbox_panel.html"
    order = 80  # above the funnel

    class Media:
        css = {"all": [DASHBOARD_CSS]}

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"lists": inbox_lists(self.user), "user": self.user}


@hooks.register("construct_homepage_panels")
def add_inbox_panel(request, panels):
    if is_idea_handler(request.user):
        panels.append(IdeaInboxPanel(request.user))
