"""Which public pages show an idea: the boards (every language) and the idea's own page on each.
Registered with the page cache in IdeasConfig.ready() (home/cache.py, README "Caching")."""

from django.urls import reverse
from django.utils import translation

from home.cache import page_urls
from ideas.models import ChallengePage, FiguresPage, Idea, IdeaBoardPage, IdeaEvent

# Fields of an idea that no public page shows: saving only these changes nothing public.
INTERNAL_FIELDS = {
    "assigned_handler",
    "updated_at",
    "submitter_name",
    "submitter_email",
    "submitter_phone",
    "show_name",
    "consent_at",
    "wants_updates",
    "personal_data_erased_at",
    "tracking_token",
}

# Events that change the public figures (ideas received, stage, implemented): the figures page
# is invalidated by these and by a decision (figures_urls), never by anything else.
FIGURES_EVENT_KINDS = {
    IdeaEvent.Kind.RECEIVED,
    IdeaEvent.Kind.STAGE_CHANGED,
    IdeaEvent.Kind.MERGED,
}


def board_urls(idea) -> list[str]:
    """The boards, the idea's page on each, and the feed of new ideas in each language."""
    urls = []
    for board in IdeaBoardPage.objects.live().select_related("locale"):
        board_url = board.get_full_url()
        if board_url:
            urls += [board_url, board_url + board.reverse_subpage("idea", args=[idea.reference])]
        with translation.override(board.locale.language_code):
            urls.append(reverse("feeds:ideas"))
    return urls


def challenge_urls(idea) -> list[str]:
    """The challenge an idea answers, in every language, and the challenge indexes: they show
    its published ideas and count every idea received."""
    if idea.challenge_id is None:
        return []
    urls = []
    challenges = ChallengePage.objects.live().filter(
        translation_key=ChallengePage.objects.filter(pk=idea.challenge_id).values(
            "translation_key"
        )[:1]
    )
    for challenge in challenges:
        urls += [
            url for url in (challenge.get_full_url(), challenge.get_parent().get_full_url()) if url
        ]
    return urls


def idea_urls(idea: Idea) -> list[str]:
    """A public idea shows on the boards; an idea that is not public shows nowhere but in the
    count of its challenge's ideas (taking one down is an UNPUBLISHED event, below)."""
    return (board_urls(idea) if idea.is_public else []) + challenge_urls(idea)


def figures_urls(_instance=None) -> list[str]:
    """The public figures page in every language ("Idéslussen i siffror"): counts of ideas
    received, decided and implemented, whether or not the ideas are public."""
    return [url for url in (page.get_full_url() for page in FiguresPage.objects.live()) if url]


def event_urls(event: IdeaEvent) -> list[str]:
    """Publishing or taking down an idea, and what the board shows of a public idea's history
    (stage changes, answers, public notes); never an internal note or an assignment. A new
    idea and a stage change also change the public figures."""
    figures = figures_urls() if event.kind in FIGURES_EVENT_KINDS else []
    return figures + board_event_urls(event)


def board_event_urls(event: IdeaEvent) -> list[str]:
    kinds = IdeaEvent.Kind
    if event.kind in (kinds.PUBLISHED, kinds.UNPUBLISHED):
        return board_urls(event.idea) + challenge_urls(event.idea)
    shown = event.kind in IdeaEvent.PUBLIC_KINDS or bool(event.public_note or event.public_note_en)
    if shown and event.idea.is_public:
        return board_urls(event.idea) + challenge_urls(event.idea)
    return []


def support_urls(support) -> list[str]:
    """A support changes the count on the boards and the idea's page."""
    return idea_urls(support.idea)


def good_example_urls(page) -> list[str]:
    """The pages that link back to a good example: its testbed and method phase (every
    language) and its idea's page on the boards. Those it named before a change are not known
    after the publishing: they show the link until their cached pages expire."""
    urls = []
    for related in (page.testbed, page.method_phase):
        if related is not None:
            urls += page_urls(related, parent=False)
    if page.idea is not None and page.idea.is_public:
        urls += board_urls(page.idea)
    return urls
