from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.models import FormSubmission
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.audit import never_log
from home.models import Footer, NavigationMenu, OutgoingEmail
from home.reports import LanguageVersionsView

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
