"""Demo content of the two pages the law asks for: how personal data is handled (GDPR article 13)
and the accessibility statement (lagen 2018:1937, in the form of DIGG's model statement).

The retention periods and cookie lifetimes written here are those of the code: the settings
IDEA_RETENTION_DAYS, OUTBOX_RETENTION_DAYS, REGISTRATION_RETENTION_DAYS,
FORM_SUBMISSION_RETENTION_DAYS, SEARCH_LOG_RETENTION_DAYS, the sign-in log purge, SESSION_COOKIE_AGE
and CSRF_COOKIE_AGE. tests/home/test_legal_pages.py reads those settings and fails when the text
no longer matches them, so change both together."""

from django.conf import settings

from .builder import T, block
from .legal_participation import participation_section
from .legal_testbeds import testbed_contact_row, testbed_contact_section

STATEMENT_PUBLISHED = T("27 november 2026", "27 November 2026")
LAST_REVIEWED = T("27 november 2026", "27 November 2026")
ASSESSMENT_DATE = T("27 november 2026", "27 November 2026")
# Planned fix dates of the known accessibility problems.
FIX_BY_MARCH = T("31 mars 2027", "31 March 2027")

DIGG_COMPLAINT_URL = (
    "https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-"
    "service-dos-lagen/anmal-bristande-tillganglighet"
)
IMY_URL = "https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/"

# The municipalities' switchboards; Piteå's is the demo footer's phone number.
PITEA_PHONE = T("0911-69 60 00", "+46 911 69 60 00")
SKELLEFTEA_PHONE = T("0910-73 50 00", "+46 910 73 50 00")


def heading(text: T, level="h2"):
    return block("heading", {"text": text, "level": level})


def text(sv: str, en: str):
    return block("text", T(sv, en))


def email_link() -> T:
    address = settings.CONTACT_EMAIL
    link = f'<a href="mailto:{address}">{address}</a>'
    return T(link, link)


def example_note() -> list:
    """Says that the e-mail address is example data, when it is (the demo's default)."""
    if not settings.CONTACT_EMAIL.endswith(("example.org", "example.com", "example.net")):
        return []
    return [
        text(
            "<p><em>E-postadressen är ett exempel i demoversionen av webbplatsen. En kommun som "
            "tar webbplatsen i bruk byter ut den mot sin egen.</em></p>",
            "<p><em>The e-mail address is an example in the demo version of the site. A "
            "municipality that takes the site into use replaces it with its own.</em></p>",
        )
    ]


# --- How we handle personal data -------------------------------------------------------------


def privacy_page():
    email = email_link()
    return {
        "title": T("Så hanterar vi personuppgifter", "How we handle personal data"),
        "slug": T("personuppgifter", "privacy"),
        "search_description": T(
            "Vilka personuppgifter Idéslussen behandlar, varför, hur länge vi sparar dem och "
            "vilka rättigheter du har.",
            "Which personal data the idea sluice processes, why, how long we keep it and what "
            "rights you have.",
        ),
        "intro": T(
            "Här beskriver vi vilka personuppgifter webbplatsen Idéslussen behandlar, varför vi "
            "gör det, vilket stöd i lagen vi har, vem som får ta del av uppgifterna och hur länge "
            "vi sparar dem. Du får också veta vilka rättigheter du har och vart du vänder dig.",
            "This page explains which personal data the idea sluice website processes, why, on "
            "what legal basis, who may see the data and how long we keep it. It also explains "
            "your rights and who to contact.",
        ),
        "body": [
            *controller_section(),
            *contact_section(email),
            *overview_section(),
            *ideas_section(),
            *staff_ideas_section(),
            *email_section(),
            *participation_section(heading, text),
            *registrations_section(),
            *testbed_contact_section(heading, text),
            *feedback_section(),
            *search_section(),
            *sign_in_section(),
            *server_logs_section(),
            *cookies_section(),
            *processors_section(),
            *rights_section(email),
        ],
    }


def controller_section():
    return [
        heading(T("Vem ansvarar för dina uppgifter?", "Who is responsible for your data?")),
        text(
            "<p>Piteå kommun och Skellefteå kommun driver Idéslussen tillsammans. I båda "
            "kommunerna är det kommunstyrelsen som är personuppgiftsansvarig.</p>"
            "<ul>"
            "<li><strong>Idéer:</strong> kommunstyrelsen i den kommun som idén gäller. Du väljer "
            "kommun i formuläret, och bara den kommunen handlägger idén.</li>"
            "<li><strong>Allt annat på webbplatsen</strong> (kursanmälningar, synpunkter på "
            "tillgängligheten, sökloggen, inloggning för medarbetare, serverloggar och kakor): "
            "kommunstyrelsen i Piteå kommun och kommunstyrelsen i Skellefteå kommun, som "
            "gemensamt personuppgiftsansvariga.</li>"
            "</ul>"
            "<p>Kommunerna har en överenskommelse om hur de delar på ansvaret (artikel 26 i "
            "dataskyddsförordningen, GDPR). Du kan alltid vända dig till vilken av kommunerna du "
            "vill. Den kommun du kontaktar hjälper dig och tar själv kontakt med den andra "
            "kommunen om det behövs.</p>",
            "<p>Piteå Municipality and Skellefteå Municipality run the idea sluice together. In "
            "each municipality, the municipal executive board (kommunstyrelsen) is the "
            "controller.</p>"
            "<ul>"
            "<li><strong>Ideas:</strong> the executive board of the municipality the idea "
            "concerns. You choose the municipality in the form, and only that municipality "
            "handles the idea.</li>"
            "<li><strong>Everything else on the site</strong> (course registrations, "
            "accessibility feedback, the search log, staff sign-in, server logs and cookies): "
            "the executive boards of Piteå Municipality and Skellefteå Municipality, as joint "
            "controllers.</li>"
            "</ul>"
            "<p>The municipalities have an arrangement that sets out how they share this "
            "responsibility (Article 26 of the General Data Protection Regulation, GDPR). You "
            "can always contact either municipality. The one you contact will help you and will "
            "involve the other one if needed.</p>",
        ),
    ]


def contact_section(email: T):
    return [
        heading(
            T(
                "Kontakta oss eller dataskyddsombudet",
                "Contact us or the data protection officer",
            )
        ),
        text(
            "<p>Varje kommun har ett dataskyddsombud. Dataskyddsombudet kontrollerar att "
            "kommunen följer reglerna, och du kan vända dig dit med frågor om hur dina uppgifter "
            "hanteras.</p>"
            "<ul>"
            f"<li>Piteå kommun: ring växeln, {PITEA_PHONE.sv}, och be att få tala med "
            "kommunens dataskyddsombud.</li>"
            f"<li>Skellefteå kommun: ring växeln, {SKELLEFTEA_PHONE.sv}, och be att få tala med "
            "kommunens dataskyddsombud.</li>"
            f"<li>E-post till Idéslussen: {email.sv}. Skriv vilken kommun det gäller, så skickar "
            "vi vidare till rätt dataskyddsombud.</li>"
            "</ul>",
            "<p>Each municipality has a data protection officer. The data protection officer "
            "checks that the municipality follows the rules, and you can ask them about how "
            "your data is handled.</p>"
            "<ul>"
            f"<li>Piteå Municipality: call the switchboard on {PITEA_PHONE.en} and ask for the "
            "municipality's data protection officer.</li>"
            f"<li>Skellefteå Municipality: call the switchboard on {SKELLEFTEA_PHONE.en} and "
            "ask for the municipality's data protection officer.</li>"
            f"<li>E-mail the idea sluice at {email.en}. Say which municipality your question is "
            "about and we will pass it on to the right data protection officer.</li>"
            "</ul>",
        ),
        *example_note(),
    ]


IDEA_CONTROLLER = T(
    "Kommunstyrelsen i den kommun idén gäller",
    "The executive board of the municipality the idea concerns",
)
JOINT_CONTROLLERS = T(
    "Kommunstyrelserna i Piteå och Skellefteå gemensamt",
    "The executive boards of Piteå and Skellefteå jointly",
)
PUBLIC_INTEREST = T("Allmänt intresse (artikel 6.1 e)", "Public interest (Article 6(1)(e))")


def overview_section():
    return [
        heading(T("Översikt", "Overview")),
        block(
            "table",
            {
                "caption": T(
                    "Vad vi behandlar, vem som ansvarar, med vilket stöd och hur länge",
                    "What we process, who is responsible, on what basis and for how long",
                ),
                "header": [
                    T("Uppgifter", "Data"),
                    T("Personuppgiftsansvarig", "Controller"),
                    T("Rättslig grund", "Legal basis"),
                    T("Hur länge vi sparar dem", "How long we keep it"),
                ],
                "rows": [
                    [
                        T(
                            "Kontaktuppgifter till den som lämnat en idé",
                            "Contact details of the person who submitted an idea",
                        ),
                        IDEA_CONTROLLER,
                        PUBLIC_INTEREST,
                        T(
                            "Raderas 365 dagar efter att idén har avslutats (införd, avslutad "
                            "eller sammanslagen)",
                            "Erased 365 days after the idea was finished (implemented, closed "
                            "or merged)",
                        ),
                    ],
                    [
                        T("Idéns text", "The text of the idea"),
                        IDEA_CONTROLLER,
                        PUBLIC_INTEREST,
                        T(
                            "Sparas, eftersom den är en allmän handling. Kommunens arkivregler "
                            "avgör hur länge.",
                            "Kept, as it is an official document. The municipality's archive "
                            "rules decide for how long.",
                        ),
                    ],
                    [
                        T("Kvitto och uppdateringar via e-post", "Receipt and e-mail updates"),
                        IDEA_CONTROLLER,
                        T(
                            "Kvitto: allmänt intresse (artikel 6.1 e). Uppdateringar: samtycke "
                            "(artikel 6.1 a)",
                            "Receipt: public interest (Article 6(1)(e)). Updates: consent "
                            "(Article 6(1)(a))",
                        ),
                        T(
                            "Skickad e-post raderas 90 dagar efter att den skickades, och "
                            "alltid med idéns kontaktuppgifter",
                            "Sent e-mails are deleted 90 days after sending, and always with "
                            "the idea's contact details",
                        ),
                    ],
                    [
                        T("Kursanmälningar", "Course registrations"),
                        JOINT_CONTROLLERS,
                        T(
                            "Allmänt intresse (artikel 6.1 e). Uppgifter om hälsa i fältet om "
                            "behov: uttryckligt samtycke (artikel 9.2 a)",
                            "Public interest (Article 6(1)(e)). Health data in the needs "
                            "field: explicit consent (Article 9(2)(a))",
                        ),
                        T(
                            "Det du skrivit om behov raderas när kurstillfället är slut. Hela "
                            "anmälan raderas 90 dagar efter tillfället.",
                            "What you wrote about your needs is erased when the session has "
                            "ended. The whole registration is deleted 90 days after the "
                            "session.",
                        ),
                    ],
                    testbed_contact_row(JOINT_CONTROLLERS),
                    [
                        T("Synpunkter på tillgängligheten", "Accessibility feedback"),
                        JOINT_CONTROLLERS,
                        PUBLIC_INTEREST,
                        T(
                            "Raderas 180 dagar efter att du skickade dem",
                            "Deleted 180 days after you sent it",
                        ),
                    ],
                    [
                        T("Sökloggen", "The search log"),
                        JOINT_CONTROLLERS,
                        PUBLIC_INTEREST,
                        T(
                            "Raderas efter 90 dagar. Sökningar som ser ut att innehålla ett "
                            "personnummer, en e-postadress eller ett telefonnummer sparas aldrig.",
                            "Deleted after 90 days. Searches that look like they contain a "
                            "personal identity number, an e-mail address or a phone number are "
                            "never stored.",
                        ),
                    ],
                    [
                        T("Inloggning för medarbetare", "Staff sign-in"),
                        JOINT_CONTROLLERS,
                        PUBLIC_INTEREST,
                        T(
                            "Inloggningsloggen raderas efter 90 dagar",
                            "The sign-in log is deleted after 90 days",
                        ),
                    ],
                    [
                        T("Serverloggar", "Server logs"),
                        JOINT_CONTROLLERS,
                        PUBLIC_INTEREST,
                        T(
                            "Driftleverantören sparar loggarna i 30 dagar",
                            "The hosting provider keeps the logs for 30 days",
                        ),
                    ],
                    [
                        T("Kakor", "Cookies"),
                        JOINT_CONTROLLERS,
                        PUBLIC_INTEREST,
                        T(
                            "Se tabellen över kakor längre ner på sidan",
                            "See the table of cookies further down the page",
                        ),
                    ],
                ],
            },
        ),
    ]


def ideas_section():
    return [
        heading(T("Idéer", "Ideas")),
        text(
            "<p><strong>Vad vi sparar:</strong> det du skriver om idén (rubrik, beskrivning, "
            "behov och vem som har nytta av den), område och kommun. Om du vill lämnar du också "
            "namn, e-postadress och telefonnummer, och om ditt namn får visas med idén. Du kan "
            "också skicka idén utan kontaktuppgifter.</p>"
            "<p><strong>Varför:</strong> för att kunna bedöma och utveckla idén, svara dig och "
            "berätta öppet på idétavlan vad som händer med idéerna. Om idén publiceras på "
            "idétavlan skriver en idéhandläggare en offentlig rubrik och sammanfattning. Ditt namn "
            "visas bara om du har valt det.</p>"
            "<p><strong>Rättslig grund:</strong> allmänt intresse (artikel 6.1 e i "
            "dataskyddsförordningen). Att ta emot idéer och utveckla verksamheten är en del av "
            "kommunens uppgifter.</p>"
            "<p><strong>Vem som ser uppgifterna:</strong> idéhandläggarna i den kommun idén "
            "gäller och webbplatsens systemadministratörer. Idéhandläggare i den andra kommunen "
            "ser inte dina kontaktuppgifter.</p>"
            "<p><strong>Hur länge:</strong> dina kontaktuppgifter raderas 365 dagar efter att "
            "idén har avslutats, det vill säga när den är införd, avslutad eller sammanslagen med "
            "en annan idé. Om du ber om det kan idéhandläggaren radera dem tidigare. Själva idén "
            "sparas, eftersom den är en allmän handling.</p>",
            "<p><strong>What we store:</strong> what you write about the idea (title, "
            "description, the need and who would benefit), the area and the municipality. If you "
            "wish, you also give your name, e-mail address and phone number, and say whether your "
            "name may be shown with the idea. You can also send the idea without contact "
            "details.</p>"
            "<p><strong>Why:</strong> to assess and develop the idea, to answer you, and to show "
            "openly on the idea board what happens to ideas. If the idea is published on the "
            "idea board, an idea handler writes a public title and summary for it. Your name is "
            "shown only if you chose that.</p>"
            "<p><strong>Legal basis:</strong> public interest (Article 6(1)(e) of the GDPR). "
            "Receiving ideas and improving services is part of the municipality's tasks.</p>"
            "<p><strong>Who sees the data:</strong> the idea handlers of the municipality the "
            "idea concerns, and the site's system administrators. Idea handlers in the other "
            "municipality cannot see your contact details.</p>"
            "<p><strong>How long:</strong> your contact details are erased 365 days after the "
            "idea was finished, that is, implemented, closed or merged with another idea. If you "
            "ask, the idea handler can erase them sooner. The idea itself is kept, as it is an "
            "official document.</p>",
        ),
        block(
            "callout",
            {
                "tone": "warning",
                "title": T(
                    "Din idé blir en allmän handling", "Your idea becomes an official document"
                ),
                "text": T(
                    "<p>Det du skickar till kommunen blir en allmän handling. Enligt "
                    "offentlighetsprincipen kan vem som helst begära att få läsa den, också dina "
                    "kontaktuppgifter. Kommunen prövar först om något i den omfattas av "
                    "sekretess.</p>"
                    "<p>Skriv därför inte känsliga personuppgifter i idén, till exempel om hälsa, "
                    "etniskt ursprung eller religion. Skriv inte heller uppgifter som pekar ut "
                    "andra människor.</p>",
                    "<p>What you send to the municipality becomes an official document. Under "
                    "the principle of public access to official records, anyone can ask to read "
                    "it, including your contact details. The municipality first checks whether "
                    "anything in it is confidential.</p>"
                    "<p>So please do not write sensitive personal data in your idea, such as "
                    "details of health, ethnic origin or religion. Do not write anything that "
                    "identifies other people either.</p>",
                ),
            },
        ),
    ]


def staff_ideas_section():
    return [
        heading(T("Idéer från medarbetare och arbetsgrupper", "Ideas from staff and work teams")),
        text(
            "<p><strong>Vad vi sparar:</strong> om du arbetar i kommunen också vilken förvaltning "
            "och, om du vill, vilken enhet eller arbetsplats du arbetar på. Om en idéhandläggare "
            "registrerar idén åt dig, till exempel efter en arbetsplatsträff eller ett "
            "telefonsamtal, sparas hur idén kom in och vem som registrerade den. Står flera "
            "personer bakom idén sparas namn och, om de lämnat dem, e-postadress och "
            "telefonnummer för var och en, men bara om de har godkänt det.</p>"
            "<p><strong>E-post till var och en:</strong> den som står bakom idén och har lämnat "
            "en e-postadress får en bekräftelse med idéns referens. Den som har bett om nyheter "
            "får sedan samma e-post som den som skickade idén, när idén går vidare, får ett svar "
            "eller ett beslut, men först när adressen är bekräftad med länken i bekräftelsen. "
            "Varje sådant meddelande har en länk som stoppar utskicken.</p>"
            "<p><strong>Vem som ser uppgifterna:</strong> idéhandläggarna i kommunen. Chefer i "
            "förvaltningen ser idén men inte namn och kontaktuppgifter, om de inte har fått "
            "särskild behörighet. Om idén lämnas över till en samverkanspart, till exempel ett "
            "universitet eller en science park, får parten bara dina kontaktuppgifter om du har "
            "godkänt det.</p>"
            "<p><strong>Hur länge:</strong> som för övriga idéer. Alla namn och kontaktuppgifter "
            "som hör till idén raderas 365 dagar efter att den har avslutats, eller tidigare om "
            "du ber om det.</p>",
            "<p><strong>What we store:</strong> if you work for the municipality, also your "
            "administration and, if you wish, your unit or workplace. If an idea handler "
            "registers the idea for you, for example after a workplace meeting or a phone call, "
            "we store how the idea came in and who registered it. If several people are behind "
            "the idea, we store each one's name and, if they gave them, e-mail address and phone "
            "number, but only if they agreed.</p>"
            "<p><strong>E-mail to each of them:</strong> everyone behind the idea who gave an "
            "e-mail address gets a receipt with the idea's reference. Those who asked for news "
            "then get the same e-mail as the person who sent the idea when it moves on, is "
            "answered or decided on, but only once the address is confirmed by the link in the "
            "receipt. Each such e-mail has a link that stops them.</p>"
            "<p><strong>Who sees the data:</strong> the municipality's idea handlers. Managers "
            "in the administration see the idea but not names and contact details, unless they "
            "have been given a special permission. If the idea is referred to a partner, such as "
            "a university or a science park, the partner gets your contact details only if you "
            "agreed to it.</p>"
            "<p><strong>How long:</strong> as for other ideas. All names and contact details "
            "that belong to the idea are erased 365 days after it was finished, or sooner if you "
            "ask.</p>",
        ),
    ]


def email_section():
    return [
        heading(T("E-post om din idé", "E-mails about your idea")),
        text(
            "<p>Om du lämnar en e-postadress får du ett kvitto med idéns referensnummer och en "
            "länk där du kan följa idén. Kvittot skickar vi med stöd av allmänt intresse "
            "(artikel 6.1 e).</p>"
            "<p>Om du kryssar i att du vill ha uppdateringar skickar vi e-post när idén går "
            "vidare till ett nytt steg eller när kommunen svarar. Det gör vi bara med ditt "
            "samtycke (artikel 6.1 a). Du kan när som helst ta tillbaka samtycket genom att "
            "kontakta oss, så slutar vi skicka uppdateringar.</p>"
            "<p>Vi sparar den e-post vi skickar, så att idéhandläggarna kan se att den har kommit "
            "iväg. Den raderas 90 dagar efter att den skickades, och alltid när idéns "
            "kontaktuppgifter raderas.</p>",
            "<p>If you give an e-mail address, you get a receipt with the idea's reference "
            "number and a link where you can follow the idea. We send the receipt on the basis "
            "of public interest (Article 6(1)(e)).</p>"
            "<p>If you tick the box for updates, we e-mail you when the idea moves to a new stage "
            "or when the municipality answers. We do this only with your consent (Article "
            "6(1)(a)). You can withdraw your consent at any time by contacting us, and we will "
            "stop sending updates.</p>"
            "<p>We keep the e-mails we send so that the idea handlers can see that they went "
            "out. They are deleted 90 days after sending, and always when the idea's contact "
            "details are erased.</p>",
        ),
    ]


def registrations_section():
    return [
        heading(T("Kursanmälningar", "Course registrations")),
        text(
            "<p><strong>Vad vi sparar:</strong> namn, e-postadress, organisation och roll, vilket "
            "kurstillfälle du har anmält dig till, om du står på väntelistan och, om du skriver "
            "något där, dina behov inför tillfället.</p>"
            "<p><strong>Varför:</strong> för att ordna kursen: skicka en bekräftelse, hålla "
            "ordning på platserna och väntelistan och se till att tillfället fungerar för "
            "alla.</p>"
            "<p><strong>Rättslig grund:</strong> allmänt intresse (artikel 6.1 e). "
            "Utbildningarna är en del av kommunernas arbete med att utveckla verksamheten. För "
            "uppgifter om hälsa i fältet om behov är grunden ditt uttryckliga samtycke "
            "(artikel 9.2 a).</p>"
            "<p><strong>Vem som ser uppgifterna:</strong> de medarbetare som ordnar kurserna och "
            "har behörighet att se anmälningar, och webbplatsens systemadministratörer.</p>"
            "<p><strong>Hur länge:</strong> det du har skrivit om dina behov raderas när "
            "kurstillfället är slut. Hela anmälan raderas 90 dagar efter tillfället.</p>",
            "<p><strong>What we store:</strong> your name, e-mail address, organisation and "
            "role, the session you registered for, whether you are on the waiting list and, if "
            "you write anything there, your needs for the session.</p>"
            "<p><strong>Why:</strong> to organise the course: to send you a confirmation, keep "
            "track of seats and the waiting list, and make the session work for everyone.</p>"
            "<p><strong>Legal basis:</strong> public interest (Article 6(1)(e)). The training is "
            "part of the municipalities' work to improve their services. For health data in "
            "the needs field, the basis is your explicit consent (Article 9(2)(a)).</p>"
            "<p><strong>Who sees the data:</strong> the staff who organise the courses and are "
            "allowed to see registrations, and the site's system administrators.</p>"
            "<p><strong>How long:</strong> what you wrote about your needs is erased when the "
            "session has ended. The whole registration is deleted 90 days after the session.</p>",
        ),
        block(
            "callout",
            {
                "tone": "info",
                "title": T(
                    "Dina behov kan vara uppgifter om hälsa", "Your needs may be health data"
                ),
                "text": T(
                    "<p>I fältet om tillgänglighet och kost kan du till exempel skriva att du "
                    "behöver teckenspråkstolk, hörslinga eller en lokal utan trappor, eller att du "
                    "har en matallergi. Det kan vara uppgifter om hälsa, som är känsliga "
                    "personuppgifter (artikel 9).</p>"
                    "<ul>"
                    "<li>Vi behandlar dem bara om du själv skriver dem och ger ditt uttryckliga "
                    "samtycke när du skickar anmälan (artikel 9.2 a).</li>"
                    "<li>Vi använder dem bara för att ordna just det kurstillfället, till exempel "
                    "för att boka tolk eller se till att maten passar dig.</li>"
                    "<li>Vi raderar dem när tillfället är slut.</li>"
                    "<li>Du kan ta tillbaka ditt samtycke när som helst. Då raderar vi det du har "
                    "skrivit om dina behov.</li>"
                    "</ul>",
                    "<p>In the field about accessibility and dietary needs you can, for example, "
                    "write that you need a sign language interpreter, an induction loop or "
                    "step-free access, or that you have a food allergy. This may be health data, "
                    "which is sensitive personal data (Article 9).</p>"
                    "<ul>"
                    "<li>We process it only if you write it yourself and give your explicit "
                    "consent when you send the registration (Article 9(2)(a)).</li>"
                    "<li>We use it only to arrange that session, for example to book an "
                    "interpreter or make sure the food suits you.</li>"
                    "<li>We erase it when the session has ended.</li>"
                    "<li>You can withdraw your consent at any time. We then erase what you wrote "
                    "about your needs.</li>"
                    "</ul>",
                ),
            },
        ),
    ]


def feedback_section():
    return [
        heading(T("Synpunkter på tillgängligheten", "Accessibility feedback")),
        text(
            "<p><strong>Vad vi sparar:</strong> det du skriver i formuläret: problemet, vilken "
            "sida det gäller och, om du vill, ditt namn och din e-postadress.</p>"
            "<p><strong>Varför:</strong> för att rätta till problemet och svara dig, om du vill "
            "ha svar. Lagen om tillgänglighet till digital offentlig service kräver att vi tar "
            "emot sådana synpunkter.</p>"
            "<p><strong>Rättslig grund:</strong> allmänt intresse (artikel 6.1 e).</p>"
            "<p><strong>Vem som ser uppgifterna:</strong> de medarbetare som tar hand om "
            "synpunkterna. Synpunkten skickas också med e-post till Idéslussens gemensamma "
            "adress.</p>"
            "<p><strong>Hur länge:</strong> synpunkten raderas från webbplatsen 180 dagar efter "
            "att du skickade den. Samma sak gäller svar i andra formulär som kommunerna bygger på "
            "webbplatsen. E-posten till Idéslussens adress hanteras enligt kommunens regler för "
            "allmänna handlingar.</p>",
            "<p><strong>What we store:</strong> what you write in the form: the problem, the "
            "page it concerns and, if you wish, your name and e-mail address.</p>"
            "<p><strong>Why:</strong> to fix the problem and to answer you, if you want an "
            "answer. The Swedish law on accessibility of digital public services requires us to "
            "receive such feedback.</p>"
            "<p><strong>Legal basis:</strong> public interest (Article 6(1)(e)).</p>"
            "<p><strong>Who sees the data:</strong> the staff who deal with the feedback. The "
            "feedback is also e-mailed to the idea sluice's shared address.</p>"
            "<p><strong>How long:</strong> the feedback is deleted from the site 180 days after "
            "you sent it. The same applies to answers to other forms that the municipalities "
            "build on the site. The e-mail to the idea sluice's address is handled under the "
            "municipality's rules for official documents.</p>",
        ),
    ]


def search_section():
    return [
        heading(T("Sökningar på webbplatsen", "Searches on the site")),
        text(
            "<p>När du söker sparar vi vad du sökte på, hur många gånger per dag något söks och "
            "om sökningen gav några träffar, men inte vem som sökte. Vi använder det för att se "
            "vad många letar efter och vad som saknas på webbplatsen (allmänt intresse, artikel "
            "6.1 e).</p>"
            "<p>En sökning som ser ut att innehålla ett personnummer, en e-postadress eller ett "
            "telefonnummer sparas aldrig. Sökloggen raderas efter 90 dagar. Skriv ändå inte "
            "uppgifter om dig själv eller andra i sökrutan.</p>",
            "<p>When you search, we store what you searched for, how many times a day something "
            "is searched for and whether the search found anything, but not who searched. We use "
            "this to see what many people look for and what the site lacks (public interest, "
            "Article 6(1)(e)).</p>"
            "<p>A search that looks like it contains a personal identity number, an e-mail "
            "address or a phone number is never stored. The search log is deleted after 90 "
            "days. Even so, please do not type details about yourself or others into the search "
            "box.</p>",
        ),
    ]


def sign_in_section():
    return [
        heading(T("Inloggning för kommunernas medarbetare", "Sign-in for municipal staff")),
        text(
            "<p>Medarbetare som arbetar med webbplatsen har ett konto med användarnamn, namn och "
            "e-postadress. När någon loggar in, eller försöker logga in, sparar vi "
            "användarnamnet, IP-adressen, vilken webbläsare som används och tidpunkten. Efter "
            "flera misslyckade försök spärras inloggningen en stund. Den som kan se "
            "personuppgifter loggar in med en andra faktor (en kod från en app, en reservkod "
            "eller en nyckel); vi sparar då appens hemliga nyckel och "
            "reservkoderna, men aldrig koderna du skriver in.</p>"
            "<p>Syftet är att skydda kontona och uppgifterna på webbplatsen mot intrång (allmänt "
            "intresse, artikel 6.1 e, och kravet på säkerhet i artikel 32). Inloggningsloggen "
            "raderas efter 90 dagar.</p>",
            "<p>Staff who work on the site have an account with a user name, name and e-mail "
            "address. When someone signs in, or tries to, we store the user name, the IP "
            "address, the browser used and the time. After several failed attempts, signing in "
            "is blocked for a while. Staff who can see personal data sign in with a second "
            "factor (a code from an app, a recovery code or a passkey); we then store the app's "
            "secret key and the recovery codes, never the codes you type.</p>"
            "<p>The purpose is to protect the accounts and the data on the site against "
            "intrusion (public interest, Article 6(1)(e), and the security requirement of "
            "Article 32). The sign-in log is deleted after 90 days.</p>",
        ),
    ]


def server_logs_section():
    return [
        heading(T("Serverloggar och skydd mot missbruk", "Server logs and protection from misuse")),
        text(
            "<p>Som på alla webbplatser får servern din IP-adress, vilken sida du besöker, "
            "tidpunkten och vilken webbläsare du använder. Driftleverantören sparar dessa "
            "loggar i 30 dagar för att kunna hitta fel och upptäcka angrepp. Webbplatsens egen "
            "programlogg innehåller inga personuppgifter.</p>"
            "<p>För att stoppa automatiska utskick räknar vi hur många formulär som skickas från "
            "samma adress. Vi sparar då inte IP-adressen utan en kod som räknas fram ur den "
            "(en hash), och koden raderas efter 10 minuter.</p>"
            "<p>Rättslig grund: allmänt intresse (artikel 6.1 e) och kravet på säkerhet i "
            "artikel 32.</p>",
            "<p>As on every website, the server receives your IP address, the page you visit, "
            "the time and the browser you use. The hosting provider keeps these logs for 30 "
            "days to find faults and detect attacks. The site's own application log contains no "
            "personal data.</p>"
            "<p>To stop automated submissions, we count how many forms are sent from the same "
            "address. We do not store the IP address for this, only a code computed from it "
            "(a hash), and the code is deleted after 10 minutes.</p>"
            "<p>Legal basis: public interest (Article 6(1)(e)) and the security requirement of "
            "Article 32.</p>",
        ),
    ]


def cookies_section():
    return [
        heading(T("Kakor (cookies)", "Cookies")),
        text(
            "<p>Webbplatsen använder bara kakor som behövs för att den ska fungera. Därför "
            "frågar vi inte om samtycke till dem. Vi använder inga kakor för statistik eller "
            "marknadsföring och inga kakor från andra webbplatser. Ditt språkval sparas inte i "
            "en kaka: språket följer sidans adress.</p>",
            "<p>The site uses only the cookies it needs to work, so we do not ask for consent to "
            "them. We use no cookies for statistics or marketing and no cookies from other "
            "websites. Your choice of language is not stored in a cookie: the language follows "
            "the page address.</p>",
        ),
        block(
            "table",
            {
                "caption": T("Kakor som webbplatsen använder", "Cookies the site uses"),
                "header": [
                    T("Namn", "Name"),
                    T("Vad den gör", "What it does"),
                    T("Vem som får den", "Who gets it"),
                    T("Hur länge den finns kvar", "How long it lasts"),
                ],
                "rows": [
                    [
                        T(settings.CSRF_COOKIE_NAME, settings.CSRF_COOKIE_NAME),
                        T(
                            "Skyddar formulären mot att en annan webbplats skickar dem i ditt namn",
                            "Protects the forms against another website sending them in your name",
                        ),
                        T("Alla som öppnar ett formulär", "Everyone who opens a form"),
                        T("52 veckor", "52 weeks"),
                    ],
                    [
                        T(settings.SESSION_COOKIE_NAME, settings.SESSION_COOKIE_NAME),
                        T(
                            "Håller ihop ditt besök när du skickar ett formulär, så att tacksidan "
                            "och skyddet mot dubbla utskick fungerar. Håller medarbetare "
                            "inloggade.",
                            "Links the steps of your visit when you send a form, so that the "
                            "thank-you page and the protection against double submissions work. "
                            "Keeps staff signed in.",
                        ),
                        T(
                            "Besökare som skickar ett formulär och medarbetare som loggar in",
                            "Visitors who send a form, and staff who sign in",
                        ),
                        T(
                            "Besökare: tills du stänger webbläsaren. Medarbetare: tills "
                            "webbläsaren stängs, eller 8 timmar med valet ”Kom ihåg mig”.",
                            "Visitors: until you close the browser. Staff: until the browser "
                            "closes, or 8 hours with “Remember me”.",
                        ),
                    ],
                    [
                        T("messages", "messages"),
                        T(
                            "Visar korta meddelanden i redigeringsverktyget, till exempel att en "
                            "sida har sparats",
                            "Shows short messages in the editing tool, for example that a page "
                            "has been saved",
                        ),
                        T("Inloggade medarbetare", "Signed-in staff"),
                        T(
                            "Tas bort när meddelandet har visats, senast när webbläsaren stängs",
                            "Removed once the message has been shown, at the latest when the "
                            "browser closes",
                        ),
                    ],
                    [
                        T("wagtail_sidebar_collapsed", "wagtail_sidebar_collapsed"),
                        T(
                            "Kommer ihåg om menyn i redigeringsverktyget är hopfälld",
                            "Remembers whether the editing tool's menu is collapsed",
                        ),
                        T("Inloggade medarbetare", "Signed-in staff"),
                        T("Tills webbläsaren stängs", "Until the browser closes"),
                    ],
                ],
            },
        ),
    ]


def processors_section():
    return [
        heading(T("Vilka andra som behandlar uppgifterna", "Who else processes the data")),
        text(
            "<p>Kommunerna anlitar leverantörer som behandlar uppgifter för deras räkning, så "
            "kallade personuppgiftsbiträden. De får bara använda uppgifterna enligt kommunernas "
            "instruktioner, enligt ett personuppgiftsbiträdesavtal.</p>"
            "<ul>"
            "<li><strong>Drift:</strong> en driftleverantör hos vilken webbplatsen, databasen och "
            "uppladdade filer finns.</li>"
            "<li><strong>E-post:</strong> en e-posttjänst som skickar kvitton, uppdateringar och "
            "bekräftelser.</li>"
            "</ul>"
            "<p>Vi för inte över dina personuppgifter till länder utanför EU/EES. Vi lämnar inte "
            "ut dem till andra, utom när lagen kräver det, till exempel när någon begär att få "
            "läsa en allmän handling. Vi fattar inga automatiska beslut om dig och gör ingen "
            "profilering.</p>",
            "<p>The municipalities use suppliers who process data on their behalf, known as "
            "processors. They may use the data only as the municipalities instruct, under a "
            "data processing agreement.</p>"
            "<ul>"
            "<li><strong>Hosting:</strong> a hosting provider that runs the site, its database "
            "and uploaded files.</li>"
            "<li><strong>E-mail:</strong> an e-mail service that sends receipts, updates and "
            "confirmations.</li>"
            "</ul>"
            "<p>We do not transfer your personal data to countries outside the EU/EEA. We do not "
            "disclose it to anyone else unless the law requires it, for example when someone "
            "asks to read an official document. We make no automated decisions about you and "
            "do no profiling.</p>",
        ),
    ]


def rights_section(email: T):
    def right(question: T, sv: str, en: str):
        return {"question": question, "answer": T(sv, en)}

    return [
        block(
            "accordion",
            {
                "title": T("Dina rättigheter", "Your rights"),
                "items": [
                    right(
                        T("Rätt att få veta vad vi har om dig", "Right of access"),
                        "<p>Du har rätt att få en kopia av de personuppgifter vi har om dig och "
                        "veta hur vi använder dem (registerutdrag). Det kostar ingenting.</p>",
                        "<p>You have the right to a copy of the personal data we hold about you "
                        "and to know how we use it. It costs nothing.</p>",
                    ),
                    right(
                        T("Rätt att få fel rättade", "Right to rectification"),
                        "<p>Om en uppgift om dig är fel eller ofullständig har du rätt att få den "
                        "rättad.</p>",
                        "<p>If data about you is wrong or incomplete, you have the right to have "
                        "it corrected.</p>",
                    ),
                    right(
                        T("Rätt att få uppgifter raderade", "Right to erasure"),
                        "<p>Du kan be oss radera uppgifter om dig, till exempel dina "
                        "kontaktuppgifter till en idé. Rätten gäller inte alltid: en allmän "
                        "handling får kommunen bara radera enligt arkivlagens regler.</p>",
                        "<p>You can ask us to erase data about you, for example your contact "
                        "details for an idea. The right does not always apply: the municipality "
                        "may delete an official document only as the Archives Act allows.</p>",
                    ),
                    right(
                        T("Rätt att begränsa behandlingen", "Right to restriction of processing"),
                        "<p>Om du till exempel anser att en uppgift är fel kan du be oss att inte "
                        "använda den medan vi tar reda på hur det är.</p>",
                        "<p>If, for example, you think some data is wrong, you can ask us not to "
                        "use it while we check.</p>",
                    ),
                    right(
                        T("Rätt att invända", "Right to object"),
                        "<p>När vi behandlar uppgifter med stöd av allmänt intresse kan du invända "
                        "mot det av skäl som gäller just dig. Då slutar vi, om vi inte har tungt "
                        "vägande skäl att fortsätta.</p>",
                        "<p>When we process data on the basis of public interest, you can object "
                        "on grounds relating to your own situation. We then stop, unless we have "
                        "compelling reasons to continue.</p>",
                    ),
                    right(
                        T("Rätt att ta tillbaka ditt samtycke", "Right to withdraw consent"),
                        "<p>Där vi behandlar uppgifter med ditt samtycke, det vill säga "
                        "uppdateringar om din idé och det du skrivit om dina behov i en "
                        "kursanmälan, kan du när som helst ta tillbaka samtycket. Det påverkar "
                        "inte det vi redan har gjort.</p>",
                        "<p>Where we process data with your consent, that is, updates about your "
                        "idea and what you wrote about your needs in a course registration, you "
                        "can withdraw your consent at any time. This does not affect what we "
                        "have already done.</p>",
                    ),
                    right(
                        T("Rätt att flytta dina uppgifter", "Right to data portability"),
                        "<p>Uppgifter som du har gett oss med ditt samtycke kan du få i ett "
                        "maskinläsbart format.</p>",
                        "<p>You can get the data you gave us with your consent in a "
                        "machine-readable format.</p>",
                    ),
                    right(
                        T(
                            "Rätt att klaga hos Integritetsskyddsmyndigheten (IMY)",
                            "Right to complain to the Swedish Authority for Privacy Protection "
                            "(IMY)",
                        ),
                        "<p>Om du tycker att vi hanterar dina uppgifter fel kan du "
                        f'<a href="{IMY_URL}">lämna ett klagomål till '
                        "Integritetsskyddsmyndigheten (IMY)</a>.</p>",
                        "<p>If you think we handle your data wrongly, you can "
                        f'<a href="{IMY_URL}">complain to the Swedish Authority for Privacy '
                        "Protection (IMY)</a>.</p>",
                    ),
                ],
            },
        ),
        text(
            "<p>Vill du använda någon av rättigheterna? Kontakta kommunen eller "
            f"dataskyddsombudet på det sätt som står under rubriken ”Kontakta oss eller "
            f"dataskyddsombudet”, eller skriv till {email.sv}. Vi svarar inom en månad.</p>",
            "<p>Do you want to use any of these rights? Contact the municipality or the data "
            "protection officer as described under “Contact us or the data protection "
            f"officer”, or write to {email.en}. We answer within one month.</p>",
        ),
    ]


# --- Accessibility statement -----------------------------------------------------------------


def accessibility_statement(feedback):
    email = email_link()
    feedback_sv = f'<a linktype="page" id="{feedback.pk}">lämna synpunkter på tillgängligheten</a>'
    feedback_en = f'<a linktype="page" id="{feedback.pk}">give feedback on accessibility</a>'
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
            "as many people as possible to be able to use it. This statement describes how the "
            "site meets the Swedish law on accessibility of digital public services, which "
            "problems we know of and how you can report problems to us.",
        ),
        "body": [
            heading(T("Hur tillgänglig är webbplatsen?", "How accessible is the site?")),
            text(
                "<p>Vi vet att delar av webbplatsen inte är helt tillgängliga. Läs mer under "
                "rubriken ”Innehåll som inte är tillgängligt” längre ner.</p>",
                "<p>We know that some parts of the site are not fully accessible. Read more "
                "under “Content that is not accessible” further down.</p>",
            ),
            heading(
                T(
                    "Vad kan du göra om du inte kan använda delar av webbplatsen?",
                    "What can you do if you cannot use parts of the site?",
                )
            ),
            text(
                "<p>Om du behöver innehåll från webbplatsen i ett annat format, till exempel en "
                "mall som går att läsa med skärmläsare, kan du kontakta oss:</p>"
                "<ul>"
                f"<li>Piteå kommun, telefon {PITEA_PHONE.sv}</li>"
                f"<li>Skellefteå kommun, telefon {SKELLEFTEA_PHONE.sv}</li>"
                f"<li>E-post: {email.sv}</li>"
                "</ul>"
                "<p>Vi svarar inom två veckor.</p>",
                "<p>If you need content from the site in another format, for example a template "
                "that works with a screen reader, you can contact us:</p>"
                "<ul>"
                f"<li>Piteå Municipality, phone {PITEA_PHONE.en}</li>"
                f"<li>Skellefteå Municipality, phone {SKELLEFTEA_PHONE.en}</li>"
                f"<li>E-mail: {email.en}</li>"
                "</ul>"
                "<p>We answer within two weeks.</p>",
            ),
            *example_note(),
            heading(
                T(
                    "Rapportera brister i webbplatsens tillgänglighet",
                    "Report accessibility problems",
                )
            ),
            text(
                "<p>Vi arbetar hela tiden med att göra webbplatsen mer tillgänglig. Om du "
                "upptäcker problem som inte står på den här sidan, eller om du tycker att vi "
                f"inte uppfyller lagen, kan du {feedback_sv} eller skicka e-post till "
                f"{email.sv}. Då vet vi att problemet finns.</p>",
                "<p>We keep working to make the site more accessible. If you find problems that "
                "are not described on this page, or if you think we do not meet the law, you "
                f"can {feedback_en} or e-mail {email.en}. Then we know the problem exists.</p>",
            ),
            heading(T("Tillsyn", "Enforcement")),
            text(
                "<p>Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om "
                "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi "
                "hanterar dina synpunkter kan du "
                f'<a href="{DIGG_COMPLAINT_URL}">anmäla bristande tillgänglighet till Digg</a>.'
                "</p>",
                "<p>The Agency for Digital Government (Digg) supervises the law on "
                "accessibility of digital public services. If you are not satisfied with how we "
                "handle your feedback, you can "
                f'<a href="{DIGG_COMPLAINT_URL}">report the lack of accessibility to Digg</a>.'
                "</p>",
            ),
            heading(
                T(
                    "Teknisk information om webbplatsens tillgänglighet",
                    "Technical information about the site's accessibility",
                )
            ),
            text(
                "<p>Webbplatsen är delvis förenlig med lagen (2018:1937) om tillgänglighet till "
                "digital offentlig service, på grund av de brister som beskrivs nedan. Kraven i "
                "lagen motsvarar nivå AA i standarden WCAG 2.1.</p>",
                "<p>The site is partially compliant with the Swedish Act (2018:1937) on "
                "accessibility of digital public services, because of the problems described "
                "below. The requirements of the act correspond to level AA of the WCAG 2.1 "
                "standard.</p>",
            ),
            heading(T("Innehåll som inte är tillgängligt", "Content that is not accessible")),
            heading(T("Bristande förenlighet med lagkraven", "Non-compliance with the law"), "h3"),
            text(
                "<ul>"
                "<li><strong>Redigeringsverktyget för medarbetare.</strong> I verktyget där "
                "kommunernas medarbetare redigerar sidor och handlägger idéer står en del knappar "
                "och texter på engelska, fast verktyget är på svenska. De är inte märkta som "
                "engelska (WCAG 2.1, kriterium 3.1.2). Vi planerar att översätta dem senast den "
                f"{FIX_BY_MARCH.sv}.</li>"
                "</ul>",
                "<ul>"
                "<li><strong>The editing tool for staff.</strong> In the tool where municipal "
                "staff edit pages and handle ideas, some buttons and texts are in English "
                "although the tool is in Swedish. They are not marked as English (WCAG 2.1, "
                f"success criterion 3.1.2). We plan to translate them by {FIX_BY_MARCH.en}.</li>"
                "</ul>",
            ),
            heading(T("Oskäligt betungande anpassning", "Disproportionate burden"), "h3"),
            text(
                "<p>Vi gör inte gällande att någon anpassning skulle vara oskäligt betungande. "
                "Allt som inte är tillgängligt planerar vi att rätta.</p>",
                "<p>We do not claim that any fix would be a disproportionate burden. We plan to "
                "fix everything that is not accessible.</p>",
            ),
            heading(
                T(
                    "Innehåll som inte omfattas av lagen",
                    "Content that is not within the scope of the law",
                ),
                "h3",
            ),
            text(
                "<ul>"
                "<li><strong>Kartor.</strong> Sidorna om testbäddar länkar till en karta hos "
                "OpenStreetMap, en tjänst som kommunerna inte har tagit fram och inte ansvarar "
                "för. Adressen står alltid som text på sidan. Eftersom kartan inte omfattas av "
                "lagen planerar vi ingen ändring.</li>"
                "<li><strong>Videomöten.</strong> Kurstillfällen på distans har en länk till en "
                "tjänst för videomöten som kommunerna inte har tagit fram. Vi har inte granskat "
                "den tjänstens tillgänglighet och planerar ingen ändring av den.</li>"
                "</ul>",
                "<ul>"
                "<li><strong>Maps.</strong> The testbed pages link to a map on OpenStreetMap, a "
                "service that the municipalities did not make and are not responsible for. The "
                "address is always written on the page as text. As the map is not within the "
                "scope of the law, we plan no change.</li>"
                "<li><strong>Video meetings.</strong> Online course sessions have a link to a "
                "video meeting service that the municipalities did not make. We have not "
                "reviewed that service's accessibility and plan no change to it.</li>"
                "</ul>",
            ),
            heading(T("Hur vi har testat webbplatsen", "How we tested the site")),
            text(
                "<p>Vi har gjort en självskattning (intern testning) av webbplatsen:</p>"
                "<ul>"
                "<li>Automatiska tester med verktyget axe-core körs i en webbläsare på alla sidor "
                "som webbplatsens tester besöker, varje gång webbplatsen ändras. De kontrollerar "
                "de krav i WCAG 2.1 nivå A och AA som går att testa automatiskt.</li>"
                "<li>Formulären för att lämna en idé, anmäla sig till en kurs och lämna "
                "synpunkter testas automatiskt med enbart tangentbord.</li>"
                "<li>Koden för varje sorts sida, på båda språken, kontrolleras med W3C:s Nu HTML "
                "Checker varje gång webbplatsen ändras. Koden ska vara giltig HTML.</li>"
                "</ul>"
                "<p>Vi har ännu inte testat webbplatsen med skärmläsare, och inte heller de filer "
                "som går att ladda ner (kalkylblad, CSV-filer och textfiler). Det planerar vi att "
                f"göra senast den {FIX_BY_MARCH.sv}.</p>"
                f"<p>Senaste bedömningen gjordes den {ASSESSMENT_DATE.sv}.</p>",
                "<p>We have made a self-assessment (internal testing) of the site:</p>"
                "<ul>"
                "<li>Automated tests with the axe-core tool run in a browser on every page that "
                "the site's tests visit, every time the site is changed. They check the WCAG 2.1 "
                "level A and AA requirements that can be tested automatically.</li>"
                "<li>The forms for submitting an idea, registering for a course and giving "
                "feedback are tested automatically with the keyboard only.</li>"
                "<li>The code of every kind of page, in both languages, is checked with the W3C "
                "Nu HTML Checker every time the site is changed. The code must be valid HTML.</li>"
                "</ul>"
                "<p>We have not yet tested the site with a screen reader, nor the files that can "
                "be downloaded (spreadsheets, CSV files and text files). We plan to do so by "
                f"{FIX_BY_MARCH.en}.</p>"
                f"<p>The latest assessment was made on {ASSESSMENT_DATE.en}.</p>",
            ),
            heading(T("Om redogörelsen", "About this statement")),
            text(
                f"<p>Redogörelsen publicerades den {STATEMENT_PUBLISHED.sv}.</p>"
                f"<p>Redogörelsen granskades och uppdaterades senast den {LAST_REVIEWED.sv}.</p>",
                f"<p>This statement was published on {STATEMENT_PUBLISHED.en}.</p>"
                f"<p>This statement was last reviewed and updated on {LAST_REVIEWED.en}.</p>",
            ),
        ],
    }
