"""What the link checker (home/link_checker.py) found on its last run: one row per broken link in a
live page or a menu/footer snippet. Each run replaces the rows, so a fixed link disappears; a link
still broken keeps the time it was first seen. Holds no personal data: where the link is, its text
and its target."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page


class BrokenLink(models.Model):
    class Problem(models.TextChoices):
        UNPUBLISHED = "unpublished", _("Page not published")
        PRIVATE = "private", _("Page is private")
        DELETED = "deleted", _("Page deleted")
        ERROR_STATUS = "error_status", _("Error status")
        UNREACHABLE = "unreachable", _("Unreachable")

    INTERNAL_PROBLEMS = (Problem.UNPUBLISHED, Problem.PRIVATE, Problem.DELETED)

    # Where the link is: a page (also in source_page, for permissions and the edit link) or a
    # snippet. content_path is the field and block path, with block ids (as in Wagtail's
    # ReferenceIndex); model_path the same with block names, for describing it.
    source_content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    source_object_id = models.CharField(max_length=255)
    source = GenericForeignKey("source_content_type", "source_object_id")
    source_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    source_title = models.CharField(_("where"), max_length=255)
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    model_path = models.TextField()
    content_path = models.TextField()
    link_text = models.CharField(_("link text"), max_length=255, blank=True)

    # Where it leads: a page id (kept when the page has been deleted) or an address.
    target_page_id = models.PositiveIntegerField(null=True, blank=True)
    target_title = models.CharField(max_length=255, blank=True)
    url = models.URLField(_("address"), max_length=2000, blank=True)

    problem = models.CharField(_("problem"), max_length=20, choices=Problem.choices)
    status_code = models.PositiveSmallIntegerField(_("status code"), null=True, blank=True)
    first_seen_at = models.DateTimeField(_("first seen"))
    last_checked_at = models.DateTimeField(_("last checked"))

    class Meta:
        verbose_name = _("broken link")
        verbose_name_plural = _("broken links")
        indexes = [models.Index(fields=["source_content_type", "source_object_id"])]

    def __str__(self):
        return self.url or self.target_title or str(self.target_page_id)

    @property
    def key(self) -> tuple:
        """The same link in the same place, from one run to the next."""
        return (
            self.source_content_type_id,
            str(self.source_object_id),
            self.content_path,
            self.target_page_id,
            self.url,
        )

    @property
    def is_internal(self) -> bool:
        return self.problem in self.INTERNAL_PROBLEMS
