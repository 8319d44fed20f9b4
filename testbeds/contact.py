"""The contact request form of a testbed page (its `kontakt/` / `contact/` sub-route): the form,
the view the route hands the page to, and storing and mailing a request. The request is mailed
to the testbed's contact address through the outbox, in Swedish (the staff's language), with the
language the request was written in."""

from django import forms
from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from home.form_fields import email_field, text_field
from home.form_protection import ProtectedFormMixin, form_rate_limited, submit_once
from home.models import OutgoingEmail
from home.outbox import queue_email

from .choices import Status
from .contact_requests import ContactRequest

RATE_LIMIT_SCOPE = "testbed-contact"
FORM_TEMPLATE = "testbeds/contact_form.html"
DONE_TEMPLATE = "testbeds/contact_done.html"
STAFF_LANGUAGE = "sv"


class ContactRequestForm(ProtectedFormMixin, forms.Form):
    """Who you are, how we reach you, what you want to test and when."""

    name = text_field(_("Your name"), 200, "name")
    email = email_field(
        _("E-mail address"), help_text=_("The testbed's contact person answers you here.")
    )
    organisation = text_field(
        _("Organisation"),
        200,
        "organization",
        help_text=_("For example a company, a university or a municipal unit."),
    )
    what_to_test = text_field(
        _("What do you want to test?"),
        3000,
        "off",
        help_text=_("Describe the product, service or way of working, and what you want to learn."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    when = text_field(
        _("When?"),
        300,
        "off",
        help_text=_("For example “in the spring of 2027” or “two weeks in September”."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my request is stored and sent to the testbed's contact person, who "
            "uses it to answer me."
        ),
        error_messages={"required": _("You need to agree before you can send the request.")},
    )


def source_testbed(page):
    """The testbed in the default language (the request is stored against it), or `page`."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .first()
        or page
    )


def save_contact_request(page, data, language: str) -> ContactRequest:
    """Store the request and, in the same transaction, the e-mail to the testbed's contact."""
    testbed = source_testbed(page)
    with transaction.atomic():
        contact_request = ContactRequest.objects.create(
            testbed=testbed,
            testbed_title=testbed.title,
            municipality=testbed.municipality,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            what_to_test=data["what_to_test"],
            when=data["when"],
            language=language,
            consent_at=timezone.now(),
        )
        if testbed.contact_email:
            queue_contact_email(contact_request, testbed)
    return contact_request


def queue_contact_email(contact_request, testbed):
    """The request, to the testbed's contact address, in Swedish."""
    with translation.override(STAFF_LANGUAGE):
        context = {
            "contact_request": contact_request,
            "testbed": testbed,
            "language_name": contact_request.get_language_display(),
            "retention_days": settings.TESTBED_CONTACT_RETENTION_DAYS,
        }
        subject = render_to_string("testbeds/email/contact_request_subject.txt", context)
        body = render_to_string("testbeds/email/contact_request_body.txt", context)
    return queue_email(
        kind=OutgoingEmail.Kind.FORM_SUBMISSION,
        to=[testbed.contact_email],
        subject=subject,
        body=body,
        about=contact_request,
    )


def accepts_requests(page) -> bool:
    return page.status != Status.CLOSED


def contact_view(request, page):
    """Show the form (GET), or check and store a request (POST). A closed testbed refuses
    requests with a message (410 to a POST); a bad request gets the form back with what was
    typed (400); too many requests from one client, 429. No response is cached."""
    context = {
        "page": page,
        "self": page,
        "contact_url": page.route_url("contact"),
        "retention_days": settings.TESTBED_CONTACT_RETENTION_DAYS,
    }

    def render(template, status=200, **extra):
        context.update(extra)
        response = TemplateResponse(request, template, context, status=status)
        add_never_cache_headers(response)
        return response

    if not accepts_requests(page):
        return render(FORM_TEMPLATE, status=410 if request.method == "POST" else 200, form=None)
    if request.method != "POST":
        return render(FORM_TEMPLATE, form=ContactRequestForm(request=request))

    form = ContactRequestForm(request.POST, request=request)
    if form_rate_limited(request, RATE_LIMIT_SCOPE, form):
        return render(FORM_TEMPLATE, status=429, form=form)
    if not form.is_valid():
        return render(FORM_TEMPLATE, status=400, form=form)
    if form.is_spam:
        return render(DONE_TEMPLATE)
    language = translation.get_language() or settings.LANGUAGE_CODE
    submit_once(form, lambda: save_contact_request(page, form.cleaned_data, language))
    return render(DONE_TEMPLATE)
