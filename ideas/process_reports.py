"""The process figures and the yearly report for politicians, in the admin's Reports menu, and
the admin home page's panel with the implementation rate, the time to decision and the overdue
follow-ups.

The report covers one calendar year and one scope: a municipality the user handles, or both
municipalities together (the joint steering group's view: counts only, no names). It has a
print view (a clean A4 document; the browser's "Save as PDF" makes the PDF) and an XLSX
download through home/spreadsheets.py. Users who handle no ideas get a 404."""

from django.http import Http404
from django.template.defaultfilters import floatformat
from django.template.response import TemplateResponse
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext, pgettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from home.spreadsheets import xlsx_response
from ideas.charts import Bar, horizontal_bar_chart
from ideas.models import Decision, FollowUp, GoodExamplePage
from ideas.permissions import handled_municipalities, is_idea_handler
from ideas.process_figures import JOINT, Period, ProcessFigures, process_figures

BREAKDOWN_HEADINGS = {
    "administration": _("Administration"),
    "submitter_kind": _("Submitter kind"),
    "channel": _("Channel"),
    "area": _("Area"),
}
FIRST_YEAR = 2016  # the programme started in 2016
OVERDUE_SHOWN = 10


def percent(share: float | None) -> str:
    return "–" if share is None else f"{floatformat(share * 100, 0)} %"


def days(value: float | None) -> str:
    return "–" if value is None else floatformat(value, 0)


def summary_rows(figures: ProcessFigures) -> list[tuple[str, str]]:
    """The key figures as (label, value), for the page, the print view and the XLSX file."""
    return [
        (gettext("Ideas decided"), number_format(figures.decided)),
        (
            gettext("Implementation rate (implemented ÷ decided)"),
            percent(figures.implementation_rate),
        ),
        (gettext("Median days from received to decision"), days(figures.median_days_to_decision)),
        (gettext("Ideas implemented in the period"), number_format(figures.implemented_in_period)),
        (
            gettext("Median days from received to implemented"),
            days(figures.median_days_to_implementation),
        ),
        (
            gettext("Share of implemented ideas with a measured effect"),
            percent(figures.effect_share),
        ),
    ]


def flow_chart(figures: ProcessFigures, chart_id: str):
    return horizontal_bar_chart(
        chart_id=chart_id,
        title=gettext("How ideas moved between stages, %(scope)s") % {"scope": figures.label},
        description=gettext("The number of moves from one stage to another in the period."),
        bars=[
            Bar(
                label=f"{row.from_stage.label} → {row.to_stage.label}",
                value=row.count,
                value_label=number_format(row.count),
                hatched=row.to_stage in ("closed", "merged"),
            )
            for row in figures.flow
        ],
        label_width=330,
        value_width=60,
    )


def outcome_chart(figures: ProcessFigures, chart_id: str):
    return horizontal_bar_chart(
        chart_id=chart_id,
        title=gettext("Decisions by outcome, %(scope)s") % {"scope": figures.label},
        description=gettext("The number of decisions of each kind in the period."),
        bars=[
            Bar(label=label, value=count, value_label=number_format(count))
            for _value, label, count in figures.outcomes
        ],
        value_width=60,
    )


class ReportRequest:
    """The year and the scope asked for, checked against what the user may see."""

    def __init__(self, request):
        if not is_idea_handler(request.user):
            raise Http404
        this_year = timezone.localdate().year
        self.years = list(range(this_year, FIRST_YEAR - 1, -1))
        try:
            self.year = int(request.GET.get("year", this_year))
        except ValueError:
            self.year = this_year
        if self.year not in self.years:
            self.year = this_year
        self.municipalities = handled_municipalities(request.user)
        self.scopes = [*self.municipalities, JOINT]
        scope = request.GET.get("scope", self.municipalities[0])
        self.scope = scope if scope in self.scopes else self.municipalities[0]
        self.period = Period.year(self.year)

    def query(self, **extra) -> str:
        return urlencode({"year": self.year, "scope": self.scope, **extra})


def report_decisions(report: ReportRequest):
    """The decisions of the year. Unpublished ideas are listed without their title and reason,
    so the report can be handed on; the joint report lists only published ideas."""
    decisions = Decision.objects.filter(**report.period.date_filter("decided_on")).select_related(
        "idea"
    )
    if report.scope == JOINT:
        decisions = decisions.filter(idea__is_public=True)
    else:
        decisions = decisions.filter(idea__municipality=report.scope)
    return list(decisions.order_by("decided_on", "pk"))


def report_good_examples(report: ReportRequest):
    """The good examples first published in the year, in the admin's language (else Swedish)."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    examples = (
        GoodExamplePage.objects.live()
        .public()
        .filter(**report.period.time_filter("first_published_at"))
        .select_related("idea")
    )
    if locale is not None:
        examples = examples.filter(locale=locale)
    if report.scope != JOINT:
        examples = examples.filter(idea__municipality=report.scope)
    return list(examples.order_by("first_published_at", "pk"))


def report_context(report: ReportRequest) -> dict:
    figures = process_figures(report.period, [report.scope])[report.scope]
    return {
        "report": report,
        "figures": figures,
        "summary": summary_rows(figures),
        "flow_chart": flow_chart(figures, "flow"),
        "outcome_chart": outcome_chart(figures, "outcomes"),
        "decisions": report_decisions(report),
        "good_examples": report_good_examples(report),
        "breakdowns": [
            {"name": name, "heading": BREAKDOWN_HEADINGS[name], "rows": figures.breakdowns[name]}
            for name in BREAKDOWN_HEADINGS
        ],
    }


def report_title(report: ReportRequest, figures: ProcessFigures) -> str:
    return gettext("The idea sluice %(year)s: %(scope)s") % {
        "year": report.year,
        "scope": figures.label,
    }


def report_workbook(report: ReportRequest, context: dict):
    figures = context["figures"]
    sheets = {
        pgettext("sheet", "Figures"): [
            [report_title(report, figures), ""],
            *context["summary"],
        ],
        pgettext("sheet", "Decisions by outcome"): [
            [gettext("Decision"), gettext("Number")],
            *[[label, count] for _value, label, count in figures.outcomes],
        ],
        pgettext("sheet", "Breakdowns"): [
            [gettext("Breakdown"), "", gettext("Ideas decided"), gettext("Implemented")],
            *[
                [str(breakdown["heading"]), row.label, row.decided, row.implemented]
                for breakdown in context["breakdowns"]
                for row in breakdown["rows"]
            ],
        ],
        pgettext("sheet", "Flow"): [
            [gettext("From stage"), gettext("To stage"), gettext("Moves")],
            *[
                [str(row.from_stage.label), str(row.to_stage.label), row.count]
                for row in figures.flow
            ],
        ],
        pgettext("sheet", "Decisions"): [
            [
                gettext("Date"),
                gettext("Reference"),
                gettext("Idea"),
                gettext("Decision"),
                gettext("Decided by"),
                gettext("Case number"),
                gettext("Reason"),
            ],
            *[
                [
                    decision.decided_on,
                    decision.idea.reference,
                    decision.idea.display_title if decision.idea.is_public else "",
                    decision.get_outcome_display(),
                    decision.decided_by,
                    decision.case_number,
                    decision.reason if decision.idea.is_public else "",
                ]
                for decision in context["decisions"]
            ],
        ],
        pgettext("sheet", "Good examples"): [
            [gettext("Good example"), gettext("Reference")],
            *[
                [page.title, page.idea.reference if page.idea else ""]
                for page in context["good_examples"]
            ],
        ],
    }
    filename = f"idea-sluice-{report.year}-{report.scope}.xlsx"
    return xlsx_response(filename, sheets)


class ProcessReportView(WagtailAdminTemplateMixin, TemplateView):
    """The process figures and the yearly report on screen, with links to print and XLSX."""

    template_name = "ideas/reports/process_report.html"
    page_title = _("Decisions, effects and the yearly report")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.report = ReportRequest(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "xlsx":
            return report_workbook(self.report, report_context(self.report))
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": _("Reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(report_context(self.report))
        report = self.report
        context.update(
            title=report_title(report, context["figures"]),
            scope_choices=[(scope, ProcessFigures(scope=scope).label) for scope in report.scopes],
            print_url=reverse("ideas_process_report_print") + "?" + report.query(),
            xlsx_url=reverse("ideas_process_report") + "?" + report.query(format="xlsx"),
            overdue=overdue_follow_ups(
                report.municipalities if report.scope == JOINT else [report.scope]
            ),
        )
        return context


def print_view(request):
    """The yearly report as a document of its own, for printing on A4 (or saving as PDF)."""
    report = ReportRequest(request)
    context = report_context(report)
    context["title"] = report_title(report, context["figures"])
    context["generated"] = timezone.localtime()
    return TemplateResponse(request, "ideas/reports/yearly_print.html", context)


def overdue_follow_ups(municipalities, limit=OVERDUE_SHOWN):
    """Follow-ups whose date has passed, the oldest first."""
    return list(
        FollowUp.objects.filter(
            idea__municipality__in=municipalities, follow_up_on__lt=timezone.localdate()
        )
        .select_related("idea")
        .order_by("follow_up_on", "pk")[:limit]
    )


class OutcomesPanel(Component):
    """On the admin home page: this year's implementation rate and time to decision per
    municipality the user handles, and the overdue follow-ups."""

    name = "idea_outcomes"
    template_name = "ideas/reports/panel.html"
    order = 95

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        municipalities = handled_municipalities(self.user)
        figures = process_figures(Period.year(timezone.localdate().year), municipalities)
        return {
            "municipalities": [
                {"figures": figures[municipality], "summary": summary_rows(figures[municipality])}
                for municipality in municipalities
            ],
            "overdue": overdue_follow_ups(municipalities),
            "report_url": reverse("ideas_process_report"),
        }


@hooks.register("construct_homepage_panels")
def add_outcomes_panel(request, panels):
    if is_idea_handler(request.user):
        panels.append(OutcomesPanel(request.user))


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/process/", ProcessReportView.as_view(), name="ideas_process_report"),
        path("reports/process/print/", print_view, name="ideas_process_report_print"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return is_idea_handler(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Decisions, effects and the yearly report"),
        reverse_lazy("ideas_process_report"),
        icon_name="doc-full",
        order=660,
    )
