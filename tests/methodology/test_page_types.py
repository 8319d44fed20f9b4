"""Which page types can live where, and that editors can create a tool in the admin."""

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage, HomePage
from methodology.models import MethodologyIndexPage, MethodPhasePage, ToolkitIndexPage, ToolPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_method_and_toolkit_live_under_the_home_page_only(self):
        # HomePage.subpage_types (in home/) must also list them for editors to add them.
        self.assertEqual(MethodologyIndexPage.parent_page_types, ["home.HomePage"])
        self.assertEqual(ToolkitIndexPage.parent_page_types, ["home.HomePage"])
        self.assertCanNotCreateAt(ContentPage, MethodologyIndexPage)
        self.assertCanNotCreateAt(ContentPage, ToolkitIndexPage)

    def test_phases_live_in_the_method_only(self):
        self.assertAllowedSubpageTypes(MethodologyIndexPage, {MethodPhasePage})
        self.assertAllowedParentPageTypes(MethodPhasePage, {MethodologyIndexPage})
        self.assertAllowedSubpageTypes(MethodPhasePage, set())
        self.assertCanNotCreateAt(HomePage, MethodPhasePage)
        self.assertCanNotCreateAt(ToolkitIndexPage, MethodPhasePage)

    def test_tools_live_in_the_toolkit_only(self):
        self.assertAllowedSubpageTypes(ToolkitIndexPage, {ToolPage})
        self.assertAllowedParentPageTypes(ToolPage, {ToolkitIndexPage})
        self.assertAllowedSubpageTypes(ToolPage, set())
        self.assertCanNotCreateAt(MethodologyIndexPage, ToolPage)


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self):
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Test", slug="test-home", intro="Hej"))
        self.method = home.add_child(
            instance=MethodologyIndexPage(title="Metod", slug="metod-test", intro="Så gör vi.")
        )
        self.toolkit = home.add_child(
            instance=ToolkitIndexPage(title="Verktyg", slug="verktyg-test", intro="Verktyg.")
        )
        user = get_user_model().objects.create_superuser("editor", "e@example.org", "x")
        self.client.force_login(user)

    def list_field(self, *texts):
        return streamfield([("item", text) for text in texts])

    def step_field(self, title, minutes):
        return streamfield(
            [
                (
                    "step",
                    {"title": title, "text": rich_text("<p>Gör så här.</p>"), "minutes": minutes},
                )
            ]
        )

    def test_create_a_phase(self):
        self.assertCanCreate(
            self.method,
            MethodPhasePage,
            nested_form_data(
                {
                    "title": "Bedöma",
                    "slug": "bedoma",
                    "purpose": "Välja idéer.",
                    "idea_stage": "assessment",
                    "entry_criteria": self.list_field("Idén är registrerad."),
                    "exit_criteria": self.list_field("Beslut är fattat."),
                    "steps": self.step_field("Förbered", 30),
                    "roles": streamfield([]),
                    "checklist": self.list_field("Svaret är skickat."),
                    "outputs": streamfield([]),
                    "gender_equality_questions": self.list_field("Vem har nytta?"),
                    "accessibility_questions": streamfield([]),
                    "listing_summary": "",
                }
            ),
        )
        phase = MethodPhasePage.objects.get(slug="bedoma")
        self.assertEqual(phase.idea_stage, "assessment")
        self.assertEqual(phase.steps[0].value["minutes"], 30)

    def tool_data(self, **overrides):
        data = {
            "title": "Prickröstning",
            "slug": "prickrostning",
            "purpose": "Prioritera idéer.",
            "for_managers": "on",
            "duration_minutes": "30",
            "group_size_min": "5",
            "group_size_max": "20",
            "materials": self.list_field("Klisterprickar"),
            "templates": streamfield([]),
            "steps": self.step_field("Rösta", 10),
            "expected_output": "En prioriterad lista.",
            "tips": streamfield([]),
            "pitfalls": streamfield([]),
            "gender_equality_questions": streamfield([]),
            "accessibility_questions": streamfield([]),
            "listing_summary": "",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_create_a_tool(self):
        self.assertCanCreate(self.toolkit, ToolPage, self.tool_data())
        tool = ToolPage.objects.get(slug="prickrostning")
        self.assertTrue(tool.for_managers)
        self.assertFalse(tool.for_politicians)
        self.assertEqual((tool.duration_minutes, tool.group_size_min), (30, 5))

    def test_a_tool_cannot_have_more_fewest_than_most_participants(self):
        url = f"/admin/pages/add/methodology/toolpage/{self.toolkit.pk}/"
        response = self.client.post(url, self.tool_data(group_size_min="12", group_size_max="4"))
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ToolPage.objects.filter(slug="prickrostning").exists())
