"""How residents take part beyond their own idea, with no account: a confirmed e-mail address,
support for a published idea, following an idea (or, later, another kind of page) by e-mail,
and the e-mails about it.

Personal data: the address is stored once (ResidentAddress), with a keyed hash to find it by;
supports and follows point to it, never repeat it. No model's str() shows the address, and
Wagtail's log keeps none of them (ideas/wagtail_hooks.py). Retention: ideas/retention.py."""

import hashlib
import secrets
from datetime import timedelta

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.mail_limit import address_hash
from home.models.outbox import OutboxMessage
from ideas.choices import Language

# How long a confirmation link works (README, "Taking part").
CONFIRMATION_MAX_AGE = timedelta(days=2)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ResidentAddressQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def for_email(self, email: str):
        return self.filter(email_hash=address_hash(email))


class ResidentAddress(models.Model):
    """An e-mail address a resident gave to support or follow ideas or to get updates on their
    own. It receives more than a receipt only once confirmed by a link (double opt-in)."""

    email = models.EmailField(_("e-mail"))
    # A keyed hash (home.mail_limit.address_hash) to find the address without a plain-text index.
    email_hash = models.CharField(_("address hash"), max_length=64, unique=True, editable=False)
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.SWEDISH
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # The secret of the one-click unsubscribe link in every e-mail after confirmation.
    unsubscribe_token = models.CharField(
        _("unsubscribe token"), max_length=64, unique=True, default=new_token, editable=False
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = ResidentAddressQuerySet.as_manager()

    class Meta:
        verbose_name = _("resident's e-mail address")
        verbose_name_plural = _("residents' e-mail addresses")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"

    @classmethod
    def for_email(cls, email: str, language: str) -> "ResidentAddress":
        address, _created = cls.objects.get_or_create(
            email_hash=address_hash(email),
            defaults={"email": email.strip(), "language": language},
        )
        return address

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class Confirmation(models.Model):
    """One link sent to confirm an action with an address: support an idea, follow something,
    or get updates on one's own idea. Only a hash of the link's secret is stored."""

    class Purpose(models.TextChoices):
        SUPPORT = "support", _("Support an idea")
        FOLLOW = "follow", _("Follow")
        UPDATES = "updates", _("Updates on one's own idea")

    address = models.ForeignKey(
        ResidentAddress, on_delete=models.CASCADE, related_name="confirmations"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("confirmation link")
        verbose_name_plural = _("confirmation links")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"

    @property
    def has_expired(self) -> bool:
        return self.used_at is None and timezone.now() - self.created_at > CONFIRMATION_MAX_AGE


class Support(models.Model):
    """One confirmed address supports one published idea. Only the count is public."""

    # Emptied when the idea's retention period has passed (ideas/retention.py): the support
    # still counts, but belongs to nobody.
    address = models.ForeignKey(
        ResidentAddress,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="supports",
    )
    idea = models.ForeignKey(
        "ideas.Idea", verbose_name=_("idea"), on_delete=models.CASCADE, related_name="supports"
    )
    created_at = models.DateTimeField(_("supported"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(fields=["address", "idea"], name="one_support_per_address")
        ]

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"


class Follow(models.Model):
    """A confirmed address follows a published idea (or any other model a later app lets
    residents follow) and gets its news by e-mail in the language it followed in."""

    address = models.ForeignKey(ResidentAddress, on_delete=models.CASCADE, related_name="follows")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    created_at = models.DateTimeField(_("followed"), default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["address", "content_type", "object_id"], name="one_follow_per_address"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"


class ResidentEmail(OutboxMessage):
    """E-mails to residents that are not about an idea they sent themselves: confirmation links,
    news to followers, lost tracking links, and the receipts and news to the people who joined
    an idea or were registered with its team. Deleted with the address."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Confirmation link")
        FOLLOWER_UPDATE = "follower_update", _("News to a follower")
        LOST_LINKS = "lost_links", _("Tracking links sent again")
        CO_SUBMITTER_RECEIPT = "co_receipt", _("Receipt to a co-submitter")
        CO_SUBMITTER_UPDATE = "co_update", _("News to a co-submitter")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    address = models.ForeignKey(
        ResidentAddress,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="emails",
    )

    class Meta:
        verbose_name = _("e-mail to a resident")
        verbose_name_plural = _("e-mails to residents")
        ordering = ["-created_at", "-pk"]

    def log_name(self) -> str:
        return f"{super().log_name()} ({self.kind})"


__all__ = [
    "CONFIRMATION_MAX_AGE",
    "Confirmation",
    "Follow",
    "ResidentAddress",
    "ResidentEmail",
    "Support",
]
