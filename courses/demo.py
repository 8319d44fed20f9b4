"""Demo content of the training programme: the course index, a course for elected
representatives and one for managers, their modules, sessions in the weeks after the day the
demo is loaded, and course material as real documents."""

import io
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from openpyxl import Workbook

from home import spreadsheets
from home.demo.builder import T, add_to_menu, block, ensure_document, ensure_page
from home.models import HomePage

from .choices import Audience, CourseFormat, SessionLanguage
from .models import CourseIndexPage, CourseModulePage, CoursePage, CourseSession

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def load():
    home = HomePage.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    index = ensure_page(home, CourseIndexPage, index_fields())
    risk_matrix = ensure_document(
        "Riskmatris för innovationsarbete – Risk matrix for innovation work",
        "riskmatris-risk-matrix.xlsx",
        risk_matrix_file,
    )
    procurement = ensure_document(
        "Checklista: upphandling som bjuder in nya lösningar – Checklist: procurement that "
        "invites new solutions",
        "upphandling-procurement.csv",
        procurement_checklist_file,
    )
    leading = ensure_document(
        "Samtalsguide för chefer – Conversation guide for managers",
        "samtalsguide-conversation-guide.txt",
        conversation_guide_file,
    )

    politicians = ensure_page(
        index,
        CoursePage,
        politicians_course([risk_matrix, procurement]),
        children={"sessions": CourseSession},
    )
    for module in politicians_modules(risk_matrix, procurement):
        ensure_page(politicians, CourseModulePage, module)

    managers = ensure_page(
        index,
        CoursePage,
        managers_course([leading, risk_matrix]),
        children={"sessions": CourseSession},
    )
    for module in managers_modules(leading):
        ensure_page(managers, CourseModulePage, module)

    add_to_menu(index, T("Utbildning", "Training"))
    return index


# --- Documents ----------------------------------------------------------------------------------


def risk_matrix_file() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Riskmatris"
    sheet.append(
        [
            "Risk / Risk",
            "Sannolikhet 1–5 / Likelihood 1–5",
            "Konsekvens 1–5 / Impact 1–5",
            "Åtgärd / Action",
            "Ansvarig / Owner",
            "Följs upp / Review date",
        ]
    )
    rows = [
        (
            "Tekniken fungerar inte i boendemiljön / The technology fails in the care home",
            2,
            4,
            "Pröva först i testbädd / Try it in a testbed first",
        ),
        (
            "Personalen hinner inte delta / Staff have no time to take part",
            3,
            3,
            "Avsätt tid i schemat / Set aside time in the rota",
        ),
        (
            "Lösningen passar bara vissa brukare / The solution only suits some users",
            3,
            4,
            "Gör en jämställdhets- och tillgänglighetsanalys / Analyse gender equality and "
            "accessibility",
        ),
    ]
    for risk, likelihood, impact, action in rows:
        sheet.append([risk, likelihood, impact, action, "", ""])
    for column, width in zip("ABCDEF", [60, 18, 18, 60, 20, 20], strict=True):
        sheet.column_dimensions[column].width = width
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def procurement_checklist_file() -> bytes:
    output = io.StringIO()
    writer = spreadsheets.writer(output)
    writer.writerow(["Fråga", "Question", "Ja/nej – Yes/no"])
    for sv, en in [
        (
            "Beskriver underlaget behovet i stället för en färdig lösning?",
            "Does the tender describe the need rather than a finished solution?",
        ),
        (
            "Har vi haft dialog med leverantörer innan upphandlingen?",
            "Have we talked to suppliers before the procurement?",
        ),
        (
            "Får anbud med nya arbetssätt plats i utvärderingen?",
            "Can tenders with new ways of working score in the evaluation?",
        ),
        (
            "Finns krav på tillgänglighet för alla användare?",
            "Are there accessibility requirements for all users?",
        ),
        (
            "Har vi frågat hur lösningen påverkar kvinnor och män olika?",
            "Have we asked how the solution affects women and men differently?",
        ),
        (
            "Går det att pröva lösningen i liten skala först?",
            "Can the solution be tried on a small scale first?",
        ),
    ]:
        writer.writerow([sv, en, ""])
    return output.getvalue().encode("utf-8-sig")


def conversation_guide_file() -> bytes:
    text = """Samtalsguide för chefer: när en medarbetare har en idé
Conversation guide for managers: when an employee has an idea

1. Tacka och lyssna. Vad har du sett? Vem skulle ha nytta av idén?
   Thank and listen. What have you noticed? Who would benefit from the idea?
2. Fråga efter behovet, inte lösningen. Vilket problem löser idén?
   Ask about the need, not the solution. What problem does the idea solve?
3. Bestäm nästa steg tillsammans: lämna idén till Idéslussen, pröva i liten skala eller vänta.
   Agree on the next step together: hand the idea to the idea sluice, try it small or wait.
4. Avsätt tid. Vem gör vad, och när följer vi upp?
   Set aside time. Who does what, and when do we follow up?
5. Återkoppla, även när svaret är nej.
   Give feedback, even when the answer is no.
"""
    return text.encode("utf-8")


# --- Pages --------------------------------------------------------------------------------------


def index_fields():
    return {
        "title": T("Utbildning", "Training"),
        "slug": T("utbildning", "training"),
        "listing_summary": T(
            "Kurser för förtroendevalda, chefer och medarbetare om innovation i kommunen.",
            "Courses for elected representatives, managers and staff on innovation in the "
            "municipality.",
        ),
        "intro": T(
            "Här hittar du kurserna om innovation i kommunens verksamhet. Välj en kurs, läs "
            "modulerna i din egen takt och anmäl dig till ett tillfälle.",
            "Here you find the courses on innovation in the municipality's services. Choose a "
            "course, read the modules at your own pace and register for a session.",
        ),
        "body": [],
    }


def session_time(weeks: int, start: time, hours: int):
    """A session `weeks` from today, on a Tuesday, from `start` Stockholm time."""
    day = timezone.localtime(timezone.now(), STOCKHOLM).date() + timedelta(weeks=weeks)
    day += timedelta(days=(1 - day.weekday()) % 7)
    starts_at = datetime.combine(day, start, tzinfo=STOCKHOLM)
    return starts_at, starts_at + timedelta(hours=hours)


def session(weeks, place, language=SessionLanguage.SWEDISH, seats=25, online_url="", hours=3):
    starts_at, ends_at = session_time(weeks, time(9, 0), hours)
    return {
        "starts_at": starts_at,
        "ends_at": ends_at,
        "place": place,
        "online_url": online_url,
        "seat_limit": seats,
        "registration_deadline": starts_at - timedelta(days=7),
        "language": language,
    }


PITEA_TOWN_HALL = T(
    "Stadshuset i Piteå, Sundsgatan 29, sammanträdesrum Storfors",
    "Piteå town hall, Sundsgatan 29, meeting room Storfors",
)
SKELLEFTEA_TOWN_HALL = T(
    "Stadshuset i Skellefteå, Trädgårdsgatan 6, sal Kronan",
    "Skellefteå town hall, Trädgårdsgatan 6, room Kronan",
)
SCIENCE_PARK = T(
    "Piteå Science Park, Nygatan 5, konferensrum Navet",
    "Piteå Science Park, Nygatan 5, conference room Navet",
)


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
            "councils can make room for new solutions in welfare services while still steering "
            "and following them up.",
        ),
        "learning_objectives": T(
            "<ul><li>förklara vad innovation betyder i en kommun och vad den inte är</li>"
            "<li>ställa frågor om risk, styrning och uppföljning när en verksamhet vill pröva "
            "något nytt</li><li>beskriva hur Idéslussen hänger ihop med kommunens "
            "ledningssystem</li><li>använda jämställdhet och tillgänglighet som perspektiv i "
            "beslut</li><li>ge uppdrag om upphandling som bjuder in nya lösningar</li></ul>",
            "<ul><li>explain what innovation means in a municipality, and what it does not "
            "mean</li><li>ask about risk, steering and follow-up when a service wants to try "
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
        "sessions": [
            session(-6, PITEA_TOWN_HALL, seats=20),
            session(3, PITEA_TOWN_HALL, seats=20),
            session(5, SKELLEFTEA_TOWN_HALL, seats=20),
            session(
                8,
                T("", ""),
                language=SessionLanguage.ENGLISH,
                seats=30,
                online_url="https://meet.example.org/idesluss-politicians",
                hours=2,
            ),
        ],
    }


def module(title: T, slug: T, minutes: int, intro: T, text: T, questions: T, exercise: T, extra=()):
    return {
        "title": title,
        "slug": slug,
        "estimated_minutes": minutes,
        "intro": intro,
        "body": [block("text", text), *extra],
        "discussion_questions": questions,
        "exercise": exercise,
    }


def politicians_modules(risk_matrix, procurement):
    return [
        module(
            T(
                "Vad innovation betyder i kommunal styrning",
                "What innovation means in municipal governance",
            ),
            T("vad-innovation-betyder", "what-innovation-means"),
            90,
            T(
                "Innovation i en kommun är nya sätt att arbeta som gör välfärden bättre för "
                "invånarna. Det handlar sällan om teknik först.",
                "Innovation in a municipality means new ways of working that make welfare "
                "services better for residents. It is rarely about technology first.",
            ),
            T(
                "<p>När Piteå och Skellefteå startade Idéslussen med stöd från Vinnova 2016 var "
                "målet att ta vara på idéer från dem som känner verksamheten bäst: invånare och "
                "medarbetare i äldreomsorgen och funktionshinderomsorgen.</p><p>För en "
                "förtroendevald är den viktigaste frågan inte vilken lösning som ska väljas, "
                "utan vilket behov som ska mötas och hur nämnden vet att det blev bättre.</p>",
                "<p>When Piteå and Skellefteå started the idea sluice with support from Vinnova, "
                "Sweden's innovation agency, in 2016, the aim was to make use of ideas from the "
                "people who know the services best: residents and staff in elderly care and "
                "disability care.</p><p>For an elected representative the key question is not "
                "which solution to choose, but which need to meet and how the committee will "
                "know that things got better.</p>",
            ),
            T(
                "Vilken idé från en medarbetare har gjort skillnad i din nämnds verksamhet?\n"
                "Vad skulle hända om ett försök misslyckades – och hur skulle ni prata om det?",
                "Which idea from an employee has made a difference in your committee's "
                "services?\nWhat would happen if a trial failed – and how would you talk about "
                "it?",
            ),
            T(
                "<p>Välj ett beslut från nämndens senaste sammanträde. Skriv ner vilket behov "
                "hos invånarna beslutet skulle möta och hur ni följer upp det.</p>",
                "<p>Pick a decision from your committee's last meeting. Write down which need of "
                "residents it was meant to meet and how you will follow it up.</p>",
            ),
        ),
        module(
            T("Risk, styrning och uppföljning", "Risk, steering and follow-up"),
            T("risk-styrning-uppfoljning", "risk-steering-follow-up"),
            120,
            T(
                "Att pröva något nytt innebär risk. Den går att hantera med små försök, tydliga "
                "mål och uppföljning som tål att svaret blir nej.",
                "Trying something new means taking a risk. It can be managed with small trials, "
                "clear goals and follow-up that accepts a no as an answer.",
            ),
            T(
                "<p>Ett försök i en testbädd kostar lite och lär mycket. Nämnden kan styra genom "
                "att fråga efter mål, tidsgräns och hur resultatet mäts – inte genom att "
                "bestämma metoden i detalj.</p><p>Använd riskmatrisen för att tillsammans med "
                "förvaltningen se vilka risker som är rimliga att ta.</p>",
                "<p>A trial in a testbed costs little and teaches a lot. The committee can steer "
                "by asking for goals, a time limit and how results will be measured – not by "
                "deciding the method in detail.</p><p>Use the risk matrix together with the "
                "administration to see which risks are reasonable to take.</p>",
            ),
            T(
                "Vilka risker är nämnden beredd att ta för att pröva en ny lösning?\n"
                "Hur ser en uppföljning ut som också visar det som inte fungerade?",
                "Which risks is the committee prepared to take to try a new solution?\n"
                "What does a follow-up look like that also shows what did not work?",
            ),
            T(
                "<p>Fyll i riskmatrisen för ett försök som pågår eller planeras i er "
                "verksamhet.</p>",
                "<p>Fill in the risk matrix for a trial that is under way or planned in your "
                "services.</p>",
            ),
            extra=[documents(T("Arbetsmaterial", "Worksheet"), [risk_matrix])],
        ),
        module(
            T("Idéslussen i ledningssystemet", "The idea sluice in the management system"),
            T("ideslussen-i-ledningssystemet", "the-idea-sluice-in-the-management-system"),
            60,
            T(
                "Idéslussen är inte ett sidospår. Den är en del av hur kommunen planerar, "
                "genomför och följer upp sin verksamhet.",
                "The idea sluice is not a side track. It is part of how the municipality plans, "
                "runs and follows up its services.",
            ),
            T(
                "<p>Varje idé går igenom samma steg: inkommen, bedömning, konceptutveckling, "
                "test och införd. I varje steg finns en idéhandläggare. Nämnden får en samlad "
                "bild i verksamhetsberättelsen och kan se hur många idéer som prövats och "
                "införts.</p>",
                "<p>Every idea goes through the same stages: received, assessment, concept "
                "development, testing and implemented. At every stage there is an idea handler. "
                "The committee gets an overview in the annual report and can see how many ideas "
                "were tried out and implemented.</p>",
            ),
            T(
                "Var i er mål- och budgetprocess syns arbetet med nya idéer i dag?\n"
                "Vilken information behöver nämnden för att kunna följa Idéslussen?",
                "Where in your goals and budget process does the work on new ideas show "
                "today?\nWhat information does the committee need to follow the idea sluice?",
            ),
            T(
                "<p>Rita upp hur en idé från en medarbetare når nämnden i dag. Markera var den "
                "kan fastna.</p>",
                "<p>Draw how an idea from an employee reaches the committee today. Mark where "
                "it can get stuck.</p>",
            ),
        ),
        module(
            T(
                "Jämställdhet och tillgänglighet som perspektiv",
                "Gender equality and accessibility as perspectives",
            ),
            T("jamstalldhet-och-tillganglighet", "gender-equality-and-accessibility"),
            90,
            T(
                "En lösning som fungerar för några kan stänga ute andra. Två frågor hör därför "
                "till varje beslut om något nytt.",
                "A solution that works for some can shut out others. Two questions therefore "
                "belong in every decision about something new.",
            ),
            T(
                "<p>Fråga alltid: Hur påverkar förslaget kvinnor och män, flickor och pojkar "
                "olika? Kan alla använda lösningen, också personer med "
                "funktionsnedsättning?</p><p>Inom äldreomsorgen är de flesta medarbetare "
                "kvinnor, och många brukare har nedsatt syn eller hörsel. Det påverkar vilka "
                "lösningar som fungerar i praktiken.</p>",
                "<p>Always ask: How does the proposal affect women and men, girls and boys, "
                "differently? Can everyone use the solution, including people with "
                "disabilities?</p><p>In elderly care most staff are women, and many users have "
                "impaired sight or hearing. That affects which solutions work in practice.</p>",
            ),
            T(
                "Vems behov syns i underlagen ni får – och vems syns inte?\n"
                "Hur kan nämnden fråga efter jämställdhet och tillgänglighet utan att det blir "
                "en formalitet?",
                "Whose needs show in the reports you receive – and whose do not?\n"
                "How can the committee ask about gender equality and accessibility without it "
                "becoming a formality?",
            ),
            T(
                "<p>Läs ett underlag inför nästa sammanträde med de två frågorna ovan. Notera "
                "vad som saknas.</p>",
                "<p>Read a report for your next meeting with the two questions above in mind. "
                "Note what is missing.</p>",
            ),
        ),
        module(
            T(
                "Upphandling som bjuder in nya lösningar",
                "Procurement that invites new solutions",
            ),
            T("upphandling-for-nya-losningar", "procurement-for-new-solutions"),
            90,
            T(
                "Hur en upphandling skrivs avgör om nya lösningar får en chans.",
                "How a procurement is written decides whether new solutions get a chance.",
            ),
            T(
                "<p>Beskriv behovet och resultatet ni vill nå, inte exakt hur det ska göras. "
                "Prata med leverantörer innan upphandlingen och ge utrymme att pröva i liten "
                "skala. Checklistan hjälper nämnden att ställa rätt frågor.</p>",
                "<p>Describe the need and the result you want, not exactly how it should be "
                "done. Talk to suppliers before the procurement and leave room to try on a "
                "small scale. The checklist helps the committee ask the right questions.</p>",
            ),
            T(
                "Vilken upphandling de kommande åren skulle kunna öppnas för nya lösningar?\n"
                "Vad behöver förvaltningen från nämnden för att våga göra det?",
                "Which procurement in the coming years could be opened to new solutions?\n"
                "What does the administration need from the committee to dare to do so?",
            ),
            T(
                "<p>Gå igenom checklistan för en upphandling som nämnden ska besluta om.</p>",
                "<p>Go through the checklist for a procurement that the committee is to decide "
                "on.</p>",
            ),
            extra=[documents(T("Checklista", "Checklist"), [procurement])],
        ),
    ]


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
        "sessions": [
            session(-4, SCIENCE_PARK, seats=16),
            session(4, SCIENCE_PARK, seats=16, hours=6),
            session(7, SKELLEFTEA_TOWN_HALL, seats=16, hours=6),
        ],
    }


def managers_modules(guide):
    return [
        module(
            T("Att ta emot en idé", "Receiving an idea"),
            T("ta-emot-en-ide", "receiving-an-idea"),
            60,
            T(
                "Det första samtalet avgör om medarbetaren kommer tillbaka med nästa idé.",
                "The first conversation decides whether the employee comes back with the next "
                "idea.",
            ),
            T(
                "<p>Lyssna efter behovet bakom idén och bestäm nästa steg tillsammans. "
                "Samtalsguiden ger stöd för samtalet.</p>",
                "<p>Listen for the need behind the idea and agree on the next step together. "
                "The conversation guide supports the conversation.</p>",
            ),
            T(
                "Hur tar du emot idéer i dag – på arbetsplatsträffen, i korridoren eller inte "
                "alls?\nVad gör du när du inte tror på en idé?",
                "How do you receive ideas today – at team meetings, in the corridor or not at "
                "all?\nWhat do you do when you do not believe in an idea?",
            ),
            T(
                "<p>Använd samtalsguiden i nästa samtal om en idé och skriv ner vad du lärde "
                "dig.</p>",
                "<p>Use the conversation guide in your next conversation about an idea and "
                "write down what you learned.</p>",
            ),
            extra=[documents(T("Samtalsguide", "Conversation guide"), [guide])],
        ),
        module(
            T("Tid och utrymme att pröva", "Time and room to try things out"),
            T("tid-att-prova", "time-to-try"),
            90,
            T(
                "Ett försök behöver tid i schemat, en plats att pröva på och en plan för "
                "uppföljning.",
                "A trial needs time in the rota, a place to try things out and a plan for "
                "follow-up.",
            ),
            T(
                "<p>Testbäddarna i Piteå och Skellefteå gör det möjligt att pröva i liten skala "
                "innan något förändras för alla brukare. Planera försöket med en idécoach och "
                "bestäm från början hur ni vet om det fungerade.</p>",
                "<p>The testbeds in Piteå and Skellefteå make it possible to try something on a "
                "small scale before anything changes for all users. Plan the trial with an idea "
                "coach and decide from the start how you will know whether it worked.</p>",
            ),
            T(
                "Hur mycket tid kan din arbetsgrupp lägga på ett försök under en månad?\n"
                "Vem i gruppen kan driva försöket?",
                "How much time can your team spend on a trial in a month?\n"
                "Who in the team can lead the trial?",
            ),
            T(
                "<p>Skissa ett försök på en sida: behov, mål, tid, vem som deltar och hur ni "
                "följer upp.</p>",
                "<p>Sketch a trial on one page: need, goal, time, who takes part and how you "
                "follow it up.</p>",
            ),
        ),
        module(
            T("Att leda införandet", "Leading the implementation"),
            T("leda-inforandet", "leading-the-implementation"),
            90,
            T(
                "När ett försök har fungerat börjar det svåra: att göra det nya till vardag.",
                "When a trial has worked, the hard part begins: making the new way everyday work.",
            ),
            T(
                "<p>Införandet kräver att rutiner, introduktion av nyanställda och uppföljning "
                "ändras. Glöm inte att fråga om det nya arbetssättet fungerar lika bra för alla "
                "brukare och medarbetare.</p>",
                "<p>Implementation requires changes to routines, to the introduction of new "
                "staff and to follow-up. Remember to ask whether the new way of working works "
                "equally well for all users and staff.</p>",
            ),
            T(
                "Vilka rutiner behöver ändras när det nya ska bli vardag?\n"
                "Hur ser du till att nyanställda lär sig det nya arbetssättet?",
                "Which routines need to change when the new way becomes everyday work?\n"
                "How do you make sure new staff learn the new way of working?",
            ),
            T(
                "<p>Gör en lista över vad som behöver ändras för att ett försök på din "
                "arbetsplats ska bli en del av det vanliga arbetet.</p>",
                "<p>List what needs to change for a trial at your workplace to become part of "
                "everyday work.</p>",
            ),
        ),
    ]
