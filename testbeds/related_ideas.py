"""The ideas tested in a testbed, as its page lists them: only public ideas, each with its public
title in the page's language (the idea board's rule, Idea.shown_texts: the English text, or the
Swedish one marked lang="sv") and a link to the idea on the board of that language."""

from dataclasses import dataclass

from ideas.models import IdeaBoardPage
from ideas.models.ideas import ShownText


@dataclass
class RelatedIdea:
    reference: str
    title: ShownText
    url: str


def public_ideas(queryset):
    return queryset.filter(is_public=True)


def related_ideas(page, language: str) -> list[RelatedIdea]:
    """The public ideas chosen on `page`, newest first, with their board links (two queries)."""
    ideas = list(
        public_ideas(page.related_ideas.all())
        .only("reference", "title", "public_title", "public_title_en", "language")
        .order_by("-created_at", "-pk")
    )
    if not ideas:
        return []
    boards = IdeaBoardPage.objects.live().filter(locale__language_code=language)
    board = boards.first() or IdeaBoardPage.objects.live().first()
    return [
        RelatedIdea(
            reference=idea.reference,
            title=idea.shown_texts(language).title,
            url=board.idea_path(idea.reference) if board is not None else "",
        )
        for idea in ideas
    ]
