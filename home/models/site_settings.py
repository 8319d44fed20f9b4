from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

SOCIAL_SERVICES = [
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("mastodon", "Mastodon"),
    ("other", _("Other")),
]


class SocialLinkBlock(blocks.StructBlock):
    service = blocks.ChoiceBlock(label=_("Service"), choices=SOCIAL_SERVICES)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link-external"
        label = _("Social media link")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Settings that hold for both languages, changed by administrators. Text that needs
    translating, the phone number and the legal pages' links live in the navigation and footer
    snippets chosen here, which editors change through the review workflow."""

    main_navigation = models.ForeignKey(
        "home.NavigationMenu",
        verbose_name=_("main navigation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the Swedish menu; each language shows its own translation."),
    )
    footer = models.ForeignKey(
        "home.Footer",
        verbose_name=_("footer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the Swedish footer; each language shows its own translation."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page the forms link to about personal data. The footer's links are chosen in "
            "the footer."
        ),
    )
    # No longer used: the accessibility statement's link and the phone number are in the footer
    # (migration 0008 copied them there). Kept one release so that the previous release can
    # serve during a rolling deploy (README, Deployment); drop them in the next one.
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], verbose_name=_("social media"), blank=True
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("main_navigation"), FieldPanel("footer")], heading=_("Navigation")
        ),
        MultiFieldPanel([FieldPanel("privacy_page")], heading=_("Required pages")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("social_links")], heading=_("Contact")
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
