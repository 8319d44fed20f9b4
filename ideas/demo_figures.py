"""Demo content of the public figures: the page "Idéslussen i siffror" in Swedish and English,
linked from the footer. Its figures are those of the example ideas and their decisions
(ideas/demo.py, ideas/demo_outcomes.py), so it runs after them."""

from home.demo.builder import T, add_to_footer, ensure_page
from home.models import HomePage
from ideas.models import FiguresPage


def load():
    home = HomePage.objects.get(depth=2, locale__language_code="sv")
    page = ensure_page(home, FiguresPage, figures_page())
    add_to_footer(page)
    return page


def figures_page():
    return {
        "title": T("Idéslussen i siffror", "The idea sluice in figures"),
        "slug": T("i-siffror", "in-figures"),
        "search_description": T(
            "Hur många idéer Piteå kommun och Skellefteå kommun tar emot, beslutar om och inför, "
            "år för år.",
            "How many ideas Piteå Municipality and Skellefteå Municipality receive, decide on "
            "and implement, year by year.",
        ),
        "intro": T(
            "Här ser du hur många idéer som har kommit in till Idéslussen, hur många som har fått "
            "ett beslut och hur många av dem som har införts, för varje kommun och år. På den här "
            "demosidan bygger siffrorna på påhittade exempelidéer.",
            "Here you can see how many ideas have come in to the idea sluice, how many have been "
            "decided and how many of those have been implemented, for each municipality and "
            "year. On this demo site the figures come from made-up example ideas.",
        ),
    }
