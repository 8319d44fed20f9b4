# ruff: noqa: E501 (the demo content is prose: long lines are kept whole)
"""Demo content of the testbed catalogue: the taxonomies, 24 example testbeds in Piteå and
Skellefteå, the catalogue page in the main menu, and an example inventory spreadsheet that
editors can import from the admin. Every entry is marked as example data."""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model

from home.demo.builder import T, add_to_menu, ensure_page, ensure_snippet
from home.models import HomePage

from . import demo_related_ideas
from .models import TestbedIndexPage, TestbedPage
from .snippets import HostOrganisation, Sector, TargetGroup
from .spreadsheet import workbook_bytes

SECTORS = {
    "elderly": T("Äldreomsorg", "Elderly care"),
    "disability": T("Funktionshinderomsorg", "Disability care"),
    "home_care": T("Hemtjänst", "Home care"),
    "school": T("Skola", "School"),
    "health": T("Hälsa och rehabilitering", "Health and rehabilitation"),
    "social": T("Socialtjänst", "Social services"),
    "culture": T("Kultur och fritid", "Culture and leisure"),
}
TARGET_GROUPS = {
    "older": T("Äldre", "Older people"),
    "disabled": T("Personer med funktionsnedsättning", "People with disabilities"),
    "staff": T("Medarbetare i vård och omsorg", "Care staff"),
    "young": T("Barn och unga", "Children and young people"),
    "carers": T("Anhöriga", "Relatives"),
    "companies": T("Företag", "Companies"),
}
HOSTS = {
    "pitea": T("Piteå kommun", "Piteå Municipality"),
    "skelleftea": T("Skellefteå kommun", "Skellefteå Municipality"),
    "ltu": T("Luleå tekniska universitet (LTU)", "Luleå University of Technology (LTU)"),
    "psp": T("Piteå Science Park", "Piteå Science Park"),
    "ssc": T("Skellefteå Science City", "Skellefteå Science City"),
    "pite": T("Innovation Pite", "Innovation Pite"),
}

# external id, municipality, host, environment, sectors, target groups, status, open to
# external users, months since last review, name, summary, facilities and equipment.
ENTRIES = [
    (
        "PIT-001",
        "pitea",
        "pitea",
        "simulated",
        ["elderly", "home_care"],
        ["older", "staff", "companies"],
        "active",
        True,
        2,
        T("Trygghetslägenheten", "The safety flat"),
        T(
            "En möblerad lägenhet där företag och personal provar larm, sensorer och hjälpmedel innan de används hemma hos äldre.",
            "A furnished flat where companies and staff try out alarms, sensors and aids before they are used in older people's homes.",
        ),
        T(
            "Kök, badrum och sovrum med rörelsesensorer, trygghetslarm, spisvakt och wifi.",
            "Kitchen, bathroom and bedroom with motion sensors, safety alarms, a cooker guard and wifi.",
        ),
    ),
    (
        "PIT-002",
        "pitea",
        "pitea",
        "real_life",
        ["elderly"],
        ["older", "staff", "carers"],
        "active",
        True,
        5,
        T("Testavdelningen på ett särskilt boende", "The test ward of a care home"),
        T(
            "En avdelning på ett äldreboende där nya arbetssätt och tekniska lösningar provas i vardagen, tillsammans med de boende och personalen.",
            "A ward of a care home where new ways of working and technical solutions are tried in everyday life, together with residents and staff.",
        ),
        T(
            "Tolv lägenheter, gemensamt kök och dagrum. Personalen har avsatt tid för tester.",
            "Twelve flats, a shared kitchen and a day room. Staff have time set aside for tests.",
        ),
    ),
    (
        "PIT-003",
        "pitea",
        "pitea",
        "real_life",
        ["home_care", "elderly"],
        ["older", "carers"],
        "active",
        False,
        14,
        T("Digital nattillsyn i hemtjänsten", "Remote night checks in home care"),
        T(
            "Hemtjänsten provar tillsyn med kamera på natten för den som vill slippa bli väckt. Miljön används för att utveckla tjänsten vidare.",
            "Home care tries night checks by camera for people who prefer not to be woken. The environment is used to develop the service further.",
        ),
        T(
            "Kameror med samtycke, larmcentral och rutiner för integritet.",
            "Cameras used with consent, an alarm centre and procedures that protect privacy.",
        ),
    ),
    (
        "PIT-004",
        "pitea",
        "psp",
        "lab",
        ["elderly", "disability"],
        ["companies", "staff"],
        "active",
        True,
        1,
        T("Verkstaden för välfärdsteknik", "The welfare technology workshop"),
        T(
            "Ett labb där företag bygger och provar prototyper tillsammans med medarbetare från vård och omsorg.",
            "A lab where companies build and test prototypes together with staff from health and social care.",
        ),
        T(
            "3D-skrivare, elektronikbänk, mötesrum och utrustning för användartester.",
            "3D printers, an electronics bench, a meeting room and equipment for user testing.",
        ),
    ),
    (
        "PIT-005",
        "pitea",
        "ltu",
        "lab",
        ["health", "elderly"],
        ["companies", "older"],
        "active",
        True,
        8,
        T("Labb för användartester", "User testing lab"),
        T(
            "Forskare hjälper företag att testa hur lätt en produkt eller app är att använda, med äldre testpersoner.",
            "Researchers help companies test how easy a product or app is to use, with older test participants.",
        ),
        T(
            "Observationsrum med envägsspegel, inspelning och utrustning för ögonrörelsemätning.",
            "An observation room with a one-way mirror, recording and eye-tracking equipment.",
        ),
    ),
    (
        "PIT-006",
        "pitea",
        "pitea",
        "real_life",
        ["school"],
        ["young"],
        "active",
        False,
        11,
        T("Lärlabbet i grundskolan", "The classroom learning lab"),
        T(
            "Ett klassrum där lärare och elever provar nya digitala läromedel och sätt att undervisa.",
            "A classroom where teachers and pupils try new digital learning materials and ways of teaching.",
        ),
        T(
            "Flexibla möbler, interaktiv skärm och surfplattor för en hel klass.",
            "Flexible furniture, an interactive screen and tablets for a whole class.",
        ),
    ),
    (
        "PIT-007",
        "pitea",
        "pitea",
        "real_life",
        ["culture", "elderly"],
        ["older"],
        "active",
        True,
        3,
        T("Mötesplatsen för seniorer", "The meeting place for seniors"),
        T(
            "En mötesplats där seniorer provar nya aktiviteter och digitala tjänster och säger vad de tycker.",
            "A meeting place where seniors try new activities and digital services and say what they think.",
        ),
        T(
            "Café, samlingssal för 40 personer och ett rum för digital vägledning.",
            "A café, a hall for 40 people and a room for digital guidance.",
        ),
    ),
    (
        "PIT-008",
        "pitea",
        "pitea",
        "simulated",
        ["elderly", "social"],
        ["carers"],
        "planned",
        True,
        0,
        T("Provrummet på anhörigcentret", "The trial room at the relatives' support centre"),
        T(
            "Ett rum där anhöriga kan prova hjälpmedel och tjänster som gör vardagen lättare. Öppnar under nästa år.",
            "A room where relatives can try aids and services that make everyday life easier. Opens next year.",
        ),
        T(
            "Visningshjälpmedel, planeras tillsammans med anhörigföreningar.",
            "Aids on display, planned together with associations for relatives.",
        ),
    ),
    (
        "PIT-009",
        "pitea",
        "pitea",
        "simulated",
        ["health", "disability"],
        ["disabled", "older"],
        "active",
        False,
        16,
        T("Träningslägenheten inom rehabilitering", "The rehabilitation training flat"),
        T(
            "Arbetsterapeuter och fysioterapeuter tränar vardagliga moment med personer efter sjukdom eller skada, och provar nya hjälpmedel.",
            "Occupational therapists and physiotherapists practise everyday tasks with people after illness or injury, and try new aids.",
        ),
        T(
            "Höj- och sänkbart kök, anpassat badrum och taklyft.",
            "A height-adjustable kitchen, an adapted bathroom and a ceiling hoist.",
        ),
    ),
    (
        "PIT-010",
        "pitea",
        "pite",
        "real_life",
        ["home_care"],
        ["staff", "companies"],
        "planned",
        True,
        1,
        T("Testbädd för hemtjänstens ruttplanering", "Route planning testbed for home care"),
        T(
            "Hemtjänstgrupper som vill prova digitala verktyg för att planera besök och resor.",
            "Home care teams that want to try digital tools to plan visits and travel.",
        ),
        T(
            "Två hemtjänstgrupper, historiska data om besök utan personuppgifter.",
            "Two home care teams and historical visit data without personal data.",
        ),
    ),
    (
        "PIT-011",
        "pitea",
        "pitea",
        "real_life",
        ["culture"],
        ["young"],
        "closed",
        False,
        20,
        T("Fritidsgårdens digitala verkstad", "The youth centre's digital workshop"),
        T(
            "Unga provade spel och verktyg för att skapa musik och film. Testbädden är avslutad.",
            "Young people tried games and tools to make music and film. The testbed has closed.",
        ),
        T("Studio, datorer och spelkonsoler.", "A studio, computers and games consoles."),
    ),
    (
        "PIT-012",
        "pitea",
        "pitea",
        "lab",
        ["social"],
        ["companies", "staff"],
        "active",
        True,
        6,
        T("Labbet för socialtjänstens e-tjänster", "The social services e-service lab"),
        T(
            "Här provas nya e-tjänster för ansökningar och kontakt med socialtjänsten innan de används av invånare.",
            "New e-services for applications and contact with social services are tried here before residents use them.",
        ),
        T(
            "Testmiljö för e-tjänster och rum för intervjuer med invånare.",
            "A test environment for e-services and a room for interviews with residents.",
        ),
    ),
    (
        "SKE-001",
        "skelleftea",
        "skelleftea",
        "simulated",
        ["disability"],
        ["disabled", "staff"],
        "active",
        True,
        2,
        T("Testlägenheten för boendestöd", "The supported housing test flat"),
        T(
            "En lägenhet där personer med funktionsnedsättning och personal provar stöd som gör det lättare att bo självständigt.",
            "A flat where people with disabilities and staff try support that makes it easier to live independently.",
        ),
        T(
            "Bildstöd, smarta lås, påminnelser i mobilen och styrning av ljus med rösten.",
            "Picture support, smart locks, phone reminders and voice-controlled lights.",
        ),
    ),
    (
        "SKE-002",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["disability"],
        ["disabled"],
        "active",
        True,
        4,
        T("Daglig verksamhet i verkstaden", "Daily activities in the workshop"),
        T(
            "Deltagarna i daglig verksamhet testar verktyg och arbetsmoment och berättar vad som fungerar för dem.",
            "Participants in daily activities test tools and tasks and tell what works for them.",
        ),
        T(
            "Snickeri, textilverkstad och ett rum för lugn och vila.",
            "A carpentry shop, a textile workshop and a quiet room.",
        ),
    ),
    (
        "SKE-003",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["disability"],
        ["disabled", "carers"],
        "active",
        False,
        13,
        T("Gruppbostaden som testmiljö", "The group home as a test environment"),
        T(
            "En gruppbostad där de boende och personalen provar nya sätt att planera dagen tillsammans.",
            "A group home where residents and staff try new ways of planning the day together.",
        ),
        T(
            "Sex lägenheter och gemensamma rum, planeringstavlor och surfplattor.",
            "Six flats and shared rooms, planning boards and tablets.",
        ),
    ),
    (
        "SKE-004",
        "skelleftea",
        "ssc",
        "lab",
        ["disability", "school"],
        ["disabled", "young"],
        "active",
        True,
        7,
        T("Kommunikationslabbet", "The communication lab"),
        T(
            "Ett labb för alternativ och kompletterande kommunikation, där företag och logopeder provar appar och hjälpmedel.",
            "A lab for augmentative and alternative communication, where companies and speech therapists try apps and aids.",
        ),
        T(
            "Ögonstyrning, talsyntes, samtalsmattor och inspelning av tester.",
            "Eye-gaze control, speech synthesis, talking mats and recording of tests.",
        ),
    ),
    (
        "SKE-005",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["health", "home_care"],
        ["older"],
        "active",
        False,
        9,
        T("Distansbesök i hemsjukvården", "Remote visits in home health care"),
        T(
            "Sjuksköterskor provar videobesök och mätningar hemma hos patienter som har svårt att ta sig till vården.",
            "Nurses try video visits and measurements at home for patients who find it hard to get to a clinic.",
        ),
        T(
            "Surfplattor, blodtrycks- och syremätare och säker video.",
            "Tablets, blood pressure and oxygen meters, and secure video.",
        ),
    ),
    (
        "SKE-006",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["school", "disability"],
        ["young", "disabled"],
        "active",
        True,
        5,
        T("Teknikrummet i anpassade grundskolan", "The technology room in the adapted school"),
        T(
            "Elever i anpassade grundskolan provar läromedel och hjälpmedel tillsammans med sina lärare.",
            "Pupils in the adapted compulsory school try learning materials and aids together with their teachers.",
        ),
        T(
            "Sensoriskt rum, programmerbara robotar och skärmar med pekstyrning.",
            "A sensory room, programmable robots and touch screens.",
        ),
    ),
    (
        "SKE-007",
        "skelleftea",
        "ssc",
        "lab",
        ["disability", "elderly"],
        ["companies"],
        "active",
        True,
        3,
        T("Testarenan för välfärdsteknik", "The welfare technology test arena"),
        T(
            "Företag får hjälp att planera och genomföra tester i kommunens verksamheter och att mäta nyttan.",
            "Companies get help to plan and run tests in the municipality's services and to measure the benefits.",
        ),
        T(
            "Projektledning, avtalsmallar och kontakt med verksamheter som vill testa.",
            "Project management, contract templates and contact with services that want to take part.",
        ),
    ),
    (
        "SKE-008",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["elderly"],
        ["older", "staff"],
        "planned",
        True,
        0,
        T("Sensorer på ett äldreboende", "Sensors in a care home"),
        T(
            "Ett äldreboende förbereder tester av sensorer som varnar för fall och oro på natten.",
            "A care home is preparing tests of sensors that warn of falls and restlessness at night.",
        ),
        T(
            "Två avdelningar med 20 lägenheter. Nätverk och rutiner byggs under våren.",
            "Two wards with 20 flats. The network and procedures are being set up in the spring.",
        ),
    ),
    (
        "SKE-009",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["culture"],
        ["young", "older"],
        "active",
        True,
        10,
        T("Biblioteket som testmiljö", "The library as a test environment"),
        T(
            "Biblioteket låter besökare prova nya digitala tjänster, som läsappar och bokningssystem.",
            "The library lets visitors try new digital services, such as reading apps and booking systems.",
        ),
        T(
            "Datorer för besökare, läsplattor och ett rum för fokusgrupper.",
            "Computers for visitors, e-readers and a room for focus groups.",
        ),
    ),
    (
        "SKE-010",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["social"],
        ["staff"],
        "active",
        False,
        18,
        T("Socialtjänstens mottagning", "The social services reception"),
        T(
            "Mottagningen provar nya sätt att ta emot och bemöta invånare som söker stöd.",
            "The reception tries new ways of receiving and meeting residents who ask for support.",
        ),
        T(
            "Väntrum, samtalsrum och digital tidsbokning.",
            "A waiting room, meeting rooms and online booking.",
        ),
    ),
    (
        "SKE-011",
        "skelleftea",
        "skelleftea",
        "real_life",
        ["disability"],
        ["staff", "disabled"],
        "closed",
        False,
        24,
        T("Digitala scheman i personlig assistans", "Digital rotas in personal assistance"),
        T(
            "Assistenter och brukare provade ett digitalt schema. Testet är avslutat och resultaten finns hos kommunen.",
            "Assistants and service users tried a digital rota. The test has closed and the results are kept by the municipality.",
        ),
        T("Schemaverktyg i mobilen.", "A rota tool on the phone."),
    ),
    (
        "SKE-012",
        "skelleftea",
        "skelleftea",
        "simulated",
        ["home_care", "elderly"],
        ["staff", "companies"],
        "active",
        True,
        1,
        T("Simuleringsrummet för hemtjänsten", "The home care simulation room"),
        T(
            "Ett övningsrum där hemtjänstpersonal och företag provar nya arbetsmoment och hjälpmedel i lugn och ro.",
            "A practice room where home care staff and companies try new tasks and aids without time pressure.",
        ),
        T(
            "Sovrum och badrum i full skala, vårdsäng, lyftar och inspelning för utvärdering.",
            "A full-scale bedroom and bathroom, a care bed, hoists and recording for evaluation.",
        ),
    ),
]

CENTRES = {
    "pitea": (Decimal("65.3172"), Decimal("21.4794")),
    "skelleftea": (Decimal("64.7507"), Decimal("20.9528")),
}
TOWNS = {"pitea": "Piteå", "skelleftea": "Skellefteå"}


def months_ago(months: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=round(months * 30.5))


# Where each example testbed is, which decides what its premises and booking texts say.
SETTINGS = {
    "PIT-001": "flat",
    "PIT-002": "care_home",
    "PIT-003": "home",
    "PIT-004": "lab",
    "PIT-005": "lab",
    "PIT-006": "school",
    "PIT-007": "venue",
    "PIT-008": "venue",
    "PIT-009": "flat",
    "PIT-010": "digital",
    "PIT-011": "venue",
    "PIT-012": "lab",
    "SKE-001": "flat",
    "SKE-002": "workplace",
    "SKE-003": "group_home",
    "SKE-004": "lab",
    "SKE-005": "home",
    "SKE-006": "school",
    "SKE-007": "digital",
    "SKE-008": "care_home",
    "SKE-009": "venue",
    "SKE-010": "venue",
    "SKE-011": "digital",
    "SKE-012": "flat",
}

PREMISES = {
    "home": T(
        "Testet sker hemma hos brukare som har samtyckt, så det finns ingen lokal att besöka. Utrustningen anpassas efter varje hem och den som bor där.",
        "The test takes place in the homes of service users who have consented, so there are no premises to visit. The equipment is adapted to each home and the person who lives there.",
    ),
    "care_home": T(
        "Entré utan trappsteg, hiss, breda dörrar och tillgängliga toaletter. Avdelningen är de boendes hem: besök bokas i förväg och anpassas efter deras dygnsrytm.",
        "Step-free entrance, lift, wide doors and accessible toilets. The ward is the residents' home: visits are booked in advance and fit their daily rhythm.",
    ),
    "group_home": T(
        "Entré utan trappsteg och tillgänglig toalett. Gruppbostaden är de boendes hem: besök bokas i förväg med de boende och personalen.",
        "Step-free entrance and an accessible toilet. The group home is the residents' home: visits are booked in advance with the residents and the staff.",
    ),
    "flat": T(
        "Lägenheten ligger i markplan med entré utan trappsteg. Dörrar, kök och badrum går att använda med rullstol och rollator.",
        "The flat is on the ground floor with a step-free entrance. Doors, kitchen and bathroom can be used with a wheelchair or a walking frame.",
    ),
    "lab": T(
        "Entré utan trappsteg, hiss och tillgänglig toalett. Säg till när du bokar om testpersonerna behöver till exempel tolk, bildstöd eller extra tid.",
        "Step-free entrance, lift and an accessible toilet. Tell us when you book if the test participants need, for example, an interpreter, picture support or extra time.",
    ),
    "school": T(
        "Entré utan trappsteg, hiss och tillgänglig toalett. Tester sker under skoltid och planeras med lärarna, så att eleverna inte missar undervisning.",
        "Step-free entrance, lift and an accessible toilet. Tests take place during school hours and are planned with the teachers so that pupils do not miss lessons.",
    ),
    "venue": T(
        "Entré utan trappsteg, tillgänglig toalett och hörslinga i den största lokalen.",
        "Step-free entrance, an accessible toilet and a hearing loop in the largest room.",
    ),
    "workplace": T(
        "Entré utan trappsteg, tillgänglig toalett och ett rum för lugn och vila. Tester planeras så att de passar deltagarnas schema.",
        "Step-free entrance, an accessible toilet and a quiet room for rest. Tests are planned to fit the participants' schedule.",
    ),
    "digital": T(
        "Testet sker i digitala verktyg i det vanliga arbetet, så det finns ingen lokal att besöka. Det som testas ska gå att använda med skärmläsare och förstoring.",
        "The test takes place in digital tools during everyday work, so there are no premises to visit. What is tested must work with screen readers and magnification.",
    ),
}

# Settings where tests involve service users in their everyday lives.
WITH_SERVICE_USERS = {"home", "care_home", "group_home", "workplace", "school"}


def texts(setting: str, environment: str, open_to_external: bool, status: str) -> dict:
    """Terms, cost, booking and premises that fit the kind of testbed."""
    if open_to_external:
        terms = T(
            "Företag, forskare och andra organisationer kan använda testbädden efter ett skriftligt avtal om vad som testas, hur deltagarna skyddas och vem som äger resultaten.",
            "Companies, researchers and other organisations can use the testbed after a written agreement on what is tested, how participants are protected and who owns the results.",
        )
    else:
        terms = T(
            "Testbädden används av kommunens egna verksamheter. Har du en idé som passar här? Lämna den till Idéslussen.",
            "The testbed is used by the municipality's own services. Do you have an idea that fits here? Submit it to the idea sluice.",
        )
    if setting in WITH_SERVICE_USERS:
        terms = T(
            terms.sv
            + " Innan ett test börjar görs en riskanalys, och varje deltagare ger sitt samtycke, med stöd och med sin företrädare där det behövs.",
            terms.en
            + " Before a test starts, the risks are analysed and every participant gives consent, with support and with their representative where needed.",
        )
    if not open_to_external:
        cost = T(
            "Ingen avgift för kommunens verksamheter.", "No charge for the municipality's services."
        )
    elif environment == "lab":
        cost = T(
            "Företag betalar för tid och utrustning enligt en offert. Kommunens verksamheter och studenter betalar ingenting.",
            "Companies pay for time and equipment according to a quote. The municipality's services and students pay nothing.",
        )
    else:
        cost = T(
            "Ingen avgift för att använda miljön. Den som testar står för sin egen utrustning och ersätter den tid personalen lägger på testet.",
            "No charge for using the environment. Whoever runs the test brings their own equipment and pays for the time staff spend on it.",
        )
    if status == "closed":
        booking = T(
            "Testbädden är avslutad och går inte att boka. Kontakta samordnaren om du vill veta mer om resultaten.",
            "The testbed has closed and cannot be booked. Contact the coordinator if you would like to know more about the results.",
        )
    elif status == "planned":
        booking = T(
            "Testbädden har inte öppnat än. Skicka en intresseanmälan till samordnaren, så hör vi av oss när den öppnar.",
            "The testbed has not opened yet. Send the coordinator a note of interest and we will get in touch when it opens.",
        )
    else:
        booking = T(
            "Skicka en kort beskrivning av vad du vill testa till samordnaren. Du får svar inom två veckor.",
            "Send the coordinator a short description of what you want to test. You will get an answer within two weeks.",
        )
        if setting in WITH_SERVICE_USERS:
            booking = T(
                booking.sv
                + " Räkna med några veckor för riskanalys och samtycke innan testet kan börja.",
                booking.en
                + " Allow a few weeks for the risk analysis and consent before the test can start.",
            )
    return {
        "terms_of_use": terms,
        "cost": cost,
        "how_to_book": booking,
        "accessibility": PREMISES[setting],
    }


def entry_fields(number, entry, sectors, target_groups, hosts) -> dict:
    (
        external_id,
        municipality,
        host,
        environment,
        sector_keys,
        target_keys,
        status,
        is_open,
        reviewed,
        name,
        summary,
        facilities,
    ) = entry
    lat, lon = CENTRES[municipality]
    offset = Decimal(number % 12) / 400
    slug = T(slugify(name.sv), slugify(name.en))
    example = T(
        "Exempeldata: testbädden finns inte på riktigt. ",
        "Example data: this testbed is not real. ",
    )
    return {
        "title": name,
        "slug": slug,
        "intro": T(summary.sv, summary.en),
        "listing_summary": T((example.sv + summary.sv)[:300], (example.en + summary.en)[:300]),
        "external_id": external_id,
        "is_example": True,
        "municipality": municipality,
        "host_organisation": hosts[host],
        "environment_type": environment,
        "sectors": [sectors[key] for key in sector_keys],
        "target_groups": [target_groups[key] for key in target_keys],
        "status": status,
        "open_to_external": is_open,
        "facilities": facilities,
        **texts(SETTINGS[external_id], environment, is_open, status),
        # Example contact details: a role and an address at example.org, never a real person.
        "contact_name": T("Samordnare för testbäddar", "Testbed coordinator"),
        "contact_email": f"testbaddar.{municipality}@example.org",
        "address": f"Exempelvägen {number + 1}, {TOWNS[municipality]}",
        "latitude": lat + offset,
        "longitude": lon - offset,
        "last_reviewed": months_ago(reviewed),
    }


def load():
    home = HomePage.objects.get(depth=2, locale__language_code="sv")
    sectors = {
        key: ensure_snippet(Sector, {"name": name, "description": T("", "")})
        for key, name in SECTORS.items()
    }
    target_groups = {
        key: ensure_snippet(TargetGroup, {"name": name}) for key, name in TARGET_GROUPS.items()
    }
    hosts = {key: ensure_snippet(HostOrganisation, {"name": name}) for key, name in HOSTS.items()}
    index = ensure_page(
        home,
        TestbedIndexPage,
        {
            "title": T("Testbäddar", "Testbeds"),
            "slug": T("testbaddar", "testbeds"),
            "intro": T(
                "Hitta en testbädd eller testmiljö i Piteå eller Skellefteå där du kan pröva en ny lösning tillsammans med dem som ska använda den. Alla poster här är exempeldata.",
                "Find a testbed or test environment in Piteå or Skellefteå where you can try a new solution together with the people who will use it. All entries here are example data.",
            ),
            "listing_summary": T(
                "Testbäddar och testmiljöer inom äldreomsorg, funktionshinderomsorg och andra verksamheter.",
                "Testbeds and test environments in elderly care, disability care and other services.",
            ),
        },
    )
    for number, entry in enumerate(ENTRIES):
        ensure_page(index, TestbedPage, entry_fields(number, entry, sectors, target_groups, hosts))
    add_to_menu(index, T("Testbäddar", "Testbeds"))
    ensure_example_spreadsheet()
    demo_related_ideas.load()
    return index


EXAMPLE_TITLE = "Exempel: inventering av testbäddar (importfil)"


def ensure_example_spreadsheet():
    """An inventory spreadsheet an editor can import from the admin: three new entries and an
    update of one that exists (a new review date)."""
    Document = get_document_model()
    if Document.objects.filter(title=EXAMPLE_TITLE).exists():
        return
    common = {
        "status": "Aktiv",
        "open_to_external": "ja",
        "example_data": "ja",
        "contact_name": "Samordnare för testbäddar",
        "last_reviewed": timezone.localdate().isoformat(),
    }
    rows = [
        {
            **common,
            "external_id": "PIT-013",
            "name": "Provköket för måltider i äldreomsorgen",
            "summary": "Ett kök där nya sätt att laga och servera mat till äldre provas.",
            "municipality": "Piteå",
            "environment_type": "Simulerad miljö",
            "host_organisation": "Piteå kommun",
            "sectors": "Äldreomsorg",
            "target_groups": "Äldre; Medarbetare i vård och omsorg",
            "latitude": "65.3190",
            "longitude": "21.4750",
            "address": "Exempelvägen 30, Piteå",
        },
        {
            **common,
            "external_id": "SKE-013",
            "name": "Träffpunkten för unga vuxna med funktionsnedsättning",
            "summary": "En träffpunkt där unga vuxna provar appar för att planera fritid och resor.",
            "municipality": "Skellefteå",
            "environment_type": "Verklig miljö",
            "host_organisation": "Skellefteå kommun",
            "sectors": "Funktionshinderomsorg; Kultur och fritid",
            "target_groups": "Personer med funktionsnedsättning",
            "latitude": "64.7520",
            "longitude": "20.9500",
            "address": "Exempelvägen 31, Skellefteå",
        },
        {
            **common,
            "external_id": "SKE-014",
            "name": "Labbet för tillgängliga e-tjänster",
            "summary": "Ett labb där e-tjänster granskas och testas av personer med olika funktionsnedsättningar.",
            "municipality": "Skellefteå",
            "environment_type": "Labbmiljö",
            "host_organisation": "Skellefteå Science City",
            "sectors": "Funktionshinderomsorg; Socialtjänst",
            "target_groups": "Personer med funktionsnedsättning; Företag",
            "latitude": "64.7490",
            "longitude": "20.9560",
            "address": "Exempelvägen 32, Skellefteå",
        },
        {
            **common,
            "external_id": "PIT-003",
            "name": "Digital nattillsyn i hemtjänsten",
            "summary": "Hemtjänsten provar tillsyn med kamera på natten för den som vill slippa bli väckt. Miljön används för att utveckla tjänsten vidare.",
            "municipality": "Piteå",
            "environment_type": "Verklig miljö",
            "host_organisation": "Piteå kommun",
            "open_to_external": "nej",
            "sectors": "Hemtjänst; Äldreomsorg",
            "target_groups": "Äldre; Anhöriga",
        },
    ]
    Document.objects.create(
        title=EXAMPLE_TITLE,
        file=ContentFile(workbook_bytes(rows), name="exempel-inventering-testbaddar.xlsx"),
    )
