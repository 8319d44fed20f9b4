"""The main menu and the footer are edited like pages (issue 15, defect 7): drafts, preview,
the two-step review, history; readers see only the published version; the snippet listings
count the site settings' choice as a use; editors change the footer's phone and legal links."""

import re

import pytest
from django.test import RequestFactory, override_settings
from django.urls import reverse
from wagtail.actions.edit import EditAction
from wagtail.models import ReferenceIndex, Site, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.operations import translate_object

from home import cache as page_cache
from home import references
from home.demo.accounts import WORKFLOW
from home.models import Footer, NavigationMenu
from tests.factories import (
    ContentPageFactory,
    FooterFactory,
    NavigationMenuFactory,
    choose_in_site_settings,
    editor,
    moderator,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home, english_home):
    page = ContentPageFactory(parent=home, title="Om Idéslussen", slug="om")
    translate(page, title="About the idea sluice", slug="about")
    return page


@pytest.fixture
def news(home):
    return ContentPageFactory(parent=home, title="Aktuellt", slug="aktuellt")


@pytest.fixture
def menu(about):
    menu = NavigationMenuFactory(links=[("page", {"page": about, "title": ""})])
    choose_in_site_settings(main_navigation=menu)
    return menu


@pytest.fixture
def privacy(home):
    return ContentPageFactory(parent=home, title="Personuppgifter", slug="personuppgifter")


@pytest.fixture
def footer(privacy):
    footer = FooterFactory(legal_links=[("page", {"page": privacy, "title": ""})])
    choose_in_site_settings(footer=footer)
    return footer


def menu_texts(response) -> list[str]:
    return re.findall(r'class="main-nav__link"[^>]*>([^<]+)<', response.text)


def fresh(client, url="/"):
    """The page as rendered now, without the page cache and the chrome fragments."""
    with override_settings(PAGE_CACHE_ENABLED=False):
        return client.get(url)


def save_draft(snippet, user, **fields):
    """What "Spara utkast" does: a new revision; a published snippet's row stays as it was."""
    for name, value in fields.items():
        setattr(snippet, name, value)
    EditAction(snippet, user=user).execute()
    return type(snippet).objects.get(pk=snippet.pk)


# --- Readers see only the published version -----------------------------------------------------


def test_a_draft_of_the_menu_changes_nothing_readers_see(client, menu, news):
    assert client.get("/")["X-Cache"] == "miss"
    generation = page_cache.generation()

    saved = save_draft(menu, editor(), links=[("page", {"page": news, "title": "Nytt"})])

    assert saved.has_unpublished_changes and saved.live
    assert page_cache.generation() == generation
    assert client.get("/")["X-Cache"] == "hit"
    assert menu_texts(fresh(client)) == ["Om Idéslussen"]


def test_publishing_the_menu_shows_it_at_once(client, menu, news):
    client.get("/")
    saved = save_draft(menu, editor(), links=[("page", {"page": news, "title": "Nytt"})])

    saved.get_latest_revision().publish(user=moderator())

    response = client.get("/")
    assert response["X-Cache"] == "miss"
    assert menu_texts(response) == ["Nytt"]


def test_unpublishing_the_menu_takes_it_off_the_site(client, menu):
    assert menu_texts(client.get("/")) == ["Om Idéslussen"]
    menu.unpublish(user=moderator())
    assert menu_texts(client.get("/")) == []


def test_a_menu_never_published_shows_nowhere(client, about):
    draft = NavigationMenu.objects.create(
        name="Ny meny", links=[("page", {"page": about, "title": ""})], live=False
    )
    choose_in_site_settings(main_navigation=draft)
    assert menu_texts(client.get("/")) == []


def test_a_draft_of_the_footer_changes_nothing_until_published(client, footer):
    assert "0911-69 60 00" in client.get("/").text
    saved = save_draft(footer, editor(), phone="0910-73 50 00")

    response = fresh(client)
    assert "0911-69 60 00" in response.text and "0910-73 50 00" not in response.text
    saved.get_latest_revision().publish(user=moderator())
    assert "0910-73 50 00" in client.get("/").text


def test_english_pages_keep_the_swedish_menu_while_the_english_one_is_a_draft(
    client, menu, english
):
    translate_object(menu, [english], user=editor())

    english_menu = NavigationMenu.objects.get(locale=english)
    assert not english_menu.live
    assert english_menu.latest_revision is not None
    # The Swedish menu, its links pointing at the English pages.
    assert menu_texts(client.get("/en/")) == ["About the idea sluice"]


def test_a_published_english_menu_is_shown_on_english_pages(client, menu, news):
    translate_snippet(menu, links=[("external", {"url": "https://example.org/", "title": "News"})])
    assert menu_texts(client.get("/en/")) == ["News"]
    assert menu_texts(client.get("/")) == ["Om Idéslussen"]


# --- Preview ------------------------------------------------------------------------------------


def preview(snippet, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return snippet.make_preview_request(request, snippet.default_preview_mode)


def test_the_preview_shows_the_menu_being_edited_inside_the_site(menu, news, admin_user):
    menu.links = [("page", {"page": news, "title": "Förhandsvisad länk"})]
    response = preview(menu, admin_user)
    assert response.status_code == 200
    assert menu_texts(response) == ["Förhandsvisad länk"]
    assert 'class="site-footer"' in response.text
    assert "Förhandsvisning" in response.text


def test_the_preview_shows_the_footer_being_edited(footer, admin_user):
    footer.phone = "0910-73 50 00"
    response = preview(footer, admin_user)
    assert response.status_code == 200
    assert "0910-73 50 00" in response.text
    assert "Personuppgifter" in response.text


def test_the_english_preview_is_in_english(menu, admin_user):
    english_menu = translate_snippet(menu)
    response = preview(english_menu, admin_user)
    assert '<html lang="en">' in response.text
    assert menu_texts(response) == ["About the idea sluice"]


# --- The two-step review ------------------------------------------------------------------------


def test_menu_changes_go_through_the_page_workflow(client, menu, news):
    author, colleague, decider = editor(), editor("kollega"), moderator()
    workflow = Workflow.objects.get(name=WORKFLOW)
    assert menu.get_workflow() == workflow
    assert Footer.get_default_workflow() == workflow

    saved = save_draft(menu, author, links=[("page", {"page": news, "title": "Granskad"})])
    state = workflow.start(saved, author)

    colleague_step = state.current_task_state
    assert colleague_step.task.specific.get_actions(saved, author) == []
    colleague_step.task.specific.on_action(colleague_step, colleague, "approve")
    state.refresh_from_db()
    assert menu_texts(fresh(client)) == ["Om Idéslussen"]

    decision = state.current_task_state
    assert decision.task.name == "Publiceringsbeslut"
    decision.task.specific.on_action(decision, decider, "approve")

    assert menu_texts(client.get("/")) == ["Granskad"]
    published = NavigationMenu.objects.get(pk=menu.pk)
    assert published.live_revision == saved.latest_revision


def test_the_history_lists_each_revision(admin_client, menu, news):
    save_draft(menu, editor(), links=[("page", {"page": news, "title": ""})])
    url = reverse(NavigationMenu.snippet_viewset.get_url_name("history"), args=[menu.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert menu.revisions.count() == 2


# --- Usage counts -------------------------------------------------------------------------------


def test_the_chosen_menu_and_footer_count_as_used(menu, footer):
    assert ReferenceIndex.get_references_to(menu).count() == 1
    assert ReferenceIndex.get_references_to(footer).count() == 1
    other = NavigationMenuFactory(name="Oanvänd meny")
    assert ReferenceIndex.get_references_to(other).count() == 0


def test_the_menu_listing_says_the_menu_is_used(admin_client, menu):
    response = admin_client.get(reverse(NavigationMenu.snippet_viewset.get_url_name("list")))
    assert response.status_code == 200
    assert "Använd 1 gång" in response.text


def test_settings_saved_before_the_index_knew_them_are_indexed_after_migrate(menu):
    ReferenceIndex.objects.all().delete()
    references.index_existing_settings()
    assert ReferenceIndex.get_references_to(menu).count() == 1


# --- Editors change the footer's phone and legal links ------------------------------------------


def footer_form(footer, **changes):
    values = {
        "name": footer.name,
        "organisation_name": footer.organisation_name,
        "contact_text": rich_text(footer.contact_text),
        "phone": footer.phone,
        "legal_links": streamfield(
            [("page", {"page": link.value["page"].pk, "title": ""}) for link in footer.legal_links]
        ),
        "links": streamfield([]),
    }
    values.update(changes)
    return nested_form_data(values)


def test_an_editor_saves_the_footer_phone_and_legal_links_as_a_draft(client, footer, home):
    cookies = ContentPageFactory(parent=home, title="Kakor", slug="kakor")
    client.force_login(editor())
    url = reverse(Footer.snippet_viewset.get_url_name("edit"), args=[footer.pk])
    assert client.get(url).status_code == 200

    data = footer_form(
        footer,
        phone="0910-73 50 00",
        legal_links=streamfield([("page", {"page": cookies.pk, "title": "Om kakor"})]),
    )
    response = client.post(url, data)
    assert response.status_code == 302

    draft = Footer.objects.get(pk=footer.pk).get_latest_revision_as_object()
    assert draft.phone == "0910-73 50 00"
    assert [block.value["title"] for block in draft.legal_links] == ["Om kakor"]
    assert "0911-69 60 00" in fresh(client.__class__(), "/").text


def test_an_editor_cannot_publish_the_footer(client, footer):
    client.force_login(editor())
    url = reverse(Footer.snippet_viewset.get_url_name("edit"), args=[footer.pk])
    client.post(url, {**footer_form(footer, phone="0910-73 50 00"), "action-publish": "1"})
    assert Footer.objects.get(pk=footer.pk).phone == "0911-69 60 00"


def test_english_pages_show_the_phone_number_in_international_form(client, footer):
    translate_snippet(footer, name="Footer", organisation_name="Piteå Municipality")
    assert "+46 911 69 60 00" in client.get("/en/").text
    assert "0911-69 60 00" in client.get("/").text


def test_the_footer_links_the_legal_pages_in_the_readers_language(client, footer, privacy):
    translate(privacy, title="Personal data", slug="personal-data")
    translate_snippet(footer, name="Footer")
    assert '<a href="/en/personal-data/">Personal data</a>' in client.get("/en/").text
    assert '<a href="/personuppgifter/">Personuppgifter</a>' in client.get("/").text


def test_site_settings_no_longer_offer_the_phone_and_legal_pages(admin_client, footer):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert 'name="contact_phone"' not in response.text
    assert 'name="accessibility_page"' not in response.text
    assert 'name="privacy_page"' in response.text
