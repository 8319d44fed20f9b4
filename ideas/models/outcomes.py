"""What comes of an idea: the decisions taken on it, the follow-up of its implementation and
benefit (an owner, planned dates, indicators with measured values), and the good examples told
about implemented ideas.

Decisions, follow-ups, indicators and measured values are plain models tied to `Idea`; each
change is recorded as an `IdeaEvent` with the acting user (ideas/outcomes.py does the
recording). Good examples are pages, translatable like every page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.facets import FacetedListingMixin, choices_facet
from home.models import BasePage
from ideas.choices import Area, Language, Municipality
from ideas.good_example_views import good_example_context
from ideas.stages import Stage

from .ideas import TEXT_MAX_LENGTH, Idea, ShownText

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class Decision(models.Model):
    """A go/no-go on an idea: the outcome, the reason the submitter reads, who decided and when.

    "No" and "not now" close the idea (the reason becomes the reason for closing); "go on"
    moves it to the stage the handler chose. See ideas.outcomes.record_decision."""

    class Outcome(models.TextChoices):
        GO_ON = "go_on", _("Go on")
        NOT_NOW = "not_now", _("Not now")
        NO = "no", _("No")

    idea = models.ForeignKey(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="decisions"
    )
    outcome = models.CharField(_("decision"), max_length=10, choices=Outcome.choices)
    reason = models.TextField(
        _("reason"),
        max_length=TEXT_MAX_LENGTH,
        help_text=_("In plain language: the submitter reads it, and the board shows it."),
    )
    reason_en = models.TextField(
        _("reason in English"),
        max_length=TEXT_MAX_LENGTH,
        blank=True,
        help_text=_("Optional. Without it, the English pages show the reason as written."),
    )
    decided_by = models.CharField(
        _("decided by"),
        max_length=150,
        help_text=_("A role or a body, for example “Socialnämnden” or “Head of elderly care”."),
    )
    decided_on = models.DateField(_("date of the decision"), default=timezone.localdate)
    case_number = models.CharField(_("case number"), max_length=50, blank=True)
    minutes_url = models.URLField(_("link to the minutes"), blank=True)
    stage_before = models.CharField(_("stage before"), max_length=30, choices=Stage.choices)
    created_at = models.DateTimeField(_("recorded"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["decided_on", "pk"]
        indexes = [models.Index(fields=["decided_on"])]

    def __str__(self):
        return f"{self.idea.reference}: {self.get_outcome_display()}"

    def shown_reason(self, reader: str) -> ShownText:
        """The reason for a reader of `reader` (a language code), like the idea's texts: the
        English reason where the reader reads English and one exists, otherwise the reason as
        written, in the idea's language."""
        if reader == Language.ENGLISH and self.reason_en:
            return ShownText(self.reason_en, Language.ENGLISH)
        return ShownText(self.reason, self.idea.language)


class FollowUp(models.Model):
    """The implementation and benefit follow-up of an idea in testing or implemented: who owns
    it, the planned dates, and the date its effects are to be followed up. When that date has
    passed, the owner and the idea handler get one reminder (send_follow_up_reminders)."""

    idea = models.OneToOneField(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="follow_up"
    )
    administration = models.ForeignKey(
        "ideas.Administration",
        verbose_name=_("owning administration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
    )
    unit = models.ForeignKey(
        "ideas.Unit",
        verbose_name=_("owning unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="followed_up_ideas",
    )
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    follow_up_on = models.DateField(_("follow-up date"))
    reminder_sent_at = models.DateTimeField(
        _("reminder sent"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["follow_up_on", "pk"]

    def __str__(self):
        return f"{self.idea.reference}: {self.follow_up_on}"

    @property
    def owner_name(self) -> str:
        """The owning administration and unit, as "administration, unit"."""
        return ", ".join(str(part.name) for part in (self.administration, self.unit) if part)

    @property
    def is_overdue(self) -> bool:
        return self.follow_up_on < timezone.localdate()


class Indicator(models.Model):
    """An expected effect, measured: a name, a unit, the value before and the value aimed at."""

    follow_up = models.ForeignKey(
        FollowUp, verbose_name=_("follow-up"), on_delete=models.CASCADE, related_name="indicators"
    )
    name = models.CharField(_("indicator"), max_length=150)
    unit = models.CharField(_("unit"), max_length=50)
    baseline = models.DecimalField(_("baseline"), max_digits=14, decimal_places=2)
    target = models.DecimalField(_("target"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["pk"]

    def __str__(self):
        return f"{self.name} ({self.unit})"

    def clean(self):
        if not (self.unit or "").strip():
            raise ValidationError({"unit": _("Give the unit the indicator is measured in.")})


class Measurement(models.Model):
    """A measured value of an indicator on a date."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="measurements",
    )
    value = models.DecimalField(_("measured value"), max_digits=14, decimal_places=2)
    measured_on = models.DateField(_("date measured"), default=timezone.localdate)

    class Meta:
        verbose_name = _("measured value")
        verbose_name_plural = _("measured values")
        ordering = ["measured_on", "pk"]

    def __str__(self):
        return f"{self.indicator.name}: {self.value} ({self.measured_on})"


# --- Good examples ---------------------------------------------------------------------------


class GoodExampleIndexPage(FacetedListingMixin, BasePage):
    """The good examples: implemented ideas told as stories with their effect, filtered by the
    idea's municipality and area (the shared faceted listing, home/facets.py)."""

    per_page = 12
    count_text = ngettext_lazy("%(counter)s example", "%(counter)s examples", "counter")

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["ideas.GoodExamplePage"]

    class Meta:
        verbose_name = _("good example index")
        verbose_name_plural = _("good example indexes")

    def get_facets(self, request):
        return [
            choices_facet("municipality", _("Municipality"), "idea__municipality",
                          Municipality.choices),
            choices_facet("area", _("Area"), "idea__area", Area.choices),
        ]  # fmt: skip

    def get_queryset(self):
        return GoodExamplePage.objects.child_of(self).live().public()

    def order(self, queryset, filters):
        return queryset.select_related("idea").order_by("-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context


def idea_choices():
    """The ideas a good example may be made from: published ideas in testing or implemented.
    Only implemented ones may be published (GoodExamplePageForm)."""
    return Idea.objects.public().filter(stage__in=[Stage.TESTING, Stage.IMPLEMENTED])


class GoodExamplePageForm(WagtailAdminPageForm):
    """Refuses to publish a good example whose idea is not implemented."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "idea" in self.fields:
            current = Idea.objects.filter(pk=self.instance.idea_id)
            self.fields["idea"].queryset = (idea_choices() | current).distinct()
            self.fields["idea"].label_from_instance = lambda idea: (
                f"{idea.reference} {idea.display_title}"
            )

    def clean(self):
        cleaned_data = super().clean()
        idea = cleaned_data.get("idea")
        if "action-publish" in self.data and idea is not None and idea.stage != Stage.IMPLEMENTED:
            self.add_error(
                "idea",
                _(
                    "A good example can only be published for an implemented idea. This idea is "
                    "in the stage “%(stage)s”. Save a draft and publish when it is implemented."
                )
                % {"stage": idea.get_stage_display()},
            )
        return cleaned_data


class GoodExamplePage(BasePage):
    """An implemented idea told as a story: the need, the solution, who took part, the effect
    with its indicators (drawn from the idea's follow-up), the lessons, and how gender equality
    and accessibility were considered."""

    idea = models.ForeignKey(
        Idea,
        verbose_name=_("idea"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="good_examples",
        help_text=_("The implemented idea this example tells about. Its indicators are shown."),
    )
    need = RichTextField(_("the need"), features=RICH_TEXT_FEATURES)
    solution = RichTextField(_("the solution"), features=RICH_TEXT_FEATURES)
    participants = RichTextField(
        _("who took part"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The administration, the units and the partners that took part."),
    )
    testbed = models.ForeignKey(
        "testbeds.TestbedPage",
        verbose_name=_("testbed"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="good_examples",
    )
    method_phase = models.ForeignKey(
        "methodology.MethodPhasePage",
        verbose_name=_("method phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="good_examples",
        help_text=_("The phase of the method this example shows best."),
    )
    tools = StreamField(
        [("tool", PageChooserBlock(page_type="methodology.ToolPage", label=_("Tool")))],
        verbose_name=_("tools used"),
        blank=True,
    )
    effect = RichTextField(_("the effect"), features=RICH_TEXT_FEATURES, blank=True)
    lessons = RichTextField(_("lessons"), features=RICH_TEXT_FEATURES, blank=True)
    gender_equality = RichTextField(_("gender equality"), features=RICH_TEXT_FEATURES, blank=True)
    accessibility = RichTextField(_("accessibility"), features=RICH_TEXT_FEATURES, blank=True)

    base_form_class = GoodExamplePageForm

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("idea"),
        FieldPanel("need"),
        FieldPanel("solution"),
        MultiFieldPanel(
            [
                FieldPanel("participants"),
                FieldPanel("testbed"),
                FieldPanel("method_phase"),
                FieldPanel("tools"),
            ],
            heading=_("Who and what took part"),
        ),
        FieldPanel("effect"),
        FieldPanel("lessons"),
        FieldPanel("gender_equality"),
        FieldPanel("accessibility"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("need"),
        index.SearchField("solution"),
        index.SearchField("effect"),
        index.SearchField("lessons"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("idea"),
        TranslatableField("need"),
        TranslatableField("solution"),
        TranslatableField("participants"),
        SynchronizedField("testbed"),
        SynchronizedField("method_phase"),
        SynchronizedField("tools"),
        TranslatableField("effect"),
        TranslatableField("lessons"),
        TranslatableField("gender_equality"),
        TranslatableField("accessibility"),
    ]

    parent_page_types = ["ideas.GoodExampleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good example")
        verbose_name_plural = _("good examples")

    def get_content_context(self, request):
        return good_example_context(self, request)
