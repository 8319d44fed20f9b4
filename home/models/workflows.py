"""Moderation tasks of the editors' workflow."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class ColleagueReviewTask(AbstractGroupApprovalTask):
    """A group approval that the page's author cannot approve: the colleague is someone else.

    The author is whoever sent the page to the workflow or wrote the revision under review."""

    @staticmethod
    def _authors(obj):
        workflow_state = obj.current_workflow_state
        if workflow_state is None:
            return set()
        authors = {workflow_state.requested_by_id}
        task_state = workflow_state.current_task_state
        if task_state is not None and task_state.revision_id:
            authors.add(task_state.revision.user_id)
        return authors

    def get_actions(self, obj, user):
        if user.pk in self._authors(obj):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and user.pk in self._authors(
            task_state.workflow_state.content_object
        ):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user).exclude(revision__user=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups can approve, except the page's own author")

    class Meta:
        verbose_name = _("Colleague review task")
        verbose_name_plural = _("Colleague review tasks")
