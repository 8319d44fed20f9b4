"""The idea-sluice method (an index page and one page per phase) and the managers' toolkit (an
index page and one page per tool, a method card)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.facets import FacetedListingMixin, read_filters
from home.listing import public_pages
from home.models import BasePage, IntroPage, required_intro
from home.routes import TranslatedRoutesMixin, translated_path
from ideas.stages import OPEN_STAGES, Stage

from . import toolkit
from .blocks import document_blocks, list_field_blocks, role_blocks, step_blocks
from .forms import SameLanguageChoicesForm

MAX_GROUP_SIZE = toolkit.MAX_GROUP_SIZE
# The print view of the whole method, in each language; both addresses work in both.


def list_field(verbose_name, help_text=""):
    """A StreamField holding a plain list of short texts."""
    return StreamField(
        list_field_blocks(), verbose_name=verbose_name, blank=True, help_text=help_text
    )


def localized_pages(model, chosen, locale_id):
    """The live, public pages of `model` in the locale with id `locale_id` that are translations
    of the `chosen` pages,
    in tree order. Chosen pages are kept in the language they were chosen in (they are synchronised
    across languages), so each language shows its own translations."""
    keys = [page.translation_key for page in chosen]
    return (
        public_pages(model.objects.live())
        .filter(locale_id=locale_id, translation_key__in=keys)
        .defer_streamfields()
        .order_by("path")
    )


class MethodologyIndexPage(TranslatedRoutesMixin, IntroPage):
    """What the idea sluice is, who it is for, and its phases in order."""

    intro = required_intro()
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    downloads = StreamField(
        document_blocks(),
        verbose_name=_("downloads"),
        blank=True,
        help_text=_("Documents about the whole method, e.g. a summary to hand out."),
    )

    content_panels = [
        *IntroPage.content_panels,
        FieldPanel("body"),
        FieldPanel("downloads"),
    ]
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("body"),
    ]
    translatable_fields = [
        *IntroPage.translatable_fields,
        TranslatableField("body"),
        TranslatableField("downloads"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["methodology.MethodPhasePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("method page")
        verbose_name_plural = _("method pages")

    def get_phases(self):
        """The live phases in tree order (the order editors give them in the admin)."""
        return public_pages(MethodPhasePage.objects.child_of(self).live()).order_by("path")

    @property
    def print_url(self):
        return self.route_url("print")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["phases"] = self.get_phases().defer_streamfields()
        return context

    @translated_path("skriv-ut/", "print/", name="print")
    def print_view(self, request):
        """Every phase and its steps on one page, to print and hand out."""
        context = self.get_context(request)
        context["phases"] = self.get_phases()
        return TemplateResponse(request, "methodology/method_print.html", context)


class MethodPhasePage(BasePage):
    """One phase of the method: why, when an idea enters and leaves it, what to do, who does
    it, and which questions to ask."""

    idea_stage = models.CharField(
        _("stage of an idea"),
        max_length=32,
        blank=True,
        choices=[(stage.value, stage.label) for stage in OPEN_STAGES],
        help_text=_(
            "The stage in the idea sluice that this phase explains. Ideas in that stage link here."
        ),
    )
    purpose = models.TextField(
        _("purpose"), max_length=300, help_text=_("One or two sentences: what the phase is for.")
    )
    entry_criteria = list_field(_("an idea enters the phase when"), _("One condition per item."))
    exit_criteria = list_field(_("an idea leaves the phase when"), _("One condition per item."))
    steps = StreamField(step_blocks(), verbose_name=_("steps"), blank=True)
    roles = StreamField(role_blocks(), verbose_name=_("roles"), blank=True)
    checklist = list_field(_("checklist"))
    outputs = list_field(_("results of the phase"))
    gender_equality_questions = list_field(_("gender equality questions"))
    accessibility_questions = list_field(_("accessibility questions"))
    related_tools = ParentalManyToManyField(
        "methodology.ToolPage",
        verbose_name=_("related tools"),
        blank=True,
        related_name="+",
        help_text=_(
            "Tools that belong to this phase are shown anyway. Choose other tools that also help."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("purpose"),
        FieldPanel("idea_stage"),
        MultiFieldPanel(
            [FieldPanel("entry_criteria"), FieldPanel("exit_criteria")],
            heading=_("Criteria"),
        ),
        FieldPanel("steps"),
        FieldPanel("roles"),
        FieldPanel("checklist"),
        FieldPanel("outputs"),
        MultiFieldPanel(
            [FieldPanel("gender_equality_questions"), FieldPanel("accessibility_questions")],
            heading=_("Perspectives"),
        ),
        FieldPanel("related_tools", widget=forms.CheckboxSelectMultiple),
    ]
    base_form_class = SameLanguageChoicesForm
    search_fields = [
        *BasePage.search_fields,
        index.AutocompleteField("title"),
        index.SearchField("purpose"),
        index.SearchField("entry_criteria"),
        index.SearchField("exit_criteria"),
        index.SearchField("steps"),
        index.SearchField("roles"),
        index.SearchField("checklist"),
        index.SearchField("outputs"),
        index.SearchField("gender_equality_questions"),
        index.SearchField("accessibility_questions"),
        index.FilterField("idea_stage"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("idea_stage"),
        TranslatableField("purpose"),
        TranslatableField("entry_criteria"),
        TranslatableField("exit_criteria"),
        TranslatableField("steps"),
        TranslatableField("roles"),
        TranslatableField("checklist"),
        TranslatableField("outputs"),
        TranslatableField("gender_equality_questions"),
        TranslatableField("accessibility_questions"),
        SynchronizedField("related_tools"),
    ]

    parent_page_types = ["methodology.MethodologyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("method phase")
        verbose_name_plural = _("method phases")

    def get_neighbour_phases(self):
        """The previous and the next live, public phase (or None), in one query: a method has a
        handful of phases, so all of them are read and the two neighbours picked here."""
        siblings = list(
            public_pages(MethodPhasePage.objects.sibling_of(self, inclusive=False).live())
            .defer_streamfields()
            .order_by("path")
        )
        previous = [phase for phase in siblings if phase.path < self.path]
        following = [phase for phase in siblings if phase.path > self.path]
        return (previous[-1] if previous else None, following[0] if following else None)

    def get_previous_phase(self):
        return self.get_neighbour_phases()[0]

    def get_next_phase(self):
        return self.get_neighbour_phases()[1]

    def get_related_tools(self):
        """The tools chosen for this phase and the tools that say they belong to it."""
        chosen = [tool.translation_key for tool in self.related_tools.all()]
        in_phase = ToolPage.phases.through.objects.filter(
            methodphasepage__translation_key=self.translation_key
        ).values("toolpage__translation_key")
        return (
            public_pages(ToolPage.objects.live())
            .filter(locale_id=self.locale_id)
            .filter(Q(translation_key__in=chosen) | Q(translation_key__in=in_phase))
            .defer_streamfields()
            .order_by("path")
        )

    def get_toolkit_url(self, request=None):
        """The toolkit filtered to this phase, in this page's language (None if no toolkit)."""
        toolkit_page = ToolkitIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        if toolkit_page is None:
            return None
        return f"{toolkit_page.get_url(request)}?phase={self.slug}"

    def get_content_context(self, request):
        previous_phase, next_phase = self.get_neighbour_phases()
        return {
            "previous_phase": previous_phase,
            "next_phase": next_phase,
            "related_tools": self.get_related_tools(),
            "toolkit_url": self.get_toolkit_url(request),
        }


def phase_for_stage(stage, locale):
    """The live phase page that explains an idea's `stage` in `locale`, or None. Used by the
    ideas app to link each stage to the method."""
    if stage not in Stage.values:
        return None
    return (
        public_pages(MethodPhasePage.objects.live())
        .filter(idea_stage=stage, locale=locale)
        .order_by("path")
        .first()
    )


class ToolkitIndexPage(FacetedListingMixin, IntroPage):
    """The managers' toolkit: every tool, filterable by phase, audience, duration and group size."""

    intro = required_intro()

    parent_page_types = ["home.HomePage"]
    subpage_types = ["methodology.ToolPage"]
    max_count_per_parent = 1

    per_page = 12
    filters_class = toolkit.ToolFilters
    count_text = ngettext_lazy("%(counter)s tool", "%(counter)s tools", "counter")
    # A tool (with its phases, chosen on the tool) published again renews this page's path; a
    # new, moved or removed tool or phase, or a phase renamed, bumps the generation
    # (home/cache.py): the counts may come from an index.
    counts_from_index = True

    class Meta:
        verbose_name = _("toolkit")
        verbose_name_plural = _("toolkits")

    def phases(self):
        """The method's phases in this toolkit's language, in order."""
        return list(
            public_pages(MethodPhasePage.objects.live())
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .order_by("path")
        )

    def get_facets(self, request):
        return toolkit.toolkit_facets(self.phases())

    def get_queryset(self):
        return public_pages(ToolPage.objects.child_of(self).live())

    def read_other_filters(self, params):
        return toolkit.read_people(params)

    def narrow(self, queryset, filters):
        return toolkit.fits_group(queryset, filters.people)

    def order(self, queryset, filters):
        # Of a tool's phases only the translation key is read (get_context shows the phases
        # in the toolkit's language), not their rows with their texts.
        phase_keys = MethodPhasePage.objects.only("translation_key")
        return (
            queryset.defer_streamfields()
            .prefetch_related(Prefetch("phases", queryset=phase_keys))
            .order_by("title", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        phases = self.phases()
        filters = read_filters(
            toolkit.toolkit_facets(phases),
            request.GET,
            toolkit.ToolFilters,
            **toolkit.read_people(request.GET),
        )
        context.update(self.listing_context(request, filters))
        phases_by_key = {phase.translation_key: phase for phase in phases}
        for tool in context["page_obj"]:
            tool.local_phases = [
                phases_by_key[phase.translation_key]
                for phase in tool.phases.all()
                if phase.translation_key in phases_by_key
            ]
        return context


class ToolPage(BasePage):
    """A method card: a tool for a workshop or a meeting, with what it takes and how to run it."""

    purpose = models.TextField(
        _("purpose"), max_length=400, help_text=_("What the tool helps a group do.")
    )
    phases = ParentalManyToManyField(
        "methodology.MethodPhasePage",
        verbose_name=_("phases"),
        blank=True,
        related_name="tools",
        help_text=_("The phases of the method where the tool is useful."),
    )
    for_managers = models.BooleanField(_("for managers"), default=False)
    for_idea_coaches = models.BooleanField(_("for idea coaches"), default=False)
    for_staff = models.BooleanField(_("for staff"), default=False)
    for_politicians = models.BooleanField(_("for politicians"), default=False)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        validators=[MinValueValidator(5), MaxValueValidator(24 * 60)],
        help_text=_("How long the whole session takes."),
    )
    group_size_min = models.PositiveSmallIntegerField(
        _("fewest participants"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_GROUP_SIZE)],
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("most participants"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_GROUP_SIZE)],
    )
    materials = list_field(_("materials"), _("What to bring or prepare, one thing per item."))
    templates = StreamField(
        document_blocks(),
        verbose_name=_("templates to download"),
        blank=True,
        help_text=_("Worksheets and checklists the group fills in."),
    )
    steps = StreamField(step_blocks(), verbose_name=_("steps"))
    expected_output = models.TextField(
        _("expected result"), max_length=600, help_text=_("What the group has when it is done.")
    )
    tips = list_field(_("tips"))
    pitfalls = list_field(_("pitfalls"))
    gender_equality_questions = list_field(_("gender equality questions"))
    accessibility_questions = list_field(_("accessibility questions"))
    related_tools = ParentalManyToManyField(
        "self",
        verbose_name=_("related tools"),
        blank=True,
        symmetrical=False,
        help_text=_("The chosen tools also show this tool as related."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel(
                    [
                        FieldPanel("for_managers"),
                        FieldPanel("for_idea_coaches"),
                        FieldPanel("for_staff"),
                        FieldPanel("for_politicians"),
                    ],
                    heading=_("Audience"),
                ),
                FieldRowPanel(
                    [
                        FieldPanel("duration_minutes"),
                        FieldPanel("group_size_min"),
                        FieldPanel("group_size_max"),
                    ]
                ),
            ],
            heading=_("When and for whom"),
        ),
        FieldPanel("materials"),
        FieldPanel("templates"),
        FieldPanel("steps"),
        FieldPanel("expected_output"),
        MultiFieldPanel([FieldPanel("tips"), FieldPanel("pitfalls")], heading=_("Advice")),
        MultiFieldPanel(
            [FieldPanel("gender_equality_questions"), FieldPanel("accessibility_questions")],
            heading=_("Perspectives"),
        ),
        FieldPanel("related_tools", widget=forms.CheckboxSelectMultiple),
    ]
    base_form_class = SameLanguageChoicesForm
    search_fields = [
        *BasePage.search_fields,
        index.AutocompleteField("title"),
        index.SearchField("purpose"),
        index.SearchField("materials"),
        index.SearchField("steps"),
        index.SearchField("expected_output"),
        index.SearchField("tips"),
        index.SearchField("pitfalls"),
        index.SearchField("gender_equality_questions"),
        index.SearchField("accessibility_questions"),
        index.FilterField("for_managers"),
        index.FilterField("for_idea_coaches"),
        index.FilterField("for_staff"),
        index.FilterField("for_politicians"),
        index.FilterField("duration_minutes"),
        index.FilterField("group_size_min"),
        index.FilterField("group_size_max"),
        index.RelatedFields("phases", [index.SearchField("title")]),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("purpose"),
        SynchronizedField("phases"),
        SynchronizedField("for_managers"),
        SynchronizedField("for_idea_coaches"),
        SynchronizedField("for_staff"),
        SynchronizedField("for_politicians"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("group_size_min"),
        SynchronizedField("group_size_max"),
        TranslatableField("materials"),
        TranslatableField("templates"),
        TranslatableField("steps"),
        TranslatableField("expected_output"),
        TranslatableField("tips"),
        TranslatableField("pitfalls"),
        TranslatableField("gender_equality_questions"),
        TranslatableField("accessibility_questions"),
        SynchronizedField("related_tools"),
    ]

    parent_page_types = ["methodology.ToolkitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    def clean(self):
        super().clean()
        if (
            self.group_size_min
            and self.group_size_max
            and self.group_size_min > self.group_size_max
        ):
            raise ValidationError(
                {"group_size_max": _("The most participants cannot be fewer than the fewest.")}
            )

    @property
    def audiences(self):
        """The labels of the groups the tool is for, in a fixed order."""
        return [audience.label for audience in toolkit.AUDIENCES if getattr(self, audience.field)]

    def get_phases(self):
        return localized_pages(MethodPhasePage, self.phases.all(), self.locale_id)

    def get_related_tools(self):
        """The tools chosen here and the tools that chose this one, in this page's language."""
        chosen = [tool.translation_key for tool in self.related_tools.all()]
        choosing = ToolPage.related_tools.through.objects.filter(
            to_toolpage__translation_key=self.translation_key
        ).values("from_toolpage__translation_key")
        return (
            public_pages(ToolPage.objects.live())
            .filter(locale_id=self.locale_id)
            .filter(Q(translation_key__in=chosen) | Q(translation_key__in=choosing))
            .exclude(translation_key=self.translation_key)
            .defer_streamfields()
            .order_by("path")
        )

    def get_content_context(self, request):
        return {"phases": self.get_phases(), "related_tools": self.get_related_tools()}
