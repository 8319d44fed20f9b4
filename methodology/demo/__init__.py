"""Demo content of the method and the toolkit: the method page with five phases, the toolkit with
its tools, and a downloadable template for every tool, in Swedish and English."""

from functools import partial

from wagtail.models import Locale

from home.demo.builder import T, add_to_menu, block, ensure_page, pick
from home.demo.translation import use_english_documents
from home.models import HomePage
from methodology.models import MethodologyIndexPage, MethodPhasePage, ToolkitIndexPage, ToolPage

from . import documents
from .phases import PHASES
from .tools import TOOLS


def load():
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    method = ensure_method_index(home)
    phases = [ensure_page(method, MethodPhasePage, phase) for phase in PHASES]
    toolkit = ensure_page(home, ToolkitIndexPage, toolkit_fields())
    tools = {}
    for tool in TOOLS:
        sv_document = documents.ensure_tool_template(tool, "sv")
        en_document = documents.ensure_tool_template(tool, "en")
        related = [tools[slug] for slug in tool["related"]]
        page = ensure_page(toolkit, ToolPage, tool_fields(tool, phases, related, sv_document))
        use_english_documents(page, {sv_document.pk: en_document.pk})
        tools[pick(tool["slug"], "sv")] = page
    add_to_menu(method, T("Metod", "Method"))
    add_to_menu(toolkit, T("Verktygslåda", "Toolkit"))


def ensure_method_index(home):
    sv_document = documents.ensure_document(
        "Idéslussens metod – checklista för alla faser",
        "idesluss-checklista.xlsx",
        partial(documents.method_checklist, "sv"),
    )
    en_document = documents.ensure_document(
        "The idea sluice method – checklist for every phase",
        "idea-sluice-checklist.xlsx",
        partial(documents.method_checklist, "en"),
    )
    page = ensure_page(home, MethodologyIndexPage, method_fields(sv_document))
    use_english_documents(page, {sv_document.pk: en_document.pk})
    return page


def method_fields(document):
    return {
        "title": T("Idéslussens metod", "The idea sluice method"),
        "slug": T("metod", "method"),
        "listing_summary": T(
            "Så tar Idéslussen en idé från första förslag till vardag, fas för fas.",
            "How the idea sluice takes an idea from first proposal to everyday work, phase by "
            "phase.",
        ),
        "intro": T(
            "Idéslussen är Piteå kommuns och Skellefteå kommuns gemensamma sätt att ta hand om "
            "idéer. Metoden beskriver hur en idé fångas, bedöms, utvecklas, testas och till "
            "sist blir en del av det vanliga arbetet.",
            "The idea sluice is how Piteå Municipality and Skellefteå Municipality handle ideas "
            "together. The method describes how an idea is captured, assessed, developed, "
            "tested and finally becomes part of everyday work.",
        ),
        "body": [
            block(
                "heading",
                {"text": T("Vad är Idéslussen?", "What is the idea sluice?"), "level": "h2"},
            ),
            block(
                "text",
                T(
                    "<p>En sluss lyfter en båt steg för steg. På samma sätt tar Idéslussen en "
                    "idé genom fem faser, med tydliga villkor för när den går vidare: fånga "
                    "idéer, bedöma och välja, utveckla koncept, testa, och införa och ta hem "
                    "nyttan. Metoden togs fram 2016–2019 i projektet Idésluss för hållbar "
                    "samhällsutveckling, som Vinnova finansierade. Piteå kommun samordnade "
                    "projektet och drev det tillsammans med Skellefteå kommun. Luleå tekniska "
                    "universitet (LTU), Innovation Pite, Piteå Science Park och Skellefteå "
                    "Science City samverkade med projektet.</p>",
                    "<p>A lock lifts a boat step by step. In the same way, the idea sluice "
                    "takes an idea through five phases, with clear conditions for when it moves "
                    "on: capture ideas, assess and select, develop the concept, test, and "
                    "implement and capture the value. The method was developed in 2016–2019 in "
                    "the project Idea sluice for sustainable community development, funded by "
                    "Vinnova, Sweden's innovation agency. Piteå Municipality coordinated the "
                    "project and ran it together with Skellefteå Municipality. Luleå University "
                    "of Technology (LTU), Innovation Pite, Piteå Science Park and Skellefteå "
                    "Science City cooperated with the project.</p>",
                ),
            ),
            block(
                "heading",
                {"text": T("Vem är metoden till för?", "Who is the method for?"), "level": "h2"},
            ),
            block(
                "text",
                T(
                    "<p>Metoden är till för chefer, idécoacher och medarbetare som vill förbättra "
                    "verksamheten, och för förtroendevalda som vill följa arbetet. I Piteå ligger "
                    "fokus på äldreomsorgen och i Skellefteå på funktionshinderomsorgen, men "
                    "metoden fungerar i alla verksamheter.</p>"
                    "<p>I varje fas ställer vi frågor om jämställdhet och tillgänglighet, så att "
                    "idéerna blir bra för alla.</p>",
                    "<p>The method is for managers, idea coaches and staff who want to improve "
                    "services, and for elected representatives who want to follow the work. In "
                    "Piteå the focus is on elderly care and in Skellefteå on disability care, "
                    "but the method works in every service.</p>"
                    "<p>In every phase we ask questions about gender equality and "
                    "accessibility, so that the ideas work for everyone.</p>",
                ),
            ),
            block(
                "heading",
                {
                    "text": T(
                        "Metoden i kommunens styrning och kvalitetsarbete",
                        "The method in the municipality's governance and quality work",
                    ),
                    "level": "h2",
                },
            ),
            block(
                "text",
                T(
                    "<p>Idéslussen är inte ett sidospår. Fyra saker håller ihop den med resten "
                    "av kommunens arbete:</p>"
                    "<ul><li><strong>Digitalisering.</strong> Målet är att ta vara på "
                    "digitaliseringens möjligheter utifrån invånarnas behov. Varje idé prövas "
                    "med frågan om en digital lösning kan göra nytta, men behovet kommer "
                    "först.</li>"
                    "<li><strong>Tillitsbaserad styrning och ledning.</strong> Chefer ger "
                    "medarbetarna förtroende och tid att pröva, och följer upp resultat i "
                    "stället för att styra varje steg. Därför lämnar chefen över idéer till "
                    "dem som känner verksamheten bäst.</li>"
                    "<li><strong>Samskapande upphandling.</strong> När en idé behöver något "
                    "som måste köpas in beskriver kommunen behovet och utvecklar lösningen i "
                    "dialog med leverantörer, användare och medarbetare, i stället för att "
                    "beställa en färdig produkt.</li>"
                    "<li><strong>Innovation som en del av kvalitetsarbetet.</strong> Idéer och "
                    "försök följs upp i samma ledningssystem som resten av verksamheten: en "
                    "avvikelse eller ett förbättringsförslag kan bli en idé, och en införd idé "
                    "blir en ny rutin.</li></ul>",
                    "<p>The idea sluice is not a side track. Four things tie it to the rest of "
                    "the municipality's work:</p>"
                    "<ul><li><strong>Digitalisation.</strong> The aim is to make use of the "
                    "opportunities of digitalisation, starting from residents' needs. Every "
                    "idea is examined with the question of whether a digital solution could "
                    "help, but the need comes first.</li>"
                    "<li><strong>Trust-based governance and leadership.</strong> Managers give "
                    "staff the trust and time to try things out, and follow up results instead "
                    "of directing every step. That is why managers hand ideas over to the "
                    "people who know the service best.</li>"
                    "<li><strong>Co-creative procurement.</strong> When an idea needs "
                    "something that has to be bought, the municipality describes the need and "
                    "develops the solution in dialogue with suppliers, users and staff, instead "
                    "of ordering a finished product.</li>"
                    "<li><strong>Innovation as part of quality work.</strong> Ideas and trials "
                    "are followed up in the same management system as the rest of the "
                    "services: a reported deviation or a suggestion for improvement can become "
                    "an idea, and an implemented idea becomes a new procedure.</li></ul>",
                ),
            ),
        ],
        "downloads": [block("document", document.pk)],
    }


def toolkit_fields():
    return {
        "title": T("Verktygslåda", "Toolkit"),
        "slug": T("verktygslada", "toolkit"),
        "listing_summary": T(
            "Verktyg för workshoppar och möten i varje fas av Idéslussen.",
            "Tools for workshops and meetings in every phase of the idea sluice.",
        ),
        "intro": T(
            "Här finns chefsstöd och verktyg för idécoacher, medarbetare och förtroendevalda. "
            "Välj fas, målgrupp, tid och gruppstorlek för att hitta ett verktyg som passar ert "
            "möte. Varje verktyg har steg med tidsåtgång och en mall att ladda ner.",
            "This is where you find support for managers and tools for idea coaches, staff and "
            "elected representatives. Choose the phase, audience, time and group size to find a tool "
            "that suits your meeting. Every tool has steps with timings and a template to "
            "download.",
        ),
    }


def tool_fields(tool, phases, related, document):
    fewest, most = tool["group_size"]
    fields = {
        key: tool[key]
        for key in (
            "title",
            "slug",
            "purpose",
            "duration_minutes",
            "materials",
            "steps",
            "expected_output",
            "tips",
            "pitfalls",
            "gender_equality_questions",
            "accessibility_questions",
        )
    }
    fields.update(
        listing_summary=tool["purpose"],
        phases=[phases[index] for index in tool["phases"]],
        related_tools=related,
        group_size_min=fewest,
        group_size_max=most,
        templates=[block("document", document.pk)],
        **{f"for_{audience}": True for audience in tool["audiences"]},
    )
    return fields
