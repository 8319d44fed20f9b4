from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query

from .privacy import contains_personal_data


class NoResultsDailyHits(models.Model):
    """How often a query found nothing on a day. Wagtail's query log (Query, QueryDailyHits)
    counts every search; this counts the ones editors should look at."""

    query = models.ForeignKey(
        Query,
        verbose_name=_("search term"),
        on_delete=models.CASCADE,
        related_name="no_results_daily_hits",
    )
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="search_no_results_per_day")
        ]

    def __str__(self):
        return f"{self.query} ({self.date})"


def record_search(query_string: str, hit_count: int) -> Query | None:
    """Log a search in Wagtail's query log, and separately when it found nothing. A query that
    may identify a person (search.privacy) is not logged at all."""
    if contains_personal_data(query_string):
        return None
    query = Query.get(query_string)
    query.add_hit()
    if hit_count == 0:
        day, _created = NoResultsDailyHits.objects.get_or_create(
            query=query, date=timezone.localdate()
        )
        NoResultsDailyHits.objects.filter(pk=day.pk).update(hits=models.F("hits") + 1)
    return query
