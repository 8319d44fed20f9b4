"""News from the idea sluice: a news index per language under the home page and the news
pages under it, newest first. Municipal editors write them; the home page shows the latest
three (news/templatetags/news_tags.py) and each language has an Atom feed (news/feeds.py)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.listing import paginate, public_pages
from home.models import BasePage, IntroPage

# How many news items the home page shows.
HOME_PAGE_NEWS = 3


class NewsIndexPage(IntroPage):
    """The news of one language, newest first, a page at a time."""

    per_page = 10

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    # One news index per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_items(self):
        """The live, public news under this index, newest first (the body is not read)."""
        return (
            public_pages(NewsPage.objects.child_of(self).live())
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Two queries whatever the page number (the count and the page); ?page=x, 0 or 9999
        # give the first or the last page (home/listing.py).
        context["page_obj"] = paginate(request, self.get_items(), self.per_page)
        return context


class NewsPage(BasePage):
    """One news item: its date, a summary, an optional image and a body from the shared
    blocks. The summary is the listing summary of every page, required here and edited with
    the content: it is shown under the title, in the listings, on the home page and in the
    feed."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The day the news is dated. The news listings are ordered by it."),
    )
    listing_summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One to three sentences: what has happened and why it matters. Shown under the "
            "title, in the news listings, on the home page and in the feed."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("listing_summary"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    # The summary and the image are content here, not a promote setting.
    promote_panels = [*Page.promote_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        TranslatableField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    @classmethod
    def latest(cls, locale_id, count=HOME_PAGE_NEWS):
        """The newest live, public news in a language, in one query."""
        return list(
            public_pages(cls.objects.live().filter(locale_id=locale_id))
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")[:count]
        )
