"""The toolkit's filters: phase, audience, duration band and group size, read from the query
string through home.listing (never raw into the ORM), and the number of tools for each option
given the other active filters."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from home.listing import allowed_value, allowed_values

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


@dataclass
class ToolFilters:
    """The active filters. Within a group the options are alternatives (or); the groups narrow
    each other down (and)."""

    phases: list = field(default_factory=list)  # MethodPhasePage objects of the active locale
    audiences: list[str] = field(default_factory=list)
    durations: list[str] = field(default_factory=list)
    people: int | None = None
    phase_options: list = field(default_factory=list)

    @classmethod
    def from_params(cls, params, phase_options):
        """Read the query string; unknown, repeated or malformed values are dropped."""
        by_slug = {phase.slug: phase for phase in phase_options}
        people = allowed_value(params, "people", range(1, MAX_GROUP_SIZE + 1))
        return cls(
            phases=[by_slug[slug] for slug in allowed_values(params, "phase", by_slug)],
            audiences=allowed_values(params, "audience", [a.value for a in AUDIENCES]),
            durations=allowed_values(params, "duration", [b.value for b in DURATION_BANDS]),
            people=int(people) if people else None,
            phase_options=list(phase_options),
        )

    @property
    def active(self):
        return bool(self.phases or self.audiences or self.durations or self.people)

    def query(self, without=None):
        """A Q object for the active filters, leaving out the group `without`."""
        q = Q()
        if self.phases and without != "phase":
            # Tools keep the phases chosen in their source language: match on translation_key.
            # A subquery, so that a tool in two chosen phases is not listed twice.
            keys = [phase.translation_key for phase in self.phases]
            tool_phases = _tool_phases().filter(methodphasepage__translation_key__in=keys)
            q &= Q(pk__in=tool_phases.values("toolpage_id"))
        if self.audiences and without != "audience":
            audience_q = Q()
            for audience in AUDIENCES:
                if audience.value in self.audiences:
                    audience_q |= Q(**{audience.field: True})
            q &= audience_q
        if self.durations and without != "duration":
            duration_q = Q()
            for band in DURATION_BANDS:
                if band.value in self.durations:
                    duration_q |= band.query()
            q &= duration_q
        if self.people and without != "people":
            q &= Q(group_size_min__lte=self.people, group_size_max__gte=self.people)
        return q


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


def _tool_phases():
    """The table linking tools to their phases."""
    return apps.get_model("methodology", "ToolPage").phases.through.objects


def facets(items, filters):
    """For each filter group, its options with the number of tools that the option would give,
    together with the other groups' active filters; and the number of tools that match every
    filter. Counted with conditional aggregates: the groups without an active filter and the
    total share one query, each group with an active filter needs one more (one to four
    queries, whatever the number of tools). Returns (facets, total)."""
    conditions = {
        # Tools keep the phases chosen in their source language: match on translation_key.
        "phase": [
            (
                phase.translation_key,
                Q(
                    pk__in=_tool_phases()
                    .filter(methodphasepage__translation_key=phase.translation_key)
                    .values("toolpage_id")
                ),
            )
            for phase in filters.phase_options
        ],
        "audience": [(a.value, Q(**{a.field: True})) for a in AUDIENCES],
        "duration": [(band.value, band.query()) for band in DURATION_BANDS],
    }
    active = {
        "phase": bool(filters.phases),
        "audience": bool(filters.audiences),
        "duration": bool(filters.durations),
    }
    groups = {None: [name for name in conditions if not active[name]]}
    groups.update({name: [name] for name in conditions if active[name]})
    counts = {name: {} for name in conditions}
    total = 0
    for left_out, names in groups.items():
        aggregates, keys = {}, {}
        for name in names:
            for value, condition in conditions[name]:
                alias = f"option_{len(aggregates)}"
                aggregates[alias] = Count("pk", filter=condition)
                keys[alias] = (name, value)
        if left_out is None:
            aggregates["total"] = Count("pk")
        query = filters.query(without=left_out) if left_out else filters.query()
        result = items.filter(query).order_by().aggregate(**aggregates)
        total = result.pop("total", total)
        for alias, number in result.items():
            name, value = keys[alias]
            counts[name][value] = number
    phase_counts, audience_counts, duration_counts = (
        counts["phase"],
        counts["audience"],
        counts["duration"],
    )
    selected_phases = {phase.pk for phase in filters.phases}
    options = {
        "phase": [
            Option(
                phase.slug,
                phase.title,
                phase_counts.get(phase.translation_key, 0),
                phase.pk in selected_phases,
            )
            for phase in filters.phase_options
        ],
        "audience": [
            Option(a.value, a.label, audience_counts[a.value], a.value in filters.audiences)
            for a in AUDIENCES
        ],
        "duration": [
            Option(b.value, b.label, duration_counts[b.value], b.value in filters.durations)
            for b in DURATION_BANDS
        ],
    }
    return options, total
