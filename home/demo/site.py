"""Demo content of the site's own pages: home, about, privacy, accessibility statement and the
accessibility feedback form, plus the navigation, the footer and the site settings."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from home.models import (
    ContentPage,
    Footer,
    FormField,
    FormPage,
    HomePage,
    NavigationMenu,
    SiteSettings,
)

from .builder import T, block, english_locale, ensure_page, ensure_snippet, ensure_translation, pick
from .translation import translate

ASSESSMENT_DATE = T("23 november 2026", "23 November 2026")
DIGG_COMPLAINT_URL = (
    "https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-"
    "service-dos-lagen/anmal-bristande-tillganglighet"
)
NO_HELP = T("", "")
IMY_URL = "https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/"


def page_link(page, text: T) -> T:
    return T(
        f'<a linktype="page" id="{page.pk}">{text.sv}</a>',
        f'<a linktype="page" id="{page.pk}">{text.en}</a>',
    )


def load():
    english_locale()
    home = ensure_home()
    about = ensure_page(home, ContentPage, about_page())
    privacy = ensure_page(home, ContentPage, privacy_page())
    feedback = ensure_page(
        home, FormPage, feedback_form_page(privacy), children={"form_fields": FormField}
    )
    statement = ensure_page(home, ContentPage, accessibility_statement(feedback))
    ensure_home_body(home, about, statement)
    ensure_settings(home, about, privacy, statement, feedback)
    return home


def ensure_home():
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        home = HomePage(**pick(home_fields(), "sv"))
        root.add_child(instance=home)
        home.save_revision().publish()
    ensure_site(home)
    ensure_translation(home, HomePage(**pick(home_fields(), "en")))
    return home


def ensure_site(home):
    """Point the default site at the home page, on the address of WAGTAILADMIN_BASE_URL."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id == home.pk:
        return site
    previous_root_id = site.root_page_id
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.root_page = home
    site.site_name = "Idéslussen"
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.save()
    # Wagtail's placeholder welcome page, if it is still there and empty.
    Page.objects.filter(pk=previous_root_id, depth=2, numchild=0).exclude(pk=home.pk).delete()
    return site


def home_fields(body=None):
    return {
        "title": T("Idéslussen", "The idea sluice"),
        "slug": T("hem", "home"),
        "seo_title": T(
            "Idéslussen – idéer som förbättrar välfärden i Piteå och Skellefteå",
            "The idea sluice – ideas that improve welfare in Piteå and Skellefteå",
        ),
        "search_description": T(
            "Piteå kommun och Skellefteå kommun tar emot idéer från invånare och medarbetare och "
            "prövar dem steg för steg.",
            "Piteå Municipality and Skellefteå Municipality take in ideas from residents and staff "
            "and try them out step by step.",
        ),
        "intro": T(
            "Har du sett något som kan bli bättre i kommunens verksamhet? Idéslussen tar emot "
            "idéer från invånare och medarbetare i Piteå och Skellefteå. Vi prövar dem steg för "
            "steg och berättar öppet vad som händer med dem.",
            "Have you seen something in the municipality's services that could work better? The "
            "idea sluice takes in ideas from residents and staff in Piteå and Skellefteå. We try "
            "them out step by step and say openly what happens to them.",
        ),
        "body": body or [],
    }


def ensure_home_body(home, about, statement):
    """The home page links to pages made after it, so its body is filled in afterwards."""
    if home.body:
        return
    body = pick(home_body(about, statement), "sv")
    home.body = body
    home.save_revision().publish()
    english = HomePage(**pick(home_fields(home_body(about, statement)), "en"))
    translate(home, english, english_locale())


def home_body(about, statement):
    return [
        block(
            "heading",
            {
                "text": T("Så går en idé genom slussen", "How an idea passes through the sluice"),
                "level": "h2",
            },
        ),
        block(
            "text",
            T(
                "<p>En idé kan komma från vem som helst: en invånare, en anhörig eller någon som "
                "arbetar i kommunen. Varje idé går igenom samma steg. I varje steg finns en "
                "idéhandläggare som ser till att idén inte blir liggande.</p>",
                "<p>An idea can come from anyone: a resident, a relative or someone who works for "
                "the municipality. Every idea goes through the same stages. At every stage an "
                "idea handler makes sure that the idea does not stall.</p>",
            ),
        ),
        block(
            "steps",
            {
                "title": T("Stegen i Idéslussen", "The stages of the idea sluice"),
                "steps": [
                    {
                        "title": T("Inkommen", "Received"),
                        "text": T(
                            "<p>Vi tar emot idén och bekräftar att den har kommit fram.</p>",
                            "<p>We receive the idea and confirm that it has arrived.</p>",
                        ),
                        "minutes": None,
                    },
                    {
                        "title": T("Bedömning", "Assessment"),
                        "text": T(
                            "<p>Vi ser efter vilket behov idén möter och vem som har nytta av den.</p>",
                            "<p>We look at which need the idea meets and who would benefit from it.</p>",
                        ),
                        "minutes": None,
                    },
                    {
                        "title": T("Konceptutveckling", "Concept development"),
                        "text": T(
                            "<p>Idécoacher och verksamheten utvecklar idén till ett förslag som går "
                            "att pröva.</p>",
                            "<p>Idea coaches and the service develop the idea into a proposal that "
                            "can be tried out.</p>",
                        ),
                        "minutes": None,
                    },
                    {
                        "title": T("Test", "Testing"),
                        "text": T(
                            "<p>Förslaget prövas i liten skala, ofta i en testbädd inom "
                            "äldreomsorgen eller funktionshinderomsorgen.</p>",
                            "<p>The proposal is tried out on a small scale, often in a testbed in "
                            "elderly care or disability care.</p>",
                        ),
                        "minutes": None,
                    },
                    {
                        "title": T("Införd", "Implemented"),
                        "text": T(
                            "<p>Det som fungerar blir en del av det vanliga arbetet.</p>",
                            "<p>What works becomes part of everyday work.</p>",
                        ),
                        "minutes": None,
                    },
                ],
            },
        ),
        block(
            "link_cards",
            {
                "title": T("Läs mer", "Read more"),
                "cards": [
                    {
                        "title": T("Om Idéslussen", "About the idea sluice"),
                        "text": T(
                            "Vilka som står bakom Idéslussen, vad vi fokuserar på och varför.",
                            "Who runs the idea sluice, what we focus on and why.",
                        ),
                        "page": about.pk,
                        "url": "",
                    },
                    {
                        "title": T("Tillgänglighet", "Accessibility"),
                        "text": T(
                            "Hur tillgänglig webbplatsen är och hur du säger till om något inte "
                            "fungerar.",
                            "How accessible the site is and how to tell us when something does not "
                            "work.",
                        ),
                        "page": statement.pk,
                        "url": "",
                    },
                ],
            },
        ),
    ]


def about_page():
    return {
        "title": T("Om Idéslussen", "About the idea sluice"),
        "slug": T("om-ideslussen", "about"),
        "search_description": T(
            "Idéslussen är ett samarbete mellan Piteå kommun och Skellefteå kommun för att ta "
            "tillvara idéer som utgår från invånarnas behov.",
            "The idea sluice is a partnership between Piteå Municipality and Skellefteå "
            "Municipality to make use of ideas that start from residents' needs.",
        ),
        "intro": T(
            "Idéslussen är Piteå kommuns och Skellefteå kommuns gemensamma sätt att ta vara på "
            "nya idéer. Målet är att kommunernas verksamheter ska bli bättre på att pröva nya "
            "arbetssätt och ny teknik som utgår från invånarnas behov.",
            "The idea sluice is how Piteå Municipality and Skellefteå Municipality make use of "
            "new ideas together. The aim is that the municipalities' services become better at "
            "trying new ways of working and new technology that start from residents' needs.",
        ),
        "body": [
            block(
                "heading", {"text": T("Varför en idésluss?", "Why an idea sluice?"), "level": "h2"}
            ),
            block(
                "text",
                T(
                    "<p>Kommunerna står inför stora utmaningar. Vi blir fler äldre, det blir "
                    "svårare att rekrytera personal och invånarna behöver annan service än förr. "
                    "Många bra idéer finns redan hos invånare och medarbetare. Idéslussen ser till "
                    "att de tas om hand på ett ordnat sätt, från första förslag till något som "
                    "används i vardagen.</p>",
                    "<p>The municipalities face great challenges. There are more older people, it "
                    "is harder to recruit staff, and residents need other services than before. "
                    "Many good ideas already exist among residents and staff. The idea sluice "
                    "makes sure that they are taken care of in an orderly way, from the first "
                    "suggestion to something used in everyday work.</p>",
                ),
            ),
            block("heading", {"text": T("Så började det", "How it started"), "level": "h2"}),
            block(
                "text",
                T(
                    "<p>Idéslussen startade som projektet <em>Idésluss för hållbar "
                    "samhällsutveckling</em>. Projektet pågick från november 2016 till december "
                    "2019 och fick 3,6 miljoner kronor i stöd från Vinnova. Piteå kommun var "
                    "samordnare och Skellefteå kommun var partner. Den totala budgeten var "
                    "drygt 8 miljoner kronor.</p>"
                    "<p>Under projektet tog kommunerna fram:</p>"
                    "<ul><li>en inventering av testbäddar och testmiljöer där nya lösningar kan "
                    "prövas</li><li>en kartläggning av hur innovationsarbetet går till i "
                    "förvaltningarna</li><li>utbildningar för politiker om innovation och "
                    "styrning</li><li>utbildningar och verktyg för chefer som leder "
                    "innovationsarbete</li><li>en metod för hur idéer tas om hand, "
                    "idéslussmetodiken</li><li>ett digitalt stöd för att ta emot och följa "
                    "idéer</li></ul>",
                    "<p>The idea sluice started as the project <em>Idea sluice for sustainable "
                    "community development</em>. The project ran from November 2016 to December "
                    "2019 and received 3.6 million kronor from Vinnova, Sweden's innovation "
                    "agency. Piteå Municipality coordinated the project and Skellefteå "
                    "Municipality was a partner. The total budget was just over 8 million "
                    "kronor.</p>"
                    "<p>During the project the municipalities produced:</p>"
                    "<ul><li>an inventory of testbeds and test environments where new solutions "
                    "can be tried out</li><li>a mapping of how innovation work is done in the "
                    "departments</li><li>training for politicians on innovation and "
                    "governance</li><li>training and tools for managers who lead innovation "
                    "work</li><li>a method for taking care of ideas, the idea sluice "
                    "method</li><li>digital support for receiving and following ideas</li></ul>",
                ),
            ),
            block(
                "table",
                {
                    "caption": T(
                        "Fokusområden i de två kommunerna", "Focus areas in the two municipalities"
                    ),
                    "header": [T("Kommun", "Municipality"), T("Fokusområde", "Focus area")],
                    "rows": [
                        [T("Piteå kommun", "Piteå Municipality"), T("Äldreomsorg", "Elderly care")],
                        [
                            T("Skellefteå kommun", "Skellefteå Municipality"),
                            T(
                                "Funktionshinderomsorg, stöd till personer med funktionsnedsättning",
                                "Disability care, support for people with disabilities",
                            ),
                        ],
                    ],
                },
            ),
            block(
                "heading",
                {
                    "text": T(
                        "Två perspektiv i allt vi gör", "Two perspectives in everything we do"
                    ),
                    "level": "h2",
                },
            ),
            block(
                "text",
                T(
                    "<p><strong>Jämställdhet.</strong> Vi frågar i varje steg vems behov idén "
                    "utgår från och vem som får del av resultatet, så att kvinnor och män, "
                    "flickor och pojkar får samma möjligheter.</p>"
                    "<p><strong>Tillgänglighet.</strong> Nya lösningar ska gå att använda för "
                    "alla, också för den som har en funktionsnedsättning. Det gäller både "
                    "digitala tjänster och lokaler.</p>",
                    "<p><strong>Gender equality.</strong> At every stage we ask whose needs the "
                    "idea starts from and who gets the benefit, so that women and men, girls and "
                    "boys get the same opportunities.</p>"
                    "<p><strong>Accessibility.</strong> New solutions must be usable by everyone, "
                    "including people with disabilities. This applies both to digital services and "
                    "to premises.</p>",
                ),
            ),
            block("heading", {"text": T("Vi samarbetar med", "Our partners"), "level": "h2"}),
            block(
                "text",
                T(
                    "<ul><li>Luleå tekniska universitet (LTU), som bidrar med forskning om genus "
                    "och teknik</li><li>Innovation Pite</li><li>Piteå Science Park</li>"
                    "<li>Skellefteå Science City</li></ul>",
                    "<ul><li>Luleå University of Technology (LTU), which contributes research on "
                    "gender and technology</li><li>Innovation Pite</li><li>Piteå Science Park</li>"
                    "<li>Skellefteå Science City</li></ul>",
                ),
            ),
            block(
                "quote",
                {
                    "quote": T(
                        "När idéerna utgår från invånarnas behov och medarbetarnas erfarenhet blir "
                        "förändringen både modigare och mer hållbar.",
                        "When ideas start from residents' needs and staff's experience, change "
                        "becomes both bolder and more lasting.",
                    ),
                    "attribution": T(
                        "Lärdom från projektet 2016–2019",
                        "A lesson from the 2016–2019 project",
                    ),
                },
            ),
            block(
                "accordion",
                {
                    "title": T("Vanliga frågor", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T("Vem kan lämna en idé?", "Who can submit an idea?"),
                            "answer": T(
                                "<p>Alla som bor i eller har kontakt med Piteå eller Skellefteå: "
                                "invånare, anhöriga, företag, föreningar och kommunens "
                                "medarbetare.</p>",
                                "<p>Anyone who lives in or deals with Piteå or Skellefteå: "
                                "residents, relatives, companies, associations and the "
                                "municipalities' staff.</p>",
                            ),
                        },
                        {
                            "question": T("Kostar det något?", "Does it cost anything?"),
                            "answer": T(
                                "<p>Nej. Det kostar ingenting att lämna en idé eller att följa "
                                "vad som händer med den.</p>",
                                "<p>No. It costs nothing to submit an idea or to follow what "
                                "happens to it.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Måste jag lämna mitt namn?", "Do I have to give my name?"
                            ),
                            "answer": T(
                                "<p>Nej, du kan vara anonym. Om du lämnar en e-postadress kan vi "
                                "berätta när din idé går vidare.</p>",
                                "<p>No, you can stay anonymous. If you give an e-mail address we "
                                "can tell you when your idea moves on.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
    }


def privacy_page():
    return {
        "title": T("Så hanterar vi personuppgifter", "How we handle personal data"),
        "slug": T("personuppgifter", "privacy"),
        "search_description": T(
            "Vilka personuppgifter Idéslussen sparar, varför, hur länge och vilka rättigheter du "
            "har.",
            "Which personal data the idea sluice stores, why, for how long and what rights you "
            "have.",
        ),
        "intro": T(
            "Här beskriver vi vilka uppgifter om dig vi sparar när du använder webbplatsen, "
            "varför vi gör det och hur länge vi sparar dem.",
            "Here we describe which data about you we store when you use the site, why we do it "
            "and for how long we keep it.",
        ),
        "body": [
            block(
                "heading",
                {
                    "text": T(
                        "Vem ansvarar för dina uppgifter?", "Who is responsible for your data?"
                    ),
                    "level": "h2",
                },
            ),
            block(
                "text",
                T(
                    "<p>Kommunstyrelsen i den kommun som handlägger din idé är "
                    "personuppgiftsansvarig: kommunstyrelsen i Piteå kommun eller "
                    "kommunstyrelsen i Skellefteå kommun. Bara idéhandläggare i den kommun du "
                    "valt kan se dina kontaktuppgifter.</p>",
                    "<p>The municipal executive board of the municipality that handles your idea "
                    "is the controller of your personal data: the executive board of Piteå "
                    "Municipality or of Skellefteå Municipality. Only idea handlers in the "
                    "municipality you chose can see your contact details.</p>",
                ),
            ),
            block(
                "heading",
                {"text": T("Vilka uppgifter sparar vi?", "What data do we store?"), "level": "h2"},
            ),
            block(
                "table",
                {
                    "caption": T(
                        "Uppgifter, syfte och hur länge vi sparar dem",
                        "Data, purpose and how long we keep it",
                    ),
                    "header": [
                        T("Uppgift", "Data"),
                        T("Varför", "Why"),
                        T("Hur länge", "How long"),
                    ],
                    "rows": [
                        [
                            T(
                                "Namn, e-post och telefon (om du lämnar dem)",
                                "Name, e-mail and phone (if you give them)",
                            ),
                            T(
                                "För att kunna svara dig och berätta vad som händer med din idé",
                                "To answer you and tell you what happens to your idea",
                            ),
                            T(
                                "Raderas ett år efter att idén har avslutats",
                                "Erased one year after the idea is closed",
                            ),
                        ],
                        [
                            T(
                                "Din idé och dina svar i formulär",
                                "Your idea and your answers in forms",
                            ),
                            T(
                                "För att kunna bedöma och utveckla idén",
                                "To assess and develop the idea",
                            ),
                            T(
                                "Sparas enligt kommunens regler för arkiv och gallring",
                                "Kept according to the municipality's rules for archives and deletion",
                            ),
                        ],
                        [
                            T("Synpunkter på tillgängligheten", "Accessibility feedback"),
                            T(
                                "För att rätta till brister på webbplatsen",
                                "To fix problems on the site",
                            ),
                            T(
                                "Raderas ett år efter att ärendet är avslutat",
                                "Erased one year after the case is closed",
                            ),
                        ],
                    ],
                },
            ),
            block(
                "callout",
                {
                    "tone": "info",
                    "title": T("Offentlighetsprincipen", "The principle of public access"),
                    "text": T(
                        "<p>Det du skickar till en kommun blir i regel en allmän handling som "
                        "andra kan begära att få läsa. Skriv därför inte känsliga uppgifter om "
                        "dig själv eller andra, till exempel om hälsa, i din idé.</p>",
                        "<p>What you send to a Swedish municipality usually becomes an official "
                        "document that others can ask to read. So do not write sensitive "
                        "information about yourself or others, such as health details, in your "
                        "idea.</p>",
                    ),
                },
            ),
            block("heading", {"text": T("Kakor (cookies)", "Cookies"), "level": "h2"}),
            block(
                "text",
                T(
                    "<p>Webbplatsen använder bara de kakor som behövs för att den ska fungera: "
                    "en kaka som skyddar formulären mot missbruk, och en inloggningskaka för "
                    "kommunens medarbetare. Vi använder inga kakor för statistik eller "
                    "marknadsföring.</p>",
                    "<p>The site only uses the cookies it needs to work: one that protects forms "
                    "against misuse, and a login cookie for municipal staff. We use no cookies "
                    "for statistics or marketing.</p>",
                ),
            ),
            block("heading", {"text": T("Dina rättigheter", "Your rights"), "level": "h2"}),
            block(
                "text",
                T(
                    "<p>Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga "
                    "uppgifter rättade och att få dina kontaktuppgifter raderade. Kontakta "
                    "kommunens dataskyddsombud genom kommunens växel.</p>"
                    f'<p>Om du tycker att vi hanterar dina uppgifter fel kan du klaga hos <a href="{IMY_URL}">'
                    "Integritetsskyddsmyndigheten (IMY)</a>.</p>",
                    "<p>You have the right to know what data we hold about you, to have wrong "
                    "data corrected and to have your contact details erased. Contact the "
                    "municipality's data protection officer through the municipal switchboard.</p>"
                    f'<p>If you think we handle your data wrongly, you can complain to <a href="{IMY_URL}">'
                    "the Swedish Authority for Privacy Protection (IMY)</a>.</p>",
                ),
            ),
        ],
    }


def feedback_form_page(privacy):
    def field(clean_name, label, field_type, required, help_text=NO_HELP):
        return {
            "clean_name": clean_name,
            "label": label,
            "field_type": field_type,
            "required": required,
            "help_text": help_text,
        }

    return {
        "title": T("Lämna synpunkter på tillgängligheten", "Give feedback on accessibility"),
        "slug": T("synpunkter-tillganglighet", "accessibility-feedback"),
        "search_description": T(
            "Berätta för oss om något på webbplatsen är svårt att använda.",
            "Tell us if something on the site is hard to use.",
        ),
        "intro": T(
            "Har du svårt att använda något på webbplatsen? Berätta det för oss, så rättar vi "
            "till det. Du får svar inom två veckor om du lämnar en e-postadress.",
            "Is something on the site hard for you to use? Tell us and we will fix it. You get "
            "an answer within two weeks if you give an e-mail address.",
        ),
        "privacy_notice": T(
            "<p>Vi använder dina uppgifter bara för att svara dig och rätta till felet. Läs "
            f'mer om <a linktype="page" id="{privacy.pk}">hur vi hanterar personuppgifter</a>.</p>',
            "<p>We use your data only to answer you and fix the problem. Read more about "
            f'<a linktype="page" id="{privacy.pk}">how we handle personal data</a>.</p>',
        ),
        "thank_you_text": T(
            "<p>Tack för att du hjälper oss att göra webbplatsen bättre. Om du har lämnat en "
            "e-postadress svarar vi inom två veckor.</p>",
            "<p>Thank you for helping us make the site better. If you gave an e-mail address, "
            "we will answer within two weeks.</p>",
        ),
        "to_address": settings.CONTACT_EMAIL,
        "subject": T("Synpunkt på tillgängligheten", "Accessibility feedback"),
        "form_fields": [
            field(
                "problem",
                T("Beskriv problemet", "Describe the problem"),
                "multiline",
                True,
                T(
                    "Vad försökte du göra, och vad hände?",
                    "What were you trying to do, and what happened?",
                ),
            ),
            field(
                "page_address",
                T("Vilken sida gäller det?", "Which page is it about?"),
                "singleline",
                False,
                T("Adressen eller sidans namn.", "The address or the name of the page."),
            ),
            field("name", T("Namn", "Name"), "singleline", False),
            field(
                "email",
                T("E-postadress", "E-mail address"),
                "email",
                False,
                T("Fyll i om du vill ha svar.", "Fill in if you want an answer."),
            ),
        ],
    }


def accessibility_statement(feedback):
    return {
        "title": T("Tillgänglighetsredogörelse", "Accessibility statement"),
        "slug": T("tillganglighetsredogorelse", "accessibility-statement"),
        "search_description": T(
            "Hur webbplatsen Idéslussen uppfyller lagen om tillgänglighet till digital offentlig "
            "service, kända brister och hur du rapporterar problem.",
            "How the idea sluice site meets the Swedish law on accessibility of digital public "
            "services, known problems and how to report them.",
        ),
        "intro": T(
            "Piteå kommun och Skellefteå kommun står bakom den här webbplatsen. Vi vill att så "
            "många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller "
            "lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till "
            "och hur du kan rapportera problem till oss.",
            "Piteå Municipality and Skellefteå Municipality are responsible for this site. We want "
            "as many people as possible to be able to use it. Here we describe how the site meets "
            "the Swedish law on accessibility of digital public services, which problems we know "
            "of and how you can report problems to us.",
        ),
        "body": [
            block(
                "heading",
                {
                    "text": T("Hur tillgänglig är webbplatsen?", "How accessible is the site?"),
                    "level": "h2",
                },
            ),
            block(
                "text",
                T(
                    "<p>Webbplatsen är delvis förenlig med lagen (2018:1937) om tillgänglighet "
                    "till digital offentlig service, på grund av de brister som beskrivs nedan. "
                    "Kraven i lagen motsvarar nivå AA i standarden WCAG 2.1.</p>",
                    "<p>The site is partially compliant with the Swedish Act (2018:1937) on "
                    "accessibility to digital public services, because of the problems described "
                    "below. The requirements of the act correspond to level AA of the WCAG 2.1 "
                    "standard.</p>",
                ),
            ),
            block(
                "heading",
                {
                    "text": T(
                        "Vad kan du göra om du inte kan använda delar av webbplatsen?",
                        "What can you do if you cannot use parts of the site?",
                    ),
                    "level": "h2",
                },
            ),
            block(
                "text",
                T(
                    "<p>Om du behöver innehåll i ett annat format, till exempel en mall som går "
                    "att läsa med skärmläsare, kan du kontakta oss. Piteå kommun nås på telefon "
                    "0911-69 60 00 och Skellefteå kommun på telefon 0910-73 50 00.</p>",
                    "<p>If you need content in another format, for example a template that works "
                    "with a screen reader, you can contact us. Piteå Municipality can be reached "
                    "by phone on +46 911 69 60 00 and Skellefteå Municipality on "
                    "+46 910 73 50 00.</p>",
                ),
            ),
            block("heading", {"text": T("Rapportera brister", "Report problems"), "level": "h2"}),
            block(
                "text",
                T(
                    "<p>Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker "
                    "problem som inte beskrivs här, eller om du tycker att vi inte uppfyller "
                    "lagen, kan du "
                    f'<a linktype="page" id="{feedback.pk}">lämna synpunkter på tillgängligheten</a>'
                    ". Då vet vi att problemet finns.</p>",
                    "<p>We are always working to improve accessibility. If you find problems that "
                    "are not described here, or if you think we do not meet the law, you can "
                    f'<a linktype="page" id="{feedback.pk}">give feedback on accessibility</a>'
                    ". Then we know the problem exists.</p>",
                ),
            ),
            block("heading", {"text": T("Tillsyn", "Enforcement"), "level": "h2"}),
            block(
                "text",
                T(
                    "<p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn av lagen. "
                    "Om du inte är nöjd med hur vi hanterar dina synpunkter kan du "
                    f'<a href="{DIGG_COMPLAINT_URL}">anmäla bristande tillgänglighet till Digg</a>.</p>',
                    "<p>The Swedish Agency for Digital Government (Digg) supervises the act. If "
                    "you are not satisfied with how we handle your feedback, you can "
                    f'<a href="{DIGG_COMPLAINT_URL}">report the lack of accessibility to Digg</a>.</p>',
                ),
            ),
            block(
                "heading",
                {
                    "text": T(
                        "Innehåll som inte är tillgängligt", "Content that is not accessible"
                    ),
                    "level": "h2",
                },
            ),
            block(
                "text",
                T(
                    "<ul>"
                    "<li>Vissa mallar och dokument som går att ladda ner, särskilt sådana som "
                    "togs fram under projektet 2016–2019, saknar rubrikstruktur och kan vara "
                    "svåra att läsa med skärmläsare (WCAG 1.3.1).</li>"
                    "<li>Filmer som bäddas in från andra tjänster har inte alltid svensk "
                    "textning (WCAG 1.2.2).</li>"
                    "<li>Länkar till kartor går till OpenStreetMap, en extern tjänst som vi inte "
                    "ansvarar för och inte har granskat.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Some downloadable templates and documents, especially those made during "
                    "the 2016–2019 project, lack a heading structure and can be hard to read "
                    "with a screen reader (WCAG 1.3.1).</li>"
                    "<li>Videos embedded from other services do not always have Swedish captions "
                    "(WCAG 1.2.2).</li>"
                    "<li>Map links lead to OpenStreetMap, an external service that we are not "
                    "responsible for and have not reviewed.</li>"
                    "</ul>",
                ),
            ),
            block(
                "heading",
                {
                    "text": T("Hur vi har testat webbplatsen", "How we tested the site"),
                    "level": "h2",
                },
            ),
            block(
                "text",
                T(
                    "<p>Vi har gjort en självskattning av webbplatsen. Automatiska tester med "
                    "verktyget axe-core körs på varje sidtyp vid varje ändring av webbplatsen, och "
                    "formulären testas med enbart tangentbord. Senaste bedömningen gjordes den "
                    f"{ASSESSMENT_DATE.sv}.</p>"
                    f"<p>Redogörelsen uppdaterades senast den {ASSESSMENT_DATE.sv}.</p>",
                    "<p>We have made a self-assessment of the site. Automated tests with the "
                    "axe-core tool run on every page type at every change of the site, and the "
                    "forms are tested with the keyboard only. The latest assessment was made on "
                    f"{ASSESSMENT_DATE.en}.</p>"
                    f"<p>This statement was last updated on {ASSESSMENT_DATE.en}.</p>",
                ),
            ),
        ],
    }


def ensure_settings(home, about, privacy, statement, feedback):
    menu = ensure_snippet(
        NavigationMenu,
        {
            "name": T("Huvudmeny", "Main menu"),
            "links": [
                block("page", {"page": about.pk, "title": ""}),
                block(
                    "page", {"page": statement.pk, "title": T("Tillgänglighet", "Accessibility")}
                ),
            ],
        },
    )
    footer = ensure_snippet(
        Footer,
        {
            "name": T("Sidfot", "Footer"),
            "organisation_name": T(
                "Piteå kommun och Skellefteå kommun",
                "Piteå Municipality and Skellefteå Municipality",
            ),
            "contact_text": T(
                "<p>Idéslussen samordnas av Piteå kommun, 941 85 Piteå.</p>",
                "<p>The idea sluice is coordinated by Piteå Municipality, 941 85 Piteå, Sweden.</p>",
            ),
            "links": [block("page", {"page": feedback.pk, "title": ""})],
        },
    )
    site_settings = SiteSettings.for_site(ensure_site(home))
    site_settings.main_navigation = site_settings.main_navigation or menu
    site_settings.footer = site_settings.footer or footer
    site_settings.privacy_page = site_settings.privacy_page or privacy
    site_settings.accessibility_page = site_settings.accessibility_page or statement
    site_settings.contact_phone = site_settings.contact_phone or "0911-69 60 00"
    site_settings.save()
