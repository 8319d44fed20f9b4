"""The demo accounts' shared authenticator-app key, for `make demo` and browser tests."""

from base64 import b32encode
from binascii import unhexlify

from django_otp.oath import totp

from home.demo.accounts import DEMO_TOTP_KEY


def demo_totp_key_base32() -> str:
    key = b32encode(unhexlify(DEMO_TOTP_KEY)).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def demo_totp_code() -> str:
    """The code an authenticator app with the demo key shows now."""
    return f"{totp(unhexlify(DEMO_TOTP_KEY)):06d}"
