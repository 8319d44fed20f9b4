from django.contrib.admin.utils import quote
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import UsageCountColumn
from wagtail.admin.widgets import Button
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, ReferenceIndex
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.audit import never_log
from home.models import Footer, NavigationMenu, OutgoingEmail
from home.reports import LanguageVersionsView
from home.translation_review import send_translation_for_review

page_permission_policy = PagePermissionPolicy()


@hooks.register("register_log_actions")
def keep_personal_data_out_of_wagtail_logs(actions):
    """Form submissions and stored e-mails hold personal data; Wagtail's log keeps nothing
    about them (home/audit.py)."""
    never_log(actions, FormSubmission, OutgoingEmail)


class SnippetUsageColumn(UsageCountColumn):
    """How many times a snippet is used ("Använd 1 gång"; the site settings' choice counts,
    home/references.py), linked to the list of uses."""

    def get_cell_context_data(self, instance, parent_context):
        url_name = instance.snippet_viewset.get_url_name("usage")
        instance.usage_url = reverse(url_name, args=[quote(instance.pk)])
        return super().get_cell_context_data(instance, parent_context)


class ChromeViewSet(SnippetViewSet):
    """The menus and footers: drafts, preview, review and history come with the model's
    mixins (home/models/navigation.py); the listing shows their status and uses."""

    list_filter = ["locale"]

    def get_queryset(self, request):
        return self.model._default_manager.annotate(
            usage_count=ReferenceIndex.usage_count_subquery(self.model)
        )


USAGE = SnippetUsageColumn("usage_count", label=_("Usage"), sort_key="usage_count")


class NavigationMenuViewSet(ChromeViewSet):
    model = NavigationMenu
    icon = "list-ul"
    list_display = ["name", "locale", USAGE]
    search_fields = ["name"]


class FooterViewSet(ChromeViewSet):
    model = Footer
    icon = "placeholder"
    list_display = ["name", "organisation_name", "locale", USAGE]
    search_fields = ["name", "organisation_name"]


class NavigationViewSetGroup(SnippetViewSetGroup):
    items = (NavigationMenuViewSet, FooterViewSet)
    menu_icon = "list-ul"
    menu_label = _("Navigation")
    menu_name = "navigation"


register_snippet(NavigationViewSetGroup)


class LanguageVersionsMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_language_versions_report():
    return LanguageVersionsMenuItem(
        _("Language versions"),
        reverse("language_versions"),
        name="language-versions",
        icon_name="globe",
        order=1150,
    )


@hooks.register("register_admin_urls")
def register_language_versions_urls():
    return [
        path(
            "reports/language-versions/", LanguageVersionsView.as_view(), name="language_versions"
        ),
        path(
            "reports/language-versions/results/",
            LanguageVersionsView.as_view(results_only=True),
            name="language_versions_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_review_url():
    return [
        path(
            "translations/<int:page_id>/review/",
            send_translation_for_review,
            name="send_translation_for_review",
        )
    ]


@hooks.register("register_page_listing_more_buttons")
def translation_review_button(page, user, next_url=None, **kwargs):
    """On translated pages (not the source language) the user may change and that are not
    already in a workflow."""
    if page.locale_id == Locale.get_default().pk or page.is_root():
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Send the translation for review"),
        reverse("send_translation_for_review", args=[page.pk]),
        icon_name="globe",
        priority=15,
    )


# The editors' guide registers its own URL and Help menu item; the broken links report its URLs
# and Reports menu item.
from home import editors_guide, link_report  # noqa: E402, F401
