"""Demo content of the news: the news index (/nyheter/, /en/news/) and four news items in both
languages about what the demo already holds – the training courses, a challenge in Piteå's
elderly care, the testbed catalogue – and about where the idea sluice comes from (the
programme's own documents, shared/seeds). The dates are set from the day the demo is first
loaded. Runs after the loaders of the pages the news link to."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from home.demo.builder import T, block, ensure_page
from home.models import HomePage

from .models import NewsIndexPage, NewsPage


def load():
    home = HomePage.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    index = ensure_page(home, NewsIndexPage, index_fields())
    today = timezone.localdate()
    for item in NEWS:
        ensure_page(index, NewsPage, news_fields(item, today))
    return index


def index_fields():
    return {
        "title": T("Nyheter", "News"),
        "slug": T("nyheter", "news"),
        "search_description": T(
            "Nyheter från Idéslussen i Piteå och Skellefteå: utmaningar, kurser och testbäddar.",
            "News from the idea sluice in Piteå and Skellefteå: challenges, courses and testbeds.",
        ),
        "intro": T(
            "Här berättar Piteå kommun och Skellefteå kommun vad som händer i Idéslussen: nya "
            "utmaningar, kurser och testbäddar. Nyheterna här är exempel.",
            "Here Piteå Municipality and Skellefteå Municipality tell what is happening in the "
            "idea sluice: new challenges, courses and testbeds. These news items are examples.",
        ),
    }


def read_more(*cards):
    """Link cards to demo pages found by their Swedish slug; a page that is not there is left
    out."""
    found = []
    for slug, title, text in cards:
        page = Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug=slug).first()
        if page is not None:
            found.append({"title": title, "text": text, "page": page.pk, "url": ""})
    if not found:
        return []
    return [block("link_cards", {"title": T("Läs mer", "Read more"), "cards": found})]


def text(sv: str, en: str) -> dict:
    return block("text", T(sv, en))


def news_fields(item, today) -> dict:
    return {
        "title": item["title"],
        "slug": item["slug"],
        "date": today - timedelta(days=item["days_ago"]),
        "listing_summary": item["summary"],
        "search_description": item["summary"],
        "body": [*item["body"], *read_more(*item["links"])],
    }


NEWS = [
    {
        "title": T(
            "Kurser i innovation för förtroendevalda och chefer",
            "Courses in innovation for elected representatives and managers",
        ),
        "slug": T(
            "kurser-for-fortroendevalda-och-chefer", "courses-for-representatives-and-managers"
        ),
        "days_ago": 3,
        "summary": T(
            "Idéslussen har två kurser: en för förtroendevalda om innovation och politisk "
            "styrning, och en för chefer om hur man leder innovationsarbete. Du anmäler dig på "
            "webbplatsen.",
            "The idea sluice has two courses: one for elected representatives on innovation and "
            "political governance, and one for managers on how to lead innovation work. You "
            "register on the website.",
        ),
        "body": [
            text(
                "<p>När en verksamhet vill pröva något nytt behöver både politiker och chefer "
                "veta hur det går till. Därför har Idéslussen två kurser.</p>"
                "<p><b>Innovation och politisk styrning</b> är för förtroendevalda i Piteå och "
                "Skellefteå. Kursen handlar om hur nämnder och fullmäktige kan ge utrymme för "
                "nya lösningar och samtidigt styra och följa upp dem. Kursen ges i stadshusen i "
                "båda kommunerna och en gång på engelska via länk.</p>"
                "<p><b>Att leda innovationsarbete</b> är för chefer i omsorgen om äldre och i "
                "funktionshinderomsorgen. Där lär du dig ta emot medarbetarnas idéer, ge tid "
                "att pröva dem och leda förändringen när något ska införas.</p>",
                "<p>When a service wants to try something new, both politicians and managers "
                "need to know how it is done. That is why the idea sluice has two courses.</p>"
                "<p><b>Innovation and political governance</b> is for elected representatives "
                "in Piteå and Skellefteå. It is about how committees and councils can make room "
                "for new solutions while still governing and following them up. The course is "
                "held in the town halls of both municipalities, and once in English online.</p>"
                "<p><b>Leading innovation work</b> is for managers in elderly care and "
                "disability care. You learn to receive your staff's ideas, give time to try "
                "them out and lead the change when something is to be implemented.</p>",
            ),
            text(
                "<p>Varje kurs har ett antal platser. När de är fulla kan du skriva upp dig på "
                "väntelistan.</p>",
                "<p>Each course has a set number of seats. When they are taken, you can join "
                "the waiting list.</p>",
            ),
        ],
        "links": [
            (
                "innovation-och-politisk-styrning",
                T("Innovation och politisk styrning", "Innovation and political governance"),
                T("Kursen för förtroendevalda.", "The course for elected representatives."),
            ),
            (
                "leda-innovationsarbete",
                T("Att leda innovationsarbete", "Leading innovation work"),
                T("Kursen för chefer.", "The course for managers."),
            ),
        ],
    },
    {
        "title": T(
            "Svara på utmaningen Trygga nätter hemma", "Answer the challenge Safe nights at home"
        ),
        "slug": T("utmaningen-trygga-natter-hemma", "challenge-safe-nights-at-home"),
        "days_ago": 20,
        "summary": T(
            "Piteå kommun vill ha idéer om hur äldre som bor hemma kan känna sig "
            "trygga på natten. Alla kan svara på utmaningen, både invånare och medarbetare.",
            "Piteå Municipality wants ideas on how older people who live at home can feel "
            "safe at night. Anyone can answer the challenge, residents and staff alike.",
        ),
        "body": [
            text(
                "<p>Många som har hemtjänst får tillsyn på natten. Besöken ger trygghet, men de "
                "kan också väcka den som sover. Nu frågar Piteå kommun: hur kan äldre "
                "som bor hemma känna sig trygga på natten utan att bli väckta av besök?</p>"
                "<p>Alla kan svara: äldre och deras närstående, personalen i hemtjänsten och "
                "medarbetare i andra förvaltningar. Utmaningen säger hur idéerna bedöms och "
                "när du senast kan skicka in din idé.</p>",
                "<p>Many people with home care get checks at night. The visits make people feel "
                "safe, but they can also wake the person who is asleep. Now Piteå "
                "Municipality asks: how can older people who live at home feel safe at night "
                "without being woken by visits?</p>"
                "<p>Anyone can answer: older people and their families, the home care staff and "
                "staff in other administrations. The challenge says how the ideas are assessed "
                "and the last day to send your idea.</p>",
            ),
        ],
        "links": [
            (
                "trygga-natter-hemma",
                T("Trygga nätter hemma", "Safe nights at home"),
                T(
                    "Läs utmaningen och skicka in din idé.",
                    "Read the challenge and send your idea.",
                ),
            ),
            (
                "utmaningar",
                T("Alla utmaningar", "All challenges"),
                T(
                    "Utmaningar som är öppna nu, som öppnar snart och som har stängt.",
                    "Challenges that are open now, that open soon and that have closed.",
                ),
            ),
        ],
    },
    {
        "title": T(
            "Hitta en testbädd i Piteå eller Skellefteå", "Find a testbed in Piteå or Skellefteå"
        ),
        "slug": T("hitta-en-testbadd", "find-a-testbed"),
        "days_ago": 35,
        "summary": T(
            "Katalogen över testbäddar visar var en idé kan prövas: i ett labb, i en simulerad "
            "miljö eller i en verklig miljö. Uppgifterna finns också som öppna data.",
            "The testbed catalogue shows where an idea can be tried out: in a lab, in a "
            "simulated environment or in a real-life environment. The data is also available "
            "as open data.",
        ),
        "body": [
            text(
                "<p>En idé behöver ofta prövas innan kommunen bestämmer om den ska införas. "
                "Därför finns en katalog över testbäddar och testmiljöer i de två "
                "kommunerna.</p>"
                "<p>I katalogen kan du välja kommun, typ av miljö och område, till exempel "
                "omsorg om äldre eller funktionshinderomsorg. Varje testbädd berättar vem som får "
                "använda den, vad den kostar, hur du bokar och hur tillgänglig lokalen är.</p>",
                "<p>An idea often needs to be tried out before the municipality decides whether "
                "to implement it. That is why there is a catalogue of the testbeds and test "
                "environments in the two municipalities.</p>"
                "<p>In the catalogue you can choose the municipality, the type of environment "
                "and the area, for example elderly care or disability care. Each testbed says "
                "who may use it, what it costs, how to book it and how accessible the premises "
                "are.</p>",
            ),
            text(
                "<p>Hela katalogen kan laddas ned som CSV och JSON, så att andra kan använda "
                "uppgifterna.</p>",
                "<p>The whole catalogue can be downloaded as CSV and JSON, so that others can "
                "use the data.</p>",
            ),
        ],
        "links": [
            (
                "testbaddar",
                T("Testbäddar", "Testbeds"),
                T("Sök i katalogen över testbäddar.", "Search the testbed catalogue."),
            ),
        ],
    },
    {
        "title": T("Så började Idéslussen", "How the idea sluice began"),
        "slug": T("sa-borjade-ideslussen", "how-the-idea-sluice-began"),
        "days_ago": 60,
        "summary": T(
            "Idéslussen började som ett projekt som Piteå kommun och Skellefteå kommun drev "
            "tillsammans 2016–2019, med stöd från Vinnova.",
            "The idea sluice began as a project that Piteå Municipality and Skellefteå "
            "Municipality ran together in 2016–2019, funded by Vinnova.",
        ),
        "body": [
            text(
                "<p>Projektet hette Idésluss för hållbar samhällsutveckling. Vinnova gav stöd "
                "till det i utlysningen Idéslussar i kommuner, och Piteå kommun samordnade "
                "arbetet. Projektet pågick från november 2016 till december 2019.</p>"
                "<p>Målet var att kommunerna ska kunna ta emot nya idéer, om arbetssätt och om "
                "ny teknik, och pröva dem utifrån invånarnas behov. Projektet omfattade "
                "politiker, chefer, medarbetare och invånare.</p>",
                "<p>The project was called Idea sluice for sustainable community development. "
                "Vinnova, Sweden's innovation agency, funded it in its call for idea sluices in "
                "municipalities, and Piteå Municipality coordinated the work. The project ran "
                "from November 2016 to December 2019.</p>"
                "<p>The aim was that the municipalities can take in new ideas, about ways of "
                "working and about new technology, and try them out based on what residents "
                "need. The project included politicians, managers, staff and residents.</p>",
            ),
            block(
                "heading",
                {
                    "text": T("Det fanns i projektplanen", "What the project plan held"),
                    "level": "h2",
                },
            ),
            text(
                "<ul><li>en inventering av testbäddar och testmiljöer</li>"
                "<li>en kartläggning av hur förvaltningarna arbetar med nya idéer</li>"
                "<li>utbildning i innovationsarbete för politiker och chefer, och verktyg för "
                "chefsstöd</li>"
                "<li>en metod för idéslussen</li></ul>",
                "<ul><li>an inventory of testbeds and test environments</li>"
                "<li>a map of how the administrations work with new ideas</li>"
                "<li>training in innovation work for politicians and managers, and tools to "
                "support managers</li>"
                "<li>a method for the idea sluice</li></ul>",
            ),
            text(
                "<p>Samverkansparter var Luleå tekniska universitet (LTU), Innovation Pite, "
                "Piteå Science Park och Skellefteå Science City. Fokus låg på omsorgen om äldre i "
                "Piteå och funktionshinderomsorgen i Skellefteå, med jämställdhet och "
                "tillgänglighet som perspektiv i hela arbetet.</p>",
                "<p>The partners were Luleå University of Technology (LTU), Innovation Pite, "
                "Piteå Science Park and Skellefteå Science City. The focus was on elderly care "
                "in Piteå and disability care in Skellefteå, with gender equality and "
                "accessibility as perspectives in all the work.</p>",
            ),
        ],
        "links": [
            (
                "om-ideslussen",
                T("Om Idéslussen", "About the idea sluice"),
                T(
                    "Vilka som står bakom Idéslussen och vad vi fokuserar på.",
                    "Who runs the idea sluice and what we focus on.",
                ),
            ),
        ],
    },
]
