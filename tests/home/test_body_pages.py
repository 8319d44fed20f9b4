"""The home page and the general content pages are declared once (home/models/base.py BodyPage):
the same body field, panel, search field and translation, without a schema change."""

from io import StringIO

import pytest
from django.core.management import call_command

from home.models import ContentPage, HomePage
from home.models.base import BodyPage

BODY_PAGES = [HomePage, ContentPage]


def edited_fields(model):
    return model.get_edit_handler().get_form_options()["fields"]


@pytest.mark.parametrize("model", BODY_PAGES)
def test_the_body_is_edited_searched_and_translated_on_both_page_types(model):
    assert issubclass(model, BodyPage)
    assert {"intro", "body"} <= set(edited_fields(model))
    assert "body" in [field.field_name for field in model.search_fields]
    assert "body" in [field.field_name for field in model.translatable_fields]


def test_both_page_types_have_the_same_body_field():
    home, content = (model._meta.get_field("body").deconstruct()[1:] for model in BODY_PAGES)
    assert home == content


def test_only_the_home_page_requires_an_introduction():
    assert not HomePage._meta.get_field("intro").blank
    assert ContentPage._meta.get_field("intro").blank


@pytest.mark.django_db
def test_the_declaration_matches_the_migrations():
    output = StringIO()
    call_command("makemigrations", "home", check=True, dry_run=True, stdout=output)
    assert "No changes detected" in output.getvalue()
