"""Every public page of the demo site, in both languages, is valid HTML to the Nu HTML Checker.

The pages are rendered with Django's test client (every live page, the routes below them, forms
sent with errors, the idea board with filters, search results, a tracking page and the error
pages) and checked in ONE run of vnu.jar: starting Java costs seconds, checking a page
milliseconds. The markup does not depend on the database, so only the SQLite pass of `make test`
checks it. vnu.jar comes from the `vnu-jar` npm package (package-lock.json, `npm ci` in
`make test`) and runs on Debian's Java runtime (scripts/ensure-system-packages.sh)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone, translation
from django.views.defaults import server_error
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage
from home.form_protection import STARTED_FIELD
from home.models import FormPage
from home.unavailable import service_unavailable
from ideas.models import Idea, IdeaBoardPage, IdeaSubmissionPage
from methodology.models import MethodologyIndexPage, ToolkitIndexPage
from news.models import NewsIndexPage
from tests.conftest import form_session, form_started

pytestmark = pytest.mark.django_db

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# The checker needs a larger thread stack than Java's default; the quick compiler and the serial
# collector start it faster, which is most of its time here.
JAVA_OPTIONS = ["-Xss2m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
VNU_OPTIONS = ["--format", "json", "--exit-zero-always", "--stdout"]

# Filtered listings, by page type: (query string, ...).
QUERIES = {
    IdeaBoardPage: ["?stage=received&area=elderly_care&municipality=pitea", "?page=2"],
    CourseIndexPage: ["?audience=staff&format=workshop"],
    ToolkitIndexPage: ["?audience=staff&duration=short&people=4"],
    NewsIndexPage: ["?page=x"],
}
# Search results with hits and without, the empty search and unknown addresses: (path, status).
EXTRA_PATHS = [
    ("/sok/", 200),
    ("/sok/?q=sensorer", 200),
    ("/en/search/?q=sensors", 200),
    ("/sok/?q=ingenting+alls+xyz", 200),
    ("/en/search/?q=nothing+at+all+xyz", 200),
    ("/finns-inte/", 404),
    ("/en/does-not-exist/", 404),
]


def rendered_documents(client) -> dict[str, str]:
    """Address (or name) -> HTML of every document to check."""
    documents = {}
    form_session(client)

    def fetch(path, post=False, status=200):
        if post:
            response = client.post(path, {STARTED_FIELD: form_started()})
            path = f"POST {path}"
            status = 400  # a form sent empty comes back with its errors
        else:
            response = client.get(path)
        assert response.status_code == status, f"{path}: {response.status_code}"
        if "text/html" in response.get("Content-Type", ""):
            documents[path] = response.content.decode()

    public_idea = Idea.objects.public().first()
    tracked_idea = Idea.objects.public().exclude(tracking_token="").first()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        english = page.locale.language_code == "en"
        fetch(page.url)
        for query in QUERIES.get(type(page), []):
            fetch(page.url + query)
        if isinstance(page, (FormPage, IdeaSubmissionPage)):
            fetch(page.url, post=True)  # sent empty: the error summary and the fields' errors
        if isinstance(page, IdeaBoardPage):
            fetch(page.idea_path(public_idea.reference))
            fetch(page.url + page.tracking_path(tracked_idea.tracking_token))
        if isinstance(page, MethodologyIndexPage):
            fetch(page.url + page.reverse_subpage("print_en" if english else "print"))
        if isinstance(page, CoursePage):
            session = page.sessions.filter(starts_at__gt=timezone.now()).first()
            if session:
                fetch(page.session_url(session, "register"))
                fetch(page.session_url(session, "register"), post=True)
    for path, status in EXTRA_PATHS:
        fetch(path, status=status)

    request = RequestFactory().get("/")
    for language in ("sv", "en"):
        with translation.override(language):
            documents[f"503 ({language})"] = service_unavailable().content.decode()
            documents[f"500 ({language})"] = server_error(request).content.decode()
    return documents


def check_html(documents: dict[str, str], folder: Path) -> dict[str, list[str]]:
    """Run vnu.jar once over all documents; name -> its errors (warnings are left out)."""
    names = {}
    for number, (name, html) in enumerate(documents.items()):
        file = folder / f"{number:04d}.html"
        file.write_text(html, encoding="utf-8")
        names[file.name] = name
    files = sorted(str(folder / file_name) for file_name in names)
    command = [shutil.which("java"), *JAVA_OPTIONS, "-jar", str(VNU_JAR), *VNU_OPTIONS]
    # The command and the file names are the test's own.
    result = subprocess.run(  # noqa: S603
        [*command, *files], capture_output=True, text=True, timeout=600, check=True
    )
    errors = {}
    for message in json.loads(result.stdout)["messages"]:
        if message["type"] in ("error", "non-document-error") or message.get("subType") == "fatal":
            url = message.get("url", "")
            name = names.get(url.rsplit("/", 1)[-1], url)
            errors.setdefault(name, []).append(
                f"line {message.get('lastLine')}: {message['message']} "
                f"[{message.get('extract', '').strip()}]"
            )
    return errors


def test_every_page_type_is_valid_html_in_both_languages(client, demo_site, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("The pages are checked once per `make test`, in the SQLite pass.")
    if not (shutil.which("java") and VNU_JAR.exists()):
        pytest.fail("The HTML checker needs Java and vnu.jar: run `make test` (or `npm ci`).")
    documents = rendered_documents(client)
    errors = check_html(documents, tmp_path)
    report = "\n".join(
        f"{name}:\n  " + "\n  ".join(messages) for name, messages in sorted(errors.items())
    )
    assert not errors, f"{len(errors)} of {len(documents)} documents are not valid HTML:\n{report}"
