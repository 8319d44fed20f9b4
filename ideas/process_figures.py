"""The numbers that matter for the second half of the sluice, per municipality and joint, for a
period (a calendar year in Stockholm time, or all time):

- ideas decided: ideas with a decision dated in the period;
- implementation rate: of those, the share implemented now (implemented ÷ decided);
- median days from received to the first decision in the period, and from received to
  implemented (ideas that reached "implemented" in the period);
- the share of the ideas implemented in the period with at least one measured value;
- decisions by outcome, and decided and implemented ideas by area (and, when the ideas have
  them, by administration and submitter kind);
- the flow: how many ideas moved from each stage to each other stage in the period.

Every figure comes from a fixed number of queries whatever the number of ideas (counts and
medians are taken in Python from one row per decision or event). No figure names a person:
the joint figures are counts only."""

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, Exists, OuterRef
from django.utils.translation import get_language, gettext

from home.choices import Municipality
from ideas.choices import Area, Channel, SubmitterKind
from ideas.models import Administration, Decision, IdeaEvent, Measurement
from ideas.models.organisation import localized_names
from ideas.stages import Stage
from ideas.statistics import STAGE_CHANGE_KINDS, STOCKHOLM

JOINT = "joint"
# Idea fields the decided ideas are broken down by, with their choices; the administration's
# labels are its names in the reader's language (one query).
BREAKDOWNS = {
    "administration": None,
    "submitter_kind": SubmitterKind.choices,
    "channel": Channel.choices,
    "area": Area.choices,
}


@dataclass(frozen=True)
class Period:
    """[start, end) in Stockholm time; both None for all time."""

    start: date | None = None
    end: date | None = None

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year + 1, 1, 1))

    def start_time(self):
        return datetime.combine(self.start, datetime.min.time(), STOCKHOLM) if self.start else None

    def end_time(self):
        return datetime.combine(self.end, datetime.min.time(), STOCKHOLM) if self.end else None

    def date_filter(self, name: str) -> dict:
        filters = {}
        if self.start:
            filters[f"{name}__gte"] = self.start
        if self.end:
            filters[f"{name}__lt"] = self.end
        return filters

    def time_filter(self, name: str) -> dict:
        filters = {}
        if self.start:
            filters[f"{name}__gte"] = self.start_time()
        if self.end:
            filters[f"{name}__lt"] = self.end_time()
        return filters


@dataclass(frozen=True)
class BreakdownRow:
    value: str
    label: str
    decided: int
    implemented: int

    @property
    def rate(self) -> float | None:
        return self.implemented / self.decided if self.decided else None


@dataclass(frozen=True)
class FlowRow:
    from_stage: Stage
    to_stage: Stage
    count: int


@dataclass
class ProcessFigures:
    scope: str  # a municipality's value, or JOINT
    decided: int = 0
    implemented_of_decided: int = 0
    median_days_to_decision: float | None = None
    implemented_in_period: int = 0
    median_days_to_implementation: float | None = None
    implemented_with_effect: int = 0
    outcomes: list[tuple[str, str, int]] = field(default_factory=list)  # value, label, count
    breakdowns: dict[str, list[BreakdownRow]] = field(default_factory=dict)
    flow: list[FlowRow] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.scope == JOINT:
            return gettext("Piteå and Skellefteå together")
        return str(Municipality(self.scope).label)

    @property
    def implementation_rate(self) -> float | None:
        return self.implemented_of_decided / self.decided if self.decided else None

    @property
    def effect_share(self) -> float | None:
        if not self.implemented_in_period:
            return None
        return self.implemented_with_effect / self.implemented_in_period

    @property
    def decisions_total(self) -> int:
        return sum(count for _value, _label, count in self.outcomes)


def days_between(start: datetime, end) -> float:
    if isinstance(end, date) and not isinstance(end, datetime):
        start_date = start.astimezone(STOCKHOLM).date()
        return float((end - start_date).days)
    return (end - start) / timedelta(days=1)


def median(values):
    return statistics.median(values) if values else None


def process_figures(period: Period, scopes: list[str]) -> dict[str, ProcessFigures]:
    """ProcessFigures for each scope in `scopes` (municipality values and/or JOINT), in four
    queries for all of them together."""
    municipalities = list(Municipality.values) if JOINT in scopes else list(scopes)
    in_scope = {scope: ProcessFigures(scope=scope) for scope in scopes}

    def targets(municipality):
        return [in_scope[s] for s in (municipality, JOINT) if s in in_scope]

    # 1. Decisions in the period: outcomes, decided ideas, days to the first decision.
    decisions = (
        Decision.objects.filter(
            idea__municipality__in=municipalities, **period.date_filter("decided_on")
        )
        .order_by("decided_on", "pk")
        .values_list(
            "idea_id",
            "idea__municipality",
            "idea__created_at",
            "idea__stage",
            "outcome",
            "decided_on",
            *[f"idea__{name}" for name in BREAKDOWNS],
        )
    )
    outcome_counts = defaultdict(Counter)
    first_decision = {}
    for row in decisions:
        idea_id, municipality, created_at, stage, outcome, decided_on = row[:6]
        for figures in targets(municipality):
            outcome_counts[figures.scope][outcome] += 1
        if idea_id not in first_decision:
            first_decision[idea_id] = (municipality, created_at, stage, decided_on, row[6:])
    days_to_decision = defaultdict(list)
    breakdown_counts = defaultdict(lambda: defaultdict(Counter))
    for municipality, created_at, stage, decided_on, values in first_decision.values():
        implemented = stage == Stage.IMPLEMENTED
        for figures in targets(municipality):
            figures.decided += 1
            figures.implemented_of_decided += implemented
            days_to_decision[figures.scope].append(days_between(created_at, decided_on))
            for name, value in zip(BREAKDOWNS, values, strict=True):
                breakdown_counts[figures.scope][name][(value, "decided")] += 1
                breakdown_counts[figures.scope][name][(value, "implemented")] += implemented

    # 2. Ideas that reached "implemented" in the period, and whether an effect was measured.
    measured = Measurement.objects.filter(indicator__follow_up__idea_id=OuterRef("idea_id"))
    implementations = (
        IdeaEvent.objects.filter(
            kind=IdeaEvent.Kind.STAGE_CHANGED,
            to_stage=Stage.IMPLEMENTED,
            idea__municipality__in=municipalities,
            **period.time_filter("created_at"),
        )
        .order_by("created_at", "pk")
        .annotate(has_effect=Exists(measured))
        .values_list(
            "idea_id", "idea__municipality", "idea__created_at", "created_at", "has_effect"
        )
    )
    days_to_implementation = defaultdict(list)
    seen = set()
    for idea_id, municipality, received_at, implemented_at, has_effect in implementations:
        if idea_id in seen:
            continue
        seen.add(idea_id)
        for figures in targets(municipality):
            figures.implemented_in_period += 1
            figures.implemented_with_effect += has_effect
            days_to_implementation[figures.scope].append(days_between(received_at, implemented_at))

    # 3. The flow between stages.
    moves = (
        IdeaEvent.objects.filter(
            kind__in=STAGE_CHANGE_KINDS,
            idea__municipality__in=municipalities,
            **period.time_filter("created_at"),
        )
        .exclude(to_stage="")
        .exclude(from_stage="")
        .order_by()
        .values_list("idea__municipality", "from_stage", "to_stage")
        .annotate(count=Count("pk"))
    )
    flow_counts = defaultdict(Counter)
    for municipality, from_stage, to_stage, count in moves:
        for figures in targets(municipality):
            flow_counts[figures.scope][(from_stage, to_stage)] += count

    administration_names = localized_names(Administration, get_language() or "sv")
    order = list(Stage)
    for scope, figures in in_scope.items():
        figures.median_days_to_decision = median(days_to_decision[scope])
        figures.median_days_to_implementation = median(days_to_implementation[scope])
        figures.outcomes = [
            (value, str(label), outcome_counts[scope][value])
            for value, label in Decision.Outcome.choices
        ]
        figures.breakdowns = {
            name: breakdown_rows(breakdown_counts[scope][name], choices, administration_names)
            for name, choices in BREAKDOWNS.items()
        }
        figures.flow = sorted(
            (
                FlowRow(Stage(from_stage), Stage(to_stage), count)
                for (from_stage, to_stage), count in flow_counts[scope].items()
            ),
            key=lambda row: (order.index(row.from_stage), order.index(row.to_stage)),
        )
    return in_scope


def breakdown_rows(counts: Counter, choices, administration_names) -> list[BreakdownRow]:
    """The rows of one breakdown that have decided ideas, in the order of the choices (the
    administrations by name; ideas without one last)."""
    if choices is None:
        values = {value for value, _kind in counts}
        choices = sorted(
            ((value, administration_names.get(value, "")) for value in values if value),
            key=lambda choice: choice[1],
        )
        choices.append((None, gettext("No administration given")))
    return [
        BreakdownRow(value, str(label), counts[(value, "decided")], counts[(value, "implemented")])
        for value, label in choices
        if counts[(value, "decided")]
    ]
