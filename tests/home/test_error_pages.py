import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error


@pytest.mark.parametrize(
    ("language", "heading"), [("sv", "Något gick fel"), ("en", "Something went wrong")]
)
def test_server_error_page_in_both_languages(language, heading):
    with translation.override(language):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    text = response.content.decode()
    assert f'<html lang="{language}">' in text
    assert heading in text
