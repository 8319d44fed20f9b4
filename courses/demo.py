"""Demo content of the training programme: the course index, a course for elected
representatives and one for managers, their modules (courses/demo_modules.py), sessions on
working days in the weeks after the day the demo is loaded, and course material as real documents
in each language."""

import io
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings
from django.utils import timezone
from openpyxl import Workbook

from home import spreadsheets
from home.demo.builder import T, add_to_menu, block, ensure_document, ensure_page, pick
from home.demo.translation import use_english_documents
from home.models import HomePage

from .choices import Audience, CourseFormat, RegistrationStatus, SessionLanguage
from .demo_modules import managers_modules, politicians_modules
from .models import CourseIndexPage, CourseModulePage, CoursePage, CourseSession, Registration

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def load():
    home = HomePage.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    index = ensure_page(home, CourseIndexPage, index_fields())
    docs = ensure_documents()
    # The English pages get the English documents in place of the Swedish ones.
    english = {doc.sv.pk: doc.en.pk for doc in docs.values()}

    politicians = ensure_page(
        index,
        CoursePage,
        politicians_course([docs["risk_matrix"].sv, docs["procurement"].sv]),
        children={"sessions": CourseSession},
    )
    use_english_documents(politicians, english)
    for module in politicians_modules(
        documents(T("Arbetsmaterial", "Worksheet"), [docs["risk_matrix"].sv]),
        documents(T("Checklista", "Checklist"), [docs["procurement"].sv]),
    ):
        use_english_documents(ensure_page(politicians, CourseModulePage, module), english)

    managers = ensure_page(
        index,
        CoursePage,
        managers_course([docs["guide"].sv, docs["risk_matrix"].sv]),
        children={"sessions": CourseSession},
    )
    use_english_documents(managers, english)
    for module in managers_modules(
        documents(T("Samtalsguide", "Conversation guide"), [docs["guide"].sv])
    ):
        use_english_documents(ensure_page(managers, CourseModulePage, module), english)

    ensure_full_session(managers)
    add_to_menu(index, T("Utbildning", "Training"))
    return index


# Two example registrants (example.org addresses) who fill the managers' course's last session:
# a visitor who registers for it goes on the waiting list and is offered a seat by e-mail (the
# console in `make demo`) when staff cancel one of these registrations in the admin.
EXAMPLE_REGISTRANTS = [
    ("Exempel Ett", "exempel.ett@example.org"),
    ("Exempel Två", "exempel.tva@example.org"),
]


def ensure_full_session(course):
    session = course.sessions.order_by("starts_at").last()
    for name, email in EXAMPLE_REGISTRANTS:
        Registration.objects.get_or_create(
            session_key=session.translation_key,
            email=email,
            defaults={
                "course": course,
                "session_starts_at": session.starts_at,
                "name": name,
                "organisation": "Skellefteå kommun",
                "role": "Enhetschef",
                "consent_at": timezone.now(),
                "language": SessionLanguage.SWEDISH,
                "status": RegistrationStatus.CONFIRMED,
            },
        )


# --- Documents ----------------------------------------------------------------------------------


def risk_matrix_file(language: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = pick(T("Riskmatris", "Risk matrix"), language)
    header = [
        T("Risk", "Risk"),
        T("Sannolikhet 1–5", "Likelihood 1–5"),
        T("Konsekvens 1–5", "Impact 1–5"),
        T("Åtgärd", "Action"),
        T("Ansvarig", "Owner"),
        T("Följs upp", "Review date"),
    ]
    sheet.append(pick(header, language))
    rows = [
        (
            T(
                "Tekniken fungerar inte i boendemiljön",
                "The technology does not work in the care home",
            ),
            2,
            4,
            T("Pröva först i en testbädd", "Try it in a testbed first"),
        ),
        (
            T("Personalen hinner inte delta", "Staff have no time to take part"),
            3,
            3,
            T("Avsätt tid i schemat", "Set aside time in the rota"),
        ),
        (
            T("Lösningen passar bara vissa brukare", "The solution only suits some service users"),
            3,
            4,
            T(
                "Gör en jämställdhets- och tillgänglighetsanalys",
                "Analyse gender equality and accessibility",
            ),
        ),
        (
            T(
                "Personuppgifter om hälsa behandlas utan tillräckligt skydd",
                "Health data is processed without enough protection",
            ),
            2,
            5,
            T(
                "Fråga dataskyddsombudet och gör en konsekvensbedömning",
                "Ask the data protection officer and make a data protection impact assessment",
            ),
        ),
        (
            T(
                "Deltagare förstår inte vad de samtycker till",
                "Participants do not understand what they consent to",
            ),
            3,
            4,
            T(
                "Informera på lätt svenska och med bilder, och tala med företrädare",
                "Inform in easy-to-read Swedish and with pictures, and talk to representatives",
            ),
        ),
    ]
    for risk, likelihood, impact, action in rows:
        sheet.append([pick(risk, language), likelihood, impact, pick(action, language), "", ""])
    for column, width in zip("ABCDEF", [60, 18, 18, 60, 20, 20], strict=True):
        sheet.column_dimensions[column].width = width
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


PROCUREMENT_QUESTIONS = [
    T(
        "Beskriver underlaget behovet i stället för en färdig lösning?",
        "Does the tender describe the need rather than a finished solution?",
    ),
    T(
        "Har vi haft dialog med leverantörer innan upphandlingen?",
        "Have we talked to suppliers before the procurement?",
    ),
    T(
        "Har användare och medarbetare fått säga sitt om behovet?",
        "Have users and staff had their say on the need?",
    ),
    T(
        "Får anbud med nya arbetssätt plats i utvärderingen?",
        "Can tenders with new ways of working score in the evaluation?",
    ),
    T(
        "Finns krav på tillgänglighet för alla användare?",
        "Are there accessibility requirements for all users?",
    ),
    T(
        "Har vi frågat hur lösningen påverkar kvinnor och män olika?",
        "Have we asked how the solution affects women and men differently?",
    ),
    T(
        "Går det att pröva lösningen i liten skala först?",
        "Can the solution be tried on a small scale first?",
    ),
]


def procurement_checklist_file(language: str) -> bytes:
    output = io.StringIO()
    writer = spreadsheets.writer(output)
    writer.writerow(pick([T("Fråga", "Question"), T("Ja/nej", "Yes/no")], language))
    for question in PROCUREMENT_QUESTIONS:
        writer.writerow([pick(question, language), ""])
    return output.getvalue().encode("utf-8-sig")


CONVERSATION_GUIDE = T(
    """Samtalsguide för chefer: när en medarbetare har en idé

1. Tacka och lyssna. Vad har du sett? Vem skulle ha nytta av idén?
2. Fråga efter behovet, inte lösningen. Vilket problem löser idén?
3. Bestäm nästa steg tillsammans: lämna idén till Idéslussen, pröva i liten skala eller vänta.
4. Avsätt tid. Vem gör vad, och när följer vi upp?
5. Återkoppla inom två veckor, även när svaret är nej.
""",
    """Conversation guide for managers: when an employee has an idea

1. Thank and listen. What have you noticed? Who would benefit from the idea?
2. Ask about the need, not the solution. What problem does the idea solve?
3. Agree on the next step together: hand the idea to the idea sluice, try it on a small scale
   or wait.
4. Set aside time. Who does what, and when do we follow up?
5. Get back to the employee within two weeks, even when the answer is no.
""",
)


def conversation_guide_file(language: str) -> bytes:
    return pick(CONVERSATION_GUIDE, language).encode("utf-8")


# Each document in Swedish and in English: title, file name and the function that writes it.
DOCUMENTS = {
    "risk_matrix": (
        T("Riskmatris för innovationsarbete", "Risk matrix for innovation work"),
        T("riskmatris.xlsx", "risk-matrix.xlsx"),
        risk_matrix_file,
    ),
    "procurement": (
        T(
            "Checklista: upphandling som bjuder in nya lösningar",
            "Checklist: procurement that invites new solutions",
        ),
        T("checklista-upphandling.csv", "procurement-checklist.csv"),
        procurement_checklist_file,
    ),
    "guide": (
        T("Samtalsguide för chefer", "Conversation guide for managers"),
        T("samtalsguide.txt", "conversation-guide.txt"),
        conversation_guide_file,
    ),
}


def ensure_documents() -> dict:
    """{key: T(Swedish document, English document)}."""
    documents = {}
    for key, (title, filename, build) in DOCUMENTS.items():
        documents[key] = T(
            *(
                ensure_document(
                    pick(title, language),
                    pick(filename, language),
                    lambda language=language, build=build: build(language),
                )
                for language in ("sv", "en")
            )
        )
    return documents


# --- Pages --------------------------------------------------------------------------------------


def index_fields():
    return {
        "title": T("Utbildning", "Training"),
        "slug": T("utbildning", "training"),
        "listing_summary": T(
            "Kurser om innovation i kommunen för förtroendevalda och chefer.",
            "Courses on innovation in the municipality for elected representatives and managers.",
        ),
        "intro": T(
            "Kurserna om innovation i kommunens verksamhet är till för förtroendevalda och "
            "chefer i Piteå kommun och Skellefteå kommun. Välj en kurs, läs modulerna i din egen "
            "takt och anmäl dig till ett tillfälle. Är du medarbetare? Använd verktygslådan på "
            "arbetsplatsträffen, och fråga din chef om stöd från en idécoach.",
            "The courses on innovation in the municipality's services are for elected "
            "representatives and managers in Piteå Municipality and Skellefteå Municipality. "
            "Choose a course, read the modules at your own pace and register for a session. Are "
            "you a member of staff? Use the toolkit at your workplace meeting, and ask your "
            "manager for support from an idea coach.",
        ),
        "body": [],
    }


def session_day(day: date) -> date:
    """`day`, or the first day after it that suits a course: a Swedish working day (not a weekend,
    a public holiday or a de facto one such as Christmas Eve) outside the Christmas and New Year
    break and July, when most staff are on holiday."""
    days_off = holidays.Sweden(
        years=range(day.year, day.year + 2), categories=("public", "de_facto")
    )

    def in_holiday_season(day):
        return day.month == 7 or (day.month, day.day) >= (12, 21) or (day.month, day.day) <= (1, 6)

    while day.weekday() >= 5 or day in days_off or in_holiday_season(day):
        day += timedelta(days=1)
    return day


def session_time(weeks: int, start: time, hours: int, after: date | None = None):
    """A session `weeks` from today, on the Tuesday of that week or the first suitable day after
    it (and at least a week after `after`), from `start` Stockholm time."""
    day = timezone.localtime(timezone.now(), STOCKHOLM).date() + timedelta(weeks=weeks)
    day += timedelta(days=(1 - day.weekday()) % 7)
    while after is not None and day < after + timedelta(weeks=1):
        day += timedelta(weeks=1)
    starts_at = datetime.combine(session_day(day), start, tzinfo=STOCKHOLM)
    return starts_at, starts_at + timedelta(hours=hours)


def sessions(*specs) -> list[dict]:
    """The sessions of one course, in order and at least a week apart, so that two of them never
    fall on the same day after a holiday has moved one."""
    result = []
    for spec in specs:
        after = result[-1]["starts_at"].date() if result else None
        result.append(session(*spec[:2], after=after, **spec[2]))
    return result


def session(
    weeks,
    place,
    language=SessionLanguage.SWEDISH,
    seats=25,
    online_url="",
    hours=3,
    after=None,
):
    starts_at, ends_at = session_time(weeks, time(9, 0), hours, after)
    return {
        "starts_at": starts_at,
        "ends_at": ends_at,
        "place": place,
        "online_url": online_url,
        "seat_limit": seats,
        "registration_deadline": starts_at - timedelta(days=7),
        "language": language,
    }


# Places named without room numbers or street addresses, which a real session would give.
PITEA_TOWN_HALL = T("Stadshuset i Piteå", "Piteå town hall")
SKELLEFTEA_TOWN_HALL = T("Stadshuset i Skellefteå", "Skellefteå town hall")


def documents(title: T, docs) -> dict:
    return block("documents", {"title": title, "documents": [doc.pk for doc in docs]})


def politicians_course(material):
    return {
        "title": T("Innovation och politisk styrning", "Innovation and political governance"),
        "slug": T("innovation-och-politisk-styrning", "innovation-and-political-governance"),
        "audience": Audience.POLITICIANS,
        "format": CourseFormat.WORKSHOP,
        "duration_minutes": 9 * 60,
        "summary_text": T(
            "En kurs för förtroendevalda i Piteå och Skellefteå om hur nämnder och "
            "fullmäktige kan ge utrymme för nya lösningar i välfärden och samtidigt styra och "
            "följa upp dem.",
            "A course for elected representatives in Piteå and Skellefteå on how committees and "
            "councils can make room for new solutions in welfare services while still governing "
            "and following them up.",
        ),
        "learning_objectives": T(
            "<ul><li>förklara vad innovation betyder i en kommun och vad den inte är</li>"
            "<li>ställa frågor om risk, styrning och uppföljning när en verksamhet vill pröva "
            "något nytt</li><li>beskriva hur Idéslussen hänger ihop med kommunens "
            "ledningssystem</li><li>använda jämställdhet och tillgänglighet som perspektiv i "
            "beslut</li><li>ge uppdrag om upphandling som bjuder in nya lösningar</li></ul>",
            "<ul><li>explain what innovation means in a municipality, and what it does not "
            "mean</li><li>ask about risk, governance and follow-up when a service wants to try "
            "something new</li><li>describe how the idea sluice fits into the municipality's "
            "management system</li><li>use gender equality and accessibility as perspectives "
            "in decisions</li><li>commission procurement that invites new solutions</li></ul>",
        ),
        "prerequisites": T(
            "Inga förkunskaper behövs. Läs gärna den första modulen innan det första tillfället.",
            "No prior knowledge is needed. If you can, read the first module before the first "
            "session.",
        ),
        "body": [],
        "material": [documents(T("Material till kursen", "Course material"), material)],
        "sessions": sessions(
            (-6, PITEA_TOWN_HALL, {"seats": 20}),
            (3, PITEA_TOWN_HALL, {"seats": 20}),
            (5, SKELLEFTEA_TOWN_HALL, {"seats": 20}),
            (
                8,
                T("", ""),
                {
                    "language": SessionLanguage.ENGLISH,
                    "seats": 30,
                    "online_url": "https://meet.example.org/idesluss-politicians",
                    "hours": 2,
                },
            ),
        ),
    }


def managers_course(material):
    return {
        "title": T("Att leda innovationsarbete", "Leading innovation work"),
        "slug": T("leda-innovationsarbete", "leading-innovation-work"),
        "audience": Audience.MANAGERS,
        "format": CourseFormat.WORKSHOP,
        "duration_minutes": 6 * 60,
        "summary_text": T(
            "En kurs för chefer i äldreomsorgen och funktionshinderomsorgen om hur du tar "
            "emot medarbetarnas idéer, ger tid att pröva dem och leder förändringen när något "
            "ska införas.",
            "A course for managers in elderly care and disability care on how to receive your "
            "staff's ideas, give time to try them out and lead the change when something is to "
            "be implemented.",
        ),
        "learning_objectives": T(
            "<ul><li>ta emot en idé så att medarbetaren vill komma med fler</li><li>planera "
            "ett litet försök tillsammans med en idécoach</li><li>leda införandet av det som "
            "fungerade</li></ul>",
            "<ul><li>receive an idea so that the employee wants to bring more</li><li>plan a "
            "small trial together with an idea coach</li><li>lead the implementation of what "
            "worked</li></ul>",
        ),
        "prerequisites": T(
            "Du är chef i Piteå kommun eller Skellefteå kommun. Ta gärna med en idé från din "
            "arbetsplats.",
            "You are a manager in Piteå Municipality or Skellefteå Municipality. Bring an idea "
            "from your workplace if you can.",
        ),
        "body": [],
        "material": [documents(T("Material till kursen", "Course material"), material)],
        "sessions": sessions(
            (-4, PITEA_TOWN_HALL, {"seats": 16}),
            (4, PITEA_TOWN_HALL, {"seats": 16, "hours": 6}),
            # Small and full (ensure_full_session), so that the waiting list can be tried.
            (7, SKELLEFTEA_TOWN_HALL, {"seats": 2, "hours": 6}),
        ),
    }
