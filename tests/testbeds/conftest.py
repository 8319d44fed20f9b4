import pytest
from wagtail.models import Locale

from testbeds.models import TestbedIndexPage
from testbeds.snippets import Sector, TargetGroup


@pytest.fixture
def catalogue(demo_site):
    """The Swedish testbed catalogue of the demo content."""
    return TestbedIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def sectors(demo_site):
    """The Swedish sectors by their Swedish name."""
    return {s.name: s for s in Sector.objects.filter(locale=Locale.get_default())}


@pytest.fixture
def target_groups(demo_site):
    return {t.name: t for t in TargetGroup.objects.filter(locale=Locale.get_default())}
