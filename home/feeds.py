"""The news as an Atom feed, one per language, at /<lang>/news/feed/."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags

from core.coverage import language_states

FEED_ITEMS = 20


class LanguageTaggedAtomFeed(Atom1Feed):
    """Atom with xml:lang on each entry: an untranslated item is marked as English."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


class NewsFeed(Feed):
    """The latest live, public news items under one news index (so in its language).

    Built per request from the index page: the feed's language, title and links follow
    the page, and a view restriction on the index applies to the feed (Wagtail checks it
    before the page's route is served).
    """

    feed_type = LanguageTaggedAtomFeed

    def __init__(self, index, request):
        super().__init__()
        self.index = index
        self.request = request

    def title(self):
        return f"{self.index.title} · Moving Cities"

    def link(self):
        return self.index.get_url(self.request)

    def feed_url(self):
        return self.index.get_url(self.request) + "feed/"

    def subtitle(self):
        return strip_tags(self.index.intro)

    def items(self):
        from .models import NewsPage

        news = (
            NewsPage.objects.child_of(self.index)
            .live()
            .public()
            .order_by("-date", "-pk")
            .defer_streamfields()[:FEED_ITEMS]
        )
        return language_states(news)

    def item_extra_kwargs(self, item):
        return {"language": item.language_state.text_language}

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(12)))

    def item_updateddate(self, item):
        return item.last_published_at

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = self.index.locale.language_code
        return feed
