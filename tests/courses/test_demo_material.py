"""The demo course material stays usable by a trainer: checked on the loader's data, without a
database, so that the checks are cheap."""

import re
from datetime import date

import holidays
import pytest

from courses.demo import session_day, sessions
from courses.demo_modules import managers_modules, politicians_modules
from home.demo.builder import T

MODULES = politicians_modules(None, None) + managers_modules(None)
PUBLIC_SOURCES = ("Vinnova", "SKR", "Digg", "IMY", "Upphandlingsmyndigheten")


def words(html: str) -> int:
    return len(re.sub(r"<[^>]+>", " ", html).split())


def texts(module, language):
    """Each body block's text in `language`, headings and paragraphs alike."""
    result = []
    for body_block in module["body"]:
        if body_block is None:  # a documents block the test does not build
            continue
        value = body_block["value"]
        value = value["text"] if isinstance(value, dict) else value
        result.append(getattr(value, language))
    return result


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("module", MODULES, ids=lambda module: module["slug"].en)
def test_every_course_module_has_aims_a_long_text_a_case_an_exercise_and_reading(module, language):
    body = texts(module, language)
    reading_text = body[body.index({"sv": "Att läsa", "en": "Reading"}[language]) + 1]
    assert words(reading_text) >= 350
    assert {"sv": "Mål med modulen", "en": "Aims of the module"}[language] in body
    assert any(text.startswith({"sv": "Fall: ", "en": "Case: "}[language]) for text in body)
    further = body[body.index({"sv": "Läs mer", "en": "Further reading"}[language]) + 1]
    assert any(source in further for source in PUBLIC_SOURCES)
    assert "http" not in further
    exercise = getattr(module["exercise"], language)
    assert len(re.findall(r"\(\d+ (minuter|minutes)\)", exercise)) >= 2
    assert len(getattr(module["discussion_questions"], language).splitlines()) >= 2


def test_demo_sessions_fall_on_swedish_working_days():
    days_off = holidays.Sweden(years=range(2026, 2031), categories=("public", "de_facto"))
    day = date(2026, 1, 1)
    while day < date(2031, 1, 1):
        chosen = session_day(day)
        assert chosen.weekday() < 5 and chosen not in days_off
        day = date.fromordinal(day.toordinal() + 5)
    # Midsummer Eve 2027 is a Friday; Christmas Eve 2030 is a Tuesday.
    assert session_day(date(2027, 6, 25)) != date(2027, 6, 25)
    assert session_day(date(2030, 12, 24)) != date(2030, 12, 24)


def test_a_course_never_has_two_sessions_on_one_day():
    place = T("Stadshuset i Piteå", "Piteå town hall")
    for start in range(-10, 60):
        days = [s["starts_at"].date() for s in sessions((start, place, {}), (start + 1, place, {}))]
        assert days[0] < days[1]
