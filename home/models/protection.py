"""What the site keeps to stop its forms being used to send mail: spent form tokens, and a count
of the e-mails sent to each address a visitor typed in."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SpentFormToken(models.Model):
    """A form token that has been used, and what its submission created (an idea, a course
    registration, a form submission). A second POST with the same token finds the object here
    instead of creating another. Holds a hash of the token, never the token; no personal data."""

    # Refers to nothing an editor chooses: kept out of Wagtail's reference index (which would
    # write a background task in the submitting transaction for each save).
    wagtail_reference_index_ignore = True

    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    result = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("used"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("spent form token")
        verbose_name_plural = _("spent form tokens")

    def __str__(self):
        return self.token_hash[:12]


class RecipientMail(models.Model):
    """One e-mail queued to an address a visitor typed into a form (an idea receipt, a course
    confirmation). Counted per address and day to limit how much mail one address gets. Holds a
    keyed hash of the address, never the address."""

    address_hash = models.CharField(_("address hash"), max_length=64)
    created_at = models.DateTimeField(_("queued"), default=timezone.now)

    class Meta:
        verbose_name = _("e-mail to a visitor's address")
        verbose_name_plural = _("e-mails to visitors' addresses")
        indexes = [models.Index(fields=["address_hash", "created_at"])]

    def __str__(self):
        return self.address_hash[:12]
