"""What one idea costs the server: the four requests a resident makes (the form, the post that
shows similar ideas, the post with "send anyway", the thank-you page), each made `--repeat`
times in this process with Django's test client, as `benchmarks/load.py` makes them over HTTP.
Prints, for each step, the queries of one request, the median CPU time of this process (the
web server's share) and of the PostgreSQL backend serving it (the database's share, when the
server runs on this machine), and with `--profile STEP` pyinstrument's call tree of that step.

Run it against the database an earlier `benchmarks/pages.py` run built (a database of your own;
the settings and the environment are those of the benchmark):

    DATABASE_URL=postgres://… REDIS_URL=redis://… SECRET_KEY=… ALLOWED_HOSTS=testserver \\
        .venv/bin/python benchmarks/profile_submission.py [--repeat 30] [--queries]
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("DEMO_CONTENT_ALLOWED", "true")
# As benchmarks/pages.py serves it: each resident from its own address, the form sent at once.
os.environ.setdefault("TRUSTED_PROXIES", "127.0.0.1")
os.environ.setdefault("FORM_MIN_FILL_SECONDS", "0")

STEPS = ["form", "similar", "send anyway", "thanks"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30, help="ideas sent")
    parser.add_argument("--queries", action="store_true", help="print each query's SQL")
    parser.add_argument("--profile", choices=STEPS, action="append", help="call tree of a step")
    parser.add_argument("--flat", action="store_true", help="the profile as a flat list")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    from benchmarks.load import idea_answers, process_cpu_seconds
    from ideas.models import IdeaSubmissionPage

    form_path = IdeaSubmissionPage.objects.live().filter(locale__language_code="sv").first().url
    cpu = {step: [] for step in STEPS}
    database_cpu = {step: [] for step in STEPS}
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (backend,) = cursor.fetchone()
    queries = {}
    profilers = {step: Profiler(interval=0.0005) for step in args.profile or []}

    def timed(step, call, last):
        """`call()`, its CPU time counted for `step` (and its queries kept if `last`)."""
        profiler = profilers.get(step)
        with CaptureQueriesContext(connection) as captured:
            if profiler:
                profiler.start()
            started = time.process_time()
            database_started = process_cpu_seconds(backend)
            response = call()
            cpu[step].append((time.process_time() - started) * 1000)
            database_cpu[step].append((process_cpu_seconds(backend) - database_started) * 1000)
            if profiler:
                profiler.stop()
        if last:
            queries[step] = [query["sql"] for query in captured]
        return response

    client = Client(headers={"accept-language": "sv"})
    run = random.randrange(256)
    for number in range(-3, args.repeat):  # three rounds first: templates compiled, caches warm
        # One client (its handler loads the middleware once), a new visitor each round.
        client.cookies = SimpleCookie()
        # Each resident from their own address, another in each run (the rate limit).
        client.defaults["HTTP_X_FORWARDED_FOR"] = f"10.{run}.{number % 250}.{number // 250 + 1}"
        responses = resident(client, form_path, idea_answers)
        request = next(responses)
        for name in STEPS:
            response = timed(name, request, number == args.repeat - 1) if number >= 0 else request()
            request = responses.send(response)

    total = database_total = 0
    print(f"{'step':<14} {'queries':>7} {'CPU ms median':>14} {'p95':>6} {'database CPU ms':>16}")
    for name in STEPS:
        times = sorted(cpu[name])
        median = statistics.median(times)
        database = statistics.mean(database_cpu[name])  # clock ticks: the mean, not the median
        total += median
        database_total += database
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{name:<14} {len(queries[name]):>7} {median:>14.1f} {p95:>6.1f} {database:>16.1f}")
    count = sum(len(q) for q in queries.values())
    print(f"{'one idea':<14} {count:>7} {total:>14.1f} {'':>6} {database_total:>16.1f}")
    if args.queries:
        for name in STEPS:
            print(f"\n===== {name}")
            for sql in queries[name]:
                print("  ", sql[:240])
    for name, profiler in profilers.items():
        print(f"\n===== {name}")
        print(
            profiler.output_text(unicode=True, color=False, time="percent_of_total", flat=args.flat)
        )


def resident(client, form_path, idea_answers):
    """The four requests of one idea, in turn: yields each as a call, is sent its response."""
    from benchmarks.load import CSRF_INPUT, STARTED_INPUT  # after django.setup(), as above

    response = yield lambda: client.get(form_path, secure=True)
    html = response.content.decode()
    data = idea_answers(
        uuid.uuid4().hex[:12],
        CSRF_INPUT.search(html).group(1),
        STARTED_INPUT.search(html).group(1),
    )
    response = yield lambda: client.post(form_path, data, secure=True)
    assert response.status_code == 200 and b'name="confirm"' in response.content
    data["confirm"] = "1"
    sent = yield lambda: client.post(form_path, data, secure=True)
    assert sent.status_code == 302, sent.status_code
    thanks = yield lambda: client.get(sent["Location"], secure=True)
    assert thanks.status_code == 200, thanks.status_code
    yield None


if __name__ == "__main__":
    main()
