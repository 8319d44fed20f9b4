"""The user's second factors: authenticator apps (TOTP), recovery codes and passkeys."""

import logging
from base64 import b32encode

import qrcode
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential
from qrcode.image.svg import SvgPathFillImage
from wagtail.log_actions import log

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery"
RESET_ACTION = "twofactor.reset"

logger = logging.getLogger(__name__)


class CodeRefused(Exception):
    """The code was wrong, or wrong codes came too fast and this one was not tried."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def has_device(user) -> bool:
    return any(devices_for_user(user, confirmed=True))


def totp_devices(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("created_at")


def passkeys(user):
    return WebAuthnCredential.objects.devices_for_user(user, confirmed=True).order_by("pk")


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def normalise(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def is_app_code(code: str) -> bool:
    return code.isdigit() and len(code) == 6


def verify_code(user, code: str, *, app_devices=None):
    """The device that accepts `code`: an authenticator-app code, or else a recovery code (used
    up). Raises CodeRefused. django-otp throttles each device: every wrong code doubles the wait
    before the next try (1, 2, 4 ... seconds), and a right code resets it."""
    code = normalise(code)
    if is_app_code(code):
        devices = list(totp_devices(user) if app_devices is None else app_devices)
    else:
        devices = [device for device in [recovery_device(user)] if device]
    for device in devices:
        allowed, data = device.verify_is_allowed()
        if not allowed:
            raise CodeRefused(
                _("Too many wrong codes. Wait a minute and try again with a new code.")
            )
    for device in devices:
        if device.verify_token(code):
            return device
    raise CodeRefused(_("The code is not right. Check it and try again."))


def new_totp_device(user) -> TOTPDevice:
    """An unconfirmed device with a new secret, confirmed once the user has typed its code. An
    earlier unconfirmed one (set-up left half-way) is replaced."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="app", confirmed=False)


def pending_totp_device(user, device_id) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=False, pk=device_id).first()


def readable_key(device: TOTPDevice) -> str:
    """The secret as authenticator apps take it when typed: base32, in groups of four."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The otpauth:// link as an inline SVG QR code, drawn here (no image request anywhere)."""
    image = qrcode.make(device.config_url, image_factory=SvgPathFillImage, box_size=8)
    return image.to_string(encoding="unicode")


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Ten new single-use recovery codes; the earlier ones stop working."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def formatted(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


@transaction.atomic
def reset_devices(user, *, by=None) -> int:
    """Remove every second factor of `user` (a lost phone); recorded in Wagtail's log and the
    application log without any secret. The user sets up a new one at the next sign-in."""
    count = 0
    for device in devices_for_user(user, confirmed=None):
        device.delete()
        count += 1
    log(instance=user, action=RESET_ACTION, user=by, data={"devices": count})
    logger.info(
        "Two-factor devices of user %s reset by %s (%d removed)",
        user.pk,
        by.pk if by else "a management command",
        count,
    )
    return count
