"""What changes to ideas do to the testbed pages that list them (registered in apps.py)."""

from ideas.models import IdeaEvent
from testbeds.models import TestbedPage


def idea_testbed_urls(idea) -> list[str]:
    """The testbed pages (every language) that list the idea among the ideas tested there; they
    show it only while it is public, so any public change to it renews them."""
    pages = TestbedPage.objects.live().filter(related_ideas=idea)
    return [url for url in (page.get_full_url() for page in pages) if url]


def event_testbed_urls(event: IdeaEvent) -> list[str]:
    """Publishing or taking down an idea adds it to or removes it from its testbeds' pages."""
    if event.kind in (IdeaEvent.Kind.PUBLISHED, IdeaEvent.Kind.UNPUBLISHED):
        return idea_testbed_urls(event.idea)
    return []
