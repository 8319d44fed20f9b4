from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=60,
        help_text=_("Leave empty to use the page title."),
    )

    class Meta:
        icon = "doc-empty"
        label = _("Page link")


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"))
    title = blocks.CharBlock(label=_("Link text"), max_length=60)

    class Meta:
        icon = "link-external"
        label = _("External link")


class LinksBlock(blocks.StreamBlock):
    page = PageLinkBlock()
    external = ExternalLinkBlock()


class NavigationMenu(TranslatableMixin, models.Model):
    """A list of links, e.g. the main navigation. Chosen in the site settings; each language has
    its own translation."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Only shown in the admin."))
    links = StreamField(LinksBlock(), verbose_name=_("links"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return self.name


class Footer(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100, help_text=_("Only shown in the admin."))
    organisation_name = models.CharField(_("organisation name"), max_length=150)
    contact_text = RichTextField(
        _("contact details"), blank=True, features=["bold", "link"], max_length=1000
    )
    links = StreamField(LinksBlock(), verbose_name=_("links"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation_name"),
        FieldPanel("contact_text"),
        FieldPanel("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return self.name
