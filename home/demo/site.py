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
from .legal import PITEA_PHONE, accessibility_statement, privacy_page
from .translation import translate

NO_HELP = T("", "")


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
            "new ideas together. The aim is for the municipalities' services to become better at "
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
                    "<p>The municipalities face major challenges. There are more older people, it "
                    "is harder to recruit staff, and residents need different services from before. "
                    "Many good ideas already exist among residents and staff. The idea sluice "
                    "makes sure that each of them is handled in the same, careful way, from the "
                    "first suggestion to something used in everyday work.</p>",
                ),
            ),
            block("heading", {"text": T("Så började det", "How it started"), "level": "h2"}),
            block(
                "text",
                T(
                    "<p>Idéslussen startade som projektet <em>Idésluss för hållbar "
                    "samhällsutveckling</em>. Projektet pågick från november 2016 till december "
                    "2019 och fick 3,6 miljoner kronor i stöd från Vinnova. Piteå kommun var "
                    "samordnare och drev projektet tillsammans med Skellefteå kommun. Den "
                    "totala budgeten var drygt 8 miljoner kronor.</p>"
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
                    "agency. Piteå Municipality coordinated the project and ran it together with "
                    "Skellefteå Municipality. The total budget was just over 8 million "
                    "kronor.</p>"
                    "<p>During the project the municipalities produced:</p>"
                    "<ul><li>an inventory of testbeds and test environments where new solutions "
                    "can be tried out</li><li>a mapping of how innovation work is done in the "
                    "administrations</li><li>training for politicians on innovation and "
                    "governance</li><li>training and tools for managers who lead innovation "
                    "work</li><li>a method for handling ideas, the idea sluice "
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
            block(
                "heading",
                {"text": T("Samverkan i projektet", "Partners in the project"), "level": "h2"},
            ),
            block(
                "text",
                T(
                    "<p>Under projektet 2016–2019 samverkade kommunerna med:</p>"
                    "<ul><li>Luleå tekniska universitet (LTU), där en forskare i genus och "
                    "teknik var vetenskapligt bollplank</li><li>Innovation Pite</li>"
                    "<li>Piteå Science Park</li><li>Skellefteå Science City</li></ul>",
                    "<p>During the 2016–2019 project the municipalities cooperated with:</p>"
                    "<ul><li>Luleå University of Technology (LTU), where a researcher in gender "
                    "and technology acted as the project's scientific sounding board</li>"
                    "<li>Innovation Pite</li><li>Piteå Science Park</li>"
                    "<li>Skellefteå Science City</li></ul>",
                ),
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
            "<p>Vi använder dina uppgifter bara för att svara dig och rätta till felet, och vi "
            "raderar din synpunkt från webbplatsen 180 dagar efter att du skickade den. Läs "
            f'mer om <a linktype="page" id="{privacy.pk}">hur vi hanterar personuppgifter</a>.</p>',
            "<p>We use your data only to answer you and fix the problem, and we delete your "
            "feedback from the site 180 days after you sent it. Read more about "
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


def ensure_settings(home, about, privacy, statement, feedback):
    menu = ensure_snippet(
        NavigationMenu,
        {
            "name": T("Huvudmeny", "Main menu"),
            # The other loaders add their pages in front of this one (see add_to_menu); the
            # accessibility statement is in the footer, with the privacy page.
            "links": [block("page", {"page": about.pk, "title": ""})],
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
            # Shown in international form on English pages (site_tags.international_phone).
            "phone": PITEA_PHONE.sv,
            "legal_links": [
                block("page", {"page": statement.pk, "title": ""}),
                block("page", {"page": privacy.pk, "title": ""}),
            ],
            "links": [block("page", {"page": feedback.pk, "title": ""})],
        },
    )
    site_settings = SiteSettings.for_site(ensure_site(home))
    site_settings.main_navigation = site_settings.main_navigation or menu
    site_settings.footer = site_settings.footer or footer
    site_settings.privacy_page = site_settings.privacy_page or privacy
    site_settings.save()
