"""Contact requests are personal data: purged after TESTBED_CONTACT_RETENTION_DAYS with the
e-mails about them, erased on request by address, and kept out of Wagtail's log."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from wagtail.log_actions import registry as log_registry

from home.demo.builder import pick
from home.demo.legal import privacy_page
from home.models import OutgoingEmail
from testbeds import retention
from testbeds.contact import queue_contact_email
from testbeds.models import ContactRequest
from tests.factories import ContactRequestFactory, TestbedIndexPageFactory, TestbedPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def testbed(home):
    return TestbedPageFactory(parent=TestbedIndexPageFactory(parent=home))


def aged(request, days):
    ContactRequest.objects.filter(pk=request.pk).update(
        created_at=timezone.now() - timedelta(days=days)
    )


def test_the_purge_is_listed_and_deletes_old_requests_with_their_emails(testbed):
    assert "testbeds.retention.purge" in settings.PERSONAL_DATA_PURGES
    days = settings.TESTBED_CONTACT_RETENTION_DAYS
    old = ContactRequestFactory(testbed=testbed)
    queue_contact_email(old, testbed)
    recent = ContactRequestFactory(testbed=testbed)
    queue_contact_email(recent, testbed)
    aged(old, days + 1)
    aged(recent, days - 1)
    assert retention.purge() == {"testbed contact requests": 1}
    assert list(ContactRequest.objects.all()) == [recent]
    assert [email.about for email in OutgoingEmail.objects.all()] == [recent]


def test_purge_personal_data_runs_it(testbed, capsys):
    old = ContactRequestFactory(testbed=testbed)
    aged(old, settings.TESTBED_CONTACT_RETENTION_DAYS + 1)
    call_command("purge_personal_data")
    assert not ContactRequest.objects.exists()


def test_an_address_is_erased_on_request_without_printing_it(testbed, capsys):
    erased = ContactRequestFactory(testbed=testbed, email="radera@example.org")
    queue_contact_email(erased, testbed)
    kept = ContactRequestFactory(testbed=testbed, email="kvar@example.org")
    call_command("erase_resident_address", "Radera@Example.org")
    output = capsys.readouterr().out
    assert "radera@example.org" not in output.lower()
    assert "Erased 1 testbed contact request(s)." in output
    assert list(ContactRequest.objects.all()) == [kept]
    assert not OutgoingEmail.objects.exists()


def test_requests_keep_no_entries_in_wagtails_log(testbed):
    assert log_registry.get_log_model_for_model(ContactRequest) is None


@pytest.mark.parametrize(
    "language, phrases",
    [
        ("sv", ["Kontaktförfrågningar till testbäddar", "raderas {days} dagar efter"]),
        ("en", ["Contact requests to testbeds", "deleted {days} days after you sent it"]),
    ],
)
def test_the_privacy_page_text_explains_contact_requests_in_both_languages(
    settings, language, phrases
):
    settings.TESTBED_CONTACT_RETENTION_DAYS = 120
    text = str(pick(privacy_page(), language))
    for phrase in phrases:
        assert phrase.format(days=120) in text
