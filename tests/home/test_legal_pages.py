"""The privacy page (GDPR article 13) and the accessibility statement (DIGG's model) say what the
law asks for, in both languages, and what they say about retention and cookies is what the code
does: the expected figures are read from the settings, so changing a period in the code without
changing the text fails here. The idea form and the course registration form carry their own
notices about public records, sensitive data and the "needs" field."""

import html
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils import timezone
from wagtail.models import Locale

from courses.models import CourseSession
from home.demo import legal
from home.models import SiteSettings
from ideas.models import IdeaSubmissionPage

pytestmark = pytest.mark.django_db

README = Path(settings.BASE_DIR, "README.md")

# The retention settings (COORDINATION's shared decisions). They are added to the settings by the
# retention work; until it is merged, the agreed defaults stand in for them.
RETENTION_DEFAULTS = {
    "IDEA_RETENTION_DAYS": 365,
    "OUTBOX_RETENTION_DAYS": 90,
    "REGISTRATION_RETENTION_DAYS": 90,
    "FORM_SUBMISSION_RETENTION_DAYS": 180,
    "SEARCH_LOG_RETENTION_DAYS": 90,
}


def retention_days(name: str) -> int:
    return getattr(settings, name, RETENTION_DEFAULTS[name])


def sign_in_log_days() -> int:
    """The age the scheduled `axes_reset_logs` keeps, as the README's schedule gives it."""
    return int(re.search(r"axes_reset_logs --age (\d+)", README.read_text()).group(1))


def visible_text(response) -> str:
    """The page's text without tags, entities decoded and white space collapsed."""
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(text))


def legal_pages(language):
    """The privacy page (the one the site settings name for the forms) and the accessibility
    statement (the footer's other legal link), in `language`."""
    site_settings = SiteSettings.objects.get(site__is_default_site=True)
    privacy = site_settings.privacy_page
    footer_pages = [link.value["page"] for link in site_settings.footer.legal_links]
    statement = next(page for page in footer_pages if page.pk != privacy.pk)
    pages = []
    for page in (privacy, statement.specific):
        if language != page.locale.language_code:
            page = page.get_translation(Locale.objects.get(language_code=language))
        pages.append(page)
    return pages


def privacy_text(client, language):
    privacy, _statement = legal_pages(language)
    response = client.get(privacy.url)
    assert response.status_code == 200
    return visible_text(response)


def statement_response(client, language):
    _privacy, statement = legal_pages(language)
    response = client.get(statement.url)
    assert response.status_code == 200
    return response


# --- The privacy page --------------------------------------------------------------------------


CONTROLLERS = {
    "sv": [
        "kommunstyrelsen i den kommun som idén gäller",
        "kommunstyrelsen i Piteå kommun och kommunstyrelsen i Skellefteå kommun",
        "gemensamt personuppgiftsansvariga",
        "artikel 26",
    ],
    "en": [
        "the executive board of the municipality the idea concerns",
        "the executive boards of Piteå Municipality and Skellefteå Municipality",
        "joint controllers",
        "Article 26",
    ],
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_privacy_page_names_the_controller_of_ideas_and_of_the_rest(client, demo_site, language):
    text = privacy_text(client, language)
    for required in CONTROLLERS[language]:
        assert required in text, required


# Each processing: its section heading, then what the section must say.
PROCESSINGS = {
    "sv": {
        "Idéer": ["Vad vi sparar:", "Varför:", "Rättslig grund:", "allmän handling"],
        "E-post om din idé": ["samtycke (artikel 6.1 a)", "ta tillbaka samtycket"],
        "Kursanmälningar": ["Varför:", "uttryckliga samtycke", "artikel 9.2 a", "teckenspråkstolk"],
        "Synpunkter på tillgängligheten": ["Vad vi sparar:", "Varför:", "Rättslig grund:"],
        "Sökningar på webbplatsen": ["personnummer", "artikel 6.1 e"],
        "Inloggning för kommunernas medarbetare": ["IP-adressen", "artikel 6.1 e"],
        "Serverloggar och skydd mot missbruk": ["Driftleverantören", "artikel 6.1 e"],
        "Kakor (cookies)": ["inga kakor för statistik"],
        "Vilka andra som behandlar uppgifterna": ["personuppgiftsbiträden", "e-posttjänst"],
    },
    "en": {
        "Ideas": ["What we store:", "Why:", "Legal basis:", "official document"],
        "E-mails about your idea": ["consent (Article 6(1)(a))", "withdraw your consent"],
        "Course registrations": ["Why:", "explicit consent", "Article 9(2)(a)", "interpreter"],
        "Accessibility feedback": ["What we store:", "Why:", "Legal basis:"],
        "Searches on the site": ["personal identity number", "Article 6(1)(e)"],
        "Sign-in for municipal staff": ["IP address", "Article 6(1)(e)"],
        "Server logs and protection from misuse": ["hosting provider", "Article 6(1)(e)"],
        "Cookies": ["no cookies for statistics"],
        "Who else processes the data": ["processors", "e-mail service"],
    },
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_privacy_page_explains_every_processing_with_purpose_and_legal_basis(
    client, demo_site, language
):
    privacy, _statement = legal_pages(language)
    page_html = html.unescape(client.get(privacy.url).content.decode())
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", page_html)
    names = list(PROCESSINGS[language])
    for number, (heading, phrases) in enumerate(PROCESSINGS[language].items()):
        assert heading in headings, heading
        # The section runs from its heading to the next processing's heading.
        start = page_html.index(f">{heading}</h2>")
        end = page_html.index(f">{names[number + 1]}</h2>") if number + 1 < len(names) else None
        section_text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page_html[start:end]))
        for phrase in phrases:
            assert phrase in section_text, (heading, phrase)


def retention_phrases(language):
    idea = retention_days("IDEA_RETENTION_DAYS")
    outbox = retention_days("OUTBOX_RETENTION_DAYS")
    registration = retention_days("REGISTRATION_RETENTION_DAYS")
    form = retention_days("FORM_SUBMISSION_RETENTION_DAYS")
    search = retention_days("SEARCH_LOG_RETENTION_DAYS")
    sign_in = sign_in_log_days()
    rate_limit_minutes = settings.FORM_RATE_LIMIT[1] // 60
    if language == "sv":
        return [
            f"raderas {idea} dagar efter att idén har avslutats",
            f"raderas {outbox} dagar efter att den skickades",
            "raderas när kurstillfället är slut",
            f"Hela anmälan raderas {registration} dagar efter tillfället",
            f"raderas från webbplatsen {form} dagar efter att du skickade den",
            f"Sökloggen raderas efter {search} dagar",
            f"Inloggningsloggen raderas efter {sign_in} dagar",
            f"koden raderas efter {rate_limit_minutes} minuter",
        ]
    return [
        f"erased {idea} days after the idea was finished",
        f"deleted {outbox} days after sending",
        "erased when the session has ended",
        f"The whole registration is deleted {registration} days after the session",
        f"deleted from the site {form} days after you sent it",
        f"The search log is deleted after {search} days",
        f"The sign-in log is deleted after {sign_in} days",
        f"the code is deleted after {rate_limit_minutes} minutes",
    ]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_privacy_page_states_the_retention_periods_the_code_applies(client, demo_site, language):
    text = privacy_text(client, language).lower()
    for phrase in retention_phrases(language):
        assert phrase.lower() in text, phrase


RIGHTS = {
    "sv": [
        "Rätt att få veta vad vi har om dig",
        "Rätt att få fel rättade",
        "Rätt att få uppgifter raderade",
        "Rätt att begränsa behandlingen",
        "Rätt att invända",
        "Rätt att ta tillbaka ditt samtycke",
        "Rätt att klaga hos Integritetsskyddsmyndigheten (IMY)",
        "kommunens dataskyddsombud",
    ],
    "en": [
        "Right of access",
        "Right to rectification",
        "Right to erasure",
        "Right to restriction of processing",
        "Right to object",
        "Right to withdraw consent",
        "Right to complain to the Swedish Authority for Privacy Protection (IMY)",
        "municipality's data protection officer",
    ],
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_privacy_page_lists_every_right_the_complaint_to_imy_and_the_dpo(
    client, demo_site, language
):
    privacy, _statement = legal_pages(language)
    response = client.get(privacy.url)
    text = visible_text(response)
    for required in RIGHTS[language]:
        assert required in text, required
    assert f'href="{legal.IMY_URL}"' in response.text
    # The data protection officer is reached through each municipality's switchboard or by e-mail.
    for phone in (legal.PITEA_PHONE, legal.SKELLEFTEA_PHONE):
        assert getattr(phone, language) in text
    assert f'href="mailto:{settings.CONTACT_EMAIL}"' in response.text


def sign_in(client, remember: bool):
    data = {"username": "dpo-check", "password": "A-long-passw0rd!"}
    if remember:
        data["remember"] = "on"
    response = client.post("/admin/login/", data)
    assert response.status_code == 302
    return response.cookies


def cookies_the_site_sets(client):
    """The names of the cookies the server sets (a public form, a staff sign-in with and without
    "remember me"), and the two staff session cookies."""
    form = IdeaSubmissionPage.objects.live().get(locale__language_code="sv")
    names = set(client.get(form.url).cookies)
    get_user_model().objects.create_superuser("dpo-check", "dpo@example.org", "A-long-passw0rd!")
    remembered = sign_in(client, remember=True)
    client.logout()
    not_remembered = sign_in(client, remember=False)
    names |= set(remembered) | set(not_remembered)
    return (
        names,
        remembered[settings.SESSION_COOKIE_NAME],
        not_remembered[settings.SESSION_COOKIE_NAME],
    )


@pytest.mark.parametrize("language", ["sv", "en"])
def test_privacy_page_names_every_cookie_the_site_sets_with_its_lifetime(
    client, demo_site, language
):
    names, remembered, not_remembered = cookies_the_site_sets(client)
    assert {settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME} <= names
    # Set by Django's message framework and by the Wagtail admin's menu (in the browser).
    names |= {CookieStorage.cookie_name, "wagtail_sidebar_collapsed"}

    table = re.search(
        r"<table>.*?</table>",
        html.unescape(client.get(legal_pages(language)[0].url).content.decode()).split(
            "Kakor som webbplatsen använder" if language == "sv" else "Cookies the site uses", 1
        )[1],
        re.S,
    ).group(0)
    rows = {
        re.sub(r"<[^>]+>", "", row[0]).strip(): re.sub(r"<[^>]+>", " ", row[1])
        for row in re.findall(r'<th scope="row">(.*?)</th>(.*?)</tr>', table, re.S)
    }
    assert names <= set(rows), names - set(rows)

    hours = settings.SESSION_COOKIE_AGE // 3600
    assert remembered["max-age"] == settings.SESSION_COOKIE_AGE
    assert not_remembered["max-age"] == not_remembered["expires"] == ""  # ends with the browser
    weeks = settings.CSRF_COOKIE_AGE // (7 * 24 * 3600)
    if language == "sv":
        assert f"{weeks} veckor" in rows[settings.CSRF_COOKIE_NAME]
        assert "tills du stänger webbläsaren" in rows[settings.SESSION_COOKIE_NAME]
        assert f"{hours} timmar" in rows[settings.SESSION_COOKIE_NAME]
    else:
        assert f"{weeks} weeks" in rows[settings.CSRF_COOKIE_NAME]
        assert "until you close the browser" in rows[settings.SESSION_COOKIE_NAME]
        assert f"{hours} hours" in rows[settings.SESSION_COOKIE_NAME]


# --- The accessibility statement ---------------------------------------------------------------


STATEMENT = {
    "sv": [
        "Webbplatsen är delvis förenlig med lagen (2018:1937)",
        "Bristande förenlighet med lagkraven",
        "Oskäligt betungande anpassning",
        "Innehåll som inte omfattas av lagen",
        "självskattning",
        "axe-core",
        "Myndigheten för digital förvaltning (Digg)",
        f"Redogörelsen publicerades den {legal.STATEMENT_PUBLISHED.sv}",
        f"granskades och uppdaterades senast den {legal.LAST_REVIEWED.sv}",
        f"Senaste bedömningen gjordes den {legal.ASSESSMENT_DATE.sv}",
    ],
    "en": [
        "The site is partially compliant with the Swedish Act (2018:1937)",
        "Non-compliance with the law",
        "Disproportionate burden",
        "Content that is not within the scope of the law",
        "self-assessment",
        "axe-core",
        "Agency for Digital Government (Digg)",
        f"This statement was published on {legal.STATEMENT_PUBLISHED.en}",
        f"last reviewed and updated on {legal.LAST_REVIEWED.en}",
        f"The latest assessment was made on {legal.ASSESSMENT_DATE.en}",
    ],
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_accessibility_statement_has_every_part_of_the_model(client, demo_site, language):
    response = statement_response(client, language)
    text = visible_text(response)
    for required in STATEMENT[language]:
        assert required in text, required
    assert f'href="{legal.DIGG_COMPLAINT_URL}"' in response.text
    feedback_url = (
        "/synpunkter-tillganglighet/" if language == "sv" else "/en/accessibility-feedback/"
    )
    assert f'href="{feedback_url}"' in response.text
    assert f'href="mailto:{settings.CONTACT_EMAIL}"' in response.text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_known_accessibility_problem_has_a_criterion_and_a_fix_date(
    client, demo_site, language
):
    text = visible_text(statement_response(client, language))
    start = "Bristande förenlighet med lagkraven" if language == "sv" else "Non-compliance with"
    end = "Oskäligt betungande anpassning" if language == "sv" else "Disproportionate burden"
    problems = text.split(start)[1].split(end)[0]
    criteria = re.findall(
        r"kriterium (\d\.\d\.\d)" if language == "sv" else r"criterion (\d\.\d\.\d)", problems
    )
    assert criteria == ["3.1.2"]
    fix_dates = [legal.FIX_BY_MARCH]
    sentences = problems.split("WCAG 2.1")[1:]
    for sentence, date in zip(sentences, fix_dates, strict=True):
        assert getattr(date, language) in sentence


@pytest.mark.parametrize("language", ["sv", "en"])
def test_accessibility_statement_claims_no_videos_or_pdfs_the_site_does_not_have(
    client, demo_site, language
):
    text = visible_text(statement_response(client, language)).lower()
    for word in ("textning", "captions", "pdf"):
        assert word not in text


# --- The forms' own notices --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "public_record", "sensitive"),
    [
        (
            "sv",
            "Det du skickar blir en allmän handling",
            "Skriv därför inte känsliga personuppgifter",
        ),
        (
            "en",
            "What you send becomes an official document",
            "do not write sensitive personal data",
        ),
    ],
)
def test_idea_form_warns_of_public_records_and_sensitive_data_before_sending(
    client, demo_site, language, public_record, sensitive
):
    form = IdeaSubmissionPage.objects.live().get(locale__language_code=language)
    privacy, _statement = legal_pages(language)
    page_html = html.unescape(client.get(form.url).content.decode())
    notice = re.search(r'id="idea-public-records">(.*?)</div>', page_html, re.S).group(1)
    assert public_record in notice
    assert sensitive in notice
    assert f'href="{privacy.url}"' in notice
    # Before the fields and the send button.
    assert page_html.index(public_record) < page_html.index('name="title"')


@pytest.mark.parametrize(
    ("language", "explains_needs"),
    [
        ("sv", "raderar det när tillfället är slut"),
        ("en", "erase it when the session has ended"),
    ],
)
def test_course_registration_form_links_privacy_and_explains_the_needs_field(
    client, demo_site, language, explains_needs
):
    session = (
        CourseSession.objects.filter(
            locale__language_code=language, registration_deadline__gt=timezone.now()
        )
        .select_related("page")
        .first()
    )
    route = "anmalan" if language == "sv" else "register"
    response = client.get(f"{session.page.url}{route}/{session.pk}/")
    assert response.status_code == 200
    privacy, _statement = legal_pages(language)
    page_html = html.unescape(response.content.decode())
    notice = re.search(r'id="registration-privacy">(.*?)</p>', page_html, re.S).group(1)
    assert f'href="{privacy.url}"' in notice
    needs_help = re.search(r'id="id_needs_helptext">(.*?)</div>', page_html, re.S).group(1)
    assert explains_needs in needs_help
