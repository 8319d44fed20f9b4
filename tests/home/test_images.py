"""Responsive images: content images and listing cards offer several widths (srcset), say how
wide they are shown (sizes), carry width and height, and load lazily."""

import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.models import ContentPage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

IMG = re.compile(r"<img [^>]*>")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def make_image(title="Bild"):
    # A 640 x 480 PNG: large enough for two of the three widths of the content image block.
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def attributes(tag):
    return dict(re.findall(r'([a-z-]+)="([^"]*)"', tag))


def test_content_image_has_srcset_sizes_dimensions_and_lazy_loading(client, home, media):
    image = make_image()
    page = ContentPageFactory(parent=home)
    block = {"image": image, "alt_text": "Två personer vid en tavla", "caption": ""}
    page.body = [("image", block)]
    page.save_revision().publish()

    response = client.get(page.url)
    tags = [tag for tag in IMG.findall(response.text) if "Två personer" in tag]
    assert len(tags) == 1
    attrs = attributes(tags[0])
    widths = [int(width) for width in re.findall(r" (\d+)w", attrs["srcset"])]
    assert widths == [480, 640, 640]  # never upscaled past the original
    assert attrs["sizes"] == "(min-width: 52rem) 48rem, 100vw"
    assert (attrs["width"], attrs["height"]) == ("480", "360")
    assert attrs["loading"] == "lazy"
    assert attrs["decoding"] == "async"
    assert attrs["alt"] == "Två personer vid en tavla"


def test_an_image_block_without_image_renders_no_img():
    html = Template(
        "{% load wagtailcore_tags %}{% include 'blocks/image.html' with value=value %}"
    ).render(Context({"value": {"image": None, "alt_text": "x", "caption": ""}}))
    assert "<img" not in html


CARDS = Template(
    "{% load site_tags %}{% prefetch_listing_images pages %}"
    "{% for page in pages %}"
    "{% include 'components/card_image.html' with image=page.listing_image %}"
    "{% endfor %}"
)


def cards_html(pages):
    request = RequestFactory().get("/")
    return CARDS.render(Context({"pages": pages, "request": request}))


def test_card_images_are_responsive_and_decorative(home, media):
    image = make_image()
    page = ContentPageFactory(parent=home)
    page.listing_image = image
    page.save()
    tags = IMG.findall(cards_html([page]))
    assert len(tags) == 1
    attrs = attributes(tags[0])
    # 400 and 800 pixels wide; this 640-pixel original is never upscaled.
    assert [int(w) for w in re.findall(r" (\d+)w", attrs["srcset"])] == [400, 640]
    assert attrs["sizes"].endswith("100vw")
    assert (attrs["width"], attrs["height"]) == ("400", "225")
    assert attrs["alt"] == ""  # the card's title says what the card is
    assert attrs["loading"] == "lazy"


def test_card_images_need_the_same_queries_for_two_or_ten_cards(
    home, media, django_assert_num_queries
):
    pages = ContentPageFactory.create_batch(2, parent=home)
    for number, page in enumerate(pages):
        page.listing_image = make_image(f"Bild {number}")
        page.save()
    cards_html(pages)  # create the renditions once
    few = [ContentPage.objects.get(pk=page.pk) for page in pages]
    many = [ContentPage.objects.get(pk=pages[number % 2].pk) for number in range(10)]
    # One query for the images, one for their renditions.
    with django_assert_num_queries(2):
        assert len(IMG.findall(cards_html(few))) == 2
    with django_assert_num_queries(2):
        assert len(IMG.findall(cards_html(many))) == 10


def test_cards_without_images_need_no_query(home, django_assert_num_queries):
    created = ContentPageFactory.create_batch(3, parent=home)
    pages = list(ContentPage.objects.filter(pk__in=[page.pk for page in created]))
    with django_assert_num_queries(0):
        assert "<img" not in cards_html(pages)
