"""Retention of the search log (run daily by `purge_personal_data`, listed in
PERSONAL_DATA_PURGES): the daily counts behind "Mest sökta" and "Sökningar utan träffar" are
deleted after SEARCH_LOG_RETENTION_DAYS, then every query without counts, unless editors pinned
results for it (a search promotion). Queries with personal data (search.privacy), such as those
logged before the check existed, are deleted at once with their counts."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import NoResultsDailyHits
from search.privacy import contains_personal_data


def purge(now=None) -> dict[str, int]:
    now = now or timezone.now()
    cutoff = timezone.localdate(now) - timedelta(days=settings.SEARCH_LOG_RETENTION_DAYS)
    personal = [
        query.pk
        for query in Query.objects.only("pk", "query_string").iterator()
        if contains_personal_data(query.query_string)
    ]
    QueryDailyHits.objects.filter(query__in=personal).delete()
    NoResultsDailyHits.objects.filter(query__in=personal).delete()
    days, _by_model = QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    no_results, _by_model = NoResultsDailyHits.objects.filter(date__lt=cutoff).delete()
    unused = Query.objects.filter(
        daily_hits__isnull=True, no_results_daily_hits__isnull=True, editors_picks__isnull=True
    )
    queries, _by_model = unused.delete()
    return {
        "search log days deleted": days + no_results,
        "search queries deleted": queries,
    }
