"""The views behind the routes of course pages: registration and calendar files. The routes
hand the page to these views, which reach the data through it (this module imports no model)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from home.form_protection import form_rate_limited, submit_once

from . import ical
from .exceptions import RegistrationClosed
from .forms import RegistrationForm

# UIDs must not change with the address a feed was fetched from.
UID_DOMAIN = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "idesluss"
FORM_TEMPLATE = "courses/registration_form.html"
DONE_TEMPLATE = "courses/registration_done.html"


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
