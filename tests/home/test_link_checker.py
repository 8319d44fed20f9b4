"""The link checker (home/link_checker.py, `manage.py check_links`): links in live pages and in the
menu and footer to unpublished, private or deleted pages, and external addresses that answer an
error or nothing. External addresses are answered by a local server on 127.0.0.1: no test asks
the internet."""

import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from uuid import uuid4

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from home.link_checker import check_links, is_public
from home.models import BrokenLink
from tests.factories import (
    ContentPageFactory,
    FooterFactory,
    NavigationMenuFactory,
    translate,
)

pytestmark = pytest.mark.django_db
Problem = BrokenLink.Problem


def link_cards(*cards):
    """A "link cards" block as the editor stores it; each card is (title, page or None,
    address)."""
    return {
        "type": "link_cards",
        "value": {
            "title": "",
            "cards": [
                {
                    "type": "item",
                    "id": str(uuid4()),
                    "value": {
                        "title": title,
                        "text": "",
                        "page": page.pk if page else None,
                        "url": url,
                    },
                }
                for title, page, url in cards
            ],
        },
    }


def rich_text(html):
    return {"type": "text", "value": html}


def menu_link(page, title=""):
    return {"type": "page", "value": {"page": page.pk, "title": title}}


def external_link(url, title):
    return {"type": "external", "value": {"url": url, "title": title}}


def found():
    """The stored results, as {(where, link text): (problem, status code)}."""
    return {
        (link.source_title, link.link_text): (link.problem, link.status_code)
        for link in BrokenLink.objects.all()
    }


@pytest.fixture
def targets(home):
    unpublished = ContentPageFactory(parent=home, title="Utkast", slug="utkast")
    unpublished.unpublish()
    private = ContentPageFactory(parent=home, title="Intern", slug="intern")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    private_child = ContentPageFactory(parent=private, title="Under intern", slug="under-intern")
    deleted = ContentPageFactory(parent=home, title="Borttagen", slug="borttagen")
    live = ContentPageFactory(parent=home, title="Publicerad", slug="publicerad")
    return {
        "unpublished": unpublished,
        "private": private,
        "private_child": private_child,
        "deleted": deleted,
        "live": live,
    }


def test_links_to_unpublished_private_and_deleted_pages_are_found_in_link_cards(home, targets):
    ContentPageFactory(
        parent=home,
        title="Källa",
        body=[
            link_cards(
                ("Till utkastet", targets["unpublished"], ""),
                ("Till den interna", targets["private"], ""),
                ("Under den interna", targets["private_child"], ""),
                ("Till den borttagna", targets["deleted"], ""),
                ("Till den publicerade", targets["live"], ""),
            )
        ],
    )
    targets["deleted"].delete()
    check_links()
    assert found() == {
        ("Källa", "Till utkastet"): (Problem.UNPUBLISHED, None),
        ("Källa", "Till den interna"): (Problem.PRIVATE, None),
        ("Källa", "Under den interna"): (Problem.PRIVATE, None),
        ("Källa", "Till den borttagna"): (Problem.DELETED, None),
    }
    deleted = BrokenLink.objects.get(problem=Problem.DELETED)
    assert deleted.target_page_id is not None
    assert deleted.model_path == "body.link_cards.cards.item.page"


def test_links_to_unpublished_private_and_deleted_pages_are_found_in_rich_text(home, targets):
    deleted_id = targets["deleted"].pk
    ContentPageFactory(
        parent=home,
        title="Källa",
        body=[
            rich_text(
                f'<p><a linktype="page" id="{targets["unpublished"].pk}">utkastet</a>, '
                f'<a linktype="page" id="{targets["private"].pk}">den interna</a>, '
                f'<a linktype="page" id="{deleted_id}">den borttagna</a> och '
                f'<a linktype="page" id="{targets["live"].pk}">den publicerade</a>.</p>'
            )
        ],
    )
    targets["deleted"].delete()
    check_links()
    assert found() == {
        ("Källa", "utkastet"): (Problem.UNPUBLISHED, None),
        ("Källa", "den interna"): (Problem.PRIVATE, None),
        ("Källa", "den borttagna"): (Problem.DELETED, None),
    }
    assert BrokenLink.objects.get(problem=Problem.DELETED).target_page_id == deleted_id


def test_a_rich_text_link_to_an_id_that_never_existed_is_found(home):
    ContentPageFactory(
        parent=home, title="Källa", body=[rich_text('<p><a linktype="page" id="999999">x</a></p>')]
    )
    check_links()
    assert found() == {("Källa", "x"): (Problem.DELETED, None)}


def test_links_in_the_menu_and_footer_of_both_languages_are_found(home, english_home, targets):
    NavigationMenuFactory(
        name="Huvudmeny",
        links=[menu_link(targets["unpublished"], "Utkast"), menu_link(targets["live"])],
    )
    english_menu = NavigationMenuFactory(
        name="Main menu",
        locale=english_home.locale,
        links=[menu_link(targets["private"], "Internal")],
    )
    FooterFactory(
        name="Sidfot",
        contact_text=f'<p><a linktype="page" id="{targets["deleted"].pk}">Kontakt</a></p>',
    )
    targets["deleted"].delete()
    check_links()
    assert found() == {
        ("Huvudmeny", "Utkast"): (Problem.UNPUBLISHED, None),
        ("Main menu", "Internal"): (Problem.PRIVATE, None),
        ("Sidfot", "Kontakt"): (Problem.DELETED, None),
    }
    english = BrokenLink.objects.get(problem=Problem.PRIVATE)
    assert english.source_page is None
    assert english.source == english_menu
    assert english.locale == english_home.locale


def test_an_english_page_is_checked_too(home, english_home, targets):
    source = ContentPageFactory(parent=home, title="Källa", slug="kalla")
    translate(
        source,
        title="Source",
        slug="source",
        body=[link_cards(("To the draft", targets["unpublished"], ""))],
    )
    check_links()
    link = BrokenLink.objects.get()
    assert (link.source_title, link.problem) == ("Source", Problem.UNPUBLISHED)
    assert link.locale == english_home.locale


def test_a_page_that_is_not_live_is_not_checked(home, targets):
    draft = ContentPageFactory(
        parent=home,
        title="Opublicerad källa",
        body=[link_cards(("Till utkastet", targets["unpublished"], ""))],
    )
    draft.unpublish()
    check_links()
    assert found() == {}


def test_a_fixed_link_disappears_on_the_next_run_and_a_remaining_one_keeps_first_seen(
    home, targets
):
    source = ContentPageFactory(
        parent=home,
        title="Källa",
        body=[
            link_cards(
                ("Till utkastet", targets["unpublished"], ""),
                ("Till den interna", targets["private"], ""),
            )
        ],
    )
    first_run = timezone.now() - timedelta(days=1)
    check_links(now=first_run)
    assert len(found()) == 2

    # The editor points the first card at a live page and publishes (the blocks keep their ids).
    body = list(source.body.raw_data)
    first_card = body[0]["value"]["cards"][0]["value"]
    first_card.update(title="Till den publicerade", page=targets["live"].pk)
    source.body = body
    source.save_revision().publish()
    check_links()
    assert found() == {("Källa", "Till den interna"): (Problem.PRIVATE, None)}
    remaining = BrokenLink.objects.get()
    assert remaining.first_seen_at == first_run
    assert remaining.last_checked_at > first_run

    # Publishing the target fixes the last one.
    targets["private"].get_view_restrictions().delete()
    check_links()
    assert found() == {}


def test_the_command_checks_and_says_what_it_found(home, targets):
    ContentPageFactory(
        parent=home, title="Källa", body=[link_cards(("Utkast", targets["unpublished"], ""))]
    )
    out = StringIO()
    call_command("check_links", stdout=out)
    assert "unpublished: 1" in out.getvalue()
    assert BrokenLink.objects.count() == 1


def test_the_scheduled_jobs_run_the_link_check_daily(home, targets, settings):
    assert ("check_links", 24 * 60 * 60) in settings.SCHEDULED_JOBS
    ContentPageFactory(
        parent=home, title="Källa", body=[link_cards(("Utkast", targets["unpublished"], ""))]
    )
    settings.SCHEDULED_JOBS = [("check_links", 24 * 60 * 60)]
    call_command("run_scheduled_jobs", once=True)
    assert found() == {("Källa", "Utkast"): (Problem.UNPUBLISHED, None)}


# --- External addresses, answered by a local server ----------------------------------------------


class Handler(BaseHTTPRequestHandler):
    """/ok 200, /moved 301 to /ok, /moved-to-missing 302 to /missing, /missing 404, /error 500,
    /slow answers after the checker has given up, /no-head refuses HEAD (405) and answers GET."""

    def do_HEAD(self):
        self.answer(body=False)

    def do_GET(self):
        self.answer(body=True)

    def answer(self, body):
        self.server.requests.append((self.command, self.path, self.headers.get("User-Agent")))
        if self.path == "/slow":
            time.sleep(1.5)
        status, location = {
            "/ok": (200, None),
            "/slow": (200, None),
            "/moved": (301, "/ok"),
            "/moved-to-missing": (302, "/missing"),
            "/missing": (404, None),
            "/error": (500, None),
            "/no-head": (405 if not body else 200, None),
        }.get(self.path, (404, None))
        content = b"<p>svar</p>"
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if body:
            self.wfile.write(content)

    def log_message(self, format, *args):
        pass


@pytest.fixture
def server(settings):
    """A local HTTP server; the checker asks it with a short timeout."""
    settings.LINK_CHECK_EXTERNAL = True
    settings.LINK_CHECK_LOCAL_ADDRESSES = True
    settings.LINK_CHECK_TIMEOUT = 0.5
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port():
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_external_addresses_that_answer_an_error_or_nothing_are_found(home, server, closed_port):
    ContentPageFactory(
        parent=home,
        title="Källa",
        body=[
            link_cards(
                ("Finns", None, f"{server.url}/ok"),
                ("Flyttad", None, f"{server.url}/moved"),
                ("Utan HEAD", None, f"{server.url}/no-head"),
                ("Saknas", None, f"{server.url}/missing"),
                ("Fel", None, f"{server.url}/error"),
                ("Flyttad till saknad", None, f"{server.url}/moved-to-missing"),
                ("Långsam", None, f"{server.url}/slow"),
                ("Stängd", None, f"http://127.0.0.1:{closed_port}/"),
            )
        ],
    )
    check_links()
    assert found() == {
        ("Källa", "Saknas"): (Problem.ERROR_STATUS, 404),
        ("Källa", "Fel"): (Problem.ERROR_STATUS, 500),
        ("Källa", "Flyttad till saknad"): (Problem.ERROR_STATUS, 404),
        ("Källa", "Långsam"): (Problem.UNREACHABLE, None),
        ("Källa", "Stängd"): (Problem.UNREACHABLE, None),
    }


def test_external_links_in_rich_text_and_the_menu_are_checked(home, server):
    ContentPageFactory(
        parent=home,
        title="Källa",
        body=[rich_text(f'<p><a href="{server.url}/missing">en trasig länk</a></p>')],
    )
    NavigationMenuFactory(name="Huvudmeny", links=[external_link(f"{server.url}/error", "Fel")])
    check_links()
    assert found() == {
        ("Källa", "en trasig länk"): (Problem.ERROR_STATUS, 404),
        ("Huvudmeny", "Fel"): (Problem.ERROR_STATUS, 500),
    }


def test_each_address_is_asked_once_per_run_with_head_and_the_sites_user_agent(home, server):
    for title in ("Första", "Andra"):
        ContentPageFactory(
            parent=home,
            title=title,
            body=[
                link_cards(("Finns", None, f"{server.url}/ok"), ("Igen", None, f"{server.url}/ok"))
            ],
        )
    check_links()
    assert [(method, path) for method, path, _agent in server.requests] == [("HEAD", "/ok")]
    assert "Idesluss" in server.requests[0][2]


def test_head_refused_is_asked_again_with_get(home, server):
    ContentPageFactory(
        parent=home, title="Källa", body=[link_cards(("Utan HEAD", None, f"{server.url}/no-head"))]
    )
    check_links()
    assert [(method, path) for method, path, _agent in server.requests] == [
        ("HEAD", "/no-head"),
        ("GET", "/no-head"),
    ]
    assert found() == {}


def test_an_address_on_a_local_network_is_not_asked(home, server, settings):
    settings.LINK_CHECK_LOCAL_ADDRESSES = False
    ContentPageFactory(
        parent=home, title="Källa", body=[link_cards(("Saknas", None, f"{server.url}/missing"))]
    )
    check_links()
    assert server.requests == []
    assert found() == {}


def test_is_public_refuses_loopback_private_and_link_local_addresses(settings):
    settings.LINK_CHECK_LOCAL_ADDRESSES = False
    assert not is_public("http://127.0.0.1:8000/")
    assert not is_public("http://10.1.2.3/")
    assert not is_public("http://169.254.169.254/latest/meta-data/")
    assert not is_public("http://[::1]/")
    assert is_public("http://8.8.8.8/")


def test_with_external_checks_off_no_address_is_asked(home, server, settings):
    settings.LINK_CHECK_EXTERNAL = False
    ContentPageFactory(
        parent=home, title="Källa", body=[link_cards(("Saknas", None, f"{server.url}/missing"))]
    )
    check_links()
    assert server.requests == []
    assert found() == {}


def test_a_deleted_source_page_takes_its_results_with_it(home, targets):
    source = ContentPageFactory(
        parent=home, title="Källa", body=[link_cards(("Utkast", targets["unpublished"], ""))]
    )
    check_links()
    Page.objects.get(pk=source.pk).delete()
    assert BrokenLink.objects.count() == 0
