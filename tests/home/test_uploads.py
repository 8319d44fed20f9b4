"""Uploads: which files editors may upload, who may upload, and how documents are served."""

from io import BytesIO

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import editor

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def png_bytes() -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (12, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor_client(client, db):
    """A member of the editors' group ("Redaktörer"), whose admin is in Swedish."""
    client.force_login(editor())
    return client


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Testbild",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_document(client, name, content, content_type="application/octet-stream"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Testdokument",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


# --- Which files -----------------------------------------------------------------------------


def test_an_editor_can_upload_a_png(editor_client):
    response = upload_image(editor_client, "bild.png", png_bytes())
    assert response.status_code == 302
    assert Image.objects.filter(title="Testbild").exists()


def test_an_svg_image_is_refused_with_a_clear_message(editor_client):
    response = upload_image(editor_client, "logo.svg", SVG, "image/svg+xml")
    assert response.status_code == 200  # the form again, with the error
    errors = response.context["form"].errors["file"]
    assert errors == ["Bildformatet stöds inte. Format som stöds: GIF, JPG, JPEG, PNG, WEBP, AVIF."]
    assert "Format som stöds" in response.text
    assert not Image.objects.filter(title="Testbild").exists()


def test_an_svg_disguised_as_png_is_refused(editor_client):
    response = upload_image(editor_client, "logo.png", SVG)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.filter(title="Testbild").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("program.exe", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("sida.html", b"<html><script>alert(1)</script></html>"),
        ("bild.svg", SVG),
        ("sida.htm", b"<html></html>"),
        ("skript.js", b"alert(1)"),
        ("data.xml", b"<?xml version='1.0'?><a/>"),
        ("makro.docm", b"PK\x03\x04"),
        ("makro.xlsm", b"PK\x03\x04"),
    ],
)
def test_executable_and_markup_documents_are_refused(editor_client, name, content):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    [error] = response.context["form"].errors["file"]
    assert error == (
        f"Filändelsen “{extension}” är inte giltig. "
        "Giltiga filändelser är: csv, docx, odt, ods, pdf, pptx, rtf, txt, xlsx."
    )
    assert not Document.objects.filter(title="Testdokument").exists()


def test_an_editor_can_upload_a_pdf(editor_client):
    response = upload_document(editor_client, "rapport.pdf", PDF, "application/pdf")
    assert response.status_code == 302
    assert Document.objects.filter(title="Testdokument").exists()


# --- Who may upload ----------------------------------------------------------------------------


@pytest.mark.parametrize("url_name", ["wagtailimages:add", "wagtaildocs:add"])
def test_visitors_cannot_upload(client, url_name):
    response = client.post(reverse(url_name), {"title": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert not Image.objects.filter(title="x").exists()


@pytest.mark.parametrize("url_name", ["wagtailimages:add", "wagtaildocs:add"])
def test_users_without_admin_access_cannot_upload(client, url_name):
    user = get_user_model().objects.create_user("invanare", password="ett-langt-losenord-2026")
    client.force_login(user)
    response = client.post(reverse(url_name), {"title": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert not Document.objects.filter(title="x").exists()


# --- How documents are served -------------------------------------------------------------------


@pytest.fixture
def document(media_root):
    doc = Document(title="Rapport", collection=Collection.get_first_root_node())
    doc.file.save("rapport.pdf", SimpleUploadedFile("rapport.pdf", PDF), save=False)
    doc.save()
    return doc


@pytest.fixture
def spreadsheet(media_root):
    doc = Document(title="Tabell", collection=Collection.get_first_root_node())
    doc.file.save("tabell.xlsx", SimpleUploadedFile("tabell.xlsx", b"PK\x03\x04"), save=False)
    doc.save()
    return doc


def test_documents_are_served_through_the_serve_view(client, document):
    assert django_settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert document.url == f"/documents/{document.pk}/rapport.pdf"
    assert not document.url.startswith(django_settings.MEDIA_URL)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")  # PDFs open in the browser
    assert 'filename="rapport.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(response.streaming_content) == PDF


def test_other_documents_are_downloads(client, spreadsheet):
    response = client.get(spreadsheet.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_media_folder_is_not_served_by_the_site(client, document):
    response = client.get(django_settings.MEDIA_URL + document.file.name)
    assert response.status_code == 404


def test_a_document_with_the_wrong_file_name_is_not_found(client, document):
    response = client.get(f"/documents/{document.pk}/annat.pdf")
    assert response.status_code == 404


def test_private_collection_documents_require_sign_in(client, media_root):
    private = Collection.get_first_root_node().add_child(name="Interna dokument")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    doc = Document(title="Internt", collection=private)
    doc.file.save("internt.pdf", SimpleUploadedFile("internt.pdf", PDF), save=False)
    doc.save()

    response = client.get(doc.url)
    assert response.status_code == 302
    # Only staff have accounts, so they sign in on the admin's sign-in page.
    assert response["Location"] == f"/admin/login/?next=/documents/{doc.pk}/internt.pdf"

    client.force_login(editor())
    response = client.get(doc.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
