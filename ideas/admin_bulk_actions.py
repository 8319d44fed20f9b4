"""Change the stage of several ideas at once, from the checkboxes of the admin listing."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.permissions import policy_registry

from ideas.admin_forms import BulkStageForm
from ideas.models import Idea
from ideas.permissions import ideas_for

MAX_IDEAS = 500


class ChangeStageBulkAction(BulkAction):
    display_name = _("Change stage")
    action_type = "change_stage"
    aria_label = _("Change the stage of the selected ideas")
    template_name = "ideas/admin/bulk_change_stage.html"
    action_priority = 10
    models = [Idea]
    form_class = BulkStageForm

    def dispatch(self, request, *args, **kwargs):
        if not policy_registry.get_by_type(Idea).user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_actionable_objects(self):
        """The selected ideas, all of them of the user's municipalities: an unknown or foreign
        idea makes the whole request a 404, so nothing is changed by mistake."""
        if hasattr(self, "_ideas"):
            return self._ideas, {"items_with_no_access": []}
        values = self.request.GET.getlist("id")
        if not values or len(values) > MAX_IDEAS or not all(value.isdigit() for value in values):
            raise Http404
        ids = {int(value) for value in values}
        ideas = list(ideas_for(self.request.user).filter(pk__in=ids).order_by("created_at", "pk"))
        if len(ideas) != len(ids):
            raise Http404
        self._ideas = ideas
        return ideas, {"items_with_no_access": []}

    def get_execution_context(self):
        return {"form": self.cleaned_form, "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, form=None, user=None, **kwargs):
        return form.save(objects, actor=user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d idea has moved to another stage.",
            "%(count)d ideas have moved to another stage.",
            num_parent_objects,
        ) % {"count": num_parent_objects}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["header_icon"] = "help"
        return context

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response
