"""Residents' queries that may identify a person never reach the search log, its reports or
their exports: personal identity numbers, e-mail addresses and phone numbers."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from hypothesis import given
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query

from search.models import NoResultsDailyHits
from search.privacy import contains_personal_data

from .conftest import search

EXAMPLE = "anna andersson 19800101-1234 anna.andersson@example.org 070-1234567"
REPORTS = ["/admin/reports/search/most-searched/", "/admin/reports/search/no-results/"]

PERSONAL = [
    EXAMPLE,
    "800101-1234",
    "800101+1234",  # over 100 years old
    "8001011234",
    "198001011234",
    "19800101-1234",
    "800161-1234",  # co-ordination number (day + 60)
    "anna.andersson@example.org",
    "kontakt: a@b.se",
    "070-1234567",
    "070-123 45 67",
    "0701234567",
    "+46 70 123 45 67",
    "+46701234567",
    "0046 70 123 45 67",
    "(070) 123 45 67",
    "0911-123 45",
    "08-123 456 78",
    "0910-73 50 00",
]
NOT_PERSONAL = [
    "2026",
    "äldreomsorg 2025-2026",
    "IDE-2026-0042",
    "ide-2026-0042 ide-2026-0043",
    "941 33",
    "94133",
    "931 85 skellefteå",
    "2026-01-15",
    "kurs 14:00-16:00",
    "1 000 000 kronor",
    "covid-19",
    "version 2.0.1",
    "e-post",
    "@piteå",
    "bredband 100/100",
    "cykelbana",
]


@pytest.mark.parametrize("query", PERSONAL)
def test_personal_data_is_recognised(query):
    assert contains_personal_data(query)


@pytest.mark.parametrize("query", NOT_PERSONAL)
def test_ordinary_queries_with_numbers_are_not_mistaken_for_personal_data(query):
    assert not contains_personal_data(query)


words = st.lists(st.sampled_from(["anna", "äldreomsorg", "cykel", "idé", "2026", "sök"]))
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 12, 31))


@given(words, birth_dates, st.integers(0, 9999), st.sampled_from(["", "-", "+"]), st.booleans())
def test_any_personal_identity_number_in_a_query_is_recognised(
    before, birth, serial, separator, century
):
    number = birth.strftime("%Y%m%d" if century else "%y%m%d") + separator + f"{serial:04d}"
    assert contains_personal_data(" ".join([*before, number, "boende"]))


@given(
    words,
    st.sampled_from(["070", "072", "073", "076", "079", "08", "0911", "0910", "+46 70"]),
    st.lists(st.integers(0, 99), min_size=3, max_size=4),
    st.sampled_from([" ", "-", ""]),
)
def test_any_swedish_phone_number_in_a_query_is_recognised(before, prefix, groups, separator):
    number = prefix + separator + " ".join(f"{group:02d}" for group in groups)
    assert contains_personal_data(" ".join([*before, number]))


@given(st.integers(1900, 2100), st.integers(1, 9999), st.integers(10000, 99999))
def test_years_references_and_postcodes_are_kept(year, serial, postcode):
    postcode_text = f"{postcode // 100} {postcode % 100:02d}"
    query = f"idéer {year} IDE-{year}-{serial:04d} {postcode} {postcode_text}"
    assert not contains_personal_data(query)


@pytest.fixture
def search_editor(db):
    user = get_user_model().objects.create_user("sokredaktor", password="x" * 16)
    group = Group.objects.create(name="Sökredaktörer")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_searchpromotion"),
    )
    user.groups.add(group)
    return user


def report_texts(client) -> str:
    """Both reports and their CSV and XLSX exports, as one lower-case text."""
    texts = []
    for url in REPORTS:
        texts.append(client.get(url).text)
        for export in ("csv", "xlsx"):
            response = client.get(url, {"export": export})
            assert response.status_code == 200
            content = (
                b"".join(response.streaming_content) if response.streaming else response.content
            )
            texts.append(content.decode("utf-8", errors="replace"))
    return "\n".join(texts).lower()


@pytest.mark.django_db
def test_a_query_with_personal_data_never_reaches_the_reports_or_their_exports(
    client, search_editor
):
    before = set(Query.objects.values_list("query_string", flat=True))  # editors' promotions
    search(client, EXAMPLE)
    search(client, "19800101-1234")
    search(client, "xyzzyplugh 2026")  # an ordinary query without results is still logged
    logged = set(Query.objects.values_list("query_string", flat=True)) - before
    assert logged == {"xyzzyplugh 2026"}
    assert NoResultsDailyHits.objects.count() == 1

    client.force_login(search_editor)
    texts = report_texts(client)
    assert "xyzzyplugh 2026" in texts
    for part in ["andersson", "19800101", "1234567", "example.org"]:
        assert part not in texts


@pytest.mark.django_db
def test_a_number_cut_off_by_the_query_length_limit_is_not_logged(client):
    search(client, "a" * 190 + " 19800101-1234")
    assert not Query.objects.filter(query_string__startswith="aaaa").exists()
