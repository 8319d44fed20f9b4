"""The handlers' dashboard: funnel, ideas per month, days per stage, oldest waiting ideas.

A panel on the admin home page shows the funnel; the report "The idea sluice in figures"
(Reports menu) shows everything. Both show each municipality the user handles separately, and
nothing to users who handle no ideas (no panel, no menu item, 404 on the report's URL)."""

from django.http import Http404
from django.template.defaultfilters import floatformat
from django.urls import path, reverse, reverse_lazy
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ideas import statistics
from ideas.charts import Bar, column_chart, horizontal_bar_chart
from ideas.permissions import is_idea_handler

DASHBOARD_CSS = "ideas/dashboard.css"


def funnel_chart(figures: statistics.MunicipalityFigures, chart_id: str):
    return horizontal_bar_chart(
        chart_id=chart_id,
        title=gettext("Ideas in each stage, %(municipality)s")
        % {"municipality": figures.municipality.label},
        description=gettext("The number of ideas in each stage now. Finished stages are hatched."),
        bars=[
            Bar(
                label=str(row.stage.label),
                value=row.count,
                value_label=number_format(row.count),
                hatched=row.is_finished,
            )
            for row in figures.funnel
        ],
        value_width=80,
    )


def months_chart(figures: statistics.MunicipalityFigures, chart_id: str):
    return column_chart(
        chart_id=chart_id,
        title=gettext("Ideas received per month, %(municipality)s")
        % {"municipality": figures.municipality.label},
        description=gettext("The number of ideas received in each of the last %(months)s months.")
        % {"months": statistics.MONTHS},
        bars=[
            Bar(
                label=date_format(row.month, "M"),
                sublabel=date_format(row.month, "Y") if number == 0 or row.month.month == 1 else "",
                spoken_label=date_format(row.month, "F Y"),
                value=row.count,
                value_label=number_format(row.count),
            )
            for number, row in enumerate(figures.months)
        ],
    )


def median_label(row: statistics.StageMedian) -> str:
    """The median with the number of stays it is based on, or a dash when there are none.
    Rounded as the table rounds it (floatformat), so chart and table agree."""
    if row.median_days is None:
        return "–"
    return ngettext(
        "%(days)s days (%(stays)s stay)", "%(days)s days (%(stays)s stays)", row.stays
    ) % {"days": floatformat(row.median_days, 1), "stays": number_format(row.stays)}


def medians_chart(figures: statistics.MunicipalityFigures, chart_id: str):
    return horizontal_bar_chart(
        chart_id=chart_id,
        title=gettext("Median days in each stage, %(municipality)s")
        % {"municipality": figures.municipality.label},
        description=gettext(
            "How many days ideas stayed in each stage before they moved on, as a median, with "
            "the number of stays it is based on."
        ),
        bars=[
            Bar(
                label=str(row.stage.label),
                value=row.median_days or 0,
                value_label=median_label(row),
            )
            for row in figures.medians
        ],
    )


def breakdown_chart(figures, rows, chart_id: str, title: str, description: str):
    return horizontal_bar_chart(
        chart_id=chart_id,
        title=title % {"municipality": figures.municipality.label},
        description=description,
        bars=[
            Bar(label=row.label, value=row.count, value_label=number_format(row.count))
            for row in rows
        ],
        label_width=260,
        value_width=80,
    )


def breakdown_charts(figures: statistics.MunicipalityFigures) -> dict:
    """The charts of who sent the ideas, from which administration, through which channel and
    for which challenge."""
    found = figures.breakdowns
    code = figures.municipality
    return {
        "kind_chart": breakdown_chart(
            figures,
            found.by_kind,
            f"kinds-{code}",
            gettext("Ideas by who sent them, %(municipality)s"),
            gettext("The number of ideas received from each kind of submitter."),
        ),
        "channel_chart": breakdown_chart(
            figures,
            found.by_channel,
            f"channels-{code}",
            gettext("Ideas by channel, %(municipality)s"),
            gettext("The number of ideas received through each channel."),
        ),
        "administration_chart": breakdown_chart(
            figures,
            found.by_administration,
            f"administrations-{code}",
            gettext("Ideas by administration, %(municipality)s"),
            gettext("The number of ideas from each administration, most first."),
        )
        if found.by_administration
        else "",
        "challenge_chart": breakdown_chart(
            figures,
            found.by_challenge,
            f"challenges-{code}",
            gettext("Ideas by challenge, %(municipality)s"),
            gettext("The number of ideas that answer each challenge, most first."),
        )
        if found.by_challenge
        else "",
    }


class IdeaFunnelPanel(Component):
    """The funnel of each municipality the user handles, on the admin home page."""

    name = "idea_funnel"
    template_name = "ideas/dashboard/panel.html"
    order = 90

    class Media:
        css = {"all": [DASHBOARD_CSS]}

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        municipalities = [
            {
                "figures": figures,
                "funnel_chart": funnel_chart(figures, f"panel-funnel-{figures.municipality}"),
            }
            for figures in statistics.funnel_figures(self.user)
        ]
        return {"municipalities": municipalities, "report_url": reverse("ideas_dashboard")}


@hooks.register("construct_homepage_panels")
def add_funnel_panel(request, panels):
    if is_idea_handler(request.user):
        panels.append(IdeaFunnelPanel(request.user))


class IdeaDashboardView(WagtailAdminTemplateMixin, TemplateView):
    """Every figure of the dashboard, for each municipality the user handles."""

    template_name = "ideas/dashboard/report.html"
    page_title = _("The idea sluice in figures")
    header_icon = "bars"

    def dispatch(self, request, *args, **kwargs):
        # Not Wagtail's PermissionDenied, which sends the user to the admin home page with a
        # message: for a user who handles no ideas the report does not exist.
        if not is_idea_handler(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": _("Reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["municipalities"] = [
            {
                "figures": figures,
                "funnel_chart": funnel_chart(figures, f"funnel-{figures.municipality}"),
                "months_chart": months_chart(figures, f"months-{figures.municipality}"),
                "medians_chart": medians_chart(figures, f"medians-{figures.municipality}"),
                **breakdown_charts(figures),
            }
            for figures in statistics.dashboard_figures(self.request.user)
        ]
        context["months"] = statistics.MONTHS
        context["oldest_waiting"] = statistics.OLDEST_WAITING
        context["dashboard_css"] = DASHBOARD_CSS
        return context


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [
        path("reports/idea-dashboard/", IdeaDashboardView.as_view(), name="ideas_dashboard"),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return is_idea_handler(request.user)


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        _("The idea sluice in figures"),
        reverse_lazy("ideas_dashboard"),
        icon_name="bars",
        order=650,
    )
