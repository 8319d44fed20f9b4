from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.forms.models import FormSubmission
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.audit import never_log
from home.models import Footer, NavigationMenu, OutgoingEmail


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
