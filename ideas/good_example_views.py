"""What a good example page shows besides its own texts: the effects of its idea as charts and
tables (drawn from the idea's follow-up), and links to the idea, the testbed, the method phase
and the tools, in the reader's language.

GoodExamplePage (ideas/models/outcomes.py) imports this module, so it reaches the follow-up and
its indicators through the idea's relations and never imports that models module."""

from django.utils.formats import date_format
from django.utils.translation import gettext

from home.i18n import request_locale
from ideas.charts import Bar, horizontal_bar_chart, plain_number
from ideas.models.organisation import Administration, localized_names
from ideas.models.pages import board_for


def indicator_rows(indicator):
    """(label, value) rows of one indicator: the baseline, each measured value, the target.
    Uses the prefetched measurements."""
    rows = [(gettext("Baseline"), indicator.baseline)]
    for measurement in indicator.measurements.all():
        rows.append(
            (
                gettext("Measured %(date)s")
                % {"date": date_format(measurement.measured_on, "j M Y")},
                measurement.value,
            )
        )
    rows.append((gettext("Target"), indicator.target))
    return rows


def indicator_chart(indicator, chart_id: str):
    """One indicator as a horizontal bar chart; the target is hatched."""
    rows = indicator_rows(indicator)
    bars = [
        Bar(
            label=label,
            value=float(value),
            value_label=f"{plain_number(value)} {indicator.unit}",
            hatched=number == len(rows) - 1,
        )
        for number, (label, value) in enumerate(rows)
    ]
    return horizontal_bar_chart(
        chart_id=chart_id,
        title=f"{indicator.name} ({indicator.unit})",
        description=gettext("The baseline, the measured values and the target (hatched)."),
        bars=bars,
        label_width=220,
        value_width=160,
    )


def follow_up_of(idea):
    """The idea's follow-up, or None (also for no idea)."""
    return getattr(idea, "follow_up", None) if idea is not None else None


def effect_charts(follow_up, prefix="effect"):
    """Each indicator of the follow-up with its chart and the rows of its table."""
    if follow_up is None:
        return []
    indicators = follow_up.indicators.prefetch_related("measurements")
    return [
        {
            "indicator": indicator,
            "chart": indicator_chart(indicator, f"{prefix}-{indicator.pk}"),
            "rows": [(label, plain_number(value)) for label, value in indicator_rows(indicator)],
        }
        for indicator in indicators
    ]


def good_example_context(page, request):
    """What a good example shows besides its texts: the effect charts, and links to the idea's
    public page, the testbed, the method phase and the tools, in the reader's language."""
    locale = request_locale(request)
    idea = page.idea
    idea_url = ""
    if idea is not None and idea.is_public:
        board = board_for(locale)
        idea_url = board.idea_path(idea.reference) if board is not None else ""
    tools = []
    for block in page.tools:
        tool = block.value
        if tool is not None:
            tool = tool.localized
            if tool.live:
                tools.append(tool)
    follow_up = follow_up_of(idea)
    administration = ""
    if follow_up is not None and follow_up.administration_id:
        names = localized_names(Administration, locale.language_code)
        administration = names.get(follow_up.administration_id, "")
    testbed = page.testbed.localized if page.testbed is not None else None
    phase = page.method_phase.localized if page.method_phase is not None else None
    return {
        "effects": effect_charts(follow_up),
        "administration": administration,
        "idea_url": idea_url,
        "testbed": testbed if testbed is not None and testbed.live else None,
        "method_phase": phase if phase is not None and phase.live else None,
        "tools": tools,
    }
