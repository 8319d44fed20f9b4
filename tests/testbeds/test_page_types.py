"""Which page types can live where, and that editors can create an entry in the admin."""

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage, HomePage
from testbeds.models import TestbedIndexPage, TestbedPage
from testbeds.snippets import Sector


class PageTypeRulesTests(WagtailPageTestCase):
    def test_catalogue_lives_under_the_home_page_only(self):
        # HomePage.subpage_types (in home/) must also list the catalogue for editors to add it.
        self.assertEqual(TestbedIndexPage.parent_page_types, ["home.HomePage"])
        self.assertAllowedSubpageTypes(TestbedIndexPage, {TestbedPage})
        self.assertCanNotCreateAt(ContentPage, TestbedIndexPage)

    def test_entries_live_in_the_catalogue_only(self):
        self.assertAllowedParentPageTypes(TestbedPage, {TestbedIndexPage})
        self.assertAllowedSubpageTypes(TestbedPage, set())
        self.assertCanNotCreateAt(HomePage, TestbedPage)


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self):
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Test", slug="test-home", intro="Hej"))
        self.catalogue = home.add_child(
            instance=TestbedIndexPage(title="Testbäddar", slug="testbaddar-test")
        )
        self.sector = Sector.objects.create(name="Äldreomsorg")
        user = get_user_model().objects.create_superuser("editor", "e@example.org", "x")
        self.client.force_login(user)

    def form_data(self, **overrides):
        data = {
            "title": "Trygghetslägenheten",
            "slug": "trygghetslagenheten",
            "intro": "En lägenhet där ny teknik provas.",
            "external_id": "PIT-100",
            "municipality": "pitea",
            "environment_type": "simulated",
            "status": "active",
            "latitude": "65.3172",
            "longitude": "21.4794",
            "last_reviewed": "2026-01-15",
            "images": streamfield([]),
            "listing_summary": "",
        }
        data.update(overrides)
        # A multiple-choice field is sent as repeated values, next to the nested data.
        return {**nested_form_data(data), "sectors": [str(self.sector.pk)]}

    def test_editor_creates_and_publishes_an_entry(self):
        data = self.form_data()
        data["action-publish"] = "action-publish"
        self.assertCanCreate(self.catalogue, TestbedPage, data)
        entry = TestbedPage.objects.get(external_id="PIT-100", live=True)
        self.assertEqual(list(entry.sectors.all()), [self.sector])
        self.assertEqual(
            entry.map_url,
            "https://www.openstreetmap.org/?mlat=65.31720&mlon=21.47940#map=16/65.31720/21.47940",
        )

    def test_coordinates_are_validated(self):
        url = f"/admin/pages/add/testbeds/testbedpage/{self.catalogue.pk}/"
        for latitude, longitude in [("91", "21"), ("65", ""), ("abc", "21"), ("65", "-181")]:
            response = self.client.post(
                url, self.form_data(latitude=latitude, longitude=longitude, slug=f"x{latitude}")
            )
            self.assertEqual(response.status_code, 200, (latitude, longitude))
        self.assertFalse(TestbedPage.objects.filter(external_id="PIT-100").exists())

    def test_external_id_is_unique_in_a_language(self):
        self.assertCanCreate(self.catalogue, TestbedPage, self.form_data())
        url = f"/admin/pages/add/testbeds/testbedpage/{self.catalogue.pk}/"
        response = self.client.post(url, self.form_data(slug="another", title="Another"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(TestbedPage.objects.filter(external_id="PIT-100").count(), 1)
