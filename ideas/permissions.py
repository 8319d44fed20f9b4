"""Who may handle which ideas. A handler works the ideas of the municipalities their groups hold
a permission for; the submitter's name, e-mail and phone need a permission of their own.
Superusers handle every idea. Views and querysets use these functions, never the menu alone."""

from django.db.models import QuerySet

from home.choices import Municipality
from ideas.models import Idea

# Permission codenames on Idea (see Idea.Meta.permissions), one per municipality.
MUNICIPALITY_PERMISSIONS = {
    Municipality.PITEA: "handle_pitea_ideas",
    Municipality.SKELLEFTEA: "handle_skelleftea_ideas",
}
PERSONAL_DATA_PERMISSION = "view_personal_data"


def handled_municipalities(user) -> list[str]:
    """The municipalities whose ideas the user may see and change."""
    if not user.is_active:
        return []
    if user.is_superuser:
        return list(Municipality.values)
    return [
        municipality
        for municipality, codename in MUNICIPALITY_PERMISSIONS.items()
        if user.has_perm(f"ideas.{codename}")
    ]


def is_idea_handler(user) -> bool:
    return bool(handled_municipalities(user))


def ideas_for(user, queryset: QuerySet | None = None) -> QuerySet:
    """Only the ideas of the user's municipalities."""
    queryset = Idea.objects.all() if queryset is None else queryset
    return queryset.filter(municipality__in=handled_municipalities(user))


def can_handle(user, idea: Idea) -> bool:
    return idea.municipality in handled_municipalities(user)


def can_see_personal_data(user, idea: Idea | None = None) -> bool:
    """Personal data of an idea: its municipality's handlers with the personal-data permission.
    Without an idea: whether the user may see personal data of any idea they handle."""
    if not user.has_perm(f"ideas.{PERSONAL_DATA_PERMISSION}"):
        return False
    if idea is None:
        return is_idea_handler(user)
    return can_handle(user, idea)
