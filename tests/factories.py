"""Factories for the objects tests need (factory_boy with wagtail-factories).

Every test starts from the empty site: Wagtail's root page and the home page in Swedish and
English (tests/conftest.py, fixtures `home` and `english_home`). A test builds the few pages and
rows it needs on top of it, e.g.

    board = IdeaBoardPageFactory(parent=home)
    english_board = translate(board, title="Ideas", slug="ideas")
    IdeaFactory(is_public=True, public_title="Varm kaffe")

Pages are created live and published (a revision exists, as when an editor publishes). Only the
tests about the demo content itself and the browser tests use the full demo (`demo_site`).
"""

from datetime import timedelta

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from courses.choices import Audience, CourseFormat, RegistrationStatus, SessionLanguage
from courses.models import CourseIndexPage, CoursePage, CourseSession, Registration
from home.demo import accounts
from home.models import ContentPage, Footer, NavigationMenu, SiteSettings
from ideas.choices import Area, Municipality
from ideas.demo_staff import ensure_manager_group
from ideas.models import (
    Administration,
    ChallengeIndexPage,
    ChallengePage,
    Decision,
    FiguresPage,
    GoodExampleIndexPage,
    GoodExamplePage,
    Idea,
    IdeaBoardPage,
    IdeaEvent,
    IdeaSubmissionPage,
    Partner,
    Unit,
)
from ideas.stages import Stage
from methodology.models import MethodologyIndexPage, MethodPhasePage, ToolkitIndexPage, ToolPage
from news.models import NewsIndexPage, NewsPage
from testbeds.choices import EnvironmentType, Status
from testbeds.models import ContactRequest, TestbedIndexPage, TestbedPage
from testbeds.snippets import HostOrganisation, Sector, TargetGroup


def translate(page, language="en", **fields):
    """The translation of `page` into `language`, made with Wagtail's copy for translation (as
    the "Translate" action does) under the translated parent, with `fields` set, and published.
    Child objects (a course's sessions) are copied with the page and keep their translation key."""
    locale = Locale.objects.get(language_code=language)
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A live page with a published revision, as editors leave it."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create:
            page.save_revision().publish()
            page.refresh_from_db()


class ContentPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    intro = "En inledning."

    class Meta:
        model = ContentPage


# --- Menu and footer ----------------------------------------------------------------------------


class PublishedSnippetFactory(factory.django.DjangoModelFactory):
    """A Swedish snippet with drafts (menu, footer), published with a revision as a moderator
    leaves it. `translate_snippet` makes its English translation."""

    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(snippet, create, extracted, **kwargs):
        if create:
            snippet.save_revision().publish()
            snippet.refresh_from_db()


class NavigationMenuFactory(PublishedSnippetFactory):
    name = "Huvudmeny"
    links = factory.LazyFunction(list)

    class Meta:
        model = NavigationMenu


class FooterFactory(PublishedSnippetFactory):
    name = "Sidfot"
    organisation_name = "Piteå kommun och Skellefteå kommun"
    phone = "0911-69 60 00"
    legal_links = factory.LazyFunction(list)
    links = factory.LazyFunction(list)

    class Meta:
        model = Footer


def translate_snippet(snippet, language="en", **fields):
    """The published translation of a menu or footer, made with Wagtail's copy for translation,
    with `fields` set."""
    translation = snippet.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def choose_in_site_settings(**chosen):
    """Choose the menu, footer or privacy page in the default site's settings."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in chosen.items():
        setattr(site_settings, name, value)
    site_settings.save()
    return site_settings


# --- Method and toolkit -------------------------------------------------------------------------


class MethodologyIndexPageFactory(PublishedPageFactory):
    title = "Metod"
    slug = "metod"
    intro = "Så arbetar Idéslussen."

    class Meta:
        model = MethodologyIndexPage


class MethodPhasePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Fas {n}")
    purpose = "Vad fasen är till för."
    idea_stage = Stage.RECEIVED

    class Meta:
        model = MethodPhasePage


class ToolkitIndexPageFactory(PublishedPageFactory):
    title = "Verktygslåda"
    slug = "verktygslada"
    intro = "Verktyg för workshoppar och möten."

    class Meta:
        model = ToolkitIndexPage


class ToolPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Verktyg {n}")
    purpose = "Hjälper gruppen att välja."
    duration_minutes = 60
    expected_output = "En lista med idéer."
    steps = factory.LazyFunction(list)
    for_managers = True

    class Meta:
        model = ToolPage


# --- Courses ------------------------------------------------------------------------------------


class CourseIndexPageFactory(PublishedPageFactory):
    title = "Utbildning"
    slug = "utbildning"

    class Meta:
        model = CourseIndexPage


class CourseSessionFactory(factory.django.DjangoModelFactory):
    """A session four weeks ahead; set `page` to the course."""

    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(weeks=4))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + timedelta(hours=3))
    registration_deadline = factory.LazyAttribute(
        lambda session: session.starts_at - timedelta(days=2)
    )
    place = "Stadshuset, Piteå"
    seat_limit = 10
    language = SessionLanguage.SWEDISH
    locale = factory.LazyAttribute(lambda session: session.page.locale)

    class Meta:
        model = CourseSession


class CoursePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Kurs {n}")
    audience = Audience.MANAGERS
    format = CourseFormat.LECTURE
    duration_minutes = 120
    summary_text = "En kurs om innovation."
    learning_objectives = "<p>Att leda.</p>"

    class Meta:
        model = CoursePage


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed Swedish registration; give `session` (a row in any language), or set
    `course`, `session_key` and `session_starts_at` yourself."""

    class Params:
        session = None

    course = factory.LazyAttribute(
        lambda r: r.session.page.get_translation(Locale.get_default()).specific
    )
    session_key = factory.LazyAttribute(lambda r: r.session.translation_key)
    session_starts_at = factory.LazyAttribute(lambda r: r.session.starts_at)
    name = factory.Sequence(lambda n: f"Deltagare {n}")
    email = factory.Sequence(lambda n: f"deltagare{n}@example.org")
    organisation = "Piteå kommun"
    role = "Enhetschef"
    consent_at = factory.LazyFunction(timezone.now)
    language = SessionLanguage.SWEDISH
    status = RegistrationStatus.CONFIRMED

    class Meta:
        model = Registration


# --- Testbeds -----------------------------------------------------------------------------------


class TaxonomyFactory(factory.django.DjangoModelFactory):
    """A Swedish (source-language) sector, target group or host organisation."""

    name = factory.Sequence(lambda n: f"Namn {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        django_get_or_create = ["name", "locale"]


class SectorFactory(TaxonomyFactory):
    class Meta:
        model = Sector


class TargetGroupFactory(TaxonomyFactory):
    class Meta:
        model = TargetGroup


class HostOrganisationFactory(TaxonomyFactory):
    class Meta:
        model = HostOrganisation


class TestbedIndexPageFactory(PublishedPageFactory):
    __test__ = False  # the name starts with "Test": not a test class for pytest

    title = "Testbäddar"
    slug = "testbaddar"

    class Meta:
        model = TestbedIndexPage


class TestbedPageFactory(PublishedPageFactory):
    __test__ = False

    title = factory.Sequence(lambda n: f"Testbädd {n}")
    external_id = factory.Sequence(lambda n: f"TEST-{n:03d}")
    intro = "En miljö där idéer prövas."
    municipality = Municipality.PITEA
    environment_type = EnvironmentType.LAB
    status = Status.ACTIVE
    contact_email = "testbadd@example.org"

    class Meta:
        model = TestbedPage

    @factory.post_generation
    def sectors(page, create, extracted, **kwargs):
        if create and extracted:
            page.sectors.set(extracted)
            page.save_revision().publish()

    @factory.post_generation
    def target_groups(page, create, extracted, **kwargs):
        if create and extracted:
            page.target_groups.set(extracted)
            page.save_revision().publish()

    @factory.post_generation
    def related_ideas(page, create, extracted, **kwargs):
        if create and extracted:
            page.related_ideas.set(extracted)
            page.save_revision().publish()


class ContactRequestFactory(factory.django.DjangoModelFactory):
    """A request to a testbed (pass `testbed`); its title and municipality are copied."""

    testbed = factory.SubFactory(TestbedPageFactory)
    testbed_title = factory.LazyAttribute(lambda request: request.testbed.title)
    municipality = factory.LazyAttribute(lambda request: request.testbed.municipality)
    name = "Anna Andersson"
    email = "anna@example.org"
    organisation = "Exempelbolaget AB"
    what_to_test = "En sensor som känner av fall."
    when = "Våren 2027"
    language = "sv"
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = ContactRequest


# --- News ---------------------------------------------------------------------------------------


class NewsIndexPageFactory(PublishedPageFactory):
    title = "Nyheter"
    slug = "nyheter"
    intro = "Vad som händer i Idéslussen."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PublishedPageFactory):
    """A news item dated today; set `date` for an older one."""

    title = factory.Sequence(lambda n: f"Nyhet {n}")
    date = factory.LazyFunction(timezone.localdate)
    listing_summary = "Något har hänt i Idéslussen."

    class Meta:
        model = NewsPage


# --- Ideas --------------------------------------------------------------------------------------


class IdeaBoardPageFactory(PublishedPageFactory):
    title = "Idéer"
    slug = "ideer"

    class Meta:
        model = IdeaBoardPage


class IdeaSubmissionPageFactory(PublishedPageFactory):
    title = "Lämna en idé"
    slug = "lamna-en-ide"

    class Meta:
        model = IdeaSubmissionPage


class ChallengeIndexPageFactory(PublishedPageFactory):
    title = "Utmaningar"
    slug = "utmaningar"

    class Meta:
        model = ChallengeIndexPage


class ChallengePageFactory(PublishedPageFactory):
    """A challenge of Piteå's elderly care, open from a week ago to four weeks ahead; set
    `opens_on` and `closes_on` for one that is closed or not open yet."""

    title = factory.Sequence(lambda n: f"Utmaning {n}")
    question = "Hur kan fler äldre röra sig utomhus på vintern?"
    audience = "Äldre som bor hemma och deras närstående."
    municipality = Municipality.PITEA
    area = Area.ELDERLY_CARE
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=7))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(weeks=4))
    criteria = factory.LazyFunction(
        lambda: [
            ("criterion", {"name": "Nytta för invånarna", "description": "Vem får det bättre?"}),
            ("criterion", {"name": "Genomförbarhet", "description": ""}),
        ]
    )

    class Meta:
        model = ChallengePage


class IdeaFactory(factory.django.DjangoModelFactory):
    title = "En idé"
    description = "Beskrivning"
    need = "Behov"
    area = Area.ELDERLY_CARE
    municipality = Municipality.PITEA
    stage = Stage.RECEIVED

    class Meta:
        model = Idea


class GoodExampleIndexPageFactory(PublishedPageFactory):
    title = "Goda exempel"
    slug = "goda-exempel"

    class Meta:
        model = GoodExampleIndexPage


class GoodExamplePageFactory(PublishedPageFactory):
    """A good example of an implemented, published idea (pass `idea` to choose it)."""

    title = factory.Sequence(lambda n: f"Gott exempel {n}")
    idea = factory.SubFactory(
        "tests.factories.IdeaFactory",
        stage=Stage.IMPLEMENTED,
        is_public=True,
        public_title="En införd idé",
    )
    need = "<p>Ett behov.</p>"
    solution = "<p>En lösning.</p>"

    class Meta:
        model = GoodExamplePage


class DecisionFactory(factory.django.DjangoModelFactory):
    """A "go on" decision on an idea in assessment, dated today (pass `decided_on`)."""

    idea = factory.SubFactory(IdeaFactory)
    outcome = Decision.Outcome.GO_ON
    reason = "Idén passar verksamheten."
    decided_by = "Socialnämnden"
    stage_before = Stage.ASSESSMENT

    class Meta:
        model = Decision


class FiguresPageFactory(PublishedPageFactory):
    title = "Idéslussen i siffror"
    slug = "i-siffror"

    class Meta:
        model = FiguresPage


class IdeaEventFactory(factory.django.DjangoModelFactory):
    idea = factory.SubFactory(IdeaFactory)
    kind = IdeaEvent.Kind.STAGE_CHANGED

    class Meta:
        model = IdeaEvent


class AdministrationFactory(factory.django.DjangoModelFactory):
    """A Swedish (source-language) administration of a municipality."""

    name = factory.Sequence(lambda n: f"Förvaltning {n}")
    municipality = Municipality.PITEA
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Administration


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Enhet {n}")
    administration = factory.SubFactory(AdministrationFactory)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Unit


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    description = "Stöd med forskning och tester."
    contact_email = factory.Sequence(lambda n: f"partner{n}@example.org")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Partner


# --- People -------------------------------------------------------------------------------------


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("x")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]


class SuperuserFactory(UserFactory):
    username = "admin"
    is_staff = True
    is_superuser = True


def idea_handler(municipality=Municipality.PITEA, username=None):
    """A handler of `municipality`'s ideas, in the same group (and with the same permissions)
    as the demo's handlers."""
    groups = accounts.ensure_idea_handler_groups()
    user = UserFactory(username=username or f"handlaggare-{municipality}")
    user.groups.add(groups[municipality])
    return user


def manager(administration, username=None, personal_data=False):
    """A member of the administration's managers' group, as the demo makes it; with
    `personal_data` also allowed to see the submitters' contact details."""
    user = UserFactory(username=username or f"chef-{administration.pk}")
    user.groups.add(ensure_manager_group(administration))
    if personal_data:
        user.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="ideas", codename="view_personal_data_as_manager"
            )
        )
    return user


def editor(username="redaktor"):
    """A member of the editors' group, with the demo's page and collection permissions."""
    editors, _moderators = accounts.ensure_groups_and_workflow()
    user = UserFactory(username=username)
    user.groups.add(editors)
    return user


def moderator(username="moderator"):
    _editors, moderators = accounts.ensure_groups_and_workflow()
    user = UserFactory(username=username)
    user.groups.add(moderators)
    return user
