from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import FigureBlock
from home.facets import FacetedListingMixin
from home.listing import public_pages
from home.models.base import BasePage, IntroPage
from home.routes import TranslatedRoutesMixin, translated_path

from . import catalogue, open_data
from .choices import EnvironmentType, Municipality, Status
from .contact import accepts_requests, contact_view
from .contact_requests import ContactRequest  # noqa: F401 - a model of this app
from .coordinates import TestbedPageForm
from .related_ideas import related_ideas
from .snippets import HostOrganisation, Sector, TargetGroup, source_locale_only

PER_PAGE = 20


class TestbedIndexPage(FacetedListingMixin, RoutablePageMixin, IntroPage):
    """The catalogue: search, facets, sorting, and the open data of the filtered list."""

    __test__ = False  # the name starts with "Test": not a test class for pytest

    parent_page_types = ["home.HomePage"]
    subpage_types = ["testbeds.TestbedPage"]
    max_count_per_parent = 1
    per_page = PER_PAGE
    filters_class = catalogue.CatalogueFilters
    count_text = ngettext_lazy("%(counter)s testbed", "%(counter)s testbeds", "counter")
    # Publishing an entry again renews this page's path; a new, moved or removed entry or a
    # taxonomy change bumps the generation (home/cache.py): the counts may come from an index.
    counts_from_index = True

    class Meta:
        verbose_name = _("testbed catalogue")
        verbose_name_plural = _("testbed catalogues")

    def get_facets(self, request):
        return catalogue.request_facets(request, TestbedPage)

    def get_queryset(self):
        return public_pages(TestbedPage.objects.child_of(self).live())

    def read_other_filters(self, params):
        return catalogue.read_query_and_sort(params)

    def narrow(self, queryset, filters):
        return catalogue.matching_text(queryset, filters.query)

    def order(self, queryset, filters):
        return catalogue.sorted_entries(queryset, filters.sort)

    def page_items(self, items):
        return catalogue.card_entries(items)

    @path("")
    def catalogue(self, request):
        return self.render(request, context_overrides=catalogue.catalogue_context(self, request))

    @path("data/csv/", name="csv")
    def data_csv(self, request):
        return open_data.csv_response(self, request)

    @path("data/json/", name="json")
    def data_json(self, request):
        return open_data.json_response(self, request)


class TestbedPage(TranslatedRoutesMixin, BasePage):
    """One testbed or test environment in the catalogue, with its contact request form
    (testbeds/contact.py) and the ideas tested there (testbeds/related_ideas.py)."""

    base_form_class = TestbedPageForm

    __test__ = False  # the name starts with "Test": not a test class for pytest

    intro = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("What the testbed is and what can be tested there, in two or three sentences."),
    )
    external_id = models.CharField(
        _("external id"),
        max_length=64,
        help_text=_(
            "The stable identifier from the inventory spreadsheet, e.g. PIT-001. Imports use it "
            "to find the entry again."
        ),
    )
    is_example = models.BooleanField(
        _("example data"),
        default=False,
        help_text=_("Tick for demonstration entries that do not describe a real testbed."),
    )
    municipality = models.CharField(_("municipality"), max_length=20, choices=Municipality.choices)
    host_organisation = models.ForeignKey(
        HostOrganisation,
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    environment_type = models.CharField(
        _("environment type"), max_length=20, choices=EnvironmentType.choices
    )
    sectors = ParentalManyToManyField(
        Sector,
        verbose_name=_("sectors"),
        blank=True,
        related_name="testbeds",
        limit_choices_to=source_locale_only,
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        verbose_name=_("target groups"),
        blank=True,
        related_name="testbeds",
        limit_choices_to=source_locale_only,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    open_to_external = models.BooleanField(
        _("open to external users"),
        default=False,
        help_text=_("Companies, researchers and other organisations may use the testbed."),
    )
    facilities = models.TextField(_("facilities and equipment"), blank=True)
    terms_of_use = models.TextField(_("who may use it and on what terms"), blank=True)
    cost = models.CharField(_("cost"), max_length=250, blank=True)
    how_to_book = models.TextField(_("how to book"), blank=True)
    contact_name = models.CharField(
        _("contact"), max_length=150, blank=True, help_text=_("A role or a name.")
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees (WGS 84), e.g. 65.317."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees (WGS 84), e.g. 21.479."),
    )
    accessibility = models.TextField(_("accessibility of the premises"), blank=True)
    images = StreamField([("image", FigureBlock())], verbose_name=_("images"), blank=True)
    website = models.URLField(_("website"), blank=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the facts on this page were last checked with the host."),
    )
    related_ideas = ParentalManyToManyField(
        "ideas.Idea",
        verbose_name=_("ideas tested here"),
        blank=True,
        related_name="testbeds",
        limit_choices_to={"is_public": True},
        help_text=_(
            "Published ideas that have been or are being tested in this testbed. The page "
            "shows only ideas that are published on the idea board."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("external_id"),
                FieldPanel("is_example"),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("status")]),
                FieldPanel("host_organisation"),
                FieldPanel("environment_type"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("open_to_external"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facilities"),
                FieldPanel("terms_of_use"),
                FieldPanel("cost"),
                FieldPanel("how_to_book"),
                FieldPanel("accessibility"),
            ],
            heading=_("Use"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("website"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Contact and location"),
        ),
        FieldPanel("images"),
        FieldPanel("related_ideas"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.AutocompleteField("title"),
        index.SearchField("intro"),
        index.SearchField("facilities"),
        index.SearchField("terms_of_use"),
        index.SearchField("address"),
        index.FilterField("municipality"),
        index.FilterField("environment_type"),
        index.FilterField("status"),
        index.FilterField("open_to_external"),
        index.FilterField("last_reviewed"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        index.RelatedFields("host_organisation", [index.SearchField("name")]),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("facilities"),
        TranslatableField("terms_of_use"),
        TranslatableField("cost"),
        TranslatableField("how_to_book"),
        TranslatableField("accessibility"),
        TranslatableField("images"),
        SynchronizedField("external_id", overridable=False),
        SynchronizedField("is_example", overridable=False),
        SynchronizedField("municipality", overridable=False),
        SynchronizedField("host_organisation", overridable=False),
        SynchronizedField("environment_type", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("target_groups", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("open_to_external", overridable=False),
        # A role ("Samordnare för testbäddar") needs translating; a name is left as it is.
        TranslatableField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("address"),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("website"),
        SynchronizedField("last_reviewed", overridable=False),
        SynchronizedField("related_ideas", overridable=False),
    ]

    parent_page_types = ["testbeds.TestbedIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("testbed")
        verbose_name_plural = _("testbeds")
        # The external id is unique per language: checked in clean(), as a database constraint
        # cannot include the locale field inherited from Page.
        indexes = [models.Index(fields=["external_id"])]

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        duplicates = TestbedPage.objects.filter(
            locale_id=self.locale_id, external_id=self.external_id
        ).exclude(pk=self.pk)
        if self.external_id and duplicates.exists():
            errors["external_id"] = _("Another testbed already has this external id.")
        if errors:
            raise ValidationError(errors)

    @property
    def map_url(self):
        """The location on OpenStreetMap (a link: no map tiles are loaded by the site)."""
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = f"{self.latitude:.5f}", f"{self.longitude:.5f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"

    @translated_path("kontakt/", "contact/", name="contact")
    def contact(self, request):
        return contact_view(request, self)

    def get_content_context(self, request):
        context = {}
        context["contact_url"] = self.route_url("contact")
        context["accepts_requests"] = accepts_requests(self)
        context["related_ideas"] = related_ideas(self, translation.get_language())
        names = catalogue.taxonomy_names(request)
        context["sector_names"] = [names["sectors"].get(s.pk, s.name) for s in self.sectors.all()]
        context["target_group_names"] = [
            names["target_groups"].get(t.pk, t.name) for t in self.target_groups.all()
        ]
        host_names = names["host_organisations"]
        if self.host_organisation_id is None:
            context["host_name"] = ""
        elif self.host_organisation_id in host_names:  # no query for the host itself
            context["host_name"] = host_names[self.host_organisation_id]
        else:
            context["host_name"] = self.host_organisation.name
        return context
