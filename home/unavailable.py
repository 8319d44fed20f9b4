"""While the database cannot be reached: a plain "try again in a moment" page (503 with
Retry-After), never a raw 500.

`DatabaseUnavailableMiddleware` turns a database connection error raised by a view into that
page; `server_error` (the project's handler500) does the same for one raised by a middleware
(sessions, sign-in) and otherwise gives Django's own 500 page. The page is rendered from a
template that needs nothing from the database (no menu, footer or site settings). Django closes a
broken connection when the request ends, so the next request connects again: errors last only
while the database is actually unreachable. README, "Deployment".
"""

import logging
import sys
import threading
import time

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 10
# The outage is logged once per interval and process, not once per request.
LOG_SECONDS = 60
_last_logged = 0.0
_unlogged = 0
_log_lock = threading.Lock()


def service_unavailable(error=None) -> HttpResponse:
    _log_outage(error)
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response._has_been_logged = True  # Django would log every request's 503 at error level
    return response


def _log_outage(error):
    global _last_logged, _unlogged
    now = time.monotonic()
    with _log_lock:
        _unlogged += 1
        if _last_logged and now - _last_logged < LOG_SECONDS:
            return
        count, _unlogged, _last_logged = _unlogged, 0, now
    logger.error(
        "Database unavailable (%s: %s): %d request(s) answered 503 since the last message.",
        type(error).__name__,
        str(error).strip(),
        count,
    )


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return service_unavailable(exception)
        return None


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: the 503 page when the error was a database connection error."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS) or isinstance(
        getattr(error, "__cause__", None), DATABASE_ERRORS
    ):
        return service_unavailable(error)
    return django_server_error(request, template_name)
