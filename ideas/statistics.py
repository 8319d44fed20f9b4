"""The figures on the handlers' dashboard, per municipality: the funnel, ideas received per
month, median days in each stage and the oldest waiting ideas.

Each figure is one database query for all municipalities together, whatever the number of
ideas: counts are grouped in the database, and the stays in each stage are paired by a window
function. Medians are taken in Python from those stays, because SQLite has no median aggregate.
"""

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, DateField, F, Value, Window
from django.db.models.functions import Coalesce, Lag, RowNumber, TruncMonth
from django.utils import timezone

from home.choices import Municipality
from ideas.breakdowns import Breakdowns, breakdowns
from ideas.models import Idea, IdeaEvent
from ideas.permissions import handled_municipalities
from ideas.stages import FINISHED_STAGES, Stage

STOCKHOLM = ZoneInfo("Europe/Stockholm")
MONTHS = 12
OLDEST_WAITING = 10
SECONDS_PER_DAY = 24 * 60 * 60

# The funnel lists every stage in the order of the sluice: the open stages, then the finished.
FUNNEL_STAGES = list(Stage)
# Stages in which an idea waits for the next step; the finished stages end its way.
WAITING_STAGES = [stage for stage in Stage if stage not in FINISHED_STAGES]
# Events that move an idea to another stage (they have a `to_stage`). The merged idea's event
# moves it; the surviving idea's event (without `to_stage`) does not move that one.
STAGE_CHANGE_KINDS = [IdeaEvent.Kind.STAGE_CHANGED, IdeaEvent.Kind.MERGED]


@dataclass(frozen=True)
class StageCount:
    stage: Stage
    count: int

    @property
    def is_finished(self) -> bool:
        return self.stage in FINISHED_STAGES


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day of the month
    count: int


@dataclass(frozen=True)
class StageMedian:
    stage: Stage
    median_days: float | None  # None when no idea has left the stage yet
    stays: int


@dataclass(frozen=True)
class WaitingIdea:
    pk: int
    reference: str
    title: str
    stage: Stage
    stage_changed_at: datetime
    days_waiting: int


@dataclass
class MunicipalityFigures:
    municipality: Municipality
    funnel: list[StageCount] = field(default_factory=list)
    months: list[MonthCount] = field(default_factory=list)
    medians: list[StageMedian] = field(default_factory=list)
    oldest_waiting: list[WaitingIdea] = field(default_factory=list)
    breakdowns: Breakdowns | None = None  # by submitter kind, administration and channel

    @property
    def total(self) -> int:
        return sum(row.count for row in self.funnel)

    @property
    def waiting(self) -> int:
        return sum(row.count for row in self.funnel if not row.is_finished)

    @property
    def received_in_months(self) -> int:
        return sum(row.count for row in self.months)


def dashboard_figures(user, now: datetime | None = None) -> list[MunicipalityFigures]:
    """Every figure for each municipality the user handles, in five queries."""
    municipalities = handled_municipalities(user)
    if not municipalities:
        return []
    now = now or timezone.now()
    funnels = funnel(municipalities)
    months = received_per_month(municipalities, now)
    medians = median_days_per_stage(municipalities)
    oldest = oldest_waiting(municipalities, now)
    sources = breakdowns(municipalities)
    return [
        MunicipalityFigures(
            municipality=Municipality(municipality),
            funnel=funnels[municipality],
            months=months[municipality],
            medians=medians[municipality],
            oldest_waiting=oldest[municipality],
            breakdowns=sources[municipality],
        )
        for municipality in municipalities
    ]


def funnel_figures(user) -> list[MunicipalityFigures]:
    """Only the funnel, for the panel on the admin home page: one query."""
    municipalities = handled_municipalities(user)
    if not municipalities:
        return []
    funnels = funnel(municipalities)
    return [
        MunicipalityFigures(municipality=Municipality(municipality), funnel=funnels[municipality])
        for municipality in municipalities
    ]


def funnel(municipalities: list[str]) -> dict[str, list[StageCount]]:
    """The number of ideas in each stage now, every stage listed (zero included)."""
    rows = (
        Idea.objects.filter(municipality__in=municipalities)
        .order_by()
        .values("municipality", "stage")
        .annotate(count=Count("pk"))
    )
    counts = {(row["municipality"], row["stage"]): row["count"] for row in rows}
    return {
        municipality: [
            StageCount(stage, counts.get((municipality, stage.value), 0)) for stage in FUNNEL_STAGES
        ]
        for municipality in municipalities
    }


def month_starts(now: datetime) -> list[date]:
    """The first days of the last twelve months in Stockholm time, the current month last."""
    today = timezone.localtime(now, STOCKHOLM).date()
    months = []
    year, month = today.year, today.month
    for _ in range(MONTHS):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def received_per_month(municipalities: list[str], now: datetime) -> dict[str, list[MonthCount]]:
    """Ideas received in each of the last twelve calendar months (Stockholm time), the current
    month included, zero months included."""
    months = month_starts(now)
    first = datetime(months[0].year, months[0].month, 1, tzinfo=STOCKHOLM)
    rows = (
        Idea.objects.filter(municipality__in=municipalities, created_at__gte=first)
        .order_by()
        .annotate(month=TruncMonth("created_at", output_field=DateField(), tzinfo=STOCKHOLM))
        .values("municipality", "month")
        .annotate(count=Count("pk"))
    )
    counts = {(row["municipality"], row["month"]): row["count"] for row in rows}
    return {
        municipality: [MonthCount(month, counts.get((municipality, month), 0)) for month in months]
        for municipality in municipalities
    }


def stays(municipalities: list[str]):
    """One row per completed stay in a stage: (municipality, stage, entered at, left at).

    Every stage change (merging into another idea included) ends a stay. The stay began with
    the stage change before it, in the stage that change moved the idea to, or, before the
    first change, when the idea was received."""
    in_order = {
        "partition_by": [F("idea_id")],
        "order_by": [F("created_at").asc(), F("pk").asc()],
    }
    return (
        IdeaEvent.objects.filter(kind__in=STAGE_CHANGE_KINDS, idea__municipality__in=municipalities)
        .exclude(to_stage="")
        .order_by()
        .annotate(
            stay_stage=Coalesce(Window(Lag("to_stage"), **in_order), Value(Stage.RECEIVED.value)),
            entered_at=Coalesce(Window(Lag("created_at"), **in_order), F("idea__created_at")),
        )
        .values_list("idea__municipality", "stay_stage", "entered_at", "created_at")
    )


def median_days_per_stage(municipalities: list[str]) -> dict[str, list[StageMedian]]:
    """The median number of days ideas stayed in each waiting stage before they left it, and
    the number of stays that median is based on."""
    days = {(municipality, stage.value): [] for municipality in municipalities for stage in Stage}
    for municipality, stage, entered_at, left_at in stays(municipalities):
        days[(municipality, stage)].append((left_at - entered_at).total_seconds() / SECONDS_PER_DAY)
    return {
        municipality: [
            StageMedian(
                stage,
                statistics.median(days[(municipality, stage.value)])
                if days[(municipality, stage.value)]
                else None,
                len(days[(municipality, stage.value)]),
            )
            for stage in WAITING_STAGES
        ]
        for municipality in municipalities
    }


def oldest_waiting(municipalities: list[str], now: datetime) -> dict[str, list[WaitingIdea]]:
    """The ideas that have waited longest in a waiting stage, at most ten per municipality."""
    ideas = (
        Idea.objects.filter(municipality__in=municipalities, stage__in=WAITING_STAGES)
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=[F("municipality")],
                order_by=[F("stage_changed_at").asc(), F("pk").asc()],
            )
        )
        .filter(place__lte=OLDEST_WAITING)
        .order_by("municipality", "stage_changed_at", "pk")
        .values_list("pk", "municipality", "reference", "title", "stage", "stage_changed_at")
    )
    result = {municipality: [] for municipality in municipalities}
    for pk, municipality, reference, title, stage, stage_changed_at in ideas:
        result[municipality].append(
            WaitingIdea(
                pk=pk,
                reference=reference,
                title=title,
                stage=Stage(stage),
                stage_changed_at=stage_changed_at,
                days_waiting=max((now - stage_changed_at).days, 0),
            )
        )
    return result
