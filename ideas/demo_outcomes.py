"""Demo content for what comes of the example ideas: a decision with a reason on every decided
example idea (in the idea's language, and in English too for a Swedish idea), follow-ups with
owners and indicators for the ideas in testing or implemented (measured values for the
implemented ones, some follow-ups overdue), and three good examples in both languages. Runs
after ideas.demo and testbeds.demo; safe to run again. Everything is made up and marked as an
example; roles, never people, decide."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from home.demo.builder import T, add_to_menu, block, ensure_page
from home.models import HomePage
from ideas.models import (
    Administration,
    Decision,
    FollowUp,
    GoodExampleIndexPage,
    GoodExamplePage,
    Idea,
    IdeaEvent,
    Indicator,
    Measurement,
)
from ideas.outcomes import decision_note, decision_note_en
from ideas.stages import Stage
from methodology.models import MethodPhasePage, ToolPage
from testbeds.models import TestbedPage

# Who decides, by area, in Swedish and English: roles and bodies, never people.
DECIDED_BY = {
    "elderly_care": T("Verksamhetschef äldreomsorg", "Head of elderly care"),
    "disability_care": T("Verksamhetschef funktionshinderomsorg", "Head of disability care"),
    "health": T("Folkhälsostrateg", "Public health strategist"),
    "culture_leisure": T("Kultur- och fritidschef", "Head of culture and leisure"),
    "school": T("Barn- och utbildningsnämnden", "The Children and Education Committee"),
}
DEFAULT_DECIDED_BY = T("Idéslussens styrgrupp", "The idea sluice steering group")

GO_ON_REASON = T(
    "Idén svarar mot ett behov som verksamheten också ser, och den går att pröva i liten skala "
    "utan stora kostnader. Vi går vidare och utvecklar den tillsammans med medarbetare och de "
    "som berörs.",
    "The idea meets a need that the service also sees, and it can be tried on a small scale "
    "without large costs. We go on and develop it together with staff and the people it "
    "concerns.",
)
IMPLEMENT_REASON = T(
    "Testet visade att idén fungerar och att de som berörs vill ha den. Den blir nu en del av "
    "den vanliga verksamheten, och effekterna följs upp.",
    "The test showed that the idea works and that the people it concerns want it. It now "
    "becomes part of the everyday service, and its effects are followed up.",
)
# Reasons for the closed example ideas, by title: respectful, and saying what happens instead.
CLOSED = {
    "Stolar med armstöd i väntrummen": (
        Decision.Outcome.NO,
        T(
            "Tack för en idé som visar omtanke. Vi säger nej till den som ett eget projekt, "
            "eftersom stolar med armstöd redan köps in när väntrummen möbleras om. Ditt förslag "
            "har skickats vidare till dem som planerar inköpen.",
            "Thank you for a thoughtful idea. We say no to it as a project of its own, because "
            "chairs with armrests are already bought when the waiting rooms are refurnished. "
            "Your proposal has been passed on to those who plan the purchases.",
        ),
    ),
    "Boendestöd via videosamtal": (
        Decision.Outcome.NOT_NOW,
        T(
            "Idén prövades, men de flesta som har boendestöd ville hellre ha besök på plats. "
            "Vi väntar därför med videosamtal och tar upp frågan igen när fler efterfrågar det.",
            "The idea was tried, but most people with housing support preferred visits in "
            "person. We therefore wait with video calls and will take the question up again "
            "when more people ask for it.",
        ),
    ),
    "Skolskjuts som syns i en app": (
        Decision.Outcome.NO,
        T(
            "Det är en bra idé, men kommunen äger inte frågan: den regionala kollektivtrafiken "
            "bygger redan en sådan tjänst. Vi har lämnat ditt förslag till dem.",
            "It is a good idea, but the municipality does not own the question: the regional "
            "public transport authority is already building such a service. We have passed "
            "your proposal on to them.",
        ),
    ),
}

# Indicators of the implemented example ideas: (name, unit, baseline, target, measured values
# as (days before today, value)), in the idea's language.
INDICATORS = {
    "Digital fika för äldre som bor ensamma": [
        ("Deltagare per vecka", "personer", 0, 25, [(300, 8), (180, 14), (60, 19)]),
        ("Deltagare som känner sig mindre ensamma", "procent", 0, 60, [(180, 41), (60, 52)]),
    ],
    "Halkskydd att låna på biblioteket": [
        ("Utlånade halkskydd per vinter", "par", 0, 300, [(400, 120), (40, 260)]),
        ("Bibliotek som lånar ut halkskydd", "bibliotek", 1, 6, [(400, 3), (40, 6)]),
    ],
    "Tydliga bildscheman i daglig verksamhet": [
        (
            "Verksamheter som använder bildscheman",
            "verksamheter",
            2,
            12,
            [(330, 5), (200, 9), (50, 11)],
        ),
        ("Tillfällen med oro vid byte av aktivitet", "per vecka", 14, 7, [(200, 11), (50, 8)]),
    ],  # fmt: skip
    "Quiet hours at the swimming hall": [
        (
            "Visitors during quiet hours",
            "visitors per week",
            0,
            60,
            [(300, 22), (150, 41), (30, 55)],
        ),
    ],  # fmt: skip
}
# Testing ideas whose follow-up date has passed (overdue on the dashboard).
OVERDUE = ["Sensorlampor i korridorerna på natten", "Larmknapp som fungerar utomhus"]


def load():
    for idea in Idea.objects.filter(is_example=True).order_by("pk"):
        ensure_decisions(idea)
        if idea.stage in (Stage.TESTING, Stage.IMPLEMENTED):
            ensure_follow_up(idea)
    home = HomePage.objects.get(depth=2, locale__language_code="sv")
    index = ensure_page(home, GoodExampleIndexPage, index_page())
    add_to_menu(index, T("Goda exempel", "Good examples"))
    for fields in good_examples():
        if fields["idea"] is not None:
            ensure_page(index, GoodExamplePage, fields)
    return index


def text(value: T, idea) -> str:
    return value.en if idea.language == "en" else value.sv


def english_text(value: T, idea) -> str:
    """The English text for a Swedish idea (an English idea's text is English already)."""
    return value.en if idea.language != "en" else ""


def stage_event(idea, **filters):
    return idea.events.filter(kind=IdeaEvent.Kind.STAGE_CHANGED, **filters).first()


def ensure_decisions(idea):
    """A decision when the idea left assessment, and one when it was implemented."""
    if idea.decisions.exists():
        return
    decided_by = text(DECIDED_BY.get(idea.area, DEFAULT_DECIDED_BY), idea)
    decisions = []
    left_assessment = stage_event(idea, from_stage=Stage.ASSESSMENT)
    if idea.stage == Stage.CLOSED and idea.title in CLOSED:
        outcome, reason = CLOSED[idea.title]
        decisions.append((left_assessment, outcome, reason))
    elif left_assessment is not None:
        decisions.append((left_assessment, Decision.Outcome.GO_ON, GO_ON_REASON))
    implemented = stage_event(idea, to_stage=Stage.IMPLEMENTED)
    if implemented is not None:
        decisions.append((implemented, Decision.Outcome.GO_ON, IMPLEMENT_REASON))
    for number, (event, outcome, reason) in enumerate(decisions, start=1):
        if event is None:
            continue
        decided_at = event.created_at
        decision = Decision.objects.create(
            idea=idea,
            outcome=outcome,
            reason=text(reason, idea),
            reason_en=english_text(reason, idea),
            decided_by=decided_by,
            decided_on=timezone.localtime(decided_at).date(),
            case_number=f"EX {decided_at.year}/{idea.pk:03d}-{number}",
            stage_before=event.from_stage,
            created_at=decided_at,
        )
        IdeaEvent.objects.create(
            idea=idea,
            kind=IdeaEvent.Kind.DECIDED,
            internal_note=decided_by,
            public_note=decision_note(decision),
            public_note_en=decision_note_en(decision),
            created_at=decided_at,
        )


def owner_administration(idea):
    """An example administration of the idea's municipality, if the demo has any."""
    administrations = Administration.objects.source().filter(municipality=idea.municipality)
    return administrations.order_by("sort_order", "name").first()


def ensure_follow_up(idea):
    if FollowUp.objects.filter(idea=idea).exists():
        return
    today = timezone.localdate()
    entered = timezone.localtime(idea.stage_changed_at).date()
    if idea.title in OVERDUE:
        follow_up_on = today - timedelta(days=12)
    elif idea.stage == Stage.IMPLEMENTED:
        follow_up_on = today + timedelta(days=90)
    else:
        follow_up_on = today + timedelta(days=45)
    follow_up = FollowUp.objects.create(
        idea=idea,
        administration=owner_administration(idea),
        planned_start=entered,
        planned_end=entered + timedelta(days=180),
        follow_up_on=follow_up_on,
        created_at=idea.stage_changed_at,
    )
    IdeaEvent.objects.create(
        idea=idea,
        kind=IdeaEvent.Kind.FOLLOW_UP,
        internal_note=f"Uppföljning {follow_up_on.isoformat()}",
        created_at=idea.stage_changed_at,
    )
    for name, unit, baseline, target, measured in INDICATORS.get(idea.title, []):
        indicator = Indicator.objects.create(
            follow_up=follow_up,
            name=name,
            unit=unit,
            baseline=Decimal(baseline),
            target=Decimal(target),
        )
        for days_ago, value in measured:
            Measurement.objects.create(
                indicator=indicator,
                value=Decimal(value),
                measured_on=max(today - timedelta(days=days_ago), entered),
            )


def index_page():
    return {
        "title": T("Goda exempel", "Good examples"),
        "slug": T("goda-exempel", "good-examples"),
        "intro": T(
            "Idéer som har blivit en del av verksamheten: vilket behov de mötte, hur de togs "
            "fram och vilken effekt de fick. Exemplen är påhittade för att visa hur sidan "
            "fungerar.",
            "Ideas that have become part of the everyday service: the need they met, how they "
            "were developed and the effect they had. The examples are made up to show how the "
            "page works.",
        ),
        "search_description": T(
            "Goda exempel från Idéslussen i Piteå och Skellefteå: införda idéer och deras effekt.",
            "Good examples from the idea sluice in Piteå and Skellefteå: implemented ideas and "
            "their effect.",
        ),
    }


def source_page(model, **filters):
    return model.objects.filter(locale__language_code="sv", **filters).first()


def tools(*slugs):
    pages = [source_page(ToolPage, slug=slug) for slug in slugs]
    return [block("tool", page.pk) for page in pages if page is not None]


def example_idea(title):
    return Idea.objects.filter(is_example=True, title=title, stage=Stage.IMPLEMENTED).first()


def paragraphs(value: T) -> T:
    return T(f"<p>{value.sv}</p>", f"<p>{value.en}</p>")


def good_examples():
    phase = source_page(MethodPhasePage, idea_stage=Stage.IMPLEMENTED)
    return [
        {
            "title": T("Digital fika minskar ensamheten", "Digital coffee breaks ease loneliness"),
            "slug": T("digital-fika", "digital-coffee-breaks"),
            "listing_summary": T(
                "Äldre som bor ensamma träffas över skärm varje vecka, med stöd från "
                "mötesplatsen för seniorer. Exemplet är påhittat.",
                "Older people who live alone meet on screen every week, with help from the "
                "meeting place for seniors. The example is made up.",
            ),
            "idea": example_idea("Digital fika för äldre som bor ensamma"),
            "need": paragraphs(
                T(
                    "Många äldre som bor ensamma har få att prata med i vardagen, särskilt "
                    "under vintern när det är svårt att ta sig ut.",
                    "Many older people who live alone have few people to talk to day to day, "
                    "especially in winter when it is hard to get out.",
                )
            ),
            "solution": paragraphs(
                T(
                    "En gång i veckan träffas en grupp över videosamtal med en samtalsledare. "
                    "Den som inte har en surfplatta kan låna en, och en medarbetare hjälper "
                    "till första gången.",
                    "Once a week a group meets by video call with a host. Anyone without a "
                    "tablet can borrow one, and a member of staff helps the first time.",
                )
            ),
            "participants": paragraphs(
                T(
                    "Hemtjänsten, mötesplatsen för seniorer och en pensionärsförening tog fram "
                    "upplägget tillsammans med deltagarna.",
                    "Home care, the meeting place for seniors and a pensioners' association "
                    "designed the format together with the participants.",
                )
            ),
            "testbed": source_page(TestbedPage, external_id="PIT-007"),
            "method_phase": phase,
            "tools": tools("ide-fika", "behovskartan"),
            "effect": paragraphs(
                T(
                    "Deltagarna blev fler under året, och de flesta säger att de känner sig "
                    "mindre ensamma.",
                    "The number of participants grew during the year, and most of them say "
                    "that they feel less lonely.",
                )
            ),
            "lessons": paragraphs(
                T(
                    "Hjälp vid första tillfället avgjorde om någon kom tillbaka. Små grupper "
                    "fungerade bättre än stora.",
                    "Help at the first meeting decided whether someone came back. Small groups "
                    "worked better than large ones.",
                )
            ),
            "gender_equality": paragraphs(
                T(
                    "I början kom nästan bara kvinnor. Ett tema om fiske och jakt lockade fler "
                    "män, och grupperna blev mer blandade.",
                    "At first almost only women came. A theme about fishing and hunting "
                    "attracted more men, and the groups became more mixed.",
                )
            ),
            "accessibility": paragraphs(
                T(
                    "Surfplattorna har stor text och hörselslinga kan kopplas in. Den som inte "
                    "vill synas i bild kan delta med bara ljud.",
                    "The tablets use large text and a hearing loop can be connected. Anyone who "
                    "does not want to be seen can take part with sound only.",
                )
            ),
        },
        {
            "title": T(
                "Bildscheman ger lugn i daglig verksamhet",
                "Picture schedules bring calm to daily activities",
            ),
            "slug": T("bildscheman", "picture-schedules"),
            "listing_summary": T(
                "Tydliga bildscheman visar dagens aktiviteter, så att den som har svårt med "
                "förändringar vet vad som händer. Exemplet är påhittat.",
                "Clear picture schedules show the day's activities, so that people who find "
                "change hard know what will happen. The example is made up.",
            ),
            "idea": example_idea("Tydliga bildscheman i daglig verksamhet"),
            "need": paragraphs(
                T(
                    "Byten mellan aktiviteter skapade oro för flera deltagare, eftersom de inte "
                    "visste vad som skulle hända sedan.",
                    "Changes between activities caused worry for several participants, because "
                    "they did not know what would happen next.",
                )
            ),
            "solution": paragraphs(
                T(
                    "Varje verksamhet fick bildscheman med samma bilder och färger, och "
                    "personalen går igenom dagen med deltagarna varje morgon.",
                    "Each activity centre got picture schedules with the same pictures and "
                    "colours, and staff go through the day with the participants each morning.",
                )
            ),
            "participants": paragraphs(
                T(
                    "Personal och deltagare i daglig verksamhet, med stöd från kommunens "
                    "arbetsterapeuter.",
                    "Staff and participants in daily activities, with support from the "
                    "municipality's occupational therapists.",
                )
            ),
            "testbed": source_page(TestbedPage, external_id="SKE-002"),
            "method_phase": phase,
            "tools": tools("idebeskrivning-pa-en-sida"),
            "effect": paragraphs(
                T(
                    "Fler verksamheter använder nu bildscheman, och tillfällena med oro vid "
                    "byten har nästan halverats.",
                    "More activity centres now use picture schedules, and moments of worry at "
                    "changes have almost halved.",
                )
            ),
            "lessons": paragraphs(
                T(
                    "Samma bilder överallt var viktigare än snygga bilder.",
                    "The same pictures everywhere mattered more than beautiful pictures.",
                )
            ),
            "gender_equality": paragraphs(
                T(
                    "Bilderna visar både kvinnor och män i alla sysslor, så att ingen aktivitet "
                    "ser ut att vara till för bara det ena könet.",
                    "The pictures show both women and men in every task, so that no activity "
                    "looks as if it were meant for one sex only.",
                )
            ),
            "accessibility": paragraphs(
                T(
                    "Schemat finns också som lättläst text och med bilder i kontrast, för den "
                    "som ser dåligt.",
                    "The schedule also comes as easy-to-read text and with high-contrast "
                    "pictures for people with low vision.",
                )
            ),
        },
        {
            "title": T("Lugna timmar i simhallen", "Quiet hours at the swimming hall"),
            "slug": T("lugna-timmar-i-simhallen", "quiet-hours-at-the-swimming-hall"),
            "listing_summary": T(
                "Två timmar i veckan med dämpat ljud och ljus gör simhallen möjlig för fler. "
                "Exemplet är påhittat.",
                "Two hours a week with softer sound and light make the swimming hall possible "
                "for more people. The example is made up.",
            ),
            "idea": example_idea("Quiet hours at the swimming hall"),
            "need": paragraphs(
                T(
                    "Ljud, ljus och trängsel gör att många med neuropsykiatriska "
                    "funktionsnedsättningar inte orkar besöka simhallen.",
                    "Noise, light and crowds mean that many people with neuropsychiatric "
                    "disabilities cannot cope with a visit to the swimming hall.",
                )
            ),
            "solution": paragraphs(
                T(
                    "Två timmar i veckan stängs musiken av, ljuset dämpas och antalet besökare "
                    "begränsas.",
                    "Two hours a week the music is turned off, the lights are dimmed and the "
                    "number of visitors is limited.",
                )
            ),
            "participants": paragraphs(
                T(
                    "Simhallens personal och en intresseförening tog fram upplägget.",
                    "The swimming hall's staff and an interest association designed the format.",
                )
            ),
            "testbed": None,
            "method_phase": phase,
            "tools": tools("nytta-insats-matrisen"),
            "effect": paragraphs(
                T(
                    "Besökarna under de lugna timmarna har blivit fler varje månad.",
                    "The number of visitors during the quiet hours has grown every month.",
                )
            ),
            "lessons": paragraphs(
                T(
                    "Att berätta i förväg exakt vad som är annorlunda gjorde det lättare att "
                    "komma första gången.",
                    "Telling people in advance exactly what is different made the first visit "
                    "easier.",
                )
            ),
            "gender_equality": paragraphs(
                T(
                    "Omklädningsrum för alla finns under de lugna timmarna.",
                    "Changing rooms for everyone are available during the quiet hours.",
                )
            ),
            "accessibility": paragraphs(
                T(
                    "Bokning går att göra per telefon och på webben, och en bildguide visar "
                    "vägen genom simhallen.",
                    "Booking can be done by phone and on the web, and a picture guide shows the "
                    "way through the swimming hall.",
                )
            ),
        },
    ]
