"""Keeps the residents' tracking tokens out of the application's logs.

A tracking address (/ideer/folj/<token>/, /en/ideas/follow/<token>/) is a secret: whoever has
it sees the idea's private page. Django logs request paths (django.request on 4xx/5xx,
django.server in development) and gunicorn can log every request. The filter replaces the
token in the message. It sits on the handlers in settings.LOGGING, which every record passes,
and `install()` adds it to the loggers that write paths, for handlers that others configure
(gunicorn's own access log, pytest's log capture)."""

import logging
import re

TRACKING_PATH = re.compile(
    r"(/(?:folj|follow|bekrafta|confirm|avregistrera|unsubscribe|sluta-stodja|withdraw)/)"
    r"[^/\s?#\"']+"
)
MASK = r"\1[hidden]"
PATH_LOGGERS = ["django.request", "django.server", "gunicorn.access", "gunicorn.error"]


def mask_tracking_tokens(text: str) -> str:
    return TRACKING_PATH.sub(MASK, text)


class TrackingTokenFilter(logging.Filter):
    """Masks tracking tokens in a record's message; lets every record through."""

    def filter(self, record):
        message = record.getMessage()
        masked = mask_tracking_tokens(message)
        if masked != message:
            record.msg = masked
            record.args = ()
        return True


def install() -> None:
    for name in PATH_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, TrackingTokenFilter) for f in logger.filters):
            logger.addFilter(TrackingTokenFilter())
