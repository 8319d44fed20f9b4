"""The main navigation and the footer: translatable snippets chosen in the site settings.

Both are edited like pages: a save is a draft (a revision), the preview shows the draft inside
the site's header and footer, the editors' workflow sends it for review, and only the published
version shows on the public site (home/templatetags/site_tags.py reads the live rows; a draft
changes no row that readers see). The snippets' history lists every revision."""

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField


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


class LegalLinksBlock(blocks.StreamBlock):
    page = PageLinkBlock()


class ChromePreviewMixin(PreviewableMixin):
    """The preview of a menu or footer: a page of the site, in the snippet's language, whose
    header or footer is the version being edited (the template tags take it from the context
    under `preview_context_name`)."""

    preview_template = "home/previews/chrome_preview.html"
    preview_context_name = ""

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def get_preview_context(self, request, mode_name):
        return {
            **super().get_preview_context(request, mode_name),
            self.preview_context_name: self,
            "previewed_part": self._meta.verbose_name,
        }

    def serve_preview(self, request, mode_name):
        # The dummy request's address is the Swedish home page; the English menu is shown in
        # English, with the English pages its links point to.
        language = self.locale.language_code if self.locale_id else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            return TemplateResponse(
                request,
                self.get_preview_template(request, mode_name),
                self.get_preview_context(request, mode_name),
            ).render()


class NavigationMenu(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ChromePreviewMixin,
    TranslatableMixin,
    models.Model,
):
    """A list of links, e.g. the main navigation. Chosen in the site settings; each language has
    its own translation."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Only shown in the admin."))
    links = StreamField(LinksBlock(), verbose_name=_("links"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("links")]
    preview_context_name = "preview_navigation"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return self.name


class Footer(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ChromePreviewMixin,
    TranslatableMixin,
    models.Model,
):
    """The footer of every page: who runs the site, how to reach them, the legal pages and other
    links. Each language has its own translation."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Only shown in the admin."))
    organisation_name = models.CharField(_("organisation name"), max_length=150)
    contact_text = RichTextField(
        _("contact details"), blank=True, features=["bold", "link"], max_length=1000
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_(
            "As written in Sweden, e.g. 0911-69 60 00. English pages show it in international "
            "form (+46 911 69 60 00)."
        ),
    )
    legal_links = StreamField(
        LegalLinksBlock(),
        verbose_name=_("legal pages"),
        blank=True,
        help_text=_(
            "The privacy page, the accessibility statement and other pages the law requires "
            "every page to link to, such as information about cookies."
        ),
    )
    links = StreamField(LinksBlock(), verbose_name=_("links"), blank=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("contact_text"), FieldPanel("phone")],
            heading=_("Contact"),
        ),
        FieldPanel("legal_links"),
        FieldPanel("links"),
    ]
    # The number is the same in both languages unless a translator gives another one.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("organisation_name"),
        TranslatableField("contact_text"),
        SynchronizedField("phone", overridable=True),
        TranslatableField("legal_links"),
        TranslatableField("links"),
    ]
    preview_context_name = "preview_footer"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return self.name
