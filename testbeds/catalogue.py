"""The catalogue's filters, facets and sorting. Every GET parameter is checked against allowed
values (home.listing); each request runs the same number of queries whatever the number of
entries: the taxonomy names, one query of counts (every facet option and the number of
results) plus one per facet with a checked option, one page of entries and its sectors."""

from dataclasses import dataclass, field

from django.db.models import Count, F, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from home.i18n import request_locale
from home.listing import allowed_value, allowed_values, paginate, public_pages, query_without

from .choices import EnvironmentType, Municipality, Status
from .snippets import Sector, TargetGroup, localized_taxonomy_names

MAX_QUERY_LENGTH = 100
SORTS = {"name": _("Name"), "reviewed": _("Recently reviewed")}
# Parameter name, label, and how the facet filters: a model field or a many-to-many relation.
CHOICE_FACETS = {
    "municipality": (_("Municipality"), "municipality", Municipality),
    "environment": (_("Environment type"), "environment_type", EnvironmentType),
    "status": (_("Status"), "status", Status),
}
RELATION_FACETS = {
    "sector": (_("Sector"), "sectors", Sector),
    "target_group": (_("Target group"), "target_groups", TargetGroup),
}
FACET_NAMES = [*CHOICE_FACETS, "sector", "target_group", "open"]


@dataclass
class Filters:
    """The checked filters of a request: only allowed values, never raw input."""

    query: str = ""
    values: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "name"

    def without(self, name):
        values = {key: value for key, value in self.values.items() if key != name}
        return Filters(self.query, values, self.sort)

    @property
    def active(self):
        return bool(self.query) or any(self.values.values())


def taxonomy_names(request) -> dict[str, dict[int, str]]:
    """The names of all taxonomy entries in the active language, looked up once per request
    (one query)."""
    if not hasattr(request, "_testbed_taxonomy_names"):
        request._testbed_taxonomy_names = localized_taxonomy_names(request_locale(request))
    return request._testbed_taxonomy_names


def read_filters(params: QueryDict, names) -> Filters:
    text = "".join(char for char in params.get("q", "") if char.isprintable())
    query = " ".join(text.split())[:MAX_QUERY_LENGTH]
    values = {}
    for name, (_label, _field, choices) in CHOICE_FACETS.items():
        values[name] = allowed_values(params, name, choices.values)
    values["sector"] = allowed_values(params, "sector", names["sectors"])
    values["target_group"] = allowed_values(params, "target_group", names["target_groups"])
    values["open"] = allowed_values(params, "open", ["1"])
    sort = allowed_value(params, "sort", SORTS, default="name")
    return Filters(query, values, sort)


def link_table(model, relation):
    """The table of a many-to-many relation and its two id columns (page, taxonomy entry)."""
    field = model._meta.get_field(relation)
    return (
        field.remote_field.through,
        f"{field.m2m_field_name()}_id",
        f"{field.m2m_reverse_field_name()}_id",
    )


def apply_filters(queryset, filters: Filters):
    for word in filters.query.split():
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(intro__icontains=word)
            | Q(facilities__icontains=word)
            | Q(address__icontains=word)
            | Q(host_organisation__name__icontains=word)
        )
    for name, (_label, field_name, _choices) in CHOICE_FACETS.items():
        if filters.values.get(name):
            queryset = queryset.filter(**{f"{field_name}__in": filters.values[name]})
    for name, (_label, relation, _model) in RELATION_FACETS.items():
        if filters.values.get(name):
            through, page_column, column = link_table(queryset.model, relation)
            linked = through.objects.filter(**{f"{column}__in": filters.values[name]})
            queryset = queryset.filter(pk__in=linked.values(page_column))
    if filters.values.get("open"):
        queryset = queryset.filter(open_to_external=True)
    return queryset


def base_testbeds(index_page):
    from .models import TestbedPage

    return public_pages(TestbedPage.objects.child_of(index_page).live())


def filtered_testbeds(
    index_page, filters: Filters, base=None, prefetch=("sectors", "target_groups")
):
    """The live, public entries of the catalogue that match `filters`, sorted, with the
    relations named in `prefetch`."""
    queryset = apply_filters(base if base is not None else base_testbeds(index_page), filters)
    if filters.sort == "reviewed":
        order = [F("last_reviewed").desc(nulls_last=True), "title"]
    else:
        order = ["title"]
    return (
        queryset.select_related("host_organisation", "locale")
        .prefetch_related(*prefetch)
        .defer_streamfields()
        .order_by(*order)
    )


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]


def option_q(name: str, value: str) -> Q:
    """The entries that have `value` in facet `name`."""
    from .models import TestbedPage

    if name in CHOICE_FACETS:
        return Q(**{CHOICE_FACETS[name][1]: value})
    if name in RELATION_FACETS:
        through, page_column, column = link_table(TestbedPage, RELATION_FACETS[name][1])
        return Q(pk__in=through.objects.filter(**{column: value}).values(page_column))
    return Q(open_to_external=True)


def facet_options(names) -> dict[str, list[tuple[str, str]]]:
    """(value, label) of every option of every facet, in display order."""
    options = {name: choices.choices for name, (_l, _f, choices) in CHOICE_FACETS.items()}
    for name, (_label, relation, _model) in RELATION_FACETS.items():
        options[name] = [(str(pk), text) for pk, text in names[relation].items()]
    options["open"] = [("1", _("Open to external users"))]
    return options


def facet_counts(base, filters: Filters, options) -> tuple[dict[str, dict[str, int]], int]:
    """How many entries each option of each facet would have, given the other facets' filters
    and the text query, and the number of entries that match all filters.

    Counted with conditional aggregates: the facets without a checked option and the total share
    one query (their "other filters" are all the filters); each facet with a checked option needs
    one query without its own filter. The number of queries does not grow with the entries."""
    groups = {None: [name for name in FACET_NAMES if not filters.values.get(name)]}
    for name in FACET_NAMES:
        if filters.values.get(name):
            groups[name] = [name]
    counts, total = {}, 0
    for left_out, names in groups.items():
        queryset = apply_filters(base, filters.without(left_out) if left_out else filters)
        aggregates, keys = {}, {}
        for name in names:
            for value, _label in options[name]:
                alias = f"option_{len(aggregates)}"
                aggregates[alias] = Count("pk", filter=option_q(name, str(value)))
                keys[alias] = (name, str(value))
        if left_out is None:
            aggregates["total"] = Count("pk")
        result = queryset.order_by().aggregate(**aggregates)
        total = result.pop("total", total)
        for alias, number in result.items():
            name, value = keys[alias]
            counts.setdefault(name, {})[value] = number
    return counts, total


FACET_LABELS = {
    **{name: label for name, (label, _field, _choices) in CHOICE_FACETS.items()},
    **{name: label for name, (label, _relation, _model) in RELATION_FACETS.items()},
    "open": _("Availability"),
}


def facets(options, counts, filters: Filters) -> list[Facet]:
    result = []
    for name in FACET_NAMES:
        checked = set(filters.values.get(name, []))
        result.append(
            Facet(
                name,
                FACET_LABELS[name],
                [
                    Option(
                        str(value),
                        text,
                        counts.get(name, {}).get(str(value), 0),
                        str(value) in checked,
                    )
                    for value, text in options[name]
                ],
            )
        )
    return result


def removal_links(params: QueryDict, filters: Filters, facet_list) -> list[tuple[str, str]]:
    """For the empty state: (label, query string) pairs that each remove one active filter."""
    links = []
    if filters.query:
        links.append((f"“{filters.query}”", query_without(params, "q", "page")))
    for facet in facet_list:
        for option in facet.options:
            if option.checked:
                kept = params.copy()
                kept.pop("page", None)
                kept.setlist(facet.name, [v for v in kept.getlist(facet.name) if v != option.value])
                links.append((f"{facet.label}: {option.label}", kept.urlencode()))
    return links


def catalogue_context(index_page, request) -> dict:
    names = taxonomy_names(request)
    filters = read_filters(request.GET, names)
    base = base_testbeds(index_page)
    options = facet_options(names)
    counts, total = facet_counts(base, filters, options)
    items = filtered_testbeds(index_page, filters, base, prefetch=["sectors"])
    page_obj = paginate(request, items, index_page.per_page, count=total)
    page_obj.object_list = list(page_obj.object_list)
    for entry in page_obj.object_list:
        entry.sector_names = [names["sectors"].get(s.pk, s.name) for s in entry.sectors.all()]
    facet_list = facets(options, counts, filters)
    data_query = query_without(request.GET, "page")
    page_url = index_page.get_url(request)
    return {
        "filters": filters,
        "facets": facet_list,
        "sorts": SORTS,
        "page_obj": page_obj,
        "entries": page_obj.object_list,
        "result_count": total,
        "query": query_without(request.GET, "page"),
        "data_query": data_query,
        "csv_url": page_url + index_page.reverse_subpage("csv"),
        "json_url": page_url + index_page.reverse_subpage("json"),
        "removal_links": removal_links(request.GET, filters, facet_list) if not total else [],
    }
