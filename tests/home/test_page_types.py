"""Which page types can live where, and that editors can create them in the admin."""

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import ContentPage, FormPage, HomePage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_content_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage, FormPage})

    def test_form_pages_have_no_children(self):
        self.assertAllowedParentPageTypes(FormPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(FormPage, set())
        self.assertCanNotCreateAt(FormPage, ContentPage)


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self):
        root = Page.get_first_root_node()
        self.home = root.add_child(
            instance=HomePage(title="Test", slug="test-home", intro="Välkommen")
        )
        self.user = get_user_model().objects.create_superuser("editor", "e@example.org", "x")
        self.client.force_login(self.user)

    def test_create_content_page_with_a_body(self):
        self.assertCanCreate(
            self.home,
            ContentPage,
            nested_form_data(
                {
                    "title": "Om oss",
                    "slug": "om-oss",
                    "intro": "Kort om oss.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Rubrik", "level": "h2"}),
                            ("text", rich_text("<p>Brödtext.</p>")),
                        ]
                    ),
                    "listing_summary": "",
                }
            ),
        )
        page = ContentPage.objects.get(slug="om-oss")
        self.assertEqual([block.block_type for block in page.body], ["heading", "text"])

    def test_create_form_page_with_fields(self):
        self.assertCanCreate(
            self.home,
            FormPage,
            nested_form_data(
                {
                    "title": "Kontakt",
                    "slug": "kontakt",
                    "intro": "",
                    "privacy_notice": rich_text(""),
                    "thank_you_text": rich_text("<p>Tack!</p>"),
                    "to_address": "kontakt@example.org",
                    "from_address": "",
                    "subject": "Nytt meddelande",
                    "listing_summary": "",
                    "form_fields": inline_formset(
                        [
                            {"label": "Meddelande", "field_type": "multiline", "required": "on"},
                        ]
                    ),
                }
            ),
        )
        page = FormPage.objects.get(slug="kontakt")
        self.assertEqual(page.form_fields.get().clean_name, "meddelande")

    def test_demo_like_pages_are_editable(self):
        page = self.home.add_child(instance=ContentPage(title="Sida", slug="sida"))
        post_data = nested_form_data(
            {
                "title": "Sida",
                "slug": "sida",
                "intro": "",
                "body": streamfield([]),
                "listing_summary": "",
            }
        )
        self.assertPageIsEditable(page, post_data=post_data)
        self.assertPageIsPreviewable(page, post_data=post_data)
