from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Footer, NavigationMenu


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
