"""The ideas listing reads as Swedish words, not Python values."""

import re


def test_published_column_says_yes_or_no(pitea_client, make_idea):
    make_idea(title="Publicerad idé", is_public=True, public_title="A", public_summary="B")
    make_idea(title="Opublicerad idé")
    html = pitea_client.get("/admin/ideas/", HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    cells = re.findall(r"<td[^>]*>\s*(True|False|Ja|Nej)\s*</td>", html)
    assert "True" not in html.split("<tbody", 1)[1]
    assert "False" not in html.split("<tbody", 1)[1]
    assert {"Ja", "Nej"} <= set(cells)
