"""The site's URLs plus `/bench/baseline/`: the smallest Django view, through the same
middleware, against which the benchmark compares every page."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def baseline(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/baseline/", baseline), *site_urlpatterns]
