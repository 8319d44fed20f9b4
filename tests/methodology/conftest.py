import pytest
from wagtail.models import Locale

from methodology.models import MethodologyIndexPage, MethodPhasePage, ToolkitIndexPage, ToolPage

METHOD_URL = "/metod/"
EN_METHOD_URL = "/en/method/"
TOOLKIT_URL = "/verktygslada/"
EN_TOOLKIT_URL = "/en/toolkit/"


@pytest.fixture
def method(demo_site):
    return MethodologyIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def toolkit(demo_site):
    return ToolkitIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def phases(method):
    return list(MethodPhasePage.objects.child_of(method).order_by("path"))


@pytest.fixture
def tools(toolkit):
    return list(ToolPage.objects.child_of(toolkit).order_by("path"))
