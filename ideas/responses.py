"""Responses for the residents' private pages (tracking, thank-you, links from e-mails)."""

from django.utils.cache import add_never_cache_headers


def private_response(response):
    """No cache may keep the response, no search engine may index it, and no link on it may
    pass the address on (tracking addresses hold the secret token)."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
