"""The catalogue's facets, text query and sorting (home.facets), and what its page shows beside
the listing. It takes querysets and the page model from testbeds.models and imports neither:
models imports this module. Each request runs the same queries whatever the number of entries
and of filters set: the taxonomy names, one query of counts (every facet option and the number
of results), one page of entries and its sectors."""

from dataclasses import dataclass

from django.db.models import Case, F, Q, Value, When
from django.utils.translation import gettext_lazy as _

from home.cache import remembered
from home.facets import Facet, FacetOption, Filters, choices_facet, relation_option
from home.i18n import request_locale
from home.listing import allowed_value, query_without

from .choices import EnvironmentType, Municipality, Status
from .map import schematic_map
from .snippets import localized_taxonomy_names

MAX_QUERY_LENGTH = 100
SORTS = {"name": _("Name"), "reviewed": _("Recently reviewed")}
ORDERS = {"name": ["title"], "reviewed": [F("last_reviewed").desc(nulls_last=True), "title"]}


@dataclass
class CatalogueFilters(Filters):
    """The checked facets, the text query (printable, spaces collapsed, at most 100 characters)
    and the sort order."""

    query: str = ""
    sort: str = "name"

    @property
    def active(self):
        return super().active or bool(self.query)


# What a card in the list shows (testbeds/includes/testbed_card.html) and the map and the page's
# URL need: a page of the catalogue reads only these columns.
CARD_FIELDS = (
    "title",
    "url_path",
    "locale_id",
    "intro",
    "municipality",
    "environment_type",
    "status",
    "is_example",
    "open_to_external",
    "latitude",
    "longitude",
)


def taxonomy_names(request) -> dict[str, dict[int, str]]:
    """The names of all taxonomy entries in the active language, looked up once per request
    (one query), or once per content generation in this process (a taxonomy change bumps it)."""
    if not hasattr(request, "_testbed_taxonomy_names"):
        locale = request_locale(request)
        request._testbed_taxonomy_names = remembered(
            request,
            f"testbeds:taxonomy-names:{locale.language_code}",
            lambda: localized_taxonomy_names(locale),
        )
    return request._testbed_taxonomy_names


def request_facets(request, model) -> list[Facet]:
    """`catalogue_facets` in the request's language, built once per content generation in this
    process: their options are the taxonomy entries, whose changes bump it. Shared by threads:
    nothing changes a Facet (frozen) or its conditions."""
    return remembered(
        request,
        f"testbeds:facets:{request_locale(request).language_code}",
        lambda: catalogue_facets(model, taxonomy_names(request)),
    )


def catalogue_facets(model, names) -> list[Facet]:
    """Municipality, environment type, status, sector, target group and availability of
    `model` (TestbedPage); `names`: the taxonomy names of the request (taxonomy_names)."""
    return [
        choices_facet("municipality", _("Municipality"), "municipality", Municipality.choices),
        choices_facet(
            "environment", _("Environment type"), "environment_type", EnvironmentType.choices
        ),
        choices_facet("status", _("Status"), "status", Status.choices),
        Facet(
            "sector",
            _("Sector"),
            [relation_option(model, "sectors", pk, text) for pk, text in names["sectors"].items()],
            group_by="sectors",
        ),
        Facet(
            "target_group",
            _("Target group"),
            [
                relation_option(model, "target_groups", pk, text)
                for pk, text in names["target_groups"].items()
            ],
            group_by="target_groups",
        ),
        Facet(
            "open",
            _("Availability"),
            [FacetOption("1", _("Open to external users"), Q(open_to_external=True))],
            group_by=Case(When(open_to_external=True, then=Value("1")), default=Value("")),
        ),
    ]


def read_query_and_sort(params) -> dict:
    text = "".join(char for char in params.get("q", "") if char.isprintable())
    return {
        "query": " ".join(text.split())[:MAX_QUERY_LENGTH],
        "sort": allowed_value(params, "sort", SORTS, default="name"),
    }


def matching_text(queryset, query: str):
    """The entries that contain every word of `query` in their name, summary, facilities,
    address or host organisation."""
    for word in query.split():
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(intro__icontains=word)
            | Q(facilities__icontains=word)
            | Q(address__icontains=word)
            | Q(host_organisation__name__icontains=word)
        )
    return queryset


def sorted_entries(queryset, sort: str):
    """The entries in the chosen order, with what a card shows (host, locale, sectors)."""
    order = ORDERS.get(sort, ORDERS["name"])
    return (
        queryset.select_related("host_organisation", "locale")
        .prefetch_related("sectors")
        .defer_streamfields()
        .order_by(*order)
    )


def card_entries(queryset):
    """Only what the cards, the map and the entries' URLs need (CARD_FIELDS)."""
    return queryset.select_related(None).only(*CARD_FIELDS)


def removal_links(params, filters: CatalogueFilters, facets) -> list[tuple[str, str]]:
    """For the empty state: (label, query string) pairs that each remove one active filter."""
    links = []
    if filters.query:
        links.append((f"“{filters.query}”", query_without(params, "q", "page")))
    for facet in facets:
        for option in facet.checked:
            kept = params.copy()
            kept.pop("page", None)
            kept.setlist(facet.name, [v for v in kept.getlist(facet.name) if v != option.value])
            links.append((f"{facet.label}: {option.label}", kept.urlencode()))
    return links


def catalogue_context(index_page, request) -> dict:
    """The listing (home.facets) and what the catalogue shows beside it: each entry's sector
    names, the sorts, the open-data links, the schematic map of the entries listed (testbeds/
    map.py) and, when nothing matches, links that remove one filter each."""
    context = index_page.listing_context(request)
    names = taxonomy_names(request)
    entries = list(context["page_obj"].object_list)
    context["page_obj"].object_list = entries
    for entry in entries:
        entry.sector_names = [names["sectors"].get(s.pk, s.name) for s in entry.sectors.all()]
        entry.card_url = entry.get_url(request)
    page_url = index_page.get_url(request)
    removal = []
    if not context["result_count"]:
        removal = removal_links(request.GET, context["filters"], context["facets"])
    context.update(
        entries=entries,
        sorts=SORTS,
        data_query=context["query"],
        csv_url=page_url + index_page.reverse_subpage("csv"),
        json_url=page_url + index_page.reverse_subpage("json"),
        removal_links=removal,
        map=schematic_map([(entry, entry.card_url) for entry in entries]),
    )
    return context
