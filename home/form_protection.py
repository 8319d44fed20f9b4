"""Spam protection without a CAPTCHA: a honeypot field, a form token and a rate limit.

The form token is a signed hidden field made when the form is shown. It says when the form was
opened (too fast is a bot; older than FORM_TOKEN_MAX_AGE has expired), and it is bound to the
visitor's session, so a token copied out of one browser does not work in another. It is spent
by the submission that uses it: `submit_once` records its hash with what the submission created,
in the same transaction, so the same POST sent again (a retry after an error, a bot replaying
it) finds that object and shows the same thank-you page, and creates and sends nothing."""

import datetime
import hashlib
import secrets
import threading
import time
from collections import defaultdict, deque

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _

from home.cache_backends import degraded
from home.models.protection import SpentFormToken

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
SIGNING_SALT = "home.form_protection.started"
SESSION_KEY = "form_protection_key"


def session_key(request) -> str:
    """A random value kept in the visitor's session (created on first use). Tokens carry it, so
    a token is accepted only in the session it was made for."""
    key = request.session.get(SESSION_KEY)
    if not key:
        key = secrets.token_urlsafe(16)
        request.session[SESSION_KEY] = key
    return key


def new_token(request) -> str:
    payload = {"t": time.time(), "s": session_key(request), "n": secrets.token_urlsafe(16)}
    return signing.dumps(payload, salt=SIGNING_SALT)


class ProtectedFormMixin(forms.Form):
    """Adds the honeypot and the form token. `is_spam` is True when a bot filled the honeypot:
    the view then shows the thank-you page but stores nothing. After a valid token, `token_hash`
    identifies it for `submit_once`."""

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.is_spam = False
        self.token_hash = ""
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[STARTED_FIELD] = forms.CharField(
            required=False,
            widget=forms.HiddenInput,
            initial=lambda: new_token(request),
        )

    def clean(self):
        cleaned_data = super().clean()
        self.is_spam = bool(cleaned_data.pop(HONEYPOT_FIELD, ""))
        token = cleaned_data.pop(STARTED_FIELD, "")
        try:
            payload = signing.loads(token, salt=SIGNING_SALT)
            started, bound_to, nonce = float(payload["t"]), str(payload["s"]), str(payload["n"])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise self.refused_token(
                _("The form could not be checked. Please send it again."), "bad_token"
            ) from None
        if not constant_time_compare(bound_to, self.request.session.get(SESSION_KEY) or ""):
            raise self.refused_token(
                _(
                    "The form was opened in another browser session, for example before the "
                    "browser was closed. Please send it again – what you wrote is still here. "
                    "If this message comes back, allow cookies for this site."
                ),
                "other_session",
            )
        elapsed = time.time() - started
        if elapsed > settings.FORM_TOKEN_MAX_AGE:
            raise self.refused_token(
                _(
                    "The form has been open for a long time, so it has expired. Please send it "
                    "again – what you wrote is still here."
                ),
                "expired",
            )
        if elapsed < settings.FORM_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _(
                    "The form was sent very quickly, so we could not tell it from an automated "
                    "message. Please check your answers and send it again."
                ),
                code="too_fast",
            )
        self.token_hash = hashlib.sha256(nonce.encode()).hexdigest()
        return cleaned_data

    def refused_token(self, message, code) -> forms.ValidationError:
        """The error that refuses the token. The form shown again carries a new token, so sending
        it again works."""
        self.data = self.data.copy()
        self.data[STARTED_FIELD] = new_token(self.request)
        return forms.ValidationError(message, code=code)

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


def spent_token_result(form):
    """What an earlier submission with this valid form's token created, or None. If that has
    been deleted since (a registration removed in the admin), the token is free again."""
    spent = SpentFormToken.objects.filter(token_hash=form.token_hash).first()
    if spent is None:
        return None
    if spent.result is None:
        spent.delete()
    return spent.result


def submit_once(form, create, *, checked=False):
    """Run `create()` (which saves and returns one object) once per form token. Returns
    `(object, True)` the first time and `(the same object, False)` when the token was spent
    before, even by a request running at the same moment: the token's unique row is written
    in `create`'s transaction, so only one of them commits. `checked`: the caller has just
    found the token unspent (spent_token_result), so it is not looked up again first."""
    earlier = None if checked else spent_token_result(form)
    if earlier is not None:
        return earlier, False
    try:
        with transaction.atomic():
            created = create()
            SpentFormToken.objects.create(token_hash=form.token_hash, result=created)
    except IntegrityError:
        earlier = spent_token_result(form)
        if earlier is None:
            raise
        return earlier, False
    return created, True


def purge_spent_tokens(now) -> dict[str, int]:
    """Delete spent tokens older than FORM_TOKEN_MAX_AGE: such a token is refused as expired."""
    cutoff = now - datetime.timedelta(seconds=settings.FORM_TOKEN_MAX_AGE)
    deleted, _by_model = SpentFormToken.objects.filter(created_at__lt=cutoff).delete()
    return {"spent form tokens": deleted}


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


def form_rate_limited(request, scope: str, form, message=None) -> bool:
    """`rate_limited` for a form: over the limit, the form carries the error the resident sees
    (`message`, or "wait N minutes and send it again") and the caller answers 429 with it."""
    if not rate_limited(request, scope):
        return False
    if message is None:
        minutes = max(1, settings.FORM_RATE_LIMIT[1] // 60)
        message = _(
            "You have sent this form many times in a short while. Please wait "
            "%(minutes)s minutes and send it again. What you wrote is still here."
        ) % {"minutes": minutes}
    form.add_error(None, message)
    return True


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
