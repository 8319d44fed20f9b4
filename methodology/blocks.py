"""Blocks used only by the method pages and tools. Steps and downloads come from the shared
library in home/blocks.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import StepBlock


class ListItemBlock(blocks.CharBlock):
    """One line of a list (a checklist item, a question, a material)."""

    def __init__(self, **kwargs):
        super().__init__(label=_("Item"), max_length=300, **kwargs)

    class Meta:
        icon = "list-ul"


class RoleBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("Role"), max_length=100)
    responsibility = blocks.TextBlock(label=_("What they do"), max_length=400)

    class Meta:
        icon = "user"
        label = _("Role")


def list_field_blocks():
    """Block types of a StreamField that holds a plain list of short texts."""
    return [("item", ListItemBlock())]


def step_blocks():
    """Block types of a StreamField of numbered steps, each with an optional time."""
    return [("step", StepBlock(label=_("Step"), icon="list-ol"))]


def role_blocks():
    return [("role", RoleBlock())]


def document_blocks():
    return [("document", DocumentChooserBlock(label=_("Document"), icon="doc-full"))]
