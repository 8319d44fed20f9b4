from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .base import BodyPage, required_intro


class HomePage(BodyPage):
    intro = required_intro()

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "home.FormPage",
        "methodology.MethodologyIndexPage",
        "methodology.ToolkitIndexPage",
        "courses.CourseIndexPage",
        "testbeds.TestbedIndexPage",
        "ideas.IdeaSubmissionPage",
        "ideas.IdeaBoardPage",
        "ideas.ChallengeIndexPage",
        "ideas.GoodExampleIndexPage",
        "ideas.FiguresPage",
        "news.NewsIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    # The pages the calls to action at the top lead to, by model: propose an idea, answer a
    # challenge, and the link to the public figures under them (looked up by content type: the
    # ideas app's models import this module).
    CALL_PAGE_MODELS = ("ideasubmissionpage", "challengeindexpage", "figurespage")

    def call_pages(self) -> dict:
        """The live pages of CALL_PAGE_MODELS in this page's language, by model, in one query."""
        pages = (
            Page.objects.live()
            .filter(
                locale_id=self.locale_id,
                content_type__app_label="ideas",
                content_type__model__in=self.CALL_PAGE_MODELS,
            )
            .select_related("content_type")
            .order_by("path")
        )
        found = {}
        for page in pages:
            found.setdefault(page.content_type.model, page)
        return found


class ContentPage(BodyPage):
    """A general page: about the programme, privacy, accessibility statement and similar."""

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage", "home.FormPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
