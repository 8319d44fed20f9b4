"""The shared StreamField block library. Every page body on the site is built from these blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

PREVIEW_TEXT = (
    "<p>Idéslussen tar emot idéer från invånare och medarbetare i Piteå och Skellefteå "
    "och prövar dem steg för steg.</p>"
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "Så fungerar Idéslussen", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/rich_text.html"
        description = _("Paragraphs, lists and links.")
        preview_value = PREVIEW_TEXT


class FigureBlock(blocks.StructBlock):
    """An image with required alternative text and an optional caption (named apart from
    Wagtail's own `wagtail.images.blocks.ImageBlock`, which has no caption)."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def get_preview_value(self):
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("pk").first()
        return {"image": image, "alt_text": "Exempelbild", "caption": "Bildtext"}

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("An image with alternative text and an optional caption.")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Important"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"
        description = _("A highlighted box for information the reader must not miss.")
        preview_value = {"tone": "info", "title": "Bra att veta", "text": PREVIEW_TEXT}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("A quotation with the name of the person who said it.")
        preview_value = {
            "quote": "Vi fick pröva idén i liten skala innan vi bestämde oss.",
            "attribution": "Enhetschef, äldreomsorgen i Piteå",
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"]
    )


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "blocks/accordion.html"
        description = _("Questions that open to show their answers.")
        preview_value = {
            "title": "Vanliga frågor",
            "items": [{"question": "Vem kan lämna en idé?", "answer": PREVIEW_TEXT}],
        }


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=200, help_text=_("Says what the table shows.")
    )
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading")), label=_("Column headings")
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")),
        label=_("Rows"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table.html"
        description = _("A table with a caption and column headings.")
        preview_value = {
            "caption": "Fokusområden",
            "header": ["Kommun", "Fokusområde"],
            "rows": [["Piteå", "Äldreomsorg"], ["Skellefteå", "Funktionshinderomsorg"]],
        }


class DocumentsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        documents = list(get_document_model().objects.order_by("pk")[:3])
        return {"title": "Mallar att ladda ner", "documents": documents}

    class Meta:
        icon = "doc-full"
        label = _("Downloads")
        template = "blocks/documents.html"
        description = _("Files to download, with their format and size.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video address"), help_text=_("For example a YouTube or Vimeo link.")
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=150, help_text=_("Read out by screen readers.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=["bold", "italic", "link"]
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"
        description = _("An embedded video with a title and an optional transcript.")
        # No address: a preview must not fetch anything from another service.
        preview_value = {"title": "Så fungerar Idéslussen", "transcript": PREVIEW_TEXT}


class LinkCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class LinkCardsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    cards = blocks.ListBlock(LinkCardBlock(), label=_("Cards"), min_num=1)

    class Meta:
        icon = "link"
        label = _("Link cards")
        template = "blocks/link_cards.html"
        description = _("A group of cards that each lead to a page.")
        preview_value = {
            "title": "Läs vidare",
            "cards": [
                {
                    "title": "Lämna en idé",
                    "text": "Berätta om ett behov eller en lösning.",
                    "url": "https://example.org/",
                }
            ],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    text = blocks.RichTextBlock(
        label=_("Description"), required=False, features=["bold", "italic", "link", "ul"]
    )
    minutes = blocks.IntegerBlock(
        label=_("Time in minutes"), required=False, min_value=1, max_value=600
    )


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps.html"
        description = _("Steps to follow in order, each with an optional time.")
        preview_value = {
            "title": "Så gör du",
            "steps": [
                {"title": "Beskriv behovet", "text": PREVIEW_TEXT, "minutes": 10},
                {"title": "Samla förslag", "text": PREVIEW_TEXT, "minutes": 20},
            ],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=250), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "blocks/checklist.html"
        description = _("Points to check off, printable as a list.")
        preview_value = {
            "title": "Innan ni börjar",
            "items": ["Alla deltagare har fått inbjudan", "Lokalen är tillgänglig"],
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = RichTextBlock()
    image = FigureBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    documents = DocumentsBlock()
    video = VideoBlock()
    link_cards = LinkCardsBlock()
    steps = StepsBlock()
    checklist = ChecklistBlock()
