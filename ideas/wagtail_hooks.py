"""The ideas in the Wagtail admin: a listing of ideas (the handlers' tools build on it) and the
outbox of e-mails to residents, where staff see what failed."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from ideas.models import Idea, Notification


class IdeaEditView(EditView):
    """Saving the form with another stage records the stage change as an event."""

    def save_instance(self):
        previous_stage = Idea.objects.values_list("stage", flat=True).get(pk=self.object.pk)
        new_stage = self.form.cleaned_data["stage"]
        with transaction.atomic():
            instance = super().save_instance()
            if new_stage != previous_stage:
                instance.stage = previous_stage
                instance.change_stage(new_stage, actor=self.request.user)
        return instance


class IdeaViewSet(ModelViewSet):
    model = Idea
    icon = "help"
    menu_label = _("Ideas")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_view_class = IdeaEditView
    list_display = [
        "reference",
        "title",
        "stage",
        "municipality",
        "area",
        "is_public",
        "created_at",
    ]
    list_filter = ["stage", "municipality", "area", "is_public"]
    search_fields = ["reference", "title", "public_title"]
    ordering = ["-created_at"]
    list_export = [
        "reference",
        "title",
        "stage",
        "municipality",
        "area",
        "is_public",
        "public_title",
        "created_at",
    ]
    inspect_view_fields = [
        "reference",
        "title",
        "description",
        "need",
        "who_benefits",
        "area",
        "municipality",
        "language",
        "stage",
        "closed_reason",
        "is_public",
        "public_title",
        "public_summary",
        "public_answer",
        "created_at",
    ]
    form_fields = [
        "stage",
        "closed_reason",
        "assigned_handler",
        "is_public",
        "public_title",
        "public_summary",
        "public_answer",
    ]


class NotificationViewSet(ModelViewSet):
    model = Notification
    icon = "mail"
    menu_label = _("E-mails to residents")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["subject", "kind", "language", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "kind", "language"]
    search_fields = ["subject"]
    inspect_view_fields = [
        "idea",
        "kind",
        "language",
        "subject",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    ]
    form_fields = ["status"]


class IdeasViewSetGroup(ViewSetGroup):
    items = (IdeaViewSet("ideas"), NotificationViewSet("idea_notifications"))
    menu_icon = "help"
    menu_label = _("Ideas")
    menu_name = "ideas"


@hooks.register("register_admin_viewset")
def register_viewset():
    return IdeasViewSetGroup()


# The dashboard's admin-home panel and report register their own hooks.
from ideas import dashboard  # noqa: E402, F401
