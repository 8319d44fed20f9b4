"""System checks of the deployment (`manage.py check --deploy`)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, check_password
from django.core.checks import Error, Tags, register
from django.db import DatabaseError

from home.demo.accounts import DEMO_PASSWORD


@register(Tags.security, deploy=True)
def check_no_demo_passwords(app_configs, **kwargs):
    """Fails while an active user can sign in with the demo accounts' published password.
    Hashes the password once per active user with a usable password (staff only: a few dozen)."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(password="")
        .exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX)
        .only("pk", "username", "password")
    )
    try:
        found = [user.username for user in users if check_password(DEMO_PASSWORD, user.password)]
    except DatabaseError:  # not migrated yet: there are no users to check
        return []
    if not found:
        return []
    return [
        Error(
            f"These active users have the published demo password: {', '.join(sorted(found))}.",
            hint="Delete or deactivate them (the demo accounts), or give them a new password "
            "with `manage.py changepassword USER_NAME`.",
            id="home.E001",
        )
    ]
