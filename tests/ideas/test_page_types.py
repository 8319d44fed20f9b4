"""Where the idea pages may be created, and that the demo pages exist in both languages."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import ContentPage, HomePage
from ideas.models import ChallengeIndexPage, GoodExampleIndexPage, IdeaBoardPage, IdeaSubmissionPage
from tests.factories import SuperuserFactory


class IdeaPageTypesTest(WagtailPageTestCase):
    def test_parents(self):
        self.assertAllowedParentPageTypes(IdeaSubmissionPage, {HomePage})
        self.assertAllowedParentPageTypes(IdeaBoardPage, {HomePage})
        self.assertCanCreateAt(HomePage, IdeaBoardPage)
        # Every index page an editor may need under the home page can be added there.
        self.assertCanCreateAt(HomePage, ChallengeIndexPage)
        self.assertCanCreateAt(HomePage, GoodExampleIndexPage)
        self.assertCanNotCreateAt(ContentPage, IdeaBoardPage)
        self.assertCanNotCreateAt(IdeaBoardPage, ContentPage)
        self.assertAllowedSubpageTypes(IdeaBoardPage, {})
        self.assertAllowedSubpageTypes(IdeaSubmissionPage, {})

    def test_editors_can_create_the_pages(self):
        self.client.force_login(SuperuserFactory())
        home = HomePage.objects.get(depth=2, locale__language_code="sv")
        self.assertCanCreate(
            home,
            IdeaBoardPage,
            nested_form_data({"title": "Fler idéer", "slug": "fler-ideer", "intro": "Text"}),
        )
        self.assertCanCreate(
            home,
            IdeaSubmissionPage,
            nested_form_data(
                {
                    "title": "Tyck till",
                    "slug": "tyck-till",
                    "intro": "Skriv din idé.",
                    "privacy_text": rich_text("<p>Vi sparar uppgifterna i ett år.</p>"),
                    "thank_you_text": rich_text("<p>Tack!</p>"),
                }
            ),
        )


def test_demo_pages_in_both_languages(demo_site):
    for model, slugs in [
        (IdeaSubmissionPage, {"lamna-en-ide", "submit-an-idea"}),
        (IdeaBoardPage, {"ideer", "ideas"}),
    ]:
        assert set(model.objects.live().values_list("slug", flat=True)) == slugs
    assert Page.objects.get(slug="ideer").get_parent().pk == demo_site.pk


def test_demo_ideas_are_examples_spread_over_stages(demo_site):
    from ideas.models import Idea

    examples = Idea.objects.filter(is_example=True)
    assert examples.count() >= 25
    assert examples.values("stage").distinct().count() == 7
    assert examples.values("municipality").distinct().count() == 2
    assert examples.filter(language="en").exists()
    assert examples.exclude(public_answer="").count() >= 3


def test_demo_loader_is_idempotent(demo_site):
    from ideas import demo
    from ideas.models import Idea, IdeaEvent

    counts = (Idea.objects.count(), IdeaEvent.objects.count(), Page.objects.count())
    demo.load()
    assert (Idea.objects.count(), IdeaEvent.objects.count(), Page.objects.count()) == counts


def test_menu_links_to_the_idea_pages(client, demo_site):
    response = client.get("/")
    assert 'href="/lamna-en-ide/"' in response.text
    assert 'href="/ideer/"' in response.text
    response = client.get("/en/")
    assert 'href="/en/submit-an-idea/"' in response.text
