"""schema.org Course and CourseInstance data for course pages, as JSON-LD."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

# The same characters that Django's json_script escapes, so the data cannot end the <script>.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

PROVIDER = {
    "@type": "Organization",
    "name": "Idéslussen – Piteå kommun och Skellefteå kommun",
}


def iso_duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"PT{hours}H{rest}M" if rest else f"PT{hours}H"


def course_instance(session, page, request) -> dict:
    data = {
        "@type": "CourseInstance",
        "courseMode": session.mode,
        "startDate": session.starts_at.isoformat(),
        "endDate": session.ends_at.isoformat(),
        "inLanguage": session.language,
        "url": request.build_absolute_uri(page.session_url(session, "register")),
    }
    locations = []
    if session.place:
        locations.append({"@type": "Place", "name": session.place, "address": session.place})
    if session.online_url:
        locations.append({"@type": "VirtualLocation", "url": session.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    return data


def course_json_ld(page, request) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": page.title,
        "description": strip_tags(page.summary_text),
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
        "provider": PROVIDER,
        "timeRequired": iso_duration(page.duration_minutes),
        "audience": {"@type": "Audience", "audienceType": str(page.get_audience_display())},
        "hasCourseInstance": [
            course_instance(session, page, request) for session in page.upcoming_sessions()
        ],
    }
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 - <, > and & are escaped
