"""Which cached pages a tool shows on beyond its own, its toolkit's and its translations' (the
page cache adds those): its card on the method phases and on the other tools. Registered from
MethodologyConfig.ready() (home/cache.py, README "Caching")."""

from methodology.models import MethodPhasePage, ToolPage


def tool_urls(tool) -> list[str]:
    """Every live phase and tool page, in every language: a phase lists the tools chosen on it
    and the tools that name it (by translation key, so a tool's change shows on the phases of
    every language), a tool the tools it chose and those that chose it. Which ones a change
    adds or removes is not known after the publishing, so all of them are renewed: a method
    has a handful of phases and a toolkit some dozens of tools."""
    pages = [
        *MethodPhasePage.objects.live().defer_streamfields(),
        *ToolPage.objects.live().exclude(pk=tool.pk).defer_streamfields(),
    ]
    return [url for url in (page.get_full_url() for page in pages) if url]
