from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale
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


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "placeholder"
    list_display = ["name", "organisation_name", "locale"]
    list_filter = ["locale"]
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
