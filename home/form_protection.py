"""Spam protection without a CAPTCHA: a honeypot field, a minimum fill time and a rate limit."""

import hashlib
import threading
import time
from collections import defaultdict, deque

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from home.cache_backends import degraded

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
SIGNING_SALT = "home.form_protection.started"


class ProtectedFormMixin(forms.Form):
    """Adds the honeypot and the fill-time check. `is_spam` is True when a bot filled the honeypot:
    the view then shows the thank-you page but stores nothing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_spam = False
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[STARTED_FIELD] = forms.CharField(
            required=False,
            widget=forms.HiddenInput,
            initial=signing.dumps(time.time(), salt=SIGNING_SALT),
        )

    def clean(self):
        cleaned_data = super().clean()
        self.is_spam = bool(cleaned_data.pop(HONEYPOT_FIELD, ""))
        started = cleaned_data.pop(STARTED_FIELD, "")
        try:
            elapsed = time.time() - float(signing.loads(started, salt=SIGNING_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError(
                _("The form could not be checked. Please send it again."), code="bad_token"
            ) from None
        if elapsed < settings.FORM_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _(
                    "The form was sent very quickly, so we could not tell it from an automated "
                    "message. Please check your answers and send it again."
                ),
                code="too_fast",
            )
        return cleaned_data

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


def client_key(request) -> str:
    """A hash of the client's address (behind trusted proxies, the one they forwarded), so the
    rate-limit cache holds no IP addresses."""
    from home.security import client_ip_address  # imports the admin, which needs the models

    address = client_ip_address(request)
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def rate_limited(request, scope: str) -> bool:
    """Count one submission for this client and say whether it is over the limit. The count is
    shared by every server through the cache; while the cache is degraded (Redis down) each
    process counts on its own (README, "Scaling out")."""
    limit, window = settings.FORM_RATE_LIMIT
    key = f"ratelimit:{scope}:{client_key(request)}"
    if degraded(cache):
        return _process_rate_limited(key, limit, window)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr, or the cache failed just now
        if degraded(cache):
            return _process_rate_limited(key, limit, window)
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


# The fallback while the shared cache is down: this process's own sliding window per key.
_process_counts: dict[str, deque] = defaultdict(deque)
_process_lock = threading.Lock()


def _process_rate_limited(key: str, limit: int, window: int) -> bool:
    now = time.monotonic()
    with _process_lock:
        for stale in [k for k, times in _process_counts.items() if times[-1] <= now - window]:
            del _process_counts[stale]
        times = _process_counts[key]
        while times and times[0] <= now - window:
            times.popleft()
        times.append(now)
        return len(times) > limit
