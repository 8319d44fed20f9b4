"""Contact requests sent through a testbed page's form. Personal data: the staff of the testbed's
municipality see them in the admin (testbeds/permissions.py); they keep no entries in Wagtail's
log (wagtail_hooks, never_log) and are deleted after TESTBED_CONTACT_RETENTION_DAYS
(testbeds/retention.py). Imported by testbeds.models, so Django finds the model."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import Municipality

from .choices import RequestLanguage


class ContactRequest(models.Model):
    """A request to test something in a testbed. `testbed` is the entry in the default language;
    its municipality and title are copied, so that the request stays visible to the right staff
    and readable if the entry is deleted."""

    testbed = models.ForeignKey(
        "testbeds.TestbedPage",
        verbose_name=_("testbed"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="contact_requests",
    )
    testbed_title = models.CharField(_("testbed name"), max_length=255)
    municipality = models.CharField(
        _("municipality"), max_length=20, choices=Municipality.choices, db_index=True
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200)
    what_to_test = models.TextField(_("what they want to test"), max_length=3000)
    when = models.CharField(_("when"), max_length=300)
    language = models.CharField(_("language"), max_length=2, choices=RequestLanguage.choices)
    consent_at = models.DateTimeField(_("consent given"))
    answered = models.BooleanField(
        _("answered"), default=False, help_text=_("Tick when the request has been answered.")
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("testbed contact request")
        verbose_name_plural = _("testbed contact requests")
        ordering = ["-created_at", "-pk"]
        permissions = [
            ("see_pitea_contact_requests", _("Can see contact requests to Piteå's testbeds")),
            (
                "see_skelleftea_contact_requests",
                _("Can see contact requests to Skellefteå's testbeds"),
            ),
        ]

    def __str__(self):
        return f"{self.testbed_title} ({self.created_at:%Y-%m-%d})" if self.created_at else ""
