"""What each process keeps for the current content generation (home.cache.remembered): the
Wagtail site, the restricted sections and the chrome fragments."""

import pytest
from django.test import RequestFactory

from home import cache as page_cache

pytestmark = pytest.mark.django_db


def counting_build():
    calls = []

    def build():
        calls.append(1)
        return len(calls)

    return build


def test_a_value_is_built_once_per_generation_and_again_after_a_change():
    build = counting_build()
    assert page_cache.remembered(RequestFactory().get("/"), "test-key", build) == 1
    assert page_cache.remembered(RequestFactory().get("/om/"), "test-key", build) == 1
    page_cache.bump_generation()
    assert page_cache.remembered(RequestFactory().get("/"), "test-key", build) == 2


def test_nothing_is_kept_while_the_cache_is_degraded(monkeypatch):
    monkeypatch.setattr(page_cache, "degraded", lambda cache: True)
    build = counting_build()
    for _ in range(2):
        page_cache.remembered(RequestFactory().get("/"), "test-key", build)
    assert build() == 3


def test_nothing_is_kept_with_the_page_cache_switched_off(settings):
    settings.PAGE_CACHE_ENABLED = False
    build = counting_build()
    for _ in range(2):
        page_cache.remembered(RequestFactory().get("/"), "test-key", build)
    assert build() == 3


def test_only_the_last_generations_are_kept():
    for _ in range(page_cache.MEMORY_GENERATIONS + 2):
        page_cache.bump_generation()
        page_cache.remembered(RequestFactory().get("/"), "test-key", counting_build())
    assert len(page_cache._memory) <= page_cache.MEMORY_GENERATIONS
