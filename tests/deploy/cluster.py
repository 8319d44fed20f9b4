"""Real processes for the deployment tests: a Redis server, app servers (gunicorn with the
production settings) and the task worker, all on this machine, plus a plain-HTTP visitor."""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import requests

from home.models import OutgoingEmail, RecipientMail, SpentFormToken

ROOT = Path(__file__).resolve().parent.parent.parent
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
# The public host name: the proxy passes it to every app server in the Host header.
PUBLIC_HOST = "idesluss.test"
STARTUP_TIMEOUT = 90  # seconds; the machine is shared, so starting can be slow
# Variables of the test process that must not leak into the servers.
NOT_INHERITED = {
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DATABASE_URL",
    "REDIS_URL",
    "CACHE_URL",
    "TASKS_BACKEND",
    "EMAIL_HOST",
    "AWS_STORAGE_BUCKET_NAME",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(settings_dict) -> str:
    """A DATABASE_URL for the database Django is connected to (the pytest test database)."""
    user = quote(settings_dict.get("USER") or "", safe="")
    password = settings_dict.get("PASSWORD") or ""
    credentials = f"{user}:{quote(password, safe='')}" if password else user
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or "5432"
    return f"postgres://{credentials}@{host}:{port}/{quote(settings_dict['NAME'], safe='')}"


@dataclass
class Process:
    """A child process whose output goes to a log file (a pipe nobody reads would fill up)."""

    name: str
    command: list[str]
    log_path: Path
    env: dict | None = None
    popen: subprocess.Popen | None = field(default=None, repr=False)

    def start(self):
        log = self.log_path.open("wb")
        self.popen = subprocess.Popen(  # noqa: S603
            self.command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        return self

    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def stop(self):
        if not self.running():
            return
        self.popen.terminate()
        try:
            self.popen.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait(timeout=10)


class Cluster:
    """One Redis, app servers ("a" and "b" unless named) and one task worker (`run_worker`, as
    in production) sharing one PostgreSQL."""

    def __init__(self, workdir: Path, database: str, settings: dict, server_names=("a", "b")):
        self.server_names = server_names
        self.workdir = workdir
        self.redis_url = f"redis://127.0.0.1:{free_port()}/0"
        self.env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS=PUBLIC_HOST,
            WAGTAILADMIN_BASE_URL=f"https://{PUBLIC_HOST}",
            DATABASE_URL=database,
            REDIS_URL=self.redis_url,
            TASKS_BACKEND="database",
            STATIC_ROOT=str(workdir / "static"),
            MEDIA_ROOT=str(workdir / "media"),
            LOG_LEVEL="WARNING",
            PYTHONUNBUFFERED="1",
            **settings,
        )
        self.processes: list[Process] = []
        self.servers: dict[str, str] = {}

    def start(self):
        redis_port = self.redis_url.rsplit(":", 1)[1].split("/")[0]
        self.redis = self._spawn(
            "redis",
            [
                REDIS_SERVER,
                "--port", redis_port,
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.workdir),
            ],
        )  # fmt: skip
        self._collect_static()
        for name in self.server_names:
            port = free_port()
            self._spawn(
                f"server {name}",
                [
                    sys.executable, "-m", "gunicorn", "config.wsgi",
                    "--bind", f"127.0.0.1:{port}",
                    "--workers", "1", "--threads", "4", "--timeout", "120",
                    "--no-control-socket",  # two servers on one machine would share it
                ],
            )  # fmt: skip
            self.servers[name] = f"http://127.0.0.1:{port}"
        self.worker = self._spawn(
            "worker", [sys.executable, "manage.py", "run_worker", "--no-startup-delay"]
        )
        for name, url in self.servers.items():
            self._wait_until_healthy(name, url)
        return self

    def stop(self):
        for process in reversed(self.processes):
            process.stop()

    def logs(self) -> str:
        return "\n".join(
            f"----- {process.name}: {' '.join(process.command)}\n{process.log()}"
            for process in self.processes
        )

    def _spawn(self, name, command) -> Process:
        log_path = self.workdir / f"{name.replace(' ', '-')}.log"
        process = Process(name, command, log_path, env=self.env).start()
        self.processes.append(process)
        return process

    def _collect_static(self):
        """Production serves hashed static files (whitenoise's manifest), so collect them first."""
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, f"collectstatic failed:\n{result.stdout}{result.stderr}"

    def _wait_until_healthy(self, name, url):
        """Plain HTTP without X-Forwarded-Proto, as a load balancer's health check calls it
        (with the public host name: Django answers 400 to a host not in ALLOWED_HOSTS)."""
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            for process in self.processes:
                assert process.running(), f"{process.name} stopped:\n{self.logs()}"
            try:
                response = requests.get(f"{url}/healthz", headers={"Host": PUBLIC_HOST}, timeout=30)
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.5)
                continue
            assert response.status_code == 200, f"{name}: {response.text}\n{self.logs()}"
            return
        raise AssertionError(f"server {name} did not become healthy\n{self.logs()}")


CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def hidden_value(html: str, name: str) -> str:
    match = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]*)"', html) or re.search(
        rf'value="([^"]*)"[^>]*name="{re.escape(name)}"', html
    )
    assert match, f"no field {name!r} in the page"
    return match.group(1)


class Visitor:
    """One person's browser, talking plain HTTP to any app server as if through the TLS proxy
    (which passes the public host name and says the request came over HTTPS).

    The cookies are secure (HTTPS only), which an HTTP client rightly does not send over plain
    HTTP; the proxy in front of the servers would, so this visitor keeps them itself."""

    def __init__(self):
        self.cookies: dict[str, str] = {}
        self.session_keys: set[str] = set()

    def request(self, method, server, path, *, data=None, headers=None):
        all_headers = {"Host": PUBLIC_HOST, "X-Forwarded-Proto": "https", **(headers or {})}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = requests.request(
            method,
            server + path,
            data=data,
            headers=all_headers,
            allow_redirects=False,
            timeout=60,
        )
        for cookie in response.cookies:
            if cookie.value:
                self.cookies[cookie.name] = cookie.value
            else:
                self.cookies.pop(cookie.name, None)
            if cookie.name == "sessionid" and cookie.value:
                self.session_keys.add(cookie.value)
        return response

    def get(self, server, path):
        return self.request("GET", server, path)

    def post(self, server, path, data):
        """A form post, with the same-origin Referer that Django's CSRF check asks for on HTTPS."""
        referer = f"https://{PUBLIC_HOST}{path}"
        return self.request("POST", server, path, data=data, headers={"Referer": referer})

    def form_fields(self, server, path, *names) -> dict:
        """Open a form and return its CSRF token and the named hidden fields."""
        response = self.get(server, path)
        assert response.status_code == 200, response.text[:2000]
        fields = {"csrfmiddlewaretoken": CSRF_INPUT.search(response.text).group(1)}
        fields.update({name: hidden_value(response.text, name) for name in names})
        return fields


def delete_mail_rows_made_since(started_at):
    """The servers commit what they store: forget the e-mails, mail counts and spent form tokens
    they made, so that later tests in the same database start without them."""
    for model in (OutgoingEmail, RecipientMail, SpentFormToken):
        model.objects.filter(created_at__gte=started_at).delete()


def wait_for(condition, timeout=60):
    """Poll until a server or the worker has done its part (a limit on waiting, not a timing
    test)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False
