"""The toolkit's filters: the facets phase, audience and duration band (home.facets), and the
group size, read from the query string through home.listing (never raw into the ORM)."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.facets import Facet, FacetOption, Filters
from home.listing import allowed_value

MAX_GROUP_SIZE = 500


@dataclass(frozen=True)
class Audience:
    value: str  # in the query string
    field: str  # the BooleanField of ToolPage
    label: str


AUDIENCES = [
    Audience("managers", "for_managers", _("Managers")),
    Audience("idea-coaches", "for_idea_coaches", _("Idea coaches")),
    Audience("staff", "for_staff", _("Staff")),
    Audience("politicians", "for_politicians", _("Politicians")),
]


@dataclass(frozen=True)
class DurationBand:
    value: str
    label: str
    shortest: int  # minutes, inclusive
    longest: int | None  # minutes, inclusive; None for no upper limit

    def query(self):
        q = Q(duration_minutes__gte=self.shortest)
        if self.longest is not None:
            q &= Q(duration_minutes__lte=self.longest)
        return q


DURATION_BANDS = [
    DurationBand("short", _("Up to 30 minutes"), 0, 30),
    DurationBand("medium", _("31 to 90 minutes"), 31, 90),
    DurationBand("long", _("More than 90 minutes"), 91, None),
]


def duration_band(minutes):
    """The band a duration in minutes falls in."""
    for band in DURATION_BANDS:
        if minutes >= band.shortest and (band.longest is None or minutes <= band.longest):
            return band
    return None


def phase_option(phase) -> FacetOption:
    """The tools of `phase`. Tools keep the phases chosen in their source language: they are
    matched on the phase's translation_key, through a subquery so that a tool in two chosen
    phases is listed once."""
    tool_phases = type(phase).tools.through.objects.filter(
        methodphasepage__translation_key=phase.translation_key
    )
    return FacetOption(phase.slug, phase.title, Q(pk__in=tool_phases.values("toolpage_id")))


def toolkit_facets(phases) -> list[Facet]:
    """Phase (the method's phases in the toolkit's language), audience and duration band."""
    return [
        Facet("phase", _("Phase"), [phase_option(phase) for phase in phases]),
        Facet(
            "audience",
            _("Audience"),
            [FacetOption(a.value, a.label, Q(**{a.field: True})) for a in AUDIENCES],
        ),
        Facet(
            "duration",
            _("Time"),
            [FacetOption(band.value, band.label, band.query()) for band in DURATION_BANDS],
        ),
    ]


@dataclass
class ToolFilters(Filters):
    """The checked phases, audiences and duration bands (alternatives within a facet, facets
    narrow each other down) and the group size, which is not a facet: it narrows the counts."""

    people: int | None = None

    @property
    def active(self):
        return super().active or bool(self.people)


def read_people(params) -> dict:
    people = allowed_value(params, "people", range(1, MAX_GROUP_SIZE + 1))
    return {"people": int(people) if people else None}


def fits_group(queryset, people):
    """The tools that work for a group of `people` (all tools when None)."""
    if people is None:
        return queryset
    return queryset.filter(group_size_min__lte=people, group_size_max__gte=people)
