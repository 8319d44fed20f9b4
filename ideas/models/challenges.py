"""Challenges: a need the municipality publishes to ask residents and staff for ideas, with the
criteria answers are assessed against, open and close dates and, once closed, its outcome. The
index lists open, upcoming and closed challenges; each challenge lists its published ideas.

An idea answers a challenge through `Idea.challenge`, which always points to the challenge in
the site's source language (Swedish), so counts and breakdowns do not split by language; pages
find their ideas through the challenge's translation key."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import Municipality
from home.facets import Facet, FacetedListingMixin, FacetOption, choices_facet
from home.listing import paginate, public_pages
from home.models import BasePage
from ideas.choices import Area
from methodology.models import localized_pages

from .assessment import Criterion
from .ideas import Idea
from .organisation import Administration, localized_names
from .pages import IdeaSubmissionPage, board_for

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]
CHALLENGE_IDEAS_PAGE_SIZE = 12
CHALLENGES_PAGE_SIZE = 12


class ChallengeStatus(models.TextChoices):
    """In the order the index lists them."""

    OPEN = "open", _("Open for ideas")
    UPCOMING = "upcoming", _("Opens soon")
    CLOSED = "closed", _("Closed for ideas")


class CriterionBlock(blocks.StructBlock):
    """One criterion the answers to a challenge are assessed against."""

    name = blocks.CharBlock(label=_("Criterion"), max_length=120)
    description = blocks.TextBlock(label=_("What we look at"), max_length=500, required=False)

    class Meta:
        icon = "tasks"
        label = _("Criterion")


def status_on(opens_on, closes_on, today) -> str:
    if today < opens_on:
        return ChallengeStatus.UPCOMING
    if today > closes_on:
        return ChallengeStatus.CLOSED
    return ChallengeStatus.OPEN


def status_conditions(today) -> dict[str, Q]:
    """Each status as a query condition on the dates, for filters and counts."""
    return {
        ChallengeStatus.OPEN: Q(opens_on__lte=today, closes_on__gte=today),
        ChallengeStatus.UPCOMING: Q(opens_on__gt=today),
        ChallengeStatus.CLOSED: Q(closes_on__lt=today),
    }


def with_idea_counts(queryset):
    """Challenges annotated with their number of published ideas, counted over every language
    of each challenge in the same statement (ideas point to the Swedish page)."""
    published = (
        Idea.objects.public()
        .filter(challenge__translation_key=OuterRef("translation_key"))
        .order_by()
        .values("challenge__translation_key")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return queryset.annotate(published_idea_count=Coalesce(Subquery(published), 0))


class ChallengeIndexPage(FacetedListingMixin, BasePage):
    """Every challenge: open ones first, then those that open soon, then the closed ones;
    filtered by status and municipality (the shared faceted listing)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["ideas.ChallengePage"]

    per_page = CHALLENGES_PAGE_SIZE
    count_text = ngettext_lazy("%(counter)s challenge", "%(counter)s challenges", "counter")

    class Meta:
        verbose_name = _("challenge index")
        verbose_name_plural = _("challenge indexes")

    def get_facets(self, request=None):
        conditions = status_conditions(timezone.localdate())
        return [
            Facet(
                "status",
                _("Status"),
                [
                    FacetOption(value, label, conditions[value])
                    for value, label in ChallengeStatus.choices
                ],
            ),
            choices_facet("municipality", _("Municipality"), "municipality", Municipality.choices),
        ]

    def get_queryset(self):
        return public_pages(ChallengePage.objects.child_of(self).live())

    def order(self, queryset, filters):
        # Open challenges first (closing soonest first), then upcoming, then closed.
        conditions = status_conditions(timezone.localdate())
        order = models.Case(
            models.When(conditions[ChallengeStatus.OPEN], then=0),
            models.When(conditions[ChallengeStatus.UPCOMING], then=1),
            default=2,
        )
        return (
            with_idea_counts(queryset)
            .defer_streamfields()
            .annotate(status_order=order)
            .order_by("status_order", "closes_on", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context


class ChallengePageForm(WagtailAdminPageForm):
    """Offers only testbeds and method phases in the edited page's own language, so an editor
    does not choose between two pages with the same title in different languages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        for name in ("related_testbeds", "related_phases"):
            if name in self.fields and locale_id:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id).order_by("path")


class ChallengePage(BasePage):
    """A need or challenge the municipality asks residents and staff for ideas about."""

    base_form_class = ChallengePageForm

    question = models.TextField(
        _("the need or challenge"),
        max_length=600,
        help_text=_("In plain language, as a question or a need: what should get better?"),
    )
    background = RichTextField(_("background"), blank=True, features=RICH_TEXT_FEATURES)
    audience = models.TextField(
        _("who it is for"),
        max_length=600,
        help_text=_("The people the answers should help, and who is welcome to answer."),
    )
    municipality = models.CharField(_("municipality"), max_length=20, choices=Municipality.choices)
    administration = models.ForeignKey(
        "ideas.Administration",
        verbose_name=_("administration"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="challenges",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("The administration of the municipality that owns the challenge."),
    )
    area = models.CharField(
        _("area"),
        max_length=30,
        choices=Area.choices,
        help_text=_("Ideas sent to the challenge start in this area."),
    )
    criteria = StreamField(
        [("criterion", CriterionBlock())],
        verbose_name=_("assessment criteria"),
        help_text=_(
            "What the ideas will be assessed against. Published with the challenge, before it "
            "opens."
        ),
    )
    opens_on = models.DateField(_("opens"))
    closes_on = models.DateField(_("closes"), help_text=_("The last day ideas can be sent."))
    related_testbeds = ParentalManyToManyField(
        "testbeds.TestbedPage", verbose_name=_("related testbeds"), blank=True, related_name="+"
    )
    related_phases = ParentalManyToManyField(
        "methodology.MethodPhasePage",
        verbose_name=_("related method phases"),
        blank=True,
        related_name="+",
    )
    contact_name = models.CharField(
        _("contact"), max_length=150, blank=True, help_text=_("A role or a name.")
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    outcome = RichTextField(
        _("outcome"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("For a closed challenge: what came of it."),
    )
    source_idea = models.ForeignKey(
        Idea,
        verbose_name=_("made from the need"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="challenges_made",
    )
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Made up for the demo site.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("question"),
        FieldPanel("background"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("administration")]),
                FieldPanel("area"),
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
                FieldPanel("is_example"),
            ],
            heading=_("Owner and dates"),
        ),
        FieldPanel("criteria"),
        MultiFieldPanel(
            [
                FieldPanel("related_testbeds", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_phases", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Related pages"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        FieldPanel("outcome"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.AutocompleteField("title"),
        index.SearchField("question"),
        index.SearchField("background"),
        index.SearchField("audience"),
        index.SearchField("outcome"),
        index.FilterField("municipality"),
        index.FilterField("opens_on"),
        index.FilterField("closes_on"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("question"),
        TranslatableField("background"),
        TranslatableField("audience"),
        TranslatableField("criteria"),
        TranslatableField("outcome"),
        SynchronizedField("municipality", overridable=False),
        SynchronizedField("administration", overridable=False),
        SynchronizedField("area", overridable=False),
        SynchronizedField("opens_on", overridable=False),
        SynchronizedField("closes_on", overridable=False),
        SynchronizedField("related_testbeds"),
        SynchronizedField("related_phases"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("is_example", overridable=False),
    ]

    parent_page_types = ["ideas.ChallengeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            errors["closes_on"] = _("The challenge must close after it opens.")
        administration = self.administration
        if administration is not None and administration.municipality != self.municipality:
            errors["administration"] = _(
                "Choose an administration of the municipality that owns the challenge."
            )
        if errors:
            raise ValidationError(errors)

    def administration_name(self) -> str:
        """The owning administration's name in this page's language."""
        if self.administration_id is None:
            return ""
        names = localized_names(Administration, self.locale.language_code)
        return names.get(self.administration_id, "")

    def status_on(self, today=None) -> str:
        return status_on(self.opens_on, self.closes_on, today or timezone.localdate())

    @property
    def status(self) -> str:
        return self.status_on()

    @property
    def is_open(self) -> bool:
        return self.status == ChallengeStatus.OPEN

    def get_status_display(self):
        return ChallengeStatus(self.status).label

    def source_page(self):
        """This challenge in the site's source language, which ideas point to."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return (
            ChallengePage.objects.filter(
                translation_key=self.translation_key, locale=default
            ).first()
            or self
        )

    def ideas(self):
        """The ideas sent to this challenge, in any language."""
        return Idea.objects.filter(challenge__translation_key=self.translation_key)

    def idea_counts(self) -> dict[str, int]:
        """How many ideas came in and how many are published, in one query."""
        return self.ideas().aggregate(
            received=Count("pk"), published=Count("pk", filter=Q(is_public=True))
        )

    def criteria_list(self) -> list[Criterion]:
        """The criteria as the assessment uses them (ideas/models/assessment.py), each rated
        1–5. The key is the block's id, the same in every language of the challenge, so an
        assessment saved in one language reads in the other."""
        return [
            Criterion(
                key=f"challenge_{block.id}",
                label=block.value["name"],
                question=block.value["description"] or block.value["name"],
            )
            for block in self.criteria
            if block.block_type == "criterion"
        ]

    def form_url(self):
        """The idea form opened for this challenge, in this page's language, or ""."""
        form_page = IdeaSubmissionPage.objects.live().filter(locale_id=self.locale_id).first()
        return form_page.challenge_url(self) if form_page else ""

    def get_content_context(self, request):
        context = {}
        board = board_for(self.locale)
        counts = self.idea_counts()
        ideas = paginate(
            request,
            self.ideas()
            .public()
            .only("reference", "title", "public_title", "public_summary", "stage", "language"),
            CHALLENGE_IDEAS_PAGE_SIZE,
            count=counts["published"],
        )
        status = self.status
        context.update(
            administration=self.administration_name(),
            status=status,
            status_label=ChallengeStatus(status).label,
            counts=counts,
            page_obj=ideas,
            ideas=[(idea, board.idea_path(idea.reference) if board else "") for idea in ideas],
            # The page number is the only parameter the content reads and is cached by
            # (`{% page_fragment "page" %}`): the pagination links carry no other.
            query="",
            testbeds=list(
                localized_pages(
                    self.related_testbeds.model, self.related_testbeds.all(), self.locale_id
                )
            ),
            phases=list(
                localized_pages(
                    self.related_phases.model, self.related_phases.all(), self.locale_id
                )
            ),
            form_url=self.form_url() if status == ChallengeStatus.OPEN else "",
        )
        return context


def challenge_criteria(idea, language=None) -> list[Criterion]:
    """The assessment criteria of the challenge `idea` answers, in `language` (default: the
    idea's), or [] when the idea answers no challenge. For the handlers' assessment."""
    if idea.challenge_id is None:
        return []
    language = language or idea.language
    challenge = (
        ChallengePage.objects.filter(
            translation_key=idea.challenge.translation_key, locale__language_code=language
        ).first()
        or idea.challenge
    )
    return challenge.criteria_list()
