"""The charts and tables of the public page "Idéslussen i siffror" (ideas.models.FiguresPage):
for each municipality, ideas received, decided and implemented per year, the implementation
rate and the median days from received to decision. Each chart is drawn by ideas/charts.py and
has a table with the same figures; chart and table take their values from the same labels
here, so they cannot disagree. Numbers are formatted for the reader's language."""

from dataclasses import dataclass

from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext, pgettext

from ideas.charts import Bar, horizontal_bar_chart
from ideas.public_figures import MunicipalityFigures, YearFigures, public_figures


def count(value: int) -> str:
    return number_format(value, force_grouping=True)


def percent(share: float | None) -> str:
    """A share as a whole percentage: "67 %" in Swedish, "67%" in English; "–" for none."""
    if share is None:
        return "–"
    return pgettext("percentage", "%(number)s%%") % {"number": floatformat(share * 100, 0)}


def days(value: float | None) -> str:
    """Days with a decimal only when there is one (the median of an even number of days)."""
    return "–" if value is None else floatformat(value, -1)


@dataclass(frozen=True)
class YearRow:
    """One year's figures as the table and the charts show them."""

    year: int
    received: str
    decided: str
    implemented: str
    rate: str
    median_days: str


def year_row(figures: YearFigures) -> YearRow:
    return YearRow(
        year=figures.year,
        received=count(figures.received),
        decided=count(figures.decided),
        implemented=count(figures.implemented),
        rate=percent(figures.implementation_rate),
        median_days=days(figures.median_days_to_decision),
    )


def counts_chart(figures: MunicipalityFigures, rows: list[YearRow]):
    bars = []
    for year, row in zip(figures.years, rows, strict=True):
        bars += [
            Bar(
                label=gettext("%(year)s received") % {"year": year.year},
                value=year.received,
                value_label=row.received,
            ),
            Bar(
                label=gettext("%(year)s decided") % {"year": year.year},
                value=year.decided,
                value_label=row.decided,
            ),
            Bar(
                label=gettext("%(year)s implemented") % {"year": year.year},
                value=year.implemented,
                value_label=row.implemented,
                hatched=True,
            ),
        ]
    return horizontal_bar_chart(
        chart_id=f"figures-counts-{figures.municipality}",
        title=gettext("Ideas received, decided and implemented, %(municipality)s")
        % {"municipality": figures.name},
        description=gettext(
            "For each year: the ideas received, the ideas decided and, of those, the ideas "
            "implemented (hatched)."
        ),
        bars=bars,
        label_width=230,
        value_width=80,
    )


def rate_chart(figures: MunicipalityFigures, rows: list[YearRow]):
    return horizontal_bar_chart(
        chart_id=f"figures-rate-{figures.municipality}",
        title=gettext("Implementation rate, %(municipality)s") % {"municipality": figures.name},
        description=gettext(
            "For each year: the share of the ideas decided that are implemented. A dash: no idea "
            "was decided that year."
        ),
        bars=[
            Bar(
                label=str(year.year),
                value=(year.implementation_rate or 0) * 100,
                value_label=row.rate,
            )
            for year, row in zip(figures.years, rows, strict=True)
        ],
        label_width=80,
        value_width=80,
    )


def median_chart(figures: MunicipalityFigures, rows: list[YearRow]):
    return horizontal_bar_chart(
        chart_id=f"figures-median-{figures.municipality}",
        title=gettext("Median days from received to decision, %(municipality)s")
        % {"municipality": figures.name},
        description=gettext(
            "For each year: the median number of days from the day an idea was received to its "
            "first decision that year. A dash: no idea was decided that year."
        ),
        bars=[
            Bar(
                label=str(year.year),
                value=year.median_days_to_decision or 0,
                value_label=row.median_days,
            )
            for year, row in zip(figures.years, rows, strict=True)
        ],
        label_width=80,
        value_width=80,
    )


def municipality_context(figures: MunicipalityFigures) -> dict:
    rows = [year_row(year) for year in figures.years]
    return {
        "code": figures.municipality.value,
        "name": figures.name,
        "rows": rows,
        "counts_chart": counts_chart(figures, rows) if rows else "",
        "rate_chart": rate_chart(figures, rows) if rows else "",
        "median_chart": median_chart(figures, rows) if rows else "",
    }


def figures_context() -> dict:
    """The page's figures, charts and the time they were computed (shown with the source)."""
    return {
        "municipalities": [municipality_context(figures) for figures in public_figures()],
        "computed_at": timezone.localtime(),
    }
