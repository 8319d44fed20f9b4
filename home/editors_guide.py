"""The editors' guide inside the admin (Help → Redaktörsguide): how this site's pages, blocks,
review, translation and scheduling work, in the language of the admin. Wagtail's own (English)
editor guide stays in the Help menu as a second source."""

from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE_LANGUAGES = ("sv", "en")


class EditorsGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/guide/guide.html"
    page_title = _("Editors' guide")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = get_language() if get_language() in GUIDE_LANGUAGES else "sv"
        context["guide_template"] = f"home/admin/guide/guide_{language}.html"
        return context


@hooks.register("register_admin_urls")
def register_editors_guide_url():
    return [path("guide/", EditorsGuideView.as_view(), name="editors_guide")]


@hooks.register("register_help_menu_item")
def register_editors_guide_menu_item():
    return MenuItem(_("Editors' guide"), reverse("editors_guide"), icon_name="help", order=900)
