"""The feeds' URLs (home/feeds.py), included under the language prefix in config/urls.py."""

from home.feeds import urlpatterns as feed_patterns

app_name = "feeds"
urlpatterns = feed_patterns()
