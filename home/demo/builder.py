"""Small helpers to build bilingual demo content: text is written as T(sv, en) pairs, the Swedish
object is saved and published, and the English one is made from it through wagtail-localize."""

import uuid
from dataclasses import dataclass

from wagtail.models import DraftStateMixin, Locale, Page

from .translation import translate


@dataclass(frozen=True)
class T:
    """A text in Swedish and English."""

    sv: str
    en: str


def pick(value, language: str):
    """The value with every T replaced by its text in `language`."""
    if isinstance(value, T):
        return getattr(value, language)
    if isinstance(value, dict):
        return {key: pick(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [pick(item, language) for item in value]
    return value


def block(block_type: str, value) -> dict:
    """A StreamField block in Wagtail's stored format. Every list inside its value is a ListBlock
    and is written in block format (items with ids), which wagtail-localize needs to extract it."""
    return {"type": block_type, "value": _list_items(value), "id": str(uuid.uuid4())}


def _list_items(value):
    if isinstance(value, dict):
        return {key: _list_items(item) for key, item in value.items()}
    if isinstance(value, list):
        return [
            {"type": "item", "value": _list_items(item), "id": str(uuid.uuid4())} for item in value
        ]
    return value


def english_locale() -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


def _build(model, fields: dict, language: str, children: dict):
    values = pick(fields, language)
    for relation, child_model in children.items():
        values[relation] = [child_model(**item) for item in values.get(relation, [])]
    return model(**values)


def ensure_page(parent: Page, model, fields: dict, children: dict | None = None):
    """Create and publish the Swedish page under `parent` unless a page with its slug is there,
    then make sure its English translation exists. Returns the Swedish page."""
    children = children or {}
    slug = pick(fields["slug"], "sv")
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = _build(model, fields, "sv", children)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
    ensure_translation(page, _build(model, fields, "en", children))
    return page


def ensure_snippet(model, fields: dict):
    """The same for a translatable snippet, found by its Swedish name. A snippet with drafts (the
    menu, the footer) is published with a revision, as a moderator leaves it."""
    sv_locale = Locale.get_default()
    name = pick(fields["name"], "sv")
    snippet = model.objects.filter(locale=sv_locale, name=name).first()
    if snippet is None:
        snippet = _build(model, fields, "sv", {})
        snippet.locale = sv_locale
        snippet.save()
        if isinstance(snippet, DraftStateMixin):
            snippet.save_revision().publish()
    ensure_translation(snippet, _build(model, fields, "en", {}))
    return snippet


def ensure_translation(source, english):
    locale = english_locale()
    if not source.has_translation(locale):
        translate(source, english, locale)


# The main menu in the order of what residents and staff come for: proposing an idea and seeing
# ideas first, then challenges and good examples, then the method, the toolkit, training and
# testbeds. Pages of other types (the about page) come last. Keyed by page model name.
MENU_ORDER = [
    "ideasubmissionpage",
    "ideaboardpage",
    "challengeindexpage",
    "goodexampleindexpage",
    "methodologyindexpage",
    "toolkitindexpage",
    "courseindexpage",
    "testbedindexpage",
]


def _in_menu_order(links: list[dict]) -> list[dict]:
    page_ids = [link["value"]["page"] for link in links if link["type"] == "page"]
    models = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "content_type__model"))

    def rank(link):
        model = models.get(link["value"].get("page")) if link["type"] == "page" else None
        return MENU_ORDER.index(model) if model in MENU_ORDER else len(MENU_ORDER)

    return sorted(links, key=rank)


def add_to_menu(page, title: T | None = None):
    """Add a link to `page` to the main navigation in both languages, unless it is there, in the
    place MENU_ORDER gives its type."""
    from home.models import NavigationMenu, SiteSettings

    from .translation import translate

    menu = SiteSettings.objects.get(site__is_default_site=True).main_navigation
    if any(link.value["page"] and link.value["page"].pk == page.pk for link in menu.links):
        return
    links = [link.get_prep_value() for link in menu.links]
    english_menu = menu.get_translation(english_locale())
    english_links = [link.get_prep_value() for link in english_menu.links]
    text = title or T("", "")
    menu.links = _in_menu_order([*links, block("page", {"page": page.pk, "title": text.sv})])
    menu.save_revision().publish()
    english = NavigationMenu(
        name=english_menu.name,
        links=_in_menu_order([*english_links, block("page", {"page": page.pk, "title": text.en})]),
    )
    translate(menu, english, english_locale())


def ensure_document(title: str, filename: str, build):
    """The Wagtail document with this title, made from the bytes `build()` returns if it does
    not exist yet."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        document = document_model(title=title)
        document.file.save(filename, ContentFile(build()), save=False)
        document.save()
    return document


def add_to_footer(page, title: T | None = None):
    """Add a link to `page` to the footer's links in both languages, unless it is there (the
    page's title is the link's text when `title` is None)."""
    from home.models import Footer, SiteSettings

    from .translation import translate

    footer = SiteSettings.objects.get(site__is_default_site=True).footer
    if any(link.value.get("page") and link.value["page"].pk == page.pk for link in footer.links):
        return
    text = title or T("", "")
    english_footer = footer.get_translation(english_locale())
    footer.links = [
        *(link.get_prep_value() for link in footer.links),
        block("page", {"page": page.pk, "title": text.sv}),
    ]
    footer.save_revision().publish()
    english = Footer(
        name=english_footer.name,
        organisation_name=english_footer.organisation_name,
        contact_text=english_footer.contact_text,
        phone=english_footer.phone,
        legal_links=[link.get_prep_value() for link in english_footer.legal_links],
        links=[
            *(link.get_prep_value() for link in english_footer.links),
            block("page", {"page": page.pk, "title": text.en}),
        ],
    )
    translate(footer, english, english_locale())
