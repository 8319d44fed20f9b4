"""The residents' pages of the sluice: the form to propose an idea, and the board of published
ideas, which also serves each idea's public page and the resident's private tracking page. The
routes hand the page to the views in ideas/submission_views.py, ideas/board_views.py and
ideas/participation_views.py, which import no page model."""

from django.apps import apps
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

from home.facets import FacetedListingMixin, choices_facet
from home.listing import public_pages
from home.models import IntroPage
from home.routes import TranslatedRoutesMixin, translated_path, translated_re_path
from ideas import board_views, participation_views, submission_views
from ideas.choices import Area, Municipality
from ideas.stages import Stage

from .ideas import Idea
from .participation import Confirmation

BOARD_PAGE_SIZE = 12
BOARD_FACETS = [
    choices_facet("stage", _("Stage"), "stage", Stage.choices),
    choices_facet("area", _("Area"), "area", Area.choices),
    choices_facet("municipality", _("Municipality"), "municipality", Municipality.choices),
]
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]
REFERENCE = r"(?P<reference>IDE-\d{4}-\d{4,6})"


def board_for(locale):
    return IdeaBoardPage.objects.live().filter(locale=locale).first()


class IdeaSubmissionPage(TranslatedRoutesMixin, IntroPage):
    """The form residents and staff propose an idea with; no account needed."""

    privacy_text = RichTextField(
        _("how we handle personal data"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown next to the contact details: what is stored, why and for how long."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after sending, with the idea's reference and tracking link."),
    )

    content_panels = [
        *IntroPage.content_panels,
        FieldPanel("privacy_text"),
        FieldPanel("thank_you_text"),
    ]
    translatable_fields = [
        *IntroPage.translatable_fields,
        TranslatableField("privacy_text"),
        TranslatableField("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("idea submission page")
        verbose_name_plural = _("idea submission pages")

    def board(self):
        """The idea board in this page's language, which shows the ideas sent here."""
        return board_for(self.locale)

    @path("")
    def submit(self, request):
        return submission_views.submission(request, self, page_path=request.path)

    @translated_path(
        "utmaning/<int:challenge_id>/", "challenge/<int:challenge_id>/", name="challenge"
    )
    def challenge(self, request, challenge_id):
        """The form opened for a challenge in this page's language: the idea answers it."""
        challenge = (
            public_pages(challenge_model().objects.live())
            .filter(pk=challenge_id, locale_id=self.locale_id)
            .first()
        )
        if challenge is None:
            raise Http404
        route = self.route_path("challenge", challenge_id)
        return submission_views.submission(
            request, self, page_path=request.path.removesuffix(route), challenge=challenge
        )

    @translated_path("tack/", "thank-you/", name="thanks")
    def thanks(self, request):
        return submission_views.thanks(request, self)

    def challenge_url(self, challenge):
        return self.route_url("challenge", challenge.pk)

    def challenge_language_urls(self, challenge):
        """The form for the same challenge in each language, for the language switcher."""
        forms_by_language = {
            form_page.locale.language_code: form_page
            for form_page in self.get_translations(inclusive=True).live().select_related("locale")
        }
        urls = {}
        for translation_page in (
            challenge_model()
            .objects.filter(translation_key=challenge.translation_key)
            .select_related("locale")
        ):
            form_page = forms_by_language.get(translation_page.locale.language_code)
            if form_page is not None:
                urls[translation_page.locale.language_code] = form_page.specific.challenge_url(
                    translation_page
                )
        return urls


def challenge_model():
    """ChallengePage, whose module imports this one (the challenge page links to the form)."""
    return apps.get_model("ideas", "ChallengePage")


class IdeaBoardPage(FacetedListingMixin, TranslatedRoutesMixin, IntroPage):
    """Published ideas, with filters; each idea's public page; the private tracking pages."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    per_page = BOARD_PAGE_SIZE
    count_text = ngettext_lazy("%(counter)s idea", "%(counter)s ideas", "counter")
    # Any public change to an idea renews every board's path (ideas/caching.py): the counts
    # may come from an index.
    counts_from_index = True

    class Meta:
        verbose_name = _("idea board")
        verbose_name_plural = _("idea boards")

    # --- Listing ---------------------------------------------------------------------------

    def get_facets(self, request):
        return BOARD_FACETS

    def get_queryset(self):
        return Idea.objects.public().only(
            "reference",
            "title",
            "public_title",
            "public_summary",
            "public_title_en",
            "public_summary_en",
            "stage",
            "area",
            "municipality",
            "language",
            "created_at",
            "is_example",
        )

    @path("")
    def listing(self, request):
        language = translation.get_language()
        context = self.get_context(request)
        context.update(self.listing_context(request))
        board_url = self.url  # worked out once, not for each idea
        context["ideas"] = [
            (
                idea,
                board_url + self.reverse_subpage("idea", args=[idea.reference]),
                idea.shown_texts(language),
            )
            for idea in context["page_obj"]
        ]
        return TemplateResponse(request, self.get_template(request), context)

    # --- One published idea ----------------------------------------------------------------

    def idea_path(self, reference):
        return self.url + self.reverse_subpage("idea", args=[reference])

    @re_path(rf"^{REFERENCE}/$", name="idea")
    def idea(self, request, reference):
        return board_views.idea_page(request, self, reference)

    # --- The resident's private tracking page ------------------------------------------------

    def tracking_path(self, token):
        return self.route_path("track", token)

    @translated_re_path(r"^folj/(?P<token>[^/]+)/$", r"^follow/(?P<token>[^/]+)/$", name="track")
    def track(self, request, token):
        return board_views.tracking_page(request, self, token)

    # --- Taking part: support, follow, lost links (ideas/participation.py) ---------------------

    def participation_path(self, reference, purpose):
        return self.route_url(purpose, reference)

    def lost_links_path(self):
        return self.route_url("lost_links")

    @translated_re_path(rf"^{REFERENCE}/stod/$", rf"^{REFERENCE}/support/$", name="support")
    def support(self, request, reference):
        return participation_views.participate(
            request, self, reference, Confirmation.Purpose.SUPPORT
        )

    @translated_re_path(
        rf"^{REFERENCE}/bevaka/$", rf"^{REFERENCE}/follow-by-email/$", name="follow"
    )
    def follow(self, request, reference):
        return participation_views.participate(
            request, self, reference, Confirmation.Purpose.FOLLOW
        )

    @translated_path("skicka-lankar/", "resend-links/", name="lost_links")
    def lost_links(self, request):
        return participation_views.lost_links(request, self)
