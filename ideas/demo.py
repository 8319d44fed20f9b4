"""Demo content of the idea sluice: the submission page, the board and about thirty example
ideas at different stages, in the language each was sent in, in both municipalities. All are
marked as examples. Every published example has its public title, summary and answer in Swedish
and English; none names a real unit, place or organisation as having done something. Each has
a back-dated history of stage changes, most of it in the last twelve months, so the handlers'
dashboard has something to show."""

import zlib
from datetime import timedelta

from django.utils import timezone

from home.demo.builder import T, add_to_menu, ensure_page
from home.models import HomePage, SiteSettings
from ideas.choices import Area, Municipality
from ideas.models import Idea, IdeaBoardPage, IdeaEvent, IdeaSubmissionPage
from ideas.stages import OPEN_STAGES, Stage


def load():
    home = HomePage.objects.get(depth=2, locale__language_code="sv")
    privacy = SiteSettings.objects.get(site__is_default_site=True).privacy_page
    submission = ensure_page(home, IdeaSubmissionPage, submission_page(privacy))
    board = ensure_page(home, IdeaBoardPage, board_page())
    add_to_menu(submission, T("Lämna en idé", "Submit an idea"))
    add_to_menu(board, T("Idéer", "Ideas"))
    for example in EXAMPLES:
        ensure_idea(example)
    merged = Idea.objects.get(is_example=True, title=MERGED_IDEA)
    if merged.merged_into_id is None:
        merged.merged_into = Idea.objects.get(is_example=True, title=SURVIVING_IDEA)
        merged.save(update_fields=["merged_into"])
        IdeaEvent.objects.create(
            idea=merged.merged_into,
            kind=IdeaEvent.Kind.MERGED,
            public_note="En annan idé om samma sak har slagits ihop med den här.",
            public_note_en="Another idea about the same thing has been merged into this one.",
            created_at=merged.stage_changed_at,
        )
    return board


def privacy_link(privacy, sv, en):
    if privacy is None:
        return T(sv, en)
    return T(
        f'<a linktype="page" id="{privacy.pk}">{sv}</a>',
        f'<a linktype="page" id="{privacy.pk}">{en}</a>',
    )


def submission_page(privacy):
    link = privacy_link(privacy, "om personuppgifter", "personal data")
    return {
        "title": T("Lämna en idé", "Submit an idea"),
        "slug": T("lamna-en-ide", "submit-an-idea"),
        "search_description": T(
            "Lämna en idé till Idéslussen i Piteå och Skellefteå. Du behöver inget konto.",
            "Submit an idea to the idea sluice in Piteå and Skellefteå. No account needed.",
        ),
        "intro": T(
            "Har du en idé som kan göra vardagen bättre för dig, dina närstående eller kommunens "
            "medarbetare? Berätta om den här. Du behöver inget konto, och det tar ungefär tio "
            "minuter.",
            "Do you have an idea that could make everyday life better for you, your family or the "
            "municipality's staff? Tell us about it here. You need no account, and it takes about "
            "ten minutes.",
        ),
        "privacy_text": T(
            "<p>Kontaktuppgifterna ser bara idéhandläggarna i den kommun du väljer. Vi använder "
            "dem för att svara dig och raderar dem ett år efter att idén är avslutad. Läs mer "
            f"{link.sv}.</p>",
            "<p>Only the idea handlers of the municipality you choose see your contact details. "
            "We use them to answer you and erase them one year after the idea is finished. Read "
            f"more about {link.en}.</p>",
        ),
        "thank_you_text": T(
            "<p>En idéhandläggare läser din idé inom två veckor. Sedan går den vidare till "
            "bedömning, där vi ser om den passar Idéslussen och vilka som behöver vara med.</p>",
            "<p>An idea handler reads your idea within two weeks. It then moves on to assessment, "
            "where we see whether it suits the idea sluice and who needs to take part.</p>",
        ),
    }


def board_page():
    return {
        "title": T("Idéer från invånare och medarbetare", "Ideas from residents and staff"),
        "slug": T("ideer", "ideas"),
        "search_description": T(
            "Idéer som har kommit in till Idéslussen och vad som har hänt med dem.",
            "Ideas that have come in to the idea sluice and what has happened to them.",
        ),
        "intro": T(
            "Här visar vi idéer som har kommit in till Idéslussen, vilket steg de är i och vad "
            "kommunen har svarat. Vi visar bara det som idéhandläggarna har publicerat, aldrig "
            "kontaktuppgifter.",
            "Here we show ideas that have come in to the idea sluice, which stage they are in and "
            "what the municipality has answered. We only show what the idea handlers have "
            "published, never contact details.",
        ),
    }


def ensure_idea(example):
    if Idea.objects.filter(is_example=True, title=example["title"]).exists():
        return
    created_at = timezone.now() - timedelta(days=example["days_ago"])
    stage = example["stage"]
    idea = Idea.objects.create(
        title=example["title"],
        description=example["description"],
        need=example["need"],
        who_benefits=example.get("who_benefits", ""),
        area=example["area"],
        municipality=example["municipality"],
        language=example.get("language", "sv"),
        submitter_name=example.get("name", ""),
        show_name=bool(example.get("name")) and example.get("show_name", False),
        consent_at=created_at,
        stage=stage,
        stage_changed_at=created_at,
        is_public=example.get("public", stage != Stage.RECEIVED),
        public_title=example.get("public_title", example["title"]),
        public_summary=example.get("summary", ""),
        public_answer=example.get("answer", ""),
        public_title_en=example.get("title_en", ""),
        public_summary_en=example.get("summary_en", ""),
        public_answer_en=example.get("answer_en", ""),
        closed_reason=example.get("closed_reason", ""),
        is_example=True,
        created_at=created_at,
    )
    IdeaEvent.objects.create(
        idea=idea, kind=IdeaEvent.Kind.RECEIVED, to_stage=Stage.RECEIVED, created_at=created_at
    )
    notes = example.get("notes", {})
    for from_stage, to_stage, when in stage_history(example, created_at):
        # Merging is recorded as its own kind of event, as Idea.merge_into() does.
        merging = to_stage == Stage.MERGED
        IdeaEvent.objects.create(
            idea=idea,
            kind=IdeaEvent.Kind.MERGED if merging else IdeaEvent.Kind.STAGE_CHANGED,
            from_stage=from_stage,
            to_stage=to_stage,
            public_note=notes[to_stage].sv if to_stage in notes else "",
            public_note_en=notes[to_stage].en if to_stage in notes else "",
            created_at=when,
        )
        idea.stage_changed_at = when
    idea.save(update_fields=["stage_changed_at"])


# About how many days an idea stays in a stage before it moves on, so that the dashboard's
# medians look like a real sluice: quick triage, longer development and tests.
TYPICAL_DAYS = {
    Stage.RECEIVED: 9,
    Stage.ASSESSMENT: 24,
    Stage.CONCEPT_DEVELOPMENT: 50,
    Stage.TESTING: 110,
}


def stage_history(example, created_at):
    """The stage changes of an example idea: (from stage, to stage, when), back-dated from the
    day it was received. Each stay is its stage's typical length, varied by up to half either
    way (the same way on every run), and squeezed so that the idea has been in its present
    stage for at least a sixth of its time."""
    path = stages_to(example["stage"])
    stays = [
        TYPICAL_DAYS[stage] * (0.5 + zlib.crc32(f"{example['title']}{stage}".encode()) % 101 / 100)
        for stage in path[:-1]
    ]
    available, total = example["days_ago"] * 5 / 6, sum(stays)
    if total > available:
        stays = [days * available / total for days in stays]
    history, when = [], created_at
    for from_stage, to_stage, days in zip(path[:-1], path[1:], stays, strict=True):
        when += timedelta(days=days)
        history.append((from_stage, to_stage, when))
    return history


def stages_to(stage):
    """The stages an example idea went through to reach `stage`."""
    if stage in OPEN_STAGES:
        return OPEN_STAGES[: OPEN_STAGES.index(stage) + 1]
    return [Stage.RECEIVED, Stage.ASSESSMENT, stage]


PITEA, SKELLEFTEA = Municipality.PITEA, Municipality.SKELLEFTEA
MERGED_IDEA = "Gemensam kalender för anhöriga"
SURVIVING_IDEA = "Information till anhöriga i en app"
# The resident's own texts (title, description, need, who_benefits) are in the language they
# wrote in. The public texts are the handlers': Swedish (public_title, or the title of a Swedish
# idea; summary; answer) and English (title_en, summary_en, answer_en); the public notes of
# their stage changes in both (T).
EXAMPLES = [
    {
        "title": "Sensorlampor i korridorerna på natten",
        "description": "Lampor som tänds svagt när någon går i korridoren på det särskilda "
        "boendet, i stället för taklampor som väcker alla.",
        "need": "Boende som går upp på natten snubblar i mörkret, och starkt ljus väcker andra.",
        "who_benefits": "Boende och nattpersonal på särskilda boenden.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.TESTING,
        "days_ago": 240,
        "name": "Margareta Lind",
        "show_name": True,
        "summary": "Svaga sensorlampor i korridorerna ska minska fallolyckorna på natten utan "
        "att väcka de boende.",
        "answer": "Vi testar lamporna på två avdelningar på ett särskilt boende under vintern och "
        "räknar fallolyckorna före och efter testet.",
        "title_en": "Sensor lights in the corridors at night",
        "summary_en": "Dim sensor lights in the corridors are meant to prevent falls at night "
        "without waking the residents.",
        "answer_en": "We are testing the lights on two wards of a care home this winter and "
        "counting falls before and after the test.",
        "notes": {
            Stage.ASSESSMENT: T(
                "Idén passar äldreomsorgens mål om färre fallolyckor.",
                "The idea fits the elderly care goal of fewer falls.",
            ),
            Stage.TESTING: T(
                "Testet på två avdelningar börjar i december.",
                "The test on two wards starts in December.",
            ),
        },
    },
    {
        "title": "Digital fika för äldre som bor ensamma",
        "description": "En fast tid varje vecka då äldre kan ringa in med surfplatta och fika "
        "tillsammans, med en volontär som håller i samtalet.",
        "need": "Många äldre som bor ensamma är ofrivilligt ensamma, särskilt på vintern.",
        "who_benefits": "Äldre som bor hemma, och anhöriga som bor långt bort.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.IMPLEMENTED,
        "days_ago": 600,
        "summary": "Digital fika varje vecka, med en volontär som samtalsledare, för äldre som "
        "bor ensamma.",
        "answer": "Den digitala fikan ingår nu i den ordinarie verksamheten för äldre som bor "
        "hemma. Tack för idén!",
        "title_en": "Online coffee mornings for older people who live alone",
        "summary_en": "A weekly coffee morning on a tablet, led by a volunteer, for older people "
        "who live alone.",
        "answer_en": "The online coffee mornings are now part of the regular activities for "
        "older people living at home. Thank you for the idea!",
        "notes": {
            Stage.IMPLEMENTED: T(
                "Fikan är en del av den ordinarie verksamheten sedan i våras.",
                "The coffee break has been part of the regular service since last spring.",
            )
        },
    },
    {
        "title": "Matlåda med bilder i stället för text",
        "description": "Menyn för hemtjänstens matlådor visas med bilder, så att den som har "
        "svårt att läsa också kan välja själv.",
        "need": "Personer med synnedsättning eller demens kan inte läsa menyn och får inte välja.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.CONCEPT_DEVELOPMENT,
        "days_ago": 120,
        "summary": "En meny med bilder, så att fler kan välja sina matlådor själva.",
        "title_en": "A picture menu for home-delivered meals",
        "summary_en": "A menu with pictures, so that more people can choose their meals "
        "themselves.",
        "notes": {
            Stage.CONCEPT_DEVELOPMENT: T(
                "Vi tar fram ett första utkast tillsammans med kocken.",
                "We are making a first draft together with the chef.",
            )
        },
    },
    {
        "title": "Påminnelse om läkemedel via högtalare",
        "description": "En smart högtalare som säger till när det är dags att ta medicin och "
        "frågar om det är gjort.",
        "need": "Hemtjänsten gör många korta besök bara för att påminna om läkemedel.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.ASSESSMENT,
        "days_ago": 40,
        "summary": "En högtalare som påminner om läkemedel hemma och kan ersätta en del korta "
        "besök.",
        "title_en": "Medication reminders from a smart speaker",
        "summary_en": "A speaker that reminds people at home to take their medication and could "
        "replace some short visits.",
        "notes": {
            Stage.ASSESSMENT: T(
                "Vi tar reda på vem som har ansvaret för läkemedlen.",
                "We are finding out who is responsible for the medicines.",
            )
        },
    },
    {
        "title": "Gemensam kalender för anhöriga",
        "description": "En kalender där anhöriga ser när hemtjänsten kommer och kan skriva in "
        "sina egna besök.",
        "need": "Anhöriga vet inte när personalen kommer och dubbelbokar eller missar besök.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.MERGED,
        "days_ago": 300,
        "summary": "Sammanslagen med en liknande idé om information till anhöriga.",
        "title_en": "A shared calendar for family members",
        "summary_en": "Merged with a similar idea about information for family members.",
    },
    {
        "title": "Information till anhöriga i en app",
        "description": "En app där anhöriga får korta meddelanden från hemtjänsten efter varje "
        "besök, om den äldre har sagt ja.",
        "need": "Anhöriga ringer ofta för att fråga hur det har gått, vilket tar tid från "
        "personalen.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.CONCEPT_DEVELOPMENT,
        "days_ago": 345,
        "summary": "Korta meddelanden till anhöriga efter hemtjänstens besök, om den äldre har "
        "sagt ja.",
        "answer": "Vi har slagit ihop två liknande idéer och tar fram ett förslag tillsammans "
        "med anhöriga.",
        "title_en": "Updates for family members in an app",
        "summary_en": "Short messages to family members after each home care visit, if the "
        "older person agrees.",
        "answer_en": "We have merged two similar ideas and are developing a proposal together "
        "with family members.",
    },
    {
        "title": "Promenadvän för den som inte vill gå ensam",
        "description": "Frivilliga som går promenader med äldre som behöver sällskap för att "
        "våga gå ut.",
        "need": "Äldre som är rädda för att falla går inte ut alls på vintern.",
        "area": Area.HEALTH,
        "municipality": PITEA,
        "stage": Stage.TESTING,
        "days_ago": 200,
        "summary": "Frivilliga promenadvänner ska hjälpa äldre att röra sig mer.",
        "title_en": "A walking companion for those who would rather not walk alone",
        "summary_en": "Volunteer walking companions are to help older people move more.",
        "notes": {
            Stage.TESTING: T(
                "Tio promenadvänner har börjat i en av kommundelarna.",
                "Ten walking companions have started in one part of the municipality.",
            )
        },
    },
    {
        "title": "Halkskydd att låna på biblioteket",
        "description": "Broddar som man kan låna på biblioteket, som böcker.",
        "need": "Alla har inte råd att köpa halkskydd, och halkolyckor är vanliga.",
        "area": Area.HEALTH,
        "municipality": PITEA,
        "stage": Stage.IMPLEMENTED,
        "days_ago": 500,
        "summary": "Broddar att låna på biblioteket ska göra det lättare att gå ut när det är "
        "halt.",
        "answer": "Under vintern går det nu att låna broddar på biblioteket. Vi följer upp hur "
        "många som lånar dem.",
        "title_en": "Ice grips to borrow from the library",
        "summary_en": "Ice grips to borrow from the library are to make it easier to go out when "
        "it is slippery.",
        "answer_en": "In winter, ice grips can now be borrowed from the library. We are "
        "following up how many people borrow them.",
    },
    {
        "title": "Stolar med armstöd i väntrummen",
        "description": "Fler stolar med armstöd i kommunens väntrum och receptioner.",
        "need": "Den som har svårt att resa sig behöver något att ta stöd mot.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.CLOSED,
        "days_ago": 420,
        "summary": "Önskemål om stolar med armstöd i kommunens väntrum.",
        "answer": "Stolarna byts redan ut när möblerna köps in, så idén behöver inte gå vidare "
        "i Idéslussen. Tack för att du påminde oss!",
        "title_en": "Chairs with armrests in waiting rooms",
        "summary_en": "A request for chairs with armrests in the municipality's waiting rooms.",
        "answer_en": "The chairs are already being replaced as new furniture is bought, so the "
        "idea does not need to go through the idea sluice. Thank you for reminding us!",
        "closed_reason": "Genomförs redan i den ordinarie verksamheten.",
    },
    {
        "title": "Hörslinga i fler mötesrum",
        "description": "Hörslinga i kommunhusets alla mötesrum, inte bara i sessionssalen.",
        "need": "Personer med hörapparat kan inte följa med på möten i de mindre rummen.",
        "area": Area.DISABILITY_CARE,
        "municipality": PITEA,
        "stage": Stage.RECEIVED,
        "days_ago": 5,
    },
    {
        "title": "Seniorer lär seniorer att använda mobilen",
        "description": "Äldre som kan mobilen visar andra äldre, på träffpunkterna.",
        "need": "Många äldre behöver hjälp med bank-id och e-tjänster men vill inte be sina barn.",
        "area": Area.DIGITAL_SERVICES,
        "municipality": PITEA,
        "stage": Stage.ASSESSMENT,
        "days_ago": 60,
        "summary": "Äldre som hjälper andra äldre med mobilen och e-tjänster.",
        "title_en": "Older people teach each other to use their phones",
        "summary_en": "Older people who help others of their age with their phones and online "
        "services.",
    },
    {
        "title": "Warm meals delivered by bike in the town centre",
        "description": "Home care meals in central Piteå could be delivered by electric cargo "
        "bike instead of by car.",
        "need": "Cars for meal deliveries are often stuck in traffic, and the food gets cold.",
        "area": Area.ENVIRONMENT,
        "municipality": PITEA,
        "language": "en",
        "stage": Stage.ASSESSMENT,
        "days_ago": 30,
        "public_title": "Varm mat som levereras med cykel i centrum",
        "summary": "Hemtjänstens matlådor levereras med elektrisk lastcykel i centrum.",
        "title_en": "Warm meals delivered by bike in the town centre",
        "summary_en": "Meals for home care delivered by electric cargo bike in the town centre.",
    },
    {
        "title": "Reading aloud for residents with dementia",
        "description": "Short readings of local history and poems, by staff or volunteers, "
        "in the care homes.",
        "need": "Residents with dementia have few calm activities in the afternoon.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "language": "en",
        "stage": Stage.RECEIVED,
        "days_ago": 3,
    },
    {
        "title": "Tydliga bildscheman i daglig verksamhet",
        "description": "Bildscheman på väggen och i mobilen som visar vad som händer under dagen.",
        "need": "Personer med kognitiv funktionsnedsättning blir oroliga när de inte vet vad som "
        "ska hända.",
        "who_benefits": "Deltagare i daglig verksamhet och deras personal.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.IMPLEMENTED,
        "days_ago": 550,
        "summary": "Bildscheman gör dagen förutsägbar för deltagarna i daglig verksamhet.",
        "answer": "Bildschemana används nu i den dagliga verksamheten.",
        "title_en": "Clear picture schedules in daily activities",
        "summary_en": "Picture schedules make the day predictable for the participants in daily "
        "activities.",
        "answer_en": "The picture schedules are now used in daily activities.",
        "notes": {
            Stage.TESTING: T(
                "Test i två verksamheter under hösten.", "A test in two services during the autumn."
            )
        },
    },
    {
        "title": "Anpassade cykelställ för trehjulingar",
        "description": "Cykelställ med plats för trehjuliga cyklar och cykelvagnar vid "
        "kommunens verksamheter.",
        "need": "Trehjulingar får inte plats i vanliga ställ och blir stående i vägen.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.TESTING,
        "days_ago": 180,
        "summary": "Bredare cykelställ vid kommunens verksamheter, för trehjuliga cyklar.",
        "title_en": "Bicycle stands for tricycles",
        "summary_en": "Wider bicycle stands at the municipality's premises, for tricycles.",
        "notes": {
            Stage.TESTING: T(
                "Två ställ har satts upp vid två av kommunens verksamheter.",
                "Two racks have been put up at two of the municipality's services.",
            )
        },
    },
    {
        "title": "Lättläst information om färdtjänst",
        "description": "Informationen om färdtjänst skrivs om på lättläst svenska och spelas in "
        "som film på teckenspråk.",
        "need": "Många som har rätt till färdtjänst förstår inte hur man ansöker.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.CONCEPT_DEVELOPMENT,
        "days_ago": 90,
        "summary": "Lättläst text och film på teckenspråk om hur man ansöker om färdtjänst.",
        "answer": "Vi skriver texten tillsammans med brukarorganisationer och testar den med "
        "läsare.",
        "title_en": "Easy-to-read information about the special transport service",
        "summary_en": "Easy-to-read Swedish and a film in sign language on how to apply for the "
        "special transport service.",
        "answer_en": "We are writing the text together with user organisations and testing it "
        "with readers.",
    },
    {
        "title": "Träffar där personer med funktionsnedsättning testar ny teknik",
        "description": "En testpanel av brukare som får prova nya hjälpmedel innan kommunen köper "
        "in dem.",
        "need": "Hjälpmedel köps in utan att de som ska använda dem har fått säga sitt.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.ASSESSMENT,
        "days_ago": 50,
        "name": "Jonas Berg",
        "show_name": True,
        "summary": "En testpanel av brukare som provar hjälpmedel innan de köps in.",
        "title_en": "Meetings where people with disabilities test new technology",
        "summary_en": "A panel of service users who try out assistive devices before they are "
        "bought.",
    },
    {
        "title": "Larmknapp som fungerar utomhus",
        "description": "Ett trygghetslarm som också fungerar på promenaden, med GPS.",
        "need": "Trygghetslarmet fungerar bara inomhus, så många vågar inte gå ut.",
        "area": Area.ELDERLY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.TESTING,
        "days_ago": 300,
        "summary": "Trygghetslarm med GPS som fungerar även utomhus.",
        "answer": "Tjugo personer testar larmet i vinter. Vi berättar om resultatet i vår.",
        "title_en": "A personal alarm that works outdoors",
        "summary_en": "A personal alarm with GPS that also works outdoors.",
        "answer_en": "Twenty people are testing the alarm this winter. We will report the "
        "results in the spring.",
    },
    {
        "title": "Boendestöd via videosamtal",
        "description": "En del av boendestödets besök görs som videosamtal, när brukaren vill.",
        "need": "Resorna till brukare i byarna tar mycket tid, och vissa besök är korta.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.CLOSED,
        "days_ago": 450,
        "summary": "Videosamtal som komplement till boendestödets besök.",
        "answer": "Brukarna i vår förstudie ville hellre ha besök på plats, så vi går inte vidare "
        "med idén nu.",
        "title_en": "Housing support by video call",
        "summary_en": "Video calls as a complement to housing support visits.",
        "answer_en": "The service users in our preliminary study preferred visits in person, so "
        "we are not taking the idea further for now.",
        "closed_reason": "Brukarna föredrog besök på plats.",
    },
    {
        "title": "Sinnesrum på korttidsboendet",
        "description": "Ett lugnt rum med ljus, ljud och vibrationer som går att anpassa.",
        "need": "Barn och unga med autism behöver en plats att varva ner på.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.RECEIVED,
        "days_ago": 8,
    },
    {
        "title": "Tillgänglig lekplats i varje stadsdel",
        "description": "Minst en lekplats per stadsdel där barn i rullstol kan leka med andra.",
        "need": "Barn med funktionsnedsättning har få lekplatser nära hemmet.",
        "area": Area.CULTURE_LEISURE,
        "municipality": SKELLEFTEA,
        "stage": Stage.CONCEPT_DEVELOPMENT,
        "days_ago": 150,
        "summary": "Tillgängliga lekplatser i alla stadsdelar.",
        "title_en": "An accessible playground in every district",
        "summary_en": "Accessible playgrounds in every district.",
        "notes": {
            Stage.CONCEPT_DEVELOPMENT: T(
                "Vi tar fram en plan tillsammans med föräldrar.",
                "We are making a plan together with parents.",
            )
        },
    },
    {
        "title": "Jämställd fördelning av fritidspengar",
        "description": "Kommunen följer upp hur föreningsbidragen fördelas mellan flickor och "
        "pojkar, och redovisar det offentligt.",
        "need": "Pojkars idrott får mer pengar och bättre tider i hallarna.",
        "area": Area.CULTURE_LEISURE,
        "municipality": SKELLEFTEA,
        "stage": Stage.ASSESSMENT,
        "days_ago": 70,
        "summary": "Offentlig uppföljning av hur fritidspengar fördelas mellan flickor och pojkar.",
        "title_en": "Leisure grants shared equally between girls and boys",
        "summary_en": "Public follow-up of how leisure grants are shared between girls and boys.",
    },
    {
        "title": "Busshållplatser med sittplats och väderskydd",
        "description": "Sittplatser och tak vid busshållplatser som äldre och personer med "
        "funktionsnedsättning använder mycket.",
        "need": "Att vänta på bussen i kylan utan att kunna sitta är svårt för många.",
        "area": Area.TRANSPORT,
        "municipality": SKELLEFTEA,
        "stage": Stage.RECEIVED,
        "days_ago": 2,
    },
    {
        "title": "Sign language video answers from the contact centre",
        "description": "Deaf residents could send a video question in Swedish Sign Language and "
        "get a video answer.",
        "need": "Deaf residents have to write in Swedish, which is not their first language.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "language": "en",
        "stage": Stage.CONCEPT_DEVELOPMENT,
        "days_ago": 110,
        "public_title": "Svar på teckenspråk från kontaktcenter",
        "summary": "Frågor och svar på svenskt teckenspråk hos kontaktcenter.",
        "answer": "Vi planerar en första version tillsammans med döva invånare.",
        "title_en": "Sign language video answers from the contact centre",
        "summary_en": "Questions and answers in Swedish Sign Language at the contact centre.",
        "answer_en": "We are planning a first version together with Deaf residents.",
    },
    {
        "title": "Quiet hours at the swimming pool",
        "description": "Two hours a week with dimmed lights, no music and fewer visitors at the "
        "swimming pool.",
        "need": "People who are sensitive to noise and light avoid the swimming pool because it "
        "is so loud.",
        "area": Area.CULTURE_LEISURE,
        "municipality": SKELLEFTEA,
        "language": "en",
        "stage": Stage.IMPLEMENTED,
        "days_ago": 480,
        "public_title": "Lugna timmar i simhallen",
        "summary": "Lugna timmar med dämpat ljus och utan musik i simhallen.",
        "answer": "Nu finns lugna timmar i simhallen varje söndagsförmiddag.",
        "title_en": "Quiet hours at the swimming pool",
        "summary_en": "Quiet hours with dimmed lights and no music at the swimming pool.",
        "answer_en": "There are now quiet hours at the swimming pool every Sunday morning.",
    },
    {
        "title": "Shared electric cars for home care staff",
        "description": "Home care staff in Skellefteå could use a pool of shared electric cars.",
        "need": "The home care service's old cars are expensive and often broken.",
        "area": Area.ENVIRONMENT,
        "municipality": SKELLEFTEA,
        "language": "en",
        "stage": Stage.ASSESSMENT,
        "days_ago": 25,
        "public_title": "Delade elbilar för hemtjänstens personal",
        "summary": "En pool av delade elbilar för hemtjänsten.",
        "title_en": "Shared electric cars for home care staff",
        "summary_en": "A pool of shared electric cars for the home care service.",
        "public": False,
    },
    {
        "title": "Måltidsvän på äldreboendet",
        "description": "Personalen äter med de boende i stället för att bara servera.",
        "need": "Många boende äter lite när de äter ensamma.",
        "area": Area.ELDERLY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.TESTING,
        "days_ago": 210,
        "summary": "Personal som äter tillsammans med de boende, för mer gemenskap och bättre "
        "aptit.",
        "title_en": "Mealtime companions in care homes",
        "summary_en": "Staff who eat together with the residents, for more company and a better "
        "appetite.",
        "notes": {
            Stage.TESTING: T(
                "Två boenden testar måltidsvänner under ett halvår.",
                "Two care homes are testing meal companions for six months.",
            )
        },
    },
    {
        "title": "Trygghetsvandring med rullator",
        "description": "Kommunen går runt i centrum med personer som har rullator eller rullstol "
        "och noterar hinder.",
        "need": "Trottoarkanter och grus gör det svårt att ta sig fram.",
        "area": Area.TRANSPORT,
        "municipality": PITEA,
        "stage": Stage.CONCEPT_DEVELOPMENT,
        "days_ago": 100,
        "summary": "Trygghetsvandringar i centrum med personer som använder rullator eller "
        "rullstol.",
        "title_en": "Safety walks with walking frames",
        "summary_en": "Safety walks in the town centre with people who use a walking frame or a "
        "wheelchair.",
    },
    {
        "title": "Skolskjuts som syns i en app",
        "description": "Föräldrar ser var skolbussen är, så att barnen inte står ute i kylan.",
        "need": "Barn väntar länge vid hållplatsen när bussen är sen.",
        "area": Area.SCHOOL,
        "municipality": PITEA,
        "stage": Stage.CLOSED,
        "days_ago": 380,
        "summary": "Skolbussens läge i realtid för föräldrar.",
        "answer": "Kommunen ansvarar inte för den tekniken i bussarna, så vi har lämnat idén "
        "vidare till den som gör det.",
        "title_en": "The school bus in an app",
        "summary_en": "The school bus's position in real time for parents.",
        "answer_en": "The municipality is not responsible for that technology on the buses, so "
        "we have passed the idea on to whoever is.",
        "closed_reason": "Kommunen ansvarar inte för tekniken i bussarna.",
    },
    {
        "title": "Stöd till anhöriga som vårdar på natten",
        "description": "En nattjour som anhöriga kan ringa när de vårdar någon hemma.",
        "need": "Anhöriga som vårdar blir utmattade och vet inte vart de ska vända sig på natten.",
        "area": Area.SOCIAL_SERVICES,
        "municipality": SKELLEFTEA,
        "stage": Stage.RECEIVED,
        "days_ago": 12,
    },
]
