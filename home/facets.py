"""One faceted listing for every listing page (toolkit, courses, testbed catalogue, idea board,
and the ones to come).

A listing declares its facets: a `Facet` has a query parameter name, a label and its options,
each mapped to a query condition (a Q object); within a facet the checked options are
alternatives (or), the facets narrow each other down (and). `read_filters` keeps only allowed
values of the query string (unknown, repeated or malformed values are dropped: a bad link gives
a normal page, never an error). `count_options` counts, in ONE conditional-aggregate query,
how many items each option of each facet would give together with the other facets' checked
options, and how many items match all of them. `FacetedListingMixin` puts it together for a
page: `get_items(filters)` and `listing_context(request)`; `components/facet.html` renders one
facet as a fieldset of checkboxes (or radio buttons) with their counts.

Conditions must not multiply rows: a condition on a many-to-many relation is a subquery
(`pk__in=...`, see `relation_option`), never a join, so that each item is counted once.

A listing whose items' facet values change only with its own path version (a testbed or an idea
published again renews its listing's path; a new, moved or removed one bumps the content
generation: home/cache.py) sets `counts_from_index`: each process then keeps a `FacetIndex` of
its items (for each option, the set of items that have it, as a bit set) for the current
generation and path version, and counts from it without a query. The results themselves are
always read from the database.
"""

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Cast

from .cache import remembering, request_versions
from .listing import allowed_values, paginate, query_without


@dataclass(frozen=True)
class FacetOption:
    """One option of a facet: its value in the query string, its label, and the items it
    selects."""

    value: str
    label: str
    condition: Q


@dataclass(frozen=True)
class Facet:
    """A group of options read from the query parameter `name`. `multiple`: checkboxes (any
    number of options, alternatives); otherwise radio buttons (at most one option)."""

    name: str
    label: str
    options: tuple[FacetOption, ...]
    multiple: bool = True
    # The field (or expression) whose value, as text, is the value of the option an item has:
    # the facet is then counted by grouping on it (see count_options). A many-to-many relation
    # is grouped through its link table, one row per link.
    group_by: object = None

    def __post_init__(self):
        object.__setattr__(self, "options", tuple(self.options))

    @property
    def allowed_values(self) -> list[str]:
        return [option.value for option in self.options]

    def read(self, params) -> list[str]:
        """The allowed values of this facet in `params` (a QueryDict), in the order given."""
        values = allowed_values(params, self.name, self.allowed_values)
        return values if self.multiple else values[:1]

    def condition(self, values) -> Q:
        """The items that have any of `values` (no condition when `values` is empty)."""
        condition = Q()
        for option in self.options:
            if option.value in values:
                condition |= option.condition
        return condition


def field_option(field_name: str, value, label) -> FacetOption:
    """An option that selects the items whose `field_name` equals `value`."""
    return FacetOption(str(value), label, Q(**{field_name: value}))


def choices_facet(name: str, label, field_name: str, choices, multiple=True) -> Facet:
    """A facet over a field with choices (`choices`: (value, label) pairs, e.g. a TextChoices'
    `.choices`)."""
    return Facet(
        name,
        label,
        tuple(field_option(field_name, value, text) for value, text in choices),
        multiple,
        group_by=field_name,
    )


def relation_option(model, relation: str, pk, label) -> FacetOption:
    """An option that selects the items of `model` linked to `pk` through the many-to-many
    field `relation`: a subquery of the link table, so that an item linked to several chosen
    entries is counted and listed once."""
    relation_field = model._meta.get_field(relation)
    links = relation_field.remote_field.through.objects.filter(
        **{f"{relation_field.m2m_reverse_field_name()}_id": pk}
    ).values(f"{relation_field.m2m_field_name()}_id")
    return FacetOption(str(pk), label, Q(pk__in=links))


@dataclass
class Filters:
    """The checked options of a request, allowed values only. Listings with filters that are
    not facets (a text query, a number, a sort order) subclass it and add fields."""

    facets: list[Facet]
    selected: dict[str, list[str]] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return any(self.selected.values())

    def values(self, name: str) -> list[str]:
        return self.selected.get(name, [])

    def condition(self, without: str | None = None) -> Q:
        """The items that match every facet's checked options, leaving out the facet named
        `without`."""
        condition = Q()
        for facet in self.facets:
            if facet.name != without and self.values(facet.name):
                condition &= facet.condition(self.values(facet.name))
        return condition


def read_filters(facets, params, filters_class=Filters, **other) -> Filters:
    """The allowed values of each facet in `params`; `other` fills the fields a subclass adds."""
    return filters_class(
        facets=list(facets), selected={facet.name: facet.read(params) for facet in facets}, **other
    )


@dataclass
class CountedOption:
    """An option as shown: its label, whether it is checked, and how many items it gives."""

    value: str
    label: str
    count: int
    checked: bool
    count_text: str = ""


@dataclass
class CountedFacet:
    """A facet as shown in the filter form (components/facet.html)."""

    name: str
    label: str
    multiple: bool
    options: list[CountedOption]

    @property
    def checked(self) -> list[CountedOption]:
        return [option for option in self.options if option.checked]


def _counted(condition: Q) -> Count:
    return Count("pk", filter=condition) if condition else Count("pk")


def _aggregated_counts(queryset, filters: Filters) -> dict:
    """{(facet number, option value): count, "total": count} from conditional aggregates: each
    option's count filters every item on the other facets' choices and the option."""
    aggregates = {"total": _counted(filters.condition())}
    keys = {}
    for facet_number, facet in enumerate(filters.facets):
        others = filters.condition(without=facet.name)
        for option_number, option in enumerate(facet.options):
            alias = f"f{facet_number}_{option_number}"
            keys[alias] = (facet_number, option.value)
            aggregates[alias] = _counted(others & option.condition)
    counts = queryset.order_by().aggregate(**aggregates)
    return {keys.get(alias, alias): count for alias, count in counts.items()}


def _grouped_counts(queryset, filters: Filters) -> dict:
    """The same counts as `_aggregated_counts`, as one UNION ALL of grouped counts: per facet,
    the items that match the other facets' choices, grouped by the facet's field. Each item is
    read once per facet instead of once per option, and a many-to-many facet is counted over its
    link table."""
    queryset = queryset.order_by()

    def grouped(items, number, value):
        return (
            items.annotate(facet_number=Value(number), facet_value=value)
            .values("facet_number", "facet_value")
            .annotate(items=Count("pk"))
            .values_list("facet_number", "facet_value", "items")
        )

    total = grouped(queryset.filter(filters.condition()), -1, Value(""))
    branches = [
        grouped(
            queryset.filter(filters.condition(without=facet.name)),
            number,
            Cast(facet.group_by, CharField()),
        )
        for number, facet in enumerate(filters.facets)
    ]
    counts = {"total": 0}
    for number, value, items in total.union(*branches, all=True):
        counts["total" if number == -1 else (number, value)] = items
    return counts


@dataclass(frozen=True)
class FacetIndex:
    """Which items of a listing have each option, as bit sets (Python ints, one bit an item):
    `positions` gives each item's bit, `options[facet number][option value]` the items that
    have the option. Built in one query (`build_facet_index`); counting from it takes no query
    (`indexed_counts`)."""

    positions: dict
    options: tuple

    @property
    def everything(self) -> int:
        return (1 << len(self.positions)) - 1

    def items(self, pks) -> int:
        """The bit set of these items (items unknown to the index left out)."""
        return _bit_set(self.positions[pk] for pk in pks if pk in self.positions)


def _bit_set(positions) -> int:
    bits = bytearray()
    for position in positions:
        byte = position >> 3
        if byte >= len(bits):
            bits.extend(bytes(byte + 1 - len(bits)))
        bits[byte] |= 1 << (position & 7)
    return int.from_bytes(bits, "little")


def build_facet_index(queryset, facets) -> FacetIndex:
    """The index of every item of `queryset`: one UNION ALL query of (facet, item, value) rows,
    grouped on `Facet.group_by` where the facet has it (one row per item, or per link of a
    many-to-many facet), otherwise one branch per option (the items its condition selects)."""
    queryset = queryset.order_by()

    def rows(items, number, value):
        return items.annotate(facet_number=Value(number), facet_value=value).values_list(
            "facet_number", "pk", "facet_value"
        )

    branches = []
    for number, facet in enumerate(facets):
        if facet.group_by is not None:
            branches.append(rows(queryset, number, Cast(facet.group_by, CharField())))
        else:
            branches += [
                rows(queryset.filter(option.condition), number, Value(option.value))
                for option in facet.options
            ]
    positions = {}
    found = [{} for _facet in facets]
    for number, pk, value in rows(queryset, -1, Value("")).union(*branches, all=True):
        position = positions.setdefault(pk, len(positions))
        if number >= 0 and value is not None:
            found[number].setdefault(value, []).append(position)
    options = tuple({value: _bit_set(items) for value, items in values.items()} for values in found)
    return FacetIndex(positions, options)


def indexed_counts(index: FacetIndex, filters: Filters, items: int | None = None) -> dict:
    """The counts of `_grouped_counts` from the index, without a query; `items`: the bit set of
    the items the filters that are not facets leave (all items when None)."""
    items = index.everything if items is None else items
    checked = {}
    for number, facet in enumerate(filters.facets):
        values = filters.values(facet.name)
        if values:
            checked[number] = 0
            for value in values:
                checked[number] |= index.options[number].get(value, 0)

    def matching(without=None):
        found = items
        for number, chosen in checked.items():
            if number != without:
                found &= chosen
        return found

    counts = {"total": matching().bit_count()}
    for number in range(len(filters.facets)):
        others = matching(without=number)
        for value, having in index.options[number].items():
            counts[(number, value)] = (others & having).bit_count()
    return counts


# This process's indexes: (listing, facets) -> (generation and path version, built at, index).
# One per listing and language, replaced when either version moves on.
_indexes: dict = {}
_indexes_lock = threading.Lock()


def counted_facets(counts: dict, filters: Filters, count_text=None) -> list[CountedFacet]:
    """The facets as shown, with the counts of `_grouped_counts`, `_aggregated_counts` or
    `indexed_counts`."""
    counted = []
    for facet_number, facet in enumerate(filters.facets):
        checked = set(filters.values(facet.name))
        options = []
        for option in facet.options:
            count = counts.get((facet_number, option.value), 0)
            text = count_text % {"counter": count} if count_text is not None else str(count)
            options.append(
                CountedOption(option.value, option.label, count, option.value in checked, text)
            )
        counted.append(CountedFacet(facet.name, facet.label, facet.multiple, options))
    return counted


def count_options(queryset, filters: Filters, count_text=None) -> tuple[list[CountedFacet], int]:
    """Every option of every facet with the number of items of `queryset` it gives together
    with the other facets' checked options, and the number of items that match all checked
    options: one query, whatever the number of facets, options, checked options or items.
    When every facet says what to group on (`group_by`), the query groups (cheaper with many
    items and options); otherwise it counts each option with a conditional aggregate.

    `count_text`: a lazy plural string with a `counter` placeholder (ngettext_lazy(...,
    "counter")) for the count as words, e.g. "3 tools"."""
    if filters.facets and all(facet.group_by is not None for facet in filters.facets):
        counts = _grouped_counts(queryset, filters)
    else:
        counts = _aggregated_counts(queryset, filters)
    return counted_facets(counts, filters, count_text), counts["total"]


class FacetedListingMixin:
    """A listing page whose items are filtered by facets read from the query string.

    A page defines `get_facets(request)` (its facets, e.g. in the request's language) and
    `get_queryset()` (every item it may list, unfiltered). It may override `read_other_filters`
    with `filters_class` (filters that are not facets: they narrow the counts too, through
    `narrow`) and `order`. `listing_context(request)` gives the template `filters`, `facets`
    (CountedFacet list for components/facet.html), `page_obj`, `result_count` and `query` (the
    query string without the page, for pagination links), in two queries: the counts (none
    when they come from the listing's index: `counts_from_index`), and the page of items (plus
    the page's own prefetches).
    """

    per_page = 12
    filters_class = Filters
    count_text = None  # e.g. ngettext_lazy("%(counter)s tool", "%(counter)s tools", "counter")
    # Count from this process's FacetIndex (see the module's docstring): only for a listing
    # whose items are renewed with its path version or the content generation.
    counts_from_index = False

    def get_facets(self, request) -> list[Facet]:
        raise NotImplementedError

    def get_queryset(self):
        raise NotImplementedError

    def read_other_filters(self, params) -> dict:
        """The values of the fields a `filters_class` subclass adds, read from `params`."""
        return {}

    def narrow(self, queryset, filters):
        """`queryset` narrowed by the filters that are not facets (none by default)."""
        return queryset

    def order(self, queryset, filters):
        return queryset

    def page_items(self, items):
        """What a page of the listing reads of `items` (e.g. only the columns its cards show)."""
        return items

    def read_filters(self, request) -> Filters:
        return read_filters(
            self.get_facets(request),
            request.GET,
            self.filters_class,
            **self.read_other_filters(request.GET),
        )

    def get_items(self, filters: Filters):
        """The items that match `filters`, in order."""
        items = self.narrow(self.get_queryset(), filters).filter(filters.condition())
        return self.order(items, filters)

    def facet_index(self, request, facets) -> FacetIndex | None:
        """This process's index of the listing for the request's content generation and the
        listing's path version, built when missing or older than the page cache keeps a page
        (a change that sends no signal shows by then, as on cached pages); None when the page
        cache is off or unreachable, or the request is not for the listing's own path."""
        if not self.counts_from_index or not remembering(request):
            return None
        if urlsplit(self.get_url(request) or "").path != request.path:
            return None  # a sub-route: its path version is not the listing's
        versions = request_versions(request)
        key = (self.pk, tuple((facet.name, *facet.allowed_values) for facet in facets))
        now = time.monotonic()
        kept = _indexes.get(key)
        if kept is None or kept[0] != versions or now - kept[1] > settings.PAGE_CACHE_SECONDS:
            index = build_facet_index(self.get_queryset(), facets)
            with _indexes_lock:
                _indexes[key] = (versions, now, index)
            return index
        return kept[2]

    def count(self, request, filters: Filters) -> tuple[list[CountedFacet], int]:
        """The facets with their counts and the number of results: from the index when the
        listing has one (a query for the items the filters that are not facets leave, when
        any is set), otherwise in one query (`count_options`)."""
        queryset = self.get_queryset()
        narrowed = self.narrow(queryset, filters)
        index = self.facet_index(request, filters.facets)
        if index is None:
            return count_options(narrowed, filters, self.count_text)
        items = None
        if narrowed is not queryset:
            items = index.items(narrowed.order_by().values_list("pk", flat=True))
        counts = indexed_counts(index, filters, items)
        return counted_facets(counts, filters, self.count_text), counts["total"]

    def listing_context(self, request, filters: Filters | None = None) -> dict:
        if filters is None:
            filters = self.read_filters(request)
        facets, total = self.count(request, filters)
        items = self.page_items(self.get_items(filters))
        page_obj = paginate(request, items, self.per_page, count=total)
        return {
            "filters": filters,
            "facets": facets,
            "page_obj": page_obj,
            "result_count": total,
            "filtered": filters.active,
            "query": query_without(request.GET, "page"),
        }
