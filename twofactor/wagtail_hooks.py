from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from twofactor import devices, views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/verify/", views.VerifyView.as_view(), name="twofactor_verify"),
        path("two-factor/set-up/", views.SetupView.as_view(), name="twofactor_setup"),
        path("two-factor/", views.ManageView.as_view(), name="twofactor_manage"),
        path(
            "two-factor/recovery-codes/",
            views.NewRecoveryCodesView.as_view(),
            name="twofactor_recovery_codes",
        ),
        path(
            "two-factor/remove/<str:kind>/<int:pk>/",
            views.RemoveDeviceView.as_view(),
            name="twofactor_remove",
        ),
        path(
            "two-factor/reset/<int:user_id>/",
            views.ResetView.as_view(),
            name="twofactor_reset",
        ),
        # Passkeys (django-otp-webauthn's JSON endpoints, called by its scripts).
        path("two-factor/passkeys/", include("django_otp_webauthn.urls")),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("twofactor_manage"),
        "label": _("Two-factor sign-in"),
        "help_text": _(
            "See your authenticator apps and passkeys, add one, or make new recovery codes."
        ),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Reset two-factor sign-in"),
            url=reverse("twofactor_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_log_actions")
def two_factor_log_actions(actions):
    actions.register_action(
        devices.RESET_ACTION,
        _("Reset two-factor sign-in"),
        _("Two-factor sign-in reset"),
    )
