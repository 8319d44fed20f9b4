"""The views behind the routes of course pages: registration, the registrant's links (cancel,
answer an offer) and calendar files. The routes hand the page to these views, which reach the
data through it (this module imports no model)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from home.form_protection import form_rate_limited, submit_once

from . import ical
from .choices import RegistrationStatus
from .exceptions import RegistrationClosed
from .forms import RegistrationForm

# UIDs must not change with the address a feed was fetched from.
UID_DOMAIN = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "idesluss"
FORM_TEMPLATE = "courses/registration_form.html"
DONE_TEMPLATE = "courses/registration_done.html"
LINK_TEMPLATE = "courses/registration_link.html"
LINK_HEADINGS = {
    "invalid": _("The link does not work"),
    "started": _("The session has started"),
    "cancel": _("Cancel your registration"),
    "cancelled": _("Your registration is cancelled"),
    "offer": _("A seat is free for you"),
    "confirmed": _("You have a seat"),
    "offer_expired": _("The offer has expired"),
}
# The answers that are not "here is the page": no such registration, and links that have ended.
LINK_STATUSES = {"invalid": 404, "started": 410, "offer_expired": 410}


@never_cache
def registration(request, page, session_id):
    session = page.session_for_registration(session_id)
    if session is None:
        raise Http404
    context = {
        "page": page,
        "self": page,
        "session": session,
        "register_url": page.session_url(session, "register"),
        "session_calendar_url": page.session_url(session, "session_calendar"),
    }

    def render(template, status=200, **extra):
        context.update(extra)
        return TemplateResponse(request, template, context, status=status)

    if not session.is_open:
        return render(FORM_TEMPLATE, status=410 if request.method == "POST" else 200, form=None)
    if request.method != "POST":
        return render(FORM_TEMPLATE, form=RegistrationForm(request=request))

    form = RegistrationForm(request.POST, request=request)
    if form_rate_limited(request, "course-registration", form):
        return render(FORM_TEMPLATE, status=429, form=form)
    if not form.is_valid():
        return render(FORM_TEMPLATE, status=400, form=form)
    if form.is_spam:
        return render(DONE_TEMPLATE, registration=None)
    try:
        # Sent again with the same token (a retry after an error): the same registration.
        saved, _created = submit_once(
            form, lambda: page.save_registration(session, form.cleaned_data)
        )
    except RegistrationClosed:
        return render(FORM_TEMPLATE, status=410, form=None)
    page.count_seats(session)
    return render(DONE_TEMPLATE, registration=saved)


def link_response(request, page, token, state_for):
    """What the registrant's links show: a page with a button (GET) and the change (POST), so
    that a mail scanner following the link changes nothing. `state_for(registration)` does
    the work and names the state to show. Every link ends when the session starts."""
    registration = page.registration_for_token(token)
    context = {"page": page, "self": page, "registration": registration}
    if registration is None:
        state = "invalid"
    else:
        session = registration.session(page.url_language())
        starts_at = session.starts_at if session else registration.session_starts_at
        context["session"] = session
        state = "started" if timezone.now() >= starts_at else state_for(registration)
    context.update(state=state, heading=LINK_HEADINGS[state])
    return TemplateResponse(request, LINK_TEMPLATE, context, status=LINK_STATUSES.get(state, 200))


@never_cache
def cancellation(request, page, token):
    """The link to cancel a registration or leave the waiting list."""

    def state_for(registration):
        if registration.status == RegistrationStatus.CANCELLED:
            return "cancelled"
        if request.method != "POST":
            return "cancel"
        registration.cancel()
        return "cancelled"

    return link_response(request, page, token, state_for)


@never_cache
def seat_offer(request, page, token):
    """The link in an offer: confirm the freed seat or decline it."""

    def state_for(registration):
        if registration.status == RegistrationStatus.CANCELLED:
            return "cancelled"
        if registration.status == RegistrationStatus.CONFIRMED:
            return "confirmed"
        if not registration.offer_is_open:
            return "offer_expired" if registration.offered_at else "invalid"
        if request.method != "POST":
            return "offer"
        if request.POST.get("answer") == "decline":
            registration.cancel()
            return "cancelled"
        return "confirmed" if registration.confirm_offer() else "offer_expired"

    return link_response(request, page, token, state_for)


def session_event(request, session) -> ical.Event:
    page = session.page
    location = ", ".join(value for value in [session.place, session.online_url] if value)
    return ical.Event(
        uid=f"{session.translation_key}@{UID_DOMAIN}",
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        summary=page.title,
        description=page.summary_text,
        location=location,
        url=page.get_full_url(request) or "",
    )


def calendar_response(request, sessions, name: str, filename: str, attachment=False):
    """A calendar feed to subscribe to, or (attachment) a file with one event to add."""
    events = [session_event(request, session) for session in sessions]
    response = HttpResponse(
        ical.calendar(events, name), content_type="text/calendar; charset=utf-8"
    )
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
