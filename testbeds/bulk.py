"""Many catalogue entries at once, for the query-count tests and the benchmark: a national
inventory has thousands of testbeds, and creating them one page at a time takes minutes.

The page rows are written with bulk_create and the testbed rows with one plain insert each
(`save_base(raw=True)` saves only the model's own table), bypassing the page tree's per-child
bookkeeping; the parent's child count is set once at the end."""

import datetime
import itertools
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page

from .choices import EnvironmentType, Municipality, Status
from .models import TestbedPage

WORDS = ["lab", "lägenhet", "skola", "omsorg", "hemtjänst", "bibliotek", "verkstad", "sensor"]


@transaction.atomic
def create_testbeds(index, count: int, sectors=(), target_groups=(), prefix="BULK"):
    """Create `count` live entries under `index`, spread over every municipality, environment
    type, status, sector and target group, numbered after the existing children."""
    children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
    existing = children.count()
    last = children.order_by("-path").first()
    start = Page._str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(TestbedPage)
    municipalities = itertools.cycle(Municipality.values)
    environments = itertools.cycle(EnvironmentType.values)
    statuses = itertools.cycle(Status.values)
    today = datetime.date.today()
    pages = []
    for number in range(start + 1, start + count + 1):
        word = WORDS[number % len(WORDS)]
        slug = f"{prefix.lower()}-{number}"
        pages.append(
            Page(
                title=f"Testbädd {number} {word}",
                draft_title=f"Testbädd {number} {word}",
                slug=slug,
                path=index._get_path(index.path, index.depth + 1, number),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                live=True,
                first_published_at=datetime.datetime.now(datetime.UTC),
            )
        )
    pages = Page.objects.bulk_create(pages)
    if pages and pages[0].pk is None:  # databases that do not return ids from bulk inserts
        pages = list(Page.objects.filter(path__in=[p.path for p in pages]).order_by("path"))
    links_sector, links_group = [], []
    for offset, page in enumerate(pages):
        testbed = TestbedPage(
            page_ptr_id=page.pk,
            intro=f"En testmiljö för {WORDS[offset % len(WORDS)]} nummer {offset}.",
            external_id=f"{prefix}-{start + offset + 1:05d}",
            municipality=next(municipalities),
            environment_type=next(environments),
            status=next(statuses),
            open_to_external=offset % 2 == 0,
            latitude=Decimal("65.3"),
            longitude=Decimal("21.4"),
            last_reviewed=today - datetime.timedelta(days=offset % 800),
        )
        testbed.save_base(raw=True)
        if sectors:
            links_sector.append(
                TestbedPage.sectors.through(
                    testbedpage_id=page.pk, sector_id=sectors[offset % len(sectors)].pk
                )
            )
        if target_groups:
            links_group.append(
                TestbedPage.target_groups.through(
                    testbedpage_id=page.pk,
                    targetgroup_id=target_groups[offset % len(target_groups)].pk,
                )
            )
    TestbedPage.sectors.through.objects.bulk_create(links_sector)
    TestbedPage.target_groups.through.objects.bulk_create(links_group)
    Page.objects.filter(pk=index.pk).update(numchild=existing + count)
    index.numchild = existing + count
