"""A limit on the e-mails the site sends to an address a visitor typed into a form, so that the
forms cannot be used to flood someone's inbox with mail in the municipalities' name.

Counted in the database (table `home_recipientmail`), so the limit holds when the cache is
down and across servers. Two submissions at the same moment may both pass the count: the limit
is a ceiling give or take the number of parallel requests, which the per-client rate limit
keeps small."""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.utils import timezone

from home.models import RecipientMail

WINDOW = datetime.timedelta(days=1)


def address_hash(address: str) -> str:
    """A keyed hash of the address: the same for the same address, useless without the key."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, address.strip().lower().encode(), hashlib.sha256).hexdigest()


def may_mail(address: str) -> bool:
    """Count one e-mail to `address` and say whether it may be sent: at most
    MAIL_LIMIT_PER_ADDRESS within a day. Run it in the transaction that stores the submission,
    so a rolled-back submission counts nothing. A refused e-mail is not counted."""
    digest = address_hash(address)
    since = timezone.now() - WINDOW
    sent = RecipientMail.objects.filter(address_hash=digest, created_at__gte=since).count()
    if sent >= settings.MAIL_LIMIT_PER_ADDRESS:
        return False
    RecipientMail.objects.create(address_hash=digest)
    return True


def purge(now) -> dict[str, int]:
    """Delete the counts older than the window: they no longer limit anything."""
    deleted, _by_model = RecipientMail.objects.filter(created_at__lt=now - WINDOW).delete()
    return {"recipient mail counts": deleted}
