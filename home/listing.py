"""Helpers for listing pages: query parameters checked against allowed values, and pagination
that never fails on a bad page number. GET parameters never reach the ORM unchecked."""

from django.core.paginator import Paginator


def allowed_values(params, name: str, allowed) -> list[str]:
    """The values of parameter `name` that are in `allowed`, without repeats, in order given.
    Anything else (unknown, empty, repeated) is dropped."""
    allowed = {str(value) for value in allowed}
    seen = []
    for value in params.getlist(name):
        if value in allowed and value not in seen:
            seen.append(value)
    return seen


def allowed_value(params, name: str, allowed, default=None):
    """The first value of `name` that is allowed, or `default`."""
    values = allowed_values(params, name, allowed)
    return values[0] if values else default


def paginate(request, items, per_page: int, count=None):
    """A page of `items`; ?page=x, 0, -1 or 9999 give the first or the last page, never an error.
    `count`: the number of items when the caller has counted them already (saves a query)."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))


def query_without(params, *names) -> str:
    """The query string without the given parameters, e.g. for pagination links."""
    kept = params.copy()
    for name in names:
        kept.pop(name, None)
    return kept.urlencode()


def public_pages(queryset):
    """`queryset.public()` without its extra query: Wagtail's public() first reads every view
    restriction, then excludes their sections; here pages under a restricted page (its path is a
    prefix of theirs) are left out by a subquery of the same statement."""
    from django.db.models import Exists, OuterRef
    from django.db.models.functions import Length, Substr
    from wagtail.models import PageViewRestriction

    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.exclude(Exists(restricted))
