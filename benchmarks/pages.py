"""The site under load: every kind of public page, served by gunicorn with the production
settings against PostgreSQL (and Redis, when installed), compared with a minimal Django view.

Run it through `make bench`, or on a throwaway PostgreSQL server:

    scripts/with-postgres.sh .venv/bin/python benchmarks/pages.py [--duration 10] [--repeat 30]

It builds the data set (benchmarks/dataset.py: demo content plus 5,000 testbeds, 2,000 ideas
and 1,000 content pages per language), collects the static files into a temporary folder,
starts Redis on a free port, starts gunicorn with `benchmarks.settings` (production settings
plus `/bench/baseline/`, a view that returns a constant) and then measures, for each page:

- queries: in this process, with Django's test client and the same settings and database, in
  three cases: "cold" (the cache's content generation moved on, as after publishing: the page
  and the fragments of the page chrome are built), "warm" (the page is built, the chrome
  fragments come from the cache: a page not in the page cache in normal running) and "hit"
  (served from the page cache);
- server time: `--repeat` requests one after the other over loopback for the cold and for the
  warm case (the warm requests add a parameter that the page cache does not accept, so the page
  is built each time), each timed from sending the request to the last byte of the answer:
  median and 95th percentile, and the warm median as a multiple of the baseline view's median;
- bytes: the HTML as sent and gzip-compressed;
- throughput: requests per second from `wrk` (fixed duration and connections, on the same
  machine) against the warm page cache, and as a fraction of the baseline view's throughput.

Then it weighs the home page (HTML plus the CSS and JavaScript it references, gzip) and lists
any resource it loads from another origin, and checks the issue's targets. A measurement, not
a test: the absolute numbers depend on the machine, the ratios much less.
"""

import argparse
import gzip
import http.client
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import load  # noqa: E402 (needs the path above; imports no Django model)

HOST = "127.0.0.1"
BASELINE = "/bench/baseline/"
HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https", "Accept-Language": "sv"}
MAX_QUERIES = 15
MIN_CACHED_RATIO = 0.5
MAX_TIME_RATIO = 5
MAX_HOME_WEIGHT = 60 * 1024
MAX_CATALOGUE_P95 = 60
MAX_SUBMISSION_P95 = 500
MIN_IDEAS_PER_SECOND = 30
MIN_HIT_RATIO = 0.98


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


# --- Processes ---------------------------------------------------------------------------------


def start_redis(workdir):
    binary = shutil.which("redis-server")
    if not binary:
        return None, None
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [binary, "--port", str(port), "--bind", HOST, "--save", "", "--appendonly", "no"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process, "redis-server")
    return process, f"redis://{HOST}:{port}/0"


def start_gunicorn(workers, workdir):
    port = free_port()
    log = Path(workdir) / "gunicorn.log"
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "config.wsgi:application",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        # As README "Deployment" recommends: about two workers per core, two threads each.
        "--threads",
        "2",
        "--timeout",
        "30",
        "--error-logfile",
        str(log),
        "--log-level",
        "warning",
    ]
    # The submitters come through a trusted proxy (each resident's own address in
    # X-Forwarded-For, so the rate limit counts each on their own) and send the form at once.
    env = {**os.environ, "TRUSTED_PROXIES": HOST, "FORM_MIN_FILL_SECONDS": "0"}
    process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    try:
        wait_for_port(port, process, "gunicorn")
        for _ in range(100):
            status, _headers, _body = fetch(port, BASELINE)
            if status == 200:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"gunicorn answers {status} on {BASELINE}")
    except Exception:
        stop(process)
        print(log.read_text()[-3000:], file=sys.stderr)
        raise
    return process, port


def wait_for_port(port, process, name):
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}")
        try:
            socket.create_connection((HOST, port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not start")


def stop(process):
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- HTTP --------------------------------------------------------------------------------------


def fetch(port, url):
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", url, headers=HEADERS)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def timed_fetch(port, url):
    started = time.perf_counter()
    status, headers, body = fetch(port, url)
    elapsed = (time.perf_counter() - started) * 1000
    if status != 200:
        raise RuntimeError(f"{url} answered {status}")
    return elapsed, headers, body


def wrk(port, url, duration, connections):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s"]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(  # noqa: S603
        [*command, f"http://{HOST}:{port}{url}"], capture_output=True, text=True, check=True
    ).stdout
    rate = errors = 0
    for line in output.splitlines():
        if line.startswith("Requests/sec:"):
            rate = float(line.split()[1])
        if "Non-2xx or 3xx responses" in line or line.strip().startswith("Socket errors"):
            errors += 1
    return rate, errors


# --- Pages -------------------------------------------------------------------------------------


def page_urls(data):
    """(name, URL) of each kind of page the issue names, Swedish versions."""
    from courses.models import CoursePage
    from home.models import ContentPage, HomePage
    from ideas.models import IdeaBoardPage
    from methodology.models import MethodPhasePage, ToolPage
    from testbeds.models import TestbedPage

    def first(model, **filters):
        pages = model.objects.live().filter(locale__language_code="sv").order_by("path")
        return (pages.filter(**filters).first() or pages.first()).url

    catalogue = data["catalogue"]
    sector = data["sectors"][1].pk
    return [
        ("home page", first(HomePage)),
        ("content page", first(ContentPage, slug="om-ideslussen")),
        ("method phase", first(MethodPhasePage)),
        ("tool", first(ToolPage)),
        ("course", first(CoursePage)),
        ("catalogue, 2 facets", f"{catalogue.url}?municipality=skelleftea&sector={sector}"),
        ("testbed", first(TestbedPage, is_example=True)),
        ("idea board", first(IdeaBoardPage)),
        ("search", "/sok/?q=" + quote("äldreomsorg hemtjänst")),
    ]


def empty_page_cache():
    """Forget every cached page, as publishing a page does: the cache's content generation
    moves on when the project has one, otherwise the whole cache is cleared."""
    try:
        from home import cache as page_cache
    except ImportError:
        page_cache = None
    bump = getattr(page_cache, "bump_generation", None) or getattr(
        page_cache, "new_generation", None
    )
    if bump:
        bump()
        return
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()


def with_parameter(url, number):
    """`url` with a parameter the page ignores and the page cache does not accept: the page is
    built, while the fragments of the page chrome may come from the cache."""
    return f"{url}{'&' if '?' in url else '?'}bench={number}"


def count_queries(url):
    """Queries of one request in this process, with the same settings and database: with the
    whole cache out of date ("cold": page and chrome fragments are built), with the page built
    but the chrome fragments cached ("warm"), and served from the page cache ("hit")."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(headers={"accept-language": "sv"})
    counts = []
    for case, address in (("cold", url), ("warm", with_parameter(url, 0)), ("hit", url)):
        if case == "cold":
            empty_page_cache()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address, secure=True)
        if response.status_code != 200:
            raise RuntimeError(f"{address} answered {response.status_code} in process")
        counts.append(len(queries))
    return counts


def measure(port, url, repeat, duration, connections):
    fetch(port, url)  # the first request of each worker compiles templates
    cold, warm, seen = [], [], set()
    for _number in range(repeat):
        empty_page_cache()
        elapsed, headers, body = timed_fetch(port, url)
        cold.append(elapsed)
        seen.add(headers.get("X-Cache", "-"))
    for number in range(repeat):
        elapsed, headers, _body = timed_fetch(port, with_parameter(url, number + 1))
        warm.append(elapsed)
        seen.add(headers.get("X-Cache", "-"))
    fetch(port, url)  # into the page cache
    hit = []
    for _number in range(repeat):
        elapsed, headers, body = timed_fetch(port, url)
        hit.append(elapsed)
    rate, errors = wrk(port, url, duration, connections)
    return {
        "hit": statistics.median(hit),
        "hit_p95": percentile(hit, 0.95),
        "cold": statistics.median(cold),
        "cold_p95": percentile(cold, 0.95),
        "median": statistics.median(warm),
        "p95": percentile(warm, 0.95),
        "miss_header": "/".join(sorted(seen)),
        "hit_header": headers.get("X-Cache", "-"),
        "bytes": len(body),
        "gzip": len(gzip.compress(body, 6)),
        "rate": rate,
        "errors": errors,
    }


class ResourceParser(HTMLParser):
    """The URLs an HTML page makes the browser load (not plain links)."""

    LOADED_LINKS = {"stylesheet", "preload", "modulepreload", "icon", "manifest", "prefetch"}

    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.others = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and set((attrs.get("rel") or "").split()) & self.LOADED_LINKS:
            target = self.styles if "stylesheet" in attrs["rel"] else self.others
            target.append(attrs.get("href") or "")
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag in {"img", "iframe", "source", "audio", "video", "embed", "track"}:
            for name in ("src", "srcset", "poster", "data"):
                if attrs.get(name):
                    self.others.extend(part.split()[0] for part in attrs[name].split(","))


def home_weight(port, url):
    _status, _headers, html = fetch(port, url)
    parser = ResourceParser()
    parser.feed(html.decode())
    parts = [("HTML", url, len(gzip.compress(html, 6)))]
    third_party = []
    for kind, urls in (("CSS", parser.styles), ("JS", parser.scripts), ("other", parser.others)):
        for resource in urls:
            split = urlsplit(resource)
            if split.netloc and split.netloc != HOST:
                third_party.append(resource)
                continue
            if kind == "other":
                continue
            status, _headers, body = fetch(port, split.path)
            if status != 200:
                raise RuntimeError(f"{resource} answered {status}")
            parts.append((kind, split.path, len(gzip.compress(body, 6))))
    return parts, third_party


# --- Report ------------------------------------------------------------------------------------


def print_table(rows, baseline):
    columns = [
        ("page", "<", 19),
        ("queries", ">", 10),
        ("cold ms", ">", 7),
        ("miss ms", ">", 7),
        ("p95", ">", 6),
        ("×base", ">", 5),
        ("hit ms", ">", 6),
        ("p95", ">", 5),
        ("×base", ">", 5),
        ("gzip", ">", 5),
        ("req/s", ">", 6),
        ("÷base", ">", 5),
        ("X-Cache", "<", 12),
    ]
    print(" ".join(f"{name:{align}{width}}" for name, align, width in columns))
    print(" ".join("-" * width for _name, _align, width in columns))
    for name, row in rows:
        cells = [
            name,
            "/".join(str(count) for count in row["queries"]) if row.get("queries") else "-",
            f"{row['cold']:.1f}",
            f"{row['median']:.1f}",
            f"{row['p95']:.1f}",
            f"{row['median'] / baseline['median']:.1f}",
            f"{row['hit']:.1f}",
            f"{row['hit_p95']:.1f}",
            f"{row['hit'] / baseline['median']:.1f}",
            str(row["gzip"]),
            f"{row['rate']:.0f}" + ("!" if row["errors"] else ""),
            f"{row['rate'] / baseline['rate']:.2f}",
            f"{row['miss_header']} {row['hit_header']}",
        ]
        formatted = zip(cells, columns, strict=True)
        print(" ".join(f"{cell:{align}{width}}" for cell, (_n, align, width) in formatted))
    print(
        "\nqueries: cold/warm/hit, per request, in process; cold = page cache and chrome fragments"
        " out of date,\nwarm = page built, chrome fragments cached, hit = from the page cache."
        " cold ms, miss ms, hit ms:\nserver time of the cold, warm and cached case (median, 95th"
        " percentile), sequential requests over\nloopback; ×base: ÷ the baseline view's median."
        " req/s: wrk against the page cache (search is never\ncached); ÷base: ÷ baseline req/s"
        " ('!' = wrk saw errors). X-Cache: headers seen when missing, and on a hit."
    )


def check_targets(rows, baseline, weight, third_party):
    results = []
    for name, row in rows:
        cold, warm, _hit = row["queries"]
        results.append(
            (f"{name}: at most {MAX_QUERIES} queries, cold cache", cold <= MAX_QUERIES, cold)
        )
        results.append(
            (f"{name}: at most {MAX_QUERIES} queries, page built", warm <= MAX_QUERIES, warm)
        )
        ratio = row["median"] / baseline["median"]
        results.append(
            (
                f"{name}: uncached server time within {MAX_TIME_RATIO}× baseline",
                ratio <= MAX_TIME_RATIO,
                f"{ratio:.1f}×",
            )
        )
        if row["hit_header"] == "hit":
            share = row["rate"] / baseline["rate"]
            results.append(
                (
                    f"{name}: cached throughput at least {MIN_CACHED_RATIO:.0%} of baseline",
                    share >= MIN_CACHED_RATIO,
                    f"{share:.0%}",
                )
            )
        else:
            results.append((f"{name}: not served from the page cache", None, row["hit_header"]))
    results.append(
        (
            f"home page: HTML+CSS+JS under {MAX_HOME_WEIGHT // 1024} KB gzip",
            weight < MAX_HOME_WEIGHT,
            f"{weight / 1024:.1f} KB",
        )
    )
    results.append(
        ("home page: no third-party resource", not third_party, ", ".join(third_party) or "none")
    )
    return results


def measure_pages(args, port, urls, data):
    for _name, url in urls:  # warm this process (site root paths, content types)
        count_queries(url)
    base = measure(port, BASELINE, args.repeat, args.duration, args.connections)
    base["miss_header"] = base["hit_header"] = ""
    rows = [("baseline view", base)]
    for name, url in urls:
        row = measure(port, url, args.repeat, args.duration, args.connections)
        row["queries"] = count_queries(url)
        rows.append((name, row))
        print(f"  measured {name}: {url}", flush=True)
    print()
    print_table(rows, base)
    parts, third_party = home_weight(port, urls[0][1])
    weight = sum(size for _kind, _url, size in parts)
    print("\nHome page weight, gzip: " + ", ".join(f"{k} {u} {s} B" for k, u, s in parts))
    print(f"  total {weight / 1024:.1f} KB; third-party resources: {third_party or 'none'}")
    results = check_targets(rows[1:], base, weight, third_party)
    catalogue = dict(rows)["catalogue, 2 facets"]
    results.append(
        (
            f"catalogue (5,000 entries), 2 facets: p95 at most {MAX_CATALOGUE_P95} ms",
            catalogue["p95"] <= MAX_CATALOGUE_P95,
            f"{catalogue['p95']:.1f} ms",
        )
    )
    return results


def measure_hit_ratio(args, port, urls):
    """Readers on every cached page (and each page's English version where the home page
    links one) while one write a second goes on (benchmarks/load.py)."""
    paths = [url for name, url in urls if name != "search"]
    print(
        f"\nHit ratio: {args.readers} readers on {len(paths)} public pages for "
        f"{args.hit_seconds} s, one write a second",
        flush=True,
    )
    found = load.hit_ratio(port, paths, readers=args.readers, duration=args.hit_seconds)
    writes = ", ".join(f"{count} {kind}" for kind, count in sorted(found["writes"].items()))
    print(
        f"  {found['hits']} hits, {found['misses']} misses, {found['uncacheable']} not cacheable;"
        f" ratio {found['ratio']:.4f}; statuses {dict(found['statuses'])}; writes: {writes}"
    )
    return [
        (
            f"hit ratio under one write a second at least {MIN_HIT_RATIO}",
            found["ratio"] >= MIN_HIT_RATIO,
            f"{found['ratio']:.4f}",
        )
    ]


def measure_submissions(args, port, server_pid):
    """The baseline view and then the idea form, each with SUBMITTERS clients at once."""
    from ideas.models import Idea, IdeaSubmissionPage  # after django.setup() in main()

    form = IdeaSubmissionPage.objects.live().filter(locale__language_code="sv").first().url
    seconds = max(5, args.submit_seconds // 4)
    print(f"\nSubmissions: {args.submitters} clients at once", flush=True)
    base = load.request_load(port, BASELINE, clients=args.submitters, duration=seconds)
    base_figures = load.summary(base["times"], base["seconds"])
    print(
        f"  baseline view, {seconds} s: median {base_figures['median']:.1f} ms, p95"
        f" {base_figures['p95']:.1f} ms, {base_figures['rate']:.0f} requests/s,"
        f" statuses {dict(base['statuses'])}",
        flush=True,
    )
    before = Idea.objects.count()
    cpu = load.CpuShares(server_pid)
    found = load.submission_load(
        port, form, submitters=args.submitters, duration=args.submit_seconds
    )
    used = cpu.stop()
    stored = Idea.objects.count() - before
    figures = load.summary(found["post_times"], found["seconds"], count=stored)
    print(
        f"  idea form, {found['seconds']:.0f} s: {len(found['post_times'])} POSTs, median"
        f" {figures['median']:.0f} ms, p95 {figures['p95']:.0f} ms"
        f" ({figures['p95'] / base_figures['p95']:.1f}× the baseline's p95);"
        f" {stored} ideas stored, {figures['rate']:.1f} a second; {found['acknowledged']}"
        f" acknowledged; answers {dict(found['statuses'])}; errors {dict(found['errors'])}"
    )
    print(
        f"  CPU seconds in {used['wall']:.0f} s on {os.cpu_count()} cores: machine"
        f" {used['machine']:.1f}, gunicorn {used['server']:.1f}, this load generator"
        f" {used['generator']:.1f} ({used['generator'] / used['machine']:.0%} of the machine's);"
        f" gunicorn {1000 * used['server'] / max(stored, 1):.0f} ms and the machine"
        f" {1000 * used['machine'] / max(stored, 1):.0f} ms per idea stored"
    )
    return [
        (
            f"submissions: POST p95 at most {MAX_SUBMISSION_P95} ms with {args.submitters} at once",
            figures["p95"] <= MAX_SUBMISSION_P95,
            f"{figures['p95']:.0f} ms",
        ),
        (
            f"submissions: at least {MIN_IDEAS_PER_SECOND} ideas stored a second",
            figures["rate"] >= MIN_IDEAS_PER_SECOND,
            f"{figures['rate']:.1f}",
        ),
        (
            "submissions: every stored idea acknowledged",
            found["acknowledged"] == stored,
            f"{found['acknowledged']} of {stored}",
        ),
    ]


# --- Main --------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cores = os.cpu_count() or 1
    parser.add_argument("--workers", type=int, default=2 * cores, help="gunicorn workers")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections")
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="measure the data set an earlier run built in DATABASE_URL (a database of your own)",
    )
    parser.add_argument("--submitters", type=int, default=100, help="concurrent submitters")
    parser.add_argument("--submit-seconds", type=int, default=20, help="seconds of submissions")
    parser.add_argument("--readers", type=int, default=8, help="readers of the hit-ratio run")
    parser.add_argument("--hit-seconds", type=int, default=30, help="seconds of the hit-ratio run")
    parser.add_argument(
        "--only", choices=["pages", "hit-ratio", "submissions"], help="run one part only"
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Run on PostgreSQL: scripts/with-postgres.sh .venv/bin/python benchmarks/pages.py")
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make bench installs it)")

    workdir = tempfile.mkdtemp(prefix="idesluss-bench.")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},testserver",
        STATIC_ROOT=str(Path(workdir) / "static"),
        LOG_LEVEL="WARNING",
    )
    redis, gunicorn = None, None
    try:
        redis, redis_url = start_redis(workdir)
        if redis_url:
            os.environ["REDIS_URL"] = redis_url
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        from benchmarks import dataset

        dataset.ensure_database()
        if args.skip_build:
            data = dataset.existing()
        else:
            print(
                "Building the data set: demo content, 5,000 testbeds, 2,000 ideas, 2 × 1,000 pages"
            )
            data = dataset.build()
        call_command("collectstatic", interactive=False, verbosity=0)
        urls = page_urls(data)
        gunicorn, port = start_gunicorn(args.workers, workdir)
        cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
        print(
            f"\ngunicorn: {args.workers} workers × 2 threads; cache: {cache}; {cores} cores; "
            f"{args.repeat} timed requests per page; wrk -t2 -c{args.connections} "
            f"-d{args.duration}s on the same machine; load before: {os.getloadavg()[0]:.1f}\n"
        )
        results = []
        if args.only in (None, "pages"):
            results += measure_pages(args, port, urls, data)
        if args.only in (None, "hit-ratio"):
            results += measure_hit_ratio(args, port, urls)
        if args.only in (None, "submissions"):
            results += measure_submissions(args, port, gunicorn.pid)
        print(f"\nTargets (load after: {os.getloadavg()[0]:.1f}):")
        failed = 0
        for label, ok, value in results:
            failed += ok is False
            verdict = {True: "PASS", False: "FAIL", None: "n/a "}[ok]
            print(f"  {verdict}  {label}: {value}")
        print(f"{failed} target(s) missed." if failed else "All targets met.")
    finally:
        stop(gunicorn)
        stop(redis)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
