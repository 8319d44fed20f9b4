from dataclasses import dataclass

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from home.i18n import request_locale
from home.listing import allowed_values, paginate, query_without

from .models import record_search
from .privacy import contains_personal_data
from .query import (
    IDEA_TYPE,
    clean_query,
    excerpt,
    find_idea_hits,
    find_page_hits,
    highlight_pattern,
    load_results,
    page_text,
    pages_in,
    query_terms,
    type_counts,
    type_label,
)

PER_PAGE = 10
# How much of the typed query is checked for personal data before the search is logged.
TYPED_QUERY_CHECKED = 2000
MAX_SUGGESTIONS = 8


@dataclass
class TypeOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Result:
    item: object  # the specific page or the idea
    title: str
    url: str
    type_label: str
    summary: str
    matched_text: str


def _private(response):
    """Search pages depend on the query and are never kept by shared caches."""
    patch_cache_control(response, private=True, no_cache=True)
    return response


def _promotions(query: str, locale) -> list[dict]:
    """What editors pinned for this query: pages in the active language (the pinned page or its
    translation) and external links."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    keys = [pick.page.translation_key for pick in picks if pick.page]
    pages = {}
    if keys:
        pages = {
            page.translation_key: page for page in pages_in(locale).filter(translation_key__in=keys)
        }
    promotions = []
    for pick in picks:
        if pick.page is None:
            promotions.append(
                {
                    "title": pick.external_link_text,
                    "url": pick.external_link_url,
                    "page_id": None,
                    "description": pick.description,
                }
            )
        elif pick.page.translation_key in pages:
            page = pages[pick.page.translation_key]
            promotions.append(
                {
                    "title": page.title,
                    "url": page.url,
                    "page_id": page.pk,
                    "description": pick.description,
                }
            )
    return promotions


def _result(request, item, labels, pattern) -> Result:
    if item._meta.label_lower == IDEA_TYPE:
        summary, text = item.shown_summary, item.shown_answer
        title, url, key = item.shown_title, item.board_url, IDEA_TYPE
    else:
        summary, text = getattr(item, "summary", "") or item.search_description, page_text(item)
        title, url = item.title, item.get_url(request)
        key = item._meta.label_lower
    return Result(
        item=item,
        title=title,
        url=url,
        type_label=labels.get(key) or type_label(key),
        summary=excerpt(summary, pattern, len(summary) + 1) or summary,
        matched_text=excerpt(text, pattern),
    )


@require_safe
def search(request):
    locale = request_locale(request)
    query = clean_query(request.GET.get("q", ""))
    terms = query_terms(query)

    promotions = _promotions(query, locale) if terms else []
    promoted = {promotion["page_id"] for promotion in promotions}
    hits = [hit for hit in find_page_hits(terms, locale) if hit.pk not in promoted]
    hits += find_idea_hits(terms, locale.language_code)

    counts = type_counts(hits)
    labels = {key: type_label(key) for key in counts}
    selected = allowed_values(request.GET, "type", counts)
    types = sorted(
        (TypeOption(key, labels[key], count, key in selected) for key, count in counts.items()),
        key=lambda option: option.label,
    )
    shown = [hit for hit in hits if hit.type_key in selected] if selected else hits

    page_obj = paginate(request, shown, PER_PAGE)
    pattern = highlight_pattern(terms)
    results = [
        _result(request, item, labels, pattern)
        for item in load_results(page_obj.object_list, locale)
    ]

    # Log each new search once: not again when the reader pages through it or filters it.
    # record_search leaves out queries with personal data; the whole typed text is checked too,
    # since the cleaned query may have been cut short in the middle of a number.
    typed = clean_query(request.GET.get("q", ""), max_length=TYPED_QUERY_CHECKED)
    if terms and "page" not in request.GET and not selected and not contains_personal_data(typed):
        record_search(query, len(hits) + len(promotions))

    context = {
        "query": query,
        "searched": bool(terms),
        "promotions": promotions,
        "types": types,
        "selected_types": selected,
        "page_obj": page_obj,
        "results": results,
        "hit_count": len(shown),
        "pagination_query": query_without(request.GET, "page"),
    }
    return _private(render(request, "search/search.html", context))


@require_safe
def suggestions(request):
    """Titles of pages with words starting with what was typed, for the search boxes."""
    terms = query_terms(clean_query(request.GET.get("q", "")))
    titles = []
    if len(terms) >= 2:
        pages = pages_in(request_locale(request)).only("id", "title")
        titles = [page.title for page in pages.autocomplete(terms)[:MAX_SUGGESTIONS]]
    return _private(JsonResponse({"suggestions": titles}))
