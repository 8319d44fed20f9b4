"""Demo content of challenges and needs: the challenge index (in the main navigation), three
example challenges per municipality in both languages – open, opening soon and closed with its
outcome – with the focus areas of the programme (elderly care in Piteå, disability care in
Skellefteå), example ideas sent to them, and needs sent without a solution. The dates are set
from the day the demo is first loaded. Runs after the testbeds' demo, whose entries the
challenges link to. The idea handlers' groups may add challenges (as drafts for review)."""

from datetime import timedelta

from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale

from home.demo import accounts
from home.demo.builder import T, add_to_menu, block, ensure_page
from home.models import HomePage
from ideas.choices import Area, IdeaKind, Municipality
from ideas.demo import ensure_idea
from ideas.models import Administration, ChallengeIndexPage, ChallengePage, Idea, IdeaSubmitter
from ideas.stages import Stage
from methodology.models import MethodPhasePage
from testbeds.models import TestbedPage

PITEA, SKELLEFTEA = Municipality.PITEA, Municipality.SKELLEFTEA
JOINED_IDEA = "Personalen äter med de boende"


def load():
    home = HomePage.objects.get(depth=2, locale__language_code="sv")
    index = ensure_page(home, ChallengeIndexPage, index_page())
    add_to_menu(index, T("Utmaningar", "Challenges"))
    today = timezone.localdate()
    for challenge in CHALLENGES:
        page = ensure_page(index, ChallengePage, challenge_fields(challenge, today))
        for example in challenge["ideas"]:
            ensure_idea(example)
            Idea.objects.filter(is_example=True, title=example["title"]).update(
                challenge=page, kind=IdeaKind.IDEA
            )
    # Someone said "this is my idea too" about one of the answers.
    joined = Idea.objects.filter(is_example=True, title=JOINED_IDEA).first()
    if joined is not None and not joined.submitters.exists():
        IdeaSubmitter.objects.create(
            idea=joined, joined_as=IdeaSubmitter.Joined.JOINED, consent_at=joined.created_at
        )
    for example in NEEDS:
        ensure_idea(example)
        Idea.objects.filter(is_example=True, title=example["title"]).update(kind=IdeaKind.NEED)
    let_handlers_draft_challenges(index)
    return index


def let_handlers_draft_challenges(index):
    """Idea handlers may add challenges under the index (a need turned into a challenge) and
    edit them; publishing goes through the site's review workflow."""
    for group in accounts.ensure_idea_handler_groups().values():
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def index_page():
    return {
        "title": T("Utmaningar", "Challenges"),
        "slug": T("utmaningar", "challenges"),
        "search_description": T(
            "Behov som Piteå och Skellefteå kommun vill ha idéer om, med kriterier och datum.",
            "Needs that Piteå and Skellefteå municipalities want ideas about, with criteria and "
            "dates.",
        ),
        "intro": T(
            "En utmaning är ett behov som kommunen vill ha idéer om. Varje utmaning säger vem "
            "den gäller, hur idéerna bedöms och när du kan skicka in. Alla kan svara: invånare, "
            "medarbetare, föreningar och företag. Utmaningarna här är exempel.",
            "A challenge is a need that the municipality wants ideas about. Each challenge says "
            "who it is for, how the ideas are assessed and when you can send them. Anyone can "
            "answer: residents, staff, associations and companies. The challenges here are "
            "examples.",
        ),
    }


def criteria(*items):
    return [block("criterion", {"name": name, "description": text}) for name, text in items]


BENEFIT = (
    T("Nytta för dem det gäller", "Benefit for the people concerned"),
    T(
        "Hur mycket bättre blir vardagen för dem utmaningen gäller?",
        "How much better does everyday life get for the people the challenge is about?",
    ),
)
FEASIBLE = (
    T("Går att pröva", "Can be tried"),
    T(
        "Kan idén provas i liten skala inom ett halvår, till exempel i en testbädd?",
        "Can the idea be tried on a small scale within six months, for example in a testbed?",
    ),
)
COST = (
    T("Kostnad och arbetsinsats", "Cost and effort"),
    T(
        "Vad kostar det i pengar och arbetstid, och vad sparar det?",
        "What does it cost in money and working time, and what does it save?",
    ),
)
EQUALITY = (
    T("Jämställdhet", "Gender equality"),
    T(
        "Fungerar idén lika bra för kvinnor och män, och för personal och anhöriga av alla kön?",
        "Does the idea work as well for women and men, and for staff and families of every gender?",
    ),
)
ACCESSIBILITY = (
    T("Tillgänglighet", "Accessibility"),
    T(
        "Kan personer med olika funktionsnedsättningar använda lösningen, även utan internet?",
        "Can people with different disabilities use the solution, also without the internet?",
    ),
)


def challenge_fields(challenge, today):
    administration = Administration.objects.filter(
        locale=Locale.get_default(),
        municipality=challenge["municipality"],
        name=challenge["administration"],
    ).first()
    testbeds = TestbedPage.objects.filter(
        external_id__in=challenge["testbeds"], locale=Locale.get_default()
    )
    phases = MethodPhasePage.objects.filter(
        idea_stage__in=challenge["phases"], locale=Locale.get_default()
    )
    return {
        "title": challenge["title"],
        "slug": challenge["slug"],
        "listing_summary": challenge["question"],
        "question": challenge["question"],
        "background": challenge["background"],
        "audience": challenge["audience"],
        "municipality": challenge["municipality"],
        "administration": administration,
        "area": challenge["area"],
        "criteria": criteria(*challenge["criteria"]),
        "opens_on": today + timedelta(days=challenge["opens"]),
        "closes_on": today + timedelta(days=challenge["closes"]),
        "related_testbeds": list(testbeds),
        "related_phases": list(phases),
        "contact_name": challenge["contact"],
        "outcome": challenge.get("outcome", T("", "")),
        "is_example": True,
    }


def idea(title, need, description, *, municipality, area, stage, days_ago, public=True, **more):
    return {
        "title": title,
        "need": need,
        "description": description,
        "municipality": municipality,
        "area": area,
        "stage": stage,
        "days_ago": days_ago,
        "public": public,
        "summary": more.pop("summary", description),
        **more,
    }


CHALLENGES = [
    {
        "title": T("Trygga nätter hemma", "Safe nights at home"),
        "slug": T("trygga-natter-hemma", "safe-nights-at-home"),
        "question": T(
            "Hur kan äldre som bor hemma känna sig trygga på natten utan att bli väckta av besök?",
            "How can older people who live at home feel safe at night without being woken by "
            "visits?",
        ),
        "background": T(
            "<p>Äldreomsorgen i Piteå är ett av Idéslussens fokusområden. Många som har "
            "hemtjänst får tillsyn på natten. Besöken ger trygghet, men de kan också väcka den "
            "som sover och ta tid från personalen.</p>",
            "<p>Elderly care in Piteå is one of the idea sluice's focus areas. Many people with "
            "home care get checks at night. The visits make people feel safe, but they can also "
            "wake the person who is asleep and take up staff time.</p>",
        ),
        "audience": T(
            "Äldre som bor hemma med hemtjänst, deras närstående och nattpersonalen. Alla får "
            "svara, även medarbetare i andra förvaltningar.",
            "Older people who live at home with home care, their families and the night staff. "
            "Anyone may answer, also staff in other administrations.",
        ),
        "municipality": PITEA,
        "administration": "Socialtjänsten",
        "area": Area.ELDERLY_CARE,
        "criteria": [BENEFIT, FEASIBLE, COST, EQUALITY, ACCESSIBILITY],
        "opens": -20,
        "closes": 40,
        "testbeds": ["PIT-001", "PIT-003"],
        "phases": [Stage.RECEIVED, Stage.ASSESSMENT],
        "contact": T("Idéhandläggaren för äldreomsorgen", "The idea handler for elderly care"),
        "ideas": [
            idea(
                "Nattlampa som tänds när man kliver ur sängen",
                "Den som går upp på natten vill inte tända taklampan men ser inte var hen går.",
                "En svag lampa vid sängen som tänds av en sensor och släcks efter en stund.",
                municipality=PITEA,
                area=Area.ELDERLY_CARE,
                stage=Stage.ASSESSMENT,
                days_ago=12,
            ),
            idea(
                "Ring upp i stället för att knacka på",
                "Alla vill inte bli väckta för en kontroll som inte behövs.",
                "Den som vill kan få ett kort samtal i stället för ett besök, vid en tid de "
                "väljer själva.",
                municipality=PITEA,
                area=Area.ELDERLY_CARE,
                stage=Stage.RECEIVED,
                days_ago=4,
                public=False,
            ),
        ],
    },
    {
        "title": T("Ut i vinterljuset", "Out in the winter light"),
        "slug": T("ut-i-vinterljuset", "out-in-the-winter-light"),
        "question": T(
            "Hur kan fler äldre komma ut en stund varje dag under vintern?",
            "How can more older people get outdoors for a while every day in winter?",
        ),
        "background": T(
            "<p>Is, snö och mörker gör att många äldre stannar inne hela vintern. Det påverkar "
            "både hälsan och humöret.</p>",
            "<p>Ice, snow and darkness keep many older people indoors all winter. That affects "
            "both health and mood.</p>",
        ),
        "audience": T(
            "Äldre i Piteå, på särskilda boenden och hemma, och de som hjälper dem ut.",
            "Older people in Piteå, in care homes and at home, and the people who help them "
            "outdoors.",
        ),
        "municipality": PITEA,
        "administration": "Socialtjänsten",
        "area": Area.ELDERLY_CARE,
        "criteria": [BENEFIT, FEASIBLE, EQUALITY, ACCESSIBILITY],
        "opens": 21,
        "closes": 80,
        "testbeds": ["PIT-007"],
        "phases": [Stage.RECEIVED],
        "contact": T("Idéhandläggaren för äldreomsorgen", "The idea handler for elderly care"),
        "ideas": [],
    },
    {
        "title": T("Mat som smakar på boendet", "Food that tastes good in the care home"),
        "slug": T("mat-som-smakar", "food-that-tastes-good"),
        "question": T(
            "Hur kan måltiderna på de särskilda boendena bli något att se fram emot?",
            "How can meals in the care homes become something to look forward to?",
        ),
        "background": T(
            "<p>Många boende äter för lite. Maten levereras färdig och måltiden blir ofta "
            "kort.</p>",
            "<p>Many residents eat too little. The food arrives ready-made and meals are often "
            "short.</p>",
        ),
        "audience": T(
            "Boende på särskilda boenden, deras närstående och personalen.",
            "People who live in care homes, their families and the staff.",
        ),
        "municipality": PITEA,
        "administration": "Socialtjänsten",
        "area": Area.ELDERLY_CARE,
        "criteria": [BENEFIT, FEASIBLE, COST],
        "opens": -150,
        "closes": -60,
        "testbeds": ["PIT-002"],
        "phases": [Stage.CONCEPT_DEVELOPMENT],
        "contact": T("Idéhandläggaren för äldreomsorgen", "The idea handler for elderly care"),
        "outcome": T(
            "<p>Utmaningen fick elva idéer. Tre gick vidare till konceptutveckling. Idén om att "
            "personalen äter tillsammans med de boende testas nu på testavdelningen.</p>",
            "<p>The challenge received eleven ideas. Three moved on to concept development. The "
            "idea that staff eat together with the residents is now being tested on the test "
            "ward.</p>",
        ),
        "ideas": [
            idea(
                "Personalen äter med de boende",
                "Boende äter mer när måltiden är social.",
                "En ur personalen sitter med vid varje bord och äter samma mat.",
                municipality=PITEA,
                area=Area.ELDERLY_CARE,
                stage=Stage.TESTING,
                days_ago=130,
            ),
            idea(
                "Doften av nybakat",
                "Aptiten kommer av dofter och förväntan.",
                "Baka bröd på avdelningen en gång i veckan, så att det doftar före maten.",
                municipality=PITEA,
                area=Area.ELDERLY_CARE,
                stage=Stage.CONCEPT_DEVELOPMENT,
                days_ago=120,
            ),
        ],
    },
    {
        "title": T("Bestämma mer över sin egen dag", "More say over one's own day"),
        "slug": T("bestamma-over-sin-dag", "say-over-ones-day"),
        "question": T(
            "Hur kan personer som bor i gruppbostad eller har boendestöd bestämma mer över sin "
            "egen dag?",
            "How can people who live in a group home or have housing support decide more about "
            "their own day?",
        ),
        "background": T(
            "<p>Funktionshinderomsorgen i Skellefteå är ett av Idéslussens fokusområden. "
            "Scheman och rutiner styr ofta mer än den enskildes egna önskemål.</p>",
            "<p>Disability care in Skellefteå is one of the idea sluice's focus areas. Rotas and "
            "routines often decide more than the person's own wishes.</p>",
        ),
        "audience": T(
            "Personer med funktionsnedsättning som bor i gruppbostad eller har boendestöd, "
            "deras närstående och personalen.",
            "People with disabilities who live in a group home or have housing support, their "
            "families and the staff.",
        ),
        "municipality": SKELLEFTEA,
        "administration": "Socialförvaltningen",
        "area": Area.DISABILITY_CARE,
        "criteria": [BENEFIT, FEASIBLE, EQUALITY, ACCESSIBILITY],
        "opens": -10,
        "closes": 50,
        "testbeds": ["SKE-001", "SKE-003"],
        "phases": [Stage.RECEIVED, Stage.ASSESSMENT],
        "contact": T(
            "Idéhandläggaren för funktionshinderomsorgen", "The idea handler for disability care"
        ),
        "ideas": [
            idea(
                "Bildschema som jag gör själv",
                "Den som inte läser text vet inte vad som händer under dagen.",
                "Ett bildschema på surfplattan som den boende fyller i tillsammans med personalen.",
                municipality=SKELLEFTEA,
                area=Area.DISABILITY_CARE,
                stage=Stage.ASSESSMENT,
                days_ago=8,
            ),
            idea(
                "Choose your own activity night",
                "Evening activities are planned for the whole group.",
                "Once a week each resident chooses the evening's activity, with pictures to "
                "choose from.",
                municipality=SKELLEFTEA,
                area=Area.DISABILITY_CARE,
                stage=Stage.RECEIVED,
                days_ago=3,
                language="en",
                public=False,
            ),
        ],
    },
    {
        "title": T("Tydliga besked från assistansen", "Clear messages from the assistance"),
        "slug": T("tydliga-besked", "clear-messages"),
        "question": T(
            "Hur kan den som har personlig assistans få veta i tid vem som kommer och när?",
            "How can people with personal assistance know in time who is coming and when?",
        ),
        "background": T(
            "<p>Ändringar i schemat når inte alltid fram. Det skapar oro hos den som får "
            "assistans och merarbete för personalen.</p>",
            "<p>Changes to the rota do not always get through. That worries the person who gets "
            "assistance and makes extra work for the staff.</p>",
        ),
        "audience": T(
            "Personer med personlig assistans, deras närstående och assistenterna.",
            "People with personal assistance, their families and the assistants.",
        ),
        "municipality": SKELLEFTEA,
        "administration": "Socialförvaltningen",
        "area": Area.DISABILITY_CARE,
        "criteria": [BENEFIT, FEASIBLE, COST, ACCESSIBILITY],
        "opens": 14,
        "closes": 70,
        "testbeds": ["SKE-011", "SKE-004"],
        "phases": [Stage.RECEIVED],
        "contact": T(
            "Idéhandläggaren för funktionshinderomsorgen", "The idea handler for disability care"
        ),
        "ideas": [],
    },
    {
        "title": T("Fritid för alla", "Leisure for everyone"),
        "slug": T("fritid-for-alla", "leisure-for-everyone"),
        "question": T(
            "Hur kan fler unga med funktionsnedsättning vara med i fritidsaktiviteter?",
            "How can more young people with disabilities take part in leisure activities?",
        ),
        "background": T(
            "<p>Många aktiviteter är svåra att nå eller förstå för unga med "
            "funktionsnedsättning.</p>",
            "<p>Many activities are hard to reach or understand for young people with "
            "disabilities.</p>",
        ),
        "audience": T(
            "Unga med funktionsnedsättning, deras familjer, föreningar och fritidsgårdar.",
            "Young people with disabilities, their families, associations and youth centres.",
        ),
        "municipality": SKELLEFTEA,
        "administration": "Fritid",
        "area": Area.CULTURE_LEISURE,
        "criteria": [BENEFIT, FEASIBLE, EQUALITY, ACCESSIBILITY],
        "opens": -200,
        "closes": -90,
        "testbeds": ["SKE-002"],
        "phases": [Stage.CONCEPT_DEVELOPMENT, Stage.TESTING],
        "contact": T(
            "Idéhandläggaren för funktionshinderomsorgen", "The idea handler for disability care"
        ),
        "outcome": T(
            "<p>Utmaningen fick åtta idéer. En fritidskompis som följer med första gångerna "
            "testas nu, och en karta över tillgängliga aktiviteter är införd.</p>",
            "<p>The challenge received eight ideas. A leisure buddy who comes along the first "
            "few times is being tested now, and a map of accessible activities has been "
            "introduced.</p>",
        ),
        "ideas": [
            idea(
                "Fritidskompis de första gångerna",
                "Det är svårt att gå till en ny aktivitet ensam.",
                "En fritidskompis följer med de första gångerna tills den unga känner sig hemma.",
                municipality=SKELLEFTEA,
                area=Area.CULTURE_LEISURE,
                stage=Stage.TESTING,
                days_ago=180,
            ),
            idea(
                "Karta över tillgängliga aktiviteter",
                "Familjer vet inte vilka aktiviteter som är tillgängliga.",
                "En karta på webben med aktiviteter och hur tillgängliga lokalerna är.",
                municipality=SKELLEFTEA,
                area=Area.CULTURE_LEISURE,
                stage=Stage.IMPLEMENTED,
                days_ago=190,
            ),
        ],
    },
]

# Needs sent without a solution, for the handlers to turn into challenges.
NEEDS = [
    idea(
        "Svårt att hitta rätt i hemtjänstens nyckelskåp",
        "Nattpersonalen lägger lång tid på att hitta rätt nyckel i mörkret.",
        "",
        municipality=PITEA,
        area=Area.ELDERLY_CARE,
        stage=Stage.RECEIVED,
        days_ago=6,
        public=False,
    ),
    idea(
        "Anhöriga vet inte vem de ska ringa på kvällen",
        "Anhöriga till personer i gruppbostad vet inte vem som svarar efter klockan 17.",
        "",
        municipality=SKELLEFTEA,
        area=Area.DISABILITY_CARE,
        stage=Stage.RECEIVED,
        days_ago=9,
        public=False,
    ),
    idea(
        "Information in other languages at the health centre",
        "Older people who do not read Swedish well do not understand the letters they get.",
        "",
        municipality=PITEA,
        area=Area.HEALTH,
        stage=Stage.ASSESSMENT,
        days_ago=15,
        language="en",
        public=False,
    ),
]
