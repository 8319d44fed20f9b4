"""Which municipalities a user works for, read from per-municipality permissions: one codename per
municipality on an app's model (e.g. ideas' `handle_pitea_ideas`). Superusers have them all."""

from home.choices import Municipality


def municipalities_with(user, app_label: str, codenames: dict[str, str]) -> list[str]:
    """The municipalities whose permission in `codenames` (municipality -> codename) the user
    holds in `app_label`."""
    if not user.is_active:
        return []
    if user.is_superuser:
        return list(Municipality.values)
    return [
        municipality
        for municipality, codename in codenames.items()
        if user.has_perm(f"{app_label}.{codename}")
    ]
