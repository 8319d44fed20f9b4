"""The benchmark's data: the demo content (every page type in both languages) plus a large
site: 5,000 testbeds, 2,000 ideas and 1,000 content pages per language.

Creating pages one at a time with Wagtail's `add_child` costs about 0.1 s each (treebeard
locks and renumbers the tree, and every save writes a revision and indexes the page), so
7,000 pages would take more than ten minutes. Here the page rows are written in bulk with
the tree columns that treebeard would have written (`path` = the parent's path plus one
4-character step per child, `depth` = parent + 1, `numchild` = 0, and the parent's `numchild`
set once), the page types' own rows are inserted one plain INSERT each, and the search index
is filled in batches through the project's backend, as `rebuild_search_index` does (the
content pages only: indexing the 5,000 bulk testbeds would add minutes). English
content pages share their Swedish page's `translation_key`, as wagtail-localize translations do,
so the language switcher finds them.
"""

import datetime
import json
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import ContentPage, HomePage
from ideas.choices import Area, Municipality
from ideas.models import Idea, IdeaEvent
from ideas.stages import Stage
from testbeds.bulk import create_testbeds
from testbeds.models import TestbedIndexPage, TestbedPage
from testbeds.snippets import Sector, TargetGroup

TESTBEDS = 5000
IDEAS = 2000
CONTENT_PAGES = 1000  # per language
INDEX_BATCH = 500

SWEDISH_WORDS = (  # noqa: SIM905
    "äldreomsorg hemtjänst testbädd idé invånare medarbetare kommun jämställdhet tillgänglighet "
    "funktionshinderomsorg välfärdsteknik sensor cykelbana trygghet boende anhöriga utbildning "
    "kurs verktyg metod bedömning konceptutveckling införande uppföljning politiker chefer skola "
    "fritid kultur miljö digital tjänst behov"
).split()
ENGLISH_WORDS = (  # noqa: SIM905
    "elderly care home testbed idea resident staff municipality equality accessibility "
    "disability welfare technology sensor cycle path safety housing relatives training course "
    "tool method assessment concept development implementation politicians managers school "
    "leisure culture environment digital service need"
).split()


def ensure_database():
    """with-postgres.sh starts an empty server: create the database DATABASE_URL names."""
    import psycopg
    from django.db import connection
    from psycopg import sql

    if connection.vendor != "postgresql":
        return
    db = connection.settings_dict
    params = {"host": db["HOST"], "port": db["PORT"], "user": db["USER"], "dbname": "postgres"}
    if db["PASSWORD"]:
        params["password"] = db["PASSWORD"]
    with psycopg.connect(**params, autocommit=True) as server:
        found = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]])
        if found.fetchone() is None:
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))


def sentence(rng, words, length):
    return " ".join(rng.choice(words) for _ in range(length)).capitalize() + "."


def paragraph(rng, words, sentences):
    return " ".join(sentence(rng, words, rng.randint(6, 14)) for _ in range(sentences))


def build(log=print):
    """Migrate, load the demo content, then add the large data set. Returns what it made."""
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    log(f"  migrated in {time.perf_counter() - started:.0f} s")
    step = time.perf_counter()
    call_command("load_demo_content", force=True, stdout=_Quiet())
    log(f"  demo content loaded in {time.perf_counter() - step:.0f} s")

    step = time.perf_counter()
    catalogue = TestbedIndexPage.objects.get(locale__language_code="sv")
    sectors = list(Sector.objects.filter(locale=catalogue.locale).order_by("pk"))
    groups = list(TargetGroup.objects.filter(locale=catalogue.locale).order_by("pk"))
    missing = TESTBEDS - TestbedPage.objects.child_of(catalogue).count()
    if missing > 0:
        create_testbeds(catalogue, missing, sectors=sectors, target_groups=groups)
    log(f"  {TESTBEDS} testbeds in {time.perf_counter() - step:.0f} s")

    step = time.perf_counter()
    create_ideas(IDEAS)
    log(f"  {IDEAS} ideas in {time.perf_counter() - step:.0f} s")

    step = time.perf_counter()
    parents = create_content_pages(CONTENT_PAGES)
    log(f"  {CONTENT_PAGES} content pages per language in {time.perf_counter() - step:.0f} s")

    step = time.perf_counter()
    for parent in parents.values():
        index_pages(ContentPage, ContentPage.objects.child_of(parent))
    log(f"  {2 * CONTENT_PAGES} content pages indexed in {time.perf_counter() - step:.0f} s")
    log(f"Data set built in {time.perf_counter() - started:.0f} s")
    return {"catalogue": catalogue, "sectors": sectors}


def existing():
    """What `build` returns, read from a database it built earlier."""
    catalogue = TestbedIndexPage.objects.get(locale__language_code="sv")
    sectors = list(Sector.objects.filter(locale=catalogue.locale).order_by("pk"))
    return {"catalogue": catalogue, "sectors": sectors}


class _Quiet:
    """Swallows the demo loader's output (it lists the demo accounts)."""

    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass


@transaction.atomic
def create_ideas(count):
    """`count` ideas in every area, municipality and stage; three of four on the board. Their
    references (IDE-2024-10000 onwards: five digits) never meet the demo ideas' four-digit ones."""
    rng = random.Random(2026)
    areas, municipalities, stages = Area.values, Municipality.values, Stage.values
    now = timezone.now()
    ideas = []
    for number in range(count):
        title = sentence(rng, SWEDISH_WORDS, 5)[:100]
        public = number % 4 != 0
        ideas.append(
            Idea(
                reference=f"IDE-2024-{10000 + number}",
                title=title,
                description=paragraph(rng, SWEDISH_WORDS, 4),
                need=paragraph(rng, SWEDISH_WORDS, 2),
                area=areas[number % len(areas)],
                municipality=municipalities[number % len(municipalities)],
                stage=stages[number % len(stages)],
                is_public=public,
                public_title=title if public else "",
                public_summary=paragraph(rng, SWEDISH_WORDS, 2) if public else "",
                created_at=now - datetime.timedelta(hours=number),
            )
        )
    ideas = Idea.objects.bulk_create(ideas)
    if ideas and ideas[0].pk is None:
        ideas = list(Idea.objects.filter(reference__in=[idea.reference for idea in ideas]))
    IdeaEvent.objects.bulk_create(
        IdeaEvent(idea=idea, kind=IdeaEvent.Kind.RECEIVED, created_at=idea.created_at)
        for idea in ideas
    )


@transaction.atomic
def create_content_pages(count):
    """A section page under each language's home page with `count` content pages below it."""
    sv_home = HomePage.objects.get(depth=2, locale__language_code="sv")
    en_home = HomePage.objects.get(depth=2, locale__language_code="en")
    key = uuid.uuid4()
    parents = {
        "sv": add_section(sv_home, "Mätsidor", "matsidor", key),
        "en": add_section(en_home, "Benchmark pages", "benchmark-pages", key),
    }
    keys = [uuid.uuid4() for _ in range(count)]
    for code, words in (("sv", SWEDISH_WORDS), ("en", ENGLISH_WORDS)):
        rng = random.Random(f"content-{code}")
        bulk_children(parents[code], ContentPage, content_rows(rng, words, count, keys))
    return parents


def add_section(home, title, slug, translation_key):
    existing = ContentPage.objects.child_of(home).filter(slug=slug).first()
    if existing:
        return existing
    page = ContentPage(
        title=title, slug=slug, locale_id=home.locale_id, translation_key=translation_key
    )
    home.add_child(instance=page)
    return page


def content_rows(rng, words, count, keys):
    for number in range(count):
        body = [
            {"type": "heading", "value": {"text": sentence(rng, words, 4), "level": "h2"}},
            {"type": "text", "value": f"<p>{paragraph(rng, words, 5)}</p>"},
            {"type": "text", "value": f"<p>{paragraph(rng, words, 5)}</p>"},
        ]
        yield {
            "page": {
                "title": sentence(rng, words, 4)[:-1],
                "slug": f"sida-{number + 1}",
                "translation_key": keys[number],
            },
            "specific": {
                "intro": paragraph(rng, words, 2),
                "listing_summary": sentence(rng, words, 12),
                "body": json.dumps(body),
            },
        }


def bulk_children(parent, model, rows):
    """Append live children of type `model` to `parent` with treebeard's path, depth and
    numchild, without the per-child tree bookkeeping of `add_child`."""
    children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    last = children.order_by("-path").first()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    pages, specifics = [], []
    for row in rows:
        step += 1
        fields = row["page"]
        pages.append(
            Page(
                **fields,
                draft_title=fields["title"],
                path=Page._get_path(parent.path, parent.depth + 1, step),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{fields['slug']}/",
                content_type=content_type,
                locale_id=parent.locale_id,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
        specifics.append(row["specific"])
    pages = Page.objects.bulk_create(pages)
    if pages and pages[0].pk is None:  # databases that do not return ids from bulk inserts
        pages = list(Page.objects.filter(path__in=[p.path for p in pages]).order_by("path"))
    for page, fields in zip(pages, specifics, strict=True):
        # raw=True writes only the page type's own table: the Page row exists already.
        model(page_ptr_id=page.pk, **fields).save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=children.count())


def index_pages(model, queryset):
    backend = get_search_backend()
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), INDEX_BATCH):
        batch = model.objects.filter(pk__in=ids[start : start + INDEX_BATCH]).order_by("pk")
        backend.add_bulk(model, list(batch))
