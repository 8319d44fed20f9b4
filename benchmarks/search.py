"""Search benchmark: index many content pages per language and time typical queries.

Run it on a throwaway PostgreSQL database (it migrates, creates the pages, times, and deletes
the pages again):

    scripts/with-postgres.sh .venv/bin/python benchmarks/search.py             # 1,000 pages
    scripts/with-postgres.sh .venv/bin/python benchmarks/search.py --pages 10000

`--pages` is the number of pages PER LANGUAGE. The pages are written in bulk with the page
tree's columns (benchmarks/dataset.py; creating them one by one with add_child takes about
0.1 s each) and then indexed in batches through the project's backend (search.backend), as
`rebuild_search_index` does; indexing is the slow part (about a minute per 1,000 pages on a
small machine). It prints the median and the 95th percentile of each query (the search and the
loading of the first page of results, as the search view does), in milliseconds.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from benchmarks.dataset import bulk_children, ensure_database, sentence  # noqa: E402
from home.models import ContentPage  # noqa: E402
from search.query import find_page_hits, load_results, query_terms  # noqa: E402

SWEDISH_TEXT = (
    "äldreomsorg äldreomsorgen hemtjänst testbädd testbäddar idé idéer invånare medarbetare "
    "kommun kommunen jämställdhet tillgänglighet funktionshinderomsorg välfärdsteknik sensor "
    "cykelbana trygghet boende anhöriga utbildning kurs verktyg metod bedömning konceptutveckling "
    "införande uppföljning politiker chefer skola fritid kultur miljö digital tjänst behov"
)
ENGLISH_TEXT = (
    "elderly care home care testbed testbeds idea ideas resident residents staff municipality "
    "gender equality accessibility disability support welfare technology sensor cycle path "
    "safety housing relatives training course tool method assessment concept development "
    "implementation follow-up politicians managers school leisure culture environment digital"
)
SWEDISH_WORDS = SWEDISH_TEXT.split()
ENGLISH_WORDS = ENGLISH_TEXT.split()
QUERIES = {
    "sv": ["äldreomsorgen", "testbäddar", "jämställdhet", "cykel", "tillgänglighet i skolan"],
    "en": ["elderly care", "testbeds", "gender equality", "cycle", "accessibility at school"],
}
REPEATS = 30
BATCH = 500


def build(pages_per_language):
    call_command("migrate", verbosity=0)
    no_auto_update = {
        name: {**options, "AUTO_UPDATE": False}
        for name, options in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=no_auto_update):
        parents = create_pages(pages_per_language)
    started = time.perf_counter()
    backend = get_search_backend()
    for parent in parents.values():
        children = ContentPage.objects.child_of(parent).order_by("pk")
        for start in range(0, pages_per_language, BATCH):
            backend.add_bulk(ContentPage, list(children[start : start + BATCH]))
    print(f"Indexed {2 * pages_per_language} pages in {time.perf_counter() - started:.0f} s")
    return parents


def create_pages(pages_per_language):
    """A parent page per language with `pages_per_language` content pages below it, written in
    bulk with the page tree's columns (benchmarks/dataset.py), as add_child would write them."""
    rng = random.Random(2016)
    root = Page.get_first_root_node()
    parents = {}
    for code, words in (("sv", SWEDISH_WORDS), ("en", ENGLISH_WORDS)):
        locale, _created = Locale.objects.get_or_create(language_code=code)
        parent = ContentPage(title=f"Benchmark {code}", slug=f"benchmark-{code}", locale=locale)
        root.add_child(instance=parent)
        parents[code] = parent
        started = time.perf_counter()
        rows = (
            {
                "page": {"title": sentence(rng, words, 4), "slug": f"page-{number}"},
                "specific": {
                    "intro": " ".join(sentence(rng, words, 12) for _ in range(3)),
                    "listing_summary": sentence(rng, words, 10),
                },
            }
            for number in range(pages_per_language)
        )
        with transaction.atomic():
            bulk_children(parent, ContentPage, rows)
        print(f"Created {pages_per_language} {code} pages in {time.perf_counter() - started:.0f} s")
    return parents


def time_queries():
    print(f"\n{'language':<9}{'query':<28}{'hits':>6}{'median ms':>11}{'p95 ms':>9}")
    for code, queries in QUERIES.items():
        locale = Locale.objects.get(language_code=code)
        with translation.override(code):
            for query in queries:
                terms = query_terms(query)
                durations = []
                for _ in range(REPEATS):
                    started = time.perf_counter()
                    hits = find_page_hits(terms, locale)
                    load_results(hits[:10], locale)
                    durations.append((time.perf_counter() - started) * 1000)
                durations.sort()
                p95 = durations[max(0, round(0.95 * len(durations)) - 1)]
                median = statistics.median(durations)
                print(f"{code:<9}{query:<28}{len(hits):>6}{median:>11.1f}{p95:>9.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages per language")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        print("Warning: not PostgreSQL; the numbers are for SQLite FTS5.", file=sys.stderr)
    ensure_database()
    parents = build(args.pages)
    try:
        time_queries()
    finally:
        for parent in parents.values():
            Page.objects.get(pk=parent.pk).delete()


if __name__ == "__main__":
    main()
