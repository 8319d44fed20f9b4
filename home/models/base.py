from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock


class BasePage(Page):
    """Fields every page shares: how it appears in listings, search engines and shares."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listings"),
        ),
    ]

    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_summary"),
        SynchronizedField("listing_image"),
    ]

    # Pages that must not be listed in the sitemap (forms with personal data, trackers) set this.
    in_sitemap = True

    class Meta:
        abstract = True

    # The view restrictions of a page routed from this process's map (home/routing.py), so that
    # Wagtail's check before serving it reads no database; None: look them up.
    remembered_view_restrictions = None

    def get_view_restrictions(self):
        if self.remembered_view_restrictions is not None:
            return self.remembered_view_restrictions
        return super().get_view_restrictions()

    def get_content_context(self, request) -> dict:
        """What the page's own content shows beyond its fields (its tools, sessions, related
        pages), added to the context only while `{% page_fragment %}` builds that content: a
        fragment from the cache saves these queries too (home/templatetags/page_fragments.py)."""
        return {}

    @property
    def summary(self):
        """The text for listings and meta descriptions."""
        return self.search_description or self.listing_summary


class IntroPage(BasePage):
    """A page with a short plain-text introduction under its title: the field, its panel, its
    search field and its translation in one place. Pages that require an introduction override
    the field with `blank=False` (the same column: no migration)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    class Meta:
        abstract = True


class BodyPage(IntroPage):
    """An introduction and a body of content blocks (home/blocks.py), with the body's panel,
    search field and translation: the home page and the general content pages."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*IntroPage.content_panels, FieldPanel("body")]
    search_fields = [*IntroPage.search_fields, index.SearchField("body")]
    translatable_fields = [*IntroPage.translatable_fields, TranslatableField("body")]

    class Meta:
        abstract = True


def required_intro():
    """The introduction field of IntroPage, required (HomePage, the method and the toolkit)."""
    return models.TextField(_("introduction"), max_length=500)
