"""Every block of the shared library validates incomplete input with field errors, never a crash."""

import contextlib

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError

from home.blocks import BodyBlock, LinkCardBlock

BODY = BodyBlock()


@pytest.mark.parametrize("name", list(BODY.child_blocks))
def test_each_block_rejects_empty_input_with_a_validation_error(name, db):
    block = BODY.child_blocks[name]
    value = block.to_python({}) if hasattr(block, "child_blocks") else block.to_python("")
    # A missing required field gives the editor a field error; anything else is a crash.
    with contextlib.suppress(ValidationError):
        block.clean(value)


def test_link_card_without_page_or_address_gets_a_field_error(db):
    block = LinkCardBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"title": "Läs mer"}))
    assert "page" in error.value.block_errors


def test_link_card_whose_page_was_deleted_gets_a_field_error(db):
    block = LinkCardBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"title": "Läs mer", "page": 999999}))
    assert "page" in error.value.block_errors


def test_body_with_an_incomplete_link_card_reports_the_card(db):
    value = BODY.to_python(
        [{"type": "link_cards", "value": {"title": "", "cards": [{"title": "Kort"}]}}]
    )
    with pytest.raises(StreamBlockValidationError):
        BODY.clean(value)


@pytest.mark.parametrize("name", list(BODY.child_blocks))
def test_each_block_has_a_preview_in_the_block_picker(name):
    assert BODY.child_blocks[name].is_previewable


def test_block_preview_uses_the_site_stylesheet(admin_client):
    heading = BODY.child_blocks["heading"]
    response = admin_client.get(f"/admin/block-preview/?id={heading.definition_prefix}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/site" in html
    assert "Så fungerar Idéslussen" in html
