"""Where an uncached page's time goes: a pyinstrument profile of each kind of page that
`benchmarks/pages.py` measures, built in this process with Django's test client (the page
cache skipped by a parameter it does not accept, the chrome fragments cached: the usual miss).

Run it against the database an earlier `benchmarks/pages.py` run built (a database of your own;
the settings and the environment are those of the benchmark):

    DATABASE_URL=postgres://… REDIS_URL=redis://… SECRET_KEY=… ALLOWED_HOSTS=testserver \\
        .venv/bin/python benchmarks/profile_pages.py [--repeat 20] [--page "idea board"]

It prints the queries of one request and, for each page, pyinstrument's call tree of
`--repeat` requests in a row (frames under 2 % of the time left out). `--cpu` prints instead,
for each page, the median CPU time of a request (this process's and the PostgreSQL backend's,
read from /proc: the database must run on this machine) and the median wall time: CPU time
depends much less than wall time on what else runs on the machine.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("DEMO_CONTENT_ALLOWED", "true")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="requests per page")
    parser.add_argument("--page", action="append", help="only this page (as named in the table)")
    parser.add_argument("--queries", action="store_true", help="print each query's SQL")
    parser.add_argument("--cpu", action="store_true", help="CPU and wall time, no profile")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    from benchmarks import dataset
    from benchmarks.pages import page_urls, with_parameter

    client = Client(headers={"accept-language": "sv"})
    for name, url in page_urls(dataset.existing()):
        if args.page and name not in args.page:
            continue
        for number in range(3):  # templates compiled, fragments cached
            client.get(with_parameter(url, number), secure=True)
        with CaptureQueriesContext(connection) as queries:
            client.get(with_parameter(url, 99), secure=True)
        print(f"\n===== {name}: {url} ({len(queries)} queries)")
        if args.queries:
            for query in queries:
                print("  ", query["sql"][:300])
        if args.cpu:
            cpu, wall = cpu_times(client, with_parameter, url, args.repeat, connection)
            print(f"CPU {cpu:.1f} ms, wall {wall:.1f} ms (medians of {args.repeat})")
            continue
        profiler = Profiler(interval=0.0005)
        with profiler:
            for number in range(args.repeat):
                client.get(with_parameter(url, 100 + number), secure=True)
        print(profiler.output_text(unicode=True, color=False, time="percent_of_total"))


def backend_cpu_seconds(pid) -> float:
    """User and system CPU time of a local process (the PostgreSQL backend) from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_times(client, with_parameter, url, repeat, connection):
    """Median CPU ms (this process plus the database backend) and wall ms of `repeat` requests.
    The backend's clock ticks are coarse (10 ms), so its share is averaged over the run."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    process, wall = [], []
    backend_start = backend_cpu_seconds(backend)
    for number in range(repeat):
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        client.get(with_parameter(url, 200 + number), secure=True)
        process.append(time.process_time() - cpu_start)
        wall.append(time.perf_counter() - wall_start)
    backend_each = (backend_cpu_seconds(backend) - backend_start) / repeat
    return (statistics.median(process) + backend_each) * 1000, statistics.median(wall) * 1000


if __name__ == "__main__":
    main()
