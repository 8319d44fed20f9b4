"""Issue 13 defect 1: ideas keep their history as IdeaEvents only. Wagtail's own log
(ModelLogEntry) labels entries with the object's str(): for an idea its reference and the
resident's title, for an e-mail its subject. Reports → Site history and its exports showed those
entries to any user with an idea permission, so one municipality's handler read the other's
ideas. No admin report or export may show another municipality's idea or anyone's personal data."""

from importlib import import_module
from io import BytesIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from openpyxl import load_workbook
from wagtail import hooks
from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Page

from courses.models import CourseSession, Registration
from home.models import OutgoingEmail
from ideas.choices import Municipality
from ideas.models import Idea, IdeaEvent, Notification
from ideas.stages import Stage

from .conftest import login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

PERSONAL = {
    "pitea": ("Petra Pitesson", "petra.pitesson@example.org", "0911-123 456"),
    "skelleftea": ("Sture Skellefte", "sture.skellefte@example.org", "0910-654 321"),
}
MUNICIPALITY = {"pitea": Municipality.PITEA, "skelleftea": Municipality.SKELLEFTEA}


@pytest.fixture
def ideas(make_idea):
    """One idea in each municipality, with the resident's contact details and an e-mail."""
    made = {}
    for key, (name, email, phone) in PERSONAL.items():
        idea = make_idea(
            title=f"Hemlig idé från {key}",
            municipality=MUNICIPALITY[key],
            submitter_name=name,
            submitter_email=email,
            submitter_phone=phone,
            wants_updates=True,
        )
        Notification.objects.create(
            idea=idea,
            kind=Notification.Kind.RECEIPT,
            language="sv",
            to_address=email,
            subject=f"Vi har tagit emot din idé {idea.reference}",
            body=f"Hej {name}",
            status=Notification.Status.FAILED,
        )
        made[key] = idea
    return made


def handler(key):
    """The municipality's handler, in the handler group the demo loader makes."""
    return login(Client(), f"handlaggare-{key}")


def secrets_of(idea):
    key = "pitea" if idea.municipality == Municipality.PITEA else "skelleftea"
    name, email, phone = PERSONAL[key]
    return [idea.reference, idea.title, "Öppen rubrik " + idea.title, name, email, phone]


def edit_as_handler(client, idea):
    response = client.post(
        f"/admin/ideas/edit/{idea.pk}/",
        {"public_title": f"Öppen rubrik {idea.title}", "public_summary": "Sammanfattning"},
    )
    assert response.status_code == 302
    response = client.post(
        f"/admin/ideas/stage/{idea.pk}/",
        {
            "stage": Stage.ASSESSMENT,
            "internal_note": "Bedöms.",
            "public_answer": "",
            "closed_reason": "",
            "public_title": "",
            "public_summary": "",
        },
    )
    assert response.status_code == 302


def report_urls():
    """Every report in the admin's Reports menu (Wagtail's and the site's own)."""
    urls = set()
    for register in hooks.get_hooks("register_reports_menu_item"):
        urls.add(register().url)
    urls |= {
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/page-types-usage/",
    }
    return sorted(urls)


def text_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        workbook = load_workbook(BytesIO(content), read_only=True)
        return "\n".join(
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        )
    return content.decode()


# What an idea handler may not open (Wagtail sends them to the dashboard: 302): the page history
# and Wagtail's reports on pages and search, and the e-mails' history (they only view e-mails).
NOT_FOR_HANDLERS = (
    "/admin/pages/",
    "/admin/idea_notifications/history/",
    "/admin/reports/locked/",
    "/admin/reports/search/",
    "/admin/searchpicks/",
)


def everything_the_admin_shows(client, own_idea, denied=()) -> dict[str, str]:
    """Every admin report with its CSV and XLSX export, the dashboard, the history of a page and
    of the user's own idea and e-mail, keyed by URL. Each answers 200, or 302 when it starts
    with one of `denied`."""
    home_page = Page.objects.filter(depth=2).first()
    urls = [
        "/admin/",
        f"/admin/pages/{home_page.pk}/history/",
        f"/admin/ideas/history/{own_idea.pk}/",
        f"/admin/idea_notifications/history/{own_idea.notifications.get(kind=Notification.Kind.RECEIPT).pk}/",
    ]
    for url in report_urls():
        urls += [url, f"{url}?export=csv", f"{url}?export=xlsx"]
    shown = {}
    for url in urls:
        response = client.get(url)
        expected = 302 if url.startswith(denied) else 200
        assert response.status_code == expected, (url, response.status_code)
        if response.status_code == 200:
            shown[url] = text_of(response)
    return shown


def test_editing_an_idea_writes_no_wagtail_log_entry_but_an_idea_event(ideas):
    edit_as_handler(handler("pitea"), ideas["pitea"])
    assert ideas["pitea"].events.filter(kind=IdeaEvent.Kind.EDITED).count() == 1
    idea_types = ContentType.objects.filter(app_label="ideas")
    assert not ModelLogEntry.objects.filter(content_type__in=idea_types).exists()
    assert not ModelLogEntry.objects.filter(label__contains=ideas["pitea"].title).exists()


@pytest.mark.parametrize(("own", "other"), [("pitea", "skelleftea"), ("skelleftea", "pitea")])
def test_no_report_or_export_shows_the_other_municipalitys_ideas(ideas, own, other):
    for key in ("pitea", "skelleftea"):
        edit_as_handler(handler(key), ideas[key])
    superuser = get_user_model().objects.get(username="admin")
    admin = login(Client(), "admin")
    # The superuser works in the outbox too: changes an e-mail of each.
    for idea in ideas.values():
        notification = idea.notifications.get(kind=Notification.Kind.RECEIPT)
        response = admin.post(
            f"/admin/idea_notifications/edit/{notification.pk}/", {"status": "cancelled"}
        )
        assert response.status_code == 302
    log(superuser, "wagtail.edit", user=superuser)  # an ordinary entry, so the report is not empty

    shown = everything_the_admin_shows(handler(own), ideas[own], denied=NOT_FOR_HANDLERS)
    assert "/admin/reports/site-history/?export=csv" in shown
    for url, text in shown.items():
        for secret in secrets_of(ideas[other]):
            assert secret not in text, (url, secret)
        # Not even the user's own residents' contact details: the log is no place for them.
        for secret in PERSONAL[own]:
            assert secret not in text, (url, secret)


def test_no_model_with_personal_data_is_logged_by_wagtail(ideas):
    """Every model holding residents' personal data is kept out of Wagtail's log, whichever
    code path would write an entry."""
    idea = ideas["pitea"]
    registration = Registration(name="Anna Andersson", email="anna@example.org")
    outgoing = OutgoingEmail(to_address="a@example.org", subject="Hej Anna")
    notification = idea.notifications.get(kind=Notification.Kind.RECEIPT)
    event = IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.NOTE, internal_note="Anna")
    for instance in (idea, notification, event, registration, outgoing):
        assert log(instance, "wagtail.edit") is None
    assert log(FormSubmission(form_data={}), "wagtail.edit") is None
    assert not ModelLogEntry.objects.filter(label__icontains="anna").exists()


def test_the_data_migration_removes_the_entries_written_before(ideas):
    """Entries written by an earlier version are deleted by ideas' migration 0005."""
    migration = import_module("ideas.migrations.0005_remove_personal_data_from_wagtail_log")
    idea = ideas["skelleftea"]
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Idea),
        label=str(idea),
        action="wagtail.edit",
        object_id=str(idea.pk),
        timestamp=idea.created_at,
    )
    kept = ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        label="Demo Administratör",
        action="wagtail.edit",
        object_id="1",
        timestamp=idea.created_at,
    )
    migration.delete_log_entries(apps, None)
    assert not ModelLogEntry.objects.filter(label__contains=idea.title).exists()
    assert ModelLogEntry.objects.filter(pk=kept.pk).exists()


def test_reports_show_no_residents_personal_data_even_to_superusers(ideas):
    for key in ("pitea", "skelleftea"):
        edit_as_handler(handler(key), ideas[key])
    admin = login(Client(), "admin")
    response = admin.post(
        f"/admin/ideas/erase/{ideas['pitea'].pk}/", {"internal_note": "Bad om det per telefon."}
    )
    assert response.status_code == 302
    # A course registration changed in the admin: its label is the registrant's name.
    session = CourseSession.objects.filter(locale__language_code="sv").first()
    registration = Registration.objects.create(
        course_id=session.page_id,
        session_key=session.translation_key,
        session_starts_at=session.starts_at,
        name="Rebecka Registrerad",
        email="rebecka@example.org",
        organisation="Piteå kommun",
        role="Ledamot",
        consent_at=session.starts_at,
        language="sv",
    )
    response = admin.post(
        f"/admin/registrations/edit/{registration.pk}/",
        {
            "status": registration.status,
            "name": registration.name,
            "email": registration.email,
            "organisation": "Skellefteå kommun",
            "role": registration.role,
            "needs": "Hörslinga",
        },
    )
    assert response.status_code == 302
    admin.get(response["Location"])  # shows (and so removes) the "saved" message naming them
    shown = everything_the_admin_shows(admin, ideas["skelleftea"])
    secrets = [*sum(PERSONAL.values(), ()), registration.name, registration.email]
    for url, text in shown.items():
        for secret in secrets:
            assert secret not in text, (url, secret)
