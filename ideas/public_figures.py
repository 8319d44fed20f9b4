"""The figures of the public page "Idéslussen i siffror", per municipality and calendar year
(Stockholm time):

- ideas received: ideas by the year of their `created_at` (merged ideas included, as on the
  handlers' dashboard);
- ideas decided: ideas with a decision dated in the year (an idea decided twice in a year counts
  once);
- ideas implemented: of those, the ideas implemented now;
- implementation rate: implemented ÷ decided;
- median days from received to the idea's first decision in the year.

These are the definitions of the handlers' process figures (ideas/process_figures.py, one year
at a time there), so the public page and the admin report agree; here every year comes from two
queries whatever the number of ideas and years. The median is picked in the database: the
decisions of each municipality and year are numbered by their days (a window function) and only
the middle one, or the middle two when their number is even, come back, which works the same on
SQLite (no median aggregate) and PostgreSQL. Only counts leave this module: no idea, name or
text."""

import statistics
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import ExtractYear, RowNumber, TruncDate
from django.utils import timezone
from django.utils.translation import gettext

from home.choices import Municipality
from ideas.models import Decision, Idea
from ideas.stages import Stage
from ideas.statistics import STOCKHOLM


@dataclass(frozen=True)
class YearFigures:
    year: int
    received: int = 0
    decided: int = 0
    implemented: int = 0  # of the ideas decided in the year, implemented now
    median_days_to_decision: float | None = None  # None when no idea was decided in the year

    @property
    def implementation_rate(self) -> float | None:
        return self.implemented / self.decided if self.decided else None


@dataclass
class MunicipalityFigures:
    municipality: Municipality
    years: list[YearFigures] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The municipality's name as the glossary has it: "Piteå kommun", "Piteå Municipality"."""
        return gettext("%(name)s Municipality") % {"name": self.municipality.label}


def public_figures(today=None) -> list[MunicipalityFigures]:
    """Every municipality's figures for each year from the first year with an idea or a decision
    to this year, years without any included (as zeros), oldest first. Two queries."""
    received = received_per_year()
    decided = decided_per_year()
    years_with_data = {year for _municipality, year in [*received, *decided]}
    if not years_with_data:
        return [MunicipalityFigures(Municipality(value)) for value in Municipality.values]
    this_year = (today or timezone.localdate()).year
    years = range(min(years_with_data), max(this_year, *years_with_data) + 1)
    return [
        MunicipalityFigures(
            Municipality(municipality),
            [
                YearFigures(
                    year,
                    received.get((municipality, year), 0),
                    *decided.get((municipality, year), (0, 0, None)),
                )
                for year in years
            ],
        )
        for municipality in Municipality.values
    ]


def received_per_year() -> dict[tuple[str, int], int]:
    """The number of ideas received, by municipality and year (Stockholm time)."""
    rows = (
        Idea.objects.order_by()
        .annotate(year=ExtractYear("created_at", tzinfo=STOCKHOLM))
        .values_list("municipality", "year")
        .annotate(count=Count("pk"))
    )
    return {(municipality, year): count for municipality, year, count in rows}


def first_decisions_in_year():
    """Each idea's first decision in each year it was decided in: no decision of the same idea
    in the same year comes before it (by date, then by the order it was recorded)."""
    earlier = Decision.objects.filter(
        idea_id=OuterRef("idea_id"), decided_on__year=OuterRef("year")
    ).filter(
        Q(decided_on__lt=OuterRef("decided_on"))
        | Q(decided_on=OuterRef("decided_on"), pk__lt=OuterRef("pk"))
    )
    return (
        Decision.objects.order_by()
        .annotate(year=ExtractYear("decided_on"))
        .filter(~Exists(earlier))
    )


def decided_per_year() -> dict[tuple[str, int], tuple[int, int, float]]:
    """(ideas decided, of them implemented now, median days from received to decision) by
    municipality and year, for the years with a decision. One query: each row that comes back
    is a middle decision of its municipality and year, carrying its group's counts."""
    group = [F("idea__municipality"), F("year")]
    implemented = Case(When(idea__stage=Stage.IMPLEMENTED, then=Value(1)), default=Value(0))
    rows = (
        first_decisions_in_year()
        .annotate(
            # Whole days from the day the idea was received (Stockholm time) to the decision.
            days=ExpressionWrapper(
                F("decided_on") - TruncDate("idea__created_at", tzinfo=STOCKHOLM),
                output_field=DurationField(),
            ),
            place=Window(RowNumber(), partition_by=group, order_by=[F("days").asc(), F("pk")]),
            decided=Window(Count("pk"), partition_by=group),
            implemented=Window(Sum(implemented, output_field=IntegerField()), partition_by=group),
        )
        # The middle of n rows: place (n + 1) / 2 and (n + 2) / 2 in integer division, one row
        # when n is odd, two when it is even.
        .filter(place__gte=(F("decided") + 1) / 2, place__lte=(F("decided") + 2) / 2)
        .values_list("idea__municipality", "year", "decided", "implemented", "days")
    )
    middles = {}
    for municipality, year, decided, implemented_count, days in rows:
        middles.setdefault((municipality, year), (decided, implemented_count, []))[2].append(
            days.days
        )
    return {
        key: (decided, implemented_count, statistics.mean(days))
        for key, (decided, implemented_count, days) in middles.items()
    }
