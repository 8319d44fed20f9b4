from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        # Imported here: they need the models, which are loaded only now.
        from home.cache import register_invalidation
        from home.feeds import register_feed
        from news.caching import news_urls
        from news.feeds import NewsFeed
        from news.models import NewsPage

        # Publishing a news item again renews its page, the index and its translations (the
        # page cache does that for every page), and here the home page and the feed.
        register_invalidation(NewsPage, urls_for=news_urls)
        register_feed(_("feeds/news/"), NewsFeed)
