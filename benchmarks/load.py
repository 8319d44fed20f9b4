"""Two load scenarios of `make bench` (benchmarks/pages.py runs them against its gunicorn):

- submissions: SUBMITTERS residents at the same time, each in a loop opening the Swedish idea
  form and sending it (and sending it again with "send anyway" when the form shows similar
  ideas), each from its own address (X-Forwarded-For through a trusted proxy, so the per-client
  rate limit counts each resident on their own, as it would in production) and with its own
  e-mail address. The same harness first sends plain GETs to the baseline view with as many
  clients, so the two are measured in the same run under the same load.
- hit ratio: anonymous readers request the public pages in turn while this process makes one
  write a second, in turn: a new idea that is not public, an internal note on a public idea,
  a course registration and an assessment (a non-public idea moved to the assessment stage).
  Each write goes through the models and their signals, as the form or the admin would, so the
  page cache's invalidation (home/cache.py, ideas/caching.py) sees it. The X-Cache headers of
  the readers' answers give the hit ratio.

Each submitter keeps its cookies itself: the production cookies are secure (HTTPS only) and the
benchmark talks plain HTTP to gunicorn, as the TLS proxy in front of it would.
"""

import http.client
import itertools
import os
import re
import statistics
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from urllib.parse import urlencode

HOST = "127.0.0.1"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED_INPUT = re.compile(r'name="form_started" value="([^"]+)"')


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Browser:
    """One visitor: a keep-alive connection, its cookies and its own client address."""

    def __init__(self, port, address):
        self.port = port
        self.address = address
        self.cookies = {}
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        all_headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": self.address,
            "Accept-Language": "sv",
            **(headers or {}),
        }
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=120)
            try:
                self.connection.request(method, path, body=body, headers=all_headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return response, content

    def post(self, path, data):
        body = urlencode(data)
        return self.request(
            "POST",
            path,
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"https://{HOST}{path}",
            },
        )

    def close(self):
        if self.connection is not None:
            self.connection.close()


def idea_answers(number, csrf, started):
    """A resident's idea, with words the board's published ideas also use (so the similar-ideas
    step finds some, as it would for many real ideas)."""
    return {
        "csrfmiddlewaretoken": csrf,
        "form_started": started,
        "title": f"Trygghetslarm och sensor i hemtjänst, förslag {number}",
        "description": "Ett enkelt larm som anhöriga kan följa, med en sensor vid dörren.",
        "need": "Äldreomsorg och hemtjänst behöver veta när någon har gått ut på natten.",
        "who_benefits": "Boende, anhöriga och medarbetare i hemtjänsten.",
        "area": "elderly_care",
        "municipality": "pitea",
        "name": "Bänkens Testperson",
        "email": f"bench-{number}@example.org",
        "phone": "",
        "consent": "on",
    }


def submission_load(port, form_path, *, submitters, duration):
    """SUBMITTERS residents in a closed loop for `duration` seconds. Returns the POST times (ms),
    the answers' statuses and the number of ideas the thank-you page acknowledged."""
    deadline = time.monotonic() + duration
    numbers = itertools.count(1)
    lock = threading.Lock()
    post_times, statuses, acknowledged, errors = [], Counter(), [0], Counter()

    def submitter(index):
        while time.monotonic() < deadline:
            number = next(numbers)
            browser = Browser(port, f"10.{index // 250}.{index % 250}.{number % 250 + 1}")
            try:
                response, html = browser.request("GET", form_path)
                if response.status != 200:
                    with lock:
                        statuses[f"GET {response.status}"] += 1
                    continue
                html = html.decode()
                data = idea_answers(
                    uuid.uuid4().hex[:12],
                    CSRF_INPUT.search(html).group(1),
                    STARTED_INPUT.search(html).group(1),
                )
                for confirm in (False, True):
                    if confirm:
                        data["confirm"] = "1"
                    started = time.perf_counter()
                    response, html = browser.post(form_path, data)
                    elapsed = (time.perf_counter() - started) * 1000
                    with lock:
                        post_times.append(elapsed)
                        statuses[f"POST {response.status}"] += 1
                    if response.status != 200:  # 302 to the thank-you page, or an error
                        break
                if response.status == 302:
                    response, _html = browser.request("GET", response.headers["Location"])
                    with lock:
                        statuses[f"thanks {response.status}"] += 1
                        acknowledged[0] += response.status == 200
            except Exception as error:  # noqa: BLE001 - counted and shown, the load goes on
                with lock:
                    errors[type(error).__name__] += 1
            finally:
                browser.close()

    started = time.monotonic()
    with ThreadPoolExecutor(submitters) as pool:
        list(pool.map(submitter, range(submitters)))
    return {
        "seconds": time.monotonic() - started,
        "post_times": post_times,
        "statuses": statuses,
        "acknowledged": acknowledged[0],
        "errors": errors,
    }


def request_load(port, path, *, clients, duration):
    """`clients` visitors requesting `path` in a closed loop: times (ms) and statuses."""
    deadline = time.monotonic() + duration
    lock = threading.Lock()
    times, statuses = [], Counter()

    def client(index):
        browser = Browser(port, f"10.9.{index // 250}.{index % 250 + 1}")
        try:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                response, _body = browser.request("GET", path)
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    times.append(elapsed)
                    statuses[response.status] += 1
        finally:
            browser.close()

    started = time.monotonic()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return {"seconds": time.monotonic() - started, "times": times, "statuses": statuses}


def proc_stat(pid) -> list[str]:
    """The fields of /proc/PID/stat after the command name (state, parent, ...), or []."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except OSError:  # the process has gone
        return []


def process_cpu_seconds(pid) -> float:
    """User and system CPU seconds of process `pid` so far (Linux), 0 when it has gone."""
    fields = proc_stat(pid)
    if not fields:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid) -> list[int]:
    """The processes whose parent is `pid` (gunicorn's workers)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = proc_stat(entry)
            if fields and int(fields[1]) == pid:
                found.append(int(entry))
    return found


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent on anything but idling, all cores (/proc/stat)."""
    with open("/proc/stat") as stat:
        values = [int(value) for value in stat.readline().split()[1:]]
    idle = values[3] + values[4]  # idle and iowait
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class CpuShares:
    """Where the CPU went during a load: this process (the load generator), the web server
    (gunicorn's master and workers) and the whole machine (the database, Redis and anything
    else running on it too)."""

    def __init__(self, server_pid):
        self.server = [server_pid, *children(server_pid)]
        self.start = self.sample()

    def sample(self):
        return (
            time.monotonic(),
            process_cpu_seconds(os.getpid()),
            sum(process_cpu_seconds(pid) for pid in self.server),
            machine_busy_seconds(),
        )

    def stop(self):
        end = self.sample()
        wall, generator, server, machine = (b - a for a, b in zip(self.start, end, strict=True))
        return {"wall": wall, "generator": generator, "server": server, "machine": machine}


def summary(times, seconds, count=None):
    return {
        "median": statistics.median(times) if times else float("nan"),
        "p95": percentile(times, 0.95),
        "rate": (len(times) if count is None else count) / seconds,
    }


# --- Hit ratio under writes ----------------------------------------------------------------------


class Writer:
    """One write a second, in turn of the kinds that must touch no public page (or, for a
    registration, only its course's pages). Runs in the benchmark's own process, against the
    same database and cache as the servers."""

    def __init__(self):
        # Imported here: this module is imported before django.setup() (benchmarks/pages.py).
        from django.utils import timezone

        from courses.models import CourseSession
        from ideas.models import Idea

        self.public_idea = Idea.objects.filter(is_public=True).order_by("pk").first()
        self.sessions = list(
            CourseSession.objects.filter(
                locale__language_code="sv", registration_deadline__gt=timezone.now()
            ).order_by("pk")
        )
        self.done = Counter()

    def write(self, number):
        # Imported here, as in __init__.
        from courses.models import register
        from ideas import handling
        from ideas.models import Idea, IdeaEvent
        from ideas.stages import Stage

        kind = ("new idea", "internal note", "registration", "assessment")[number % 4]
        if kind == "new idea":
            idea = Idea.objects.create(
                title=f"Bänkens idé {number}",
                description="Skriven av benchmarken.",
                need="Ingen.",
                who_benefits="Ingen.",
                area="elderly_care",
                municipality="pitea",
            )
            IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.RECEIVED, to_stage=idea.stage)
        elif kind == "internal note":
            IdeaEvent.objects.create(
                idea=self.public_idea, kind=IdeaEvent.Kind.NOTE, internal_note="Ring tillbaka."
            )
        elif kind == "registration" and self.sessions:
            session = self.sessions[number % len(self.sessions)]
            answers = {
                "name": "Bänkens deltagare",
                "email": f"bench-{number}@example.org",
                "organisation": "Piteå kommun",
                "role": "Medarbetare",
            }
            register(session, answers, "sv")
        else:
            idea = Idea.objects.filter(is_public=False, stage=Stage.RECEIVED).first()
            if idea is not None:
                handling.change_stage(
                    idea, Stage.ASSESSMENT, internal_note="Bedöms av benchmarken."
                )
        self.done[kind] += 1


def hit_ratio(port, paths, *, readers, duration, writes_per_second=1):
    """Readers request `paths` in turn (each page primed into the cache first) while one write
    a second goes on. Returns the X-Cache counts of the readers' answers and the writes made."""
    browser = Browser(port, "10.8.0.1")
    for path in paths:
        browser.request("GET", path)
    browser.close()
    writer = Writer()
    deadline = time.monotonic() + duration
    lock = threading.Lock()
    seen, statuses = Counter(), Counter()

    def reader(index):
        browser = Browser(port, f"10.8.1.{index + 1}")
        order = itertools.cycle(paths[index % len(paths) :] + paths[: index % len(paths)])
        try:
            while time.monotonic() < deadline:
                response, _body = browser.request("GET", next(order))
                with lock:
                    seen[response.headers.get("X-Cache", "none")] += 1
                    statuses[response.status] += 1
        finally:
            browser.close()

    started = time.monotonic()
    with ThreadPoolExecutor(readers) as pool:
        futures = [pool.submit(reader, index) for index in range(readers)]
        number = 0
        while time.monotonic() < deadline:
            writer.write(number)
            number += 1
            next_write = started + number / writes_per_second
            time.sleep(max(0.0, min(next_write, deadline) - time.monotonic()))
        for future in futures:
            future.result()
    cached = seen["hit"] + seen["miss"]
    return {
        "hits": seen["hit"],
        "misses": seen["miss"],
        "uncacheable": seen["none"],
        "ratio": seen["hit"] / cached if cached else float("nan"),
        "statuses": statuses,
        "writes": writer.done,
        "seconds": duration,
    }
