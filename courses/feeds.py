"""The Atom feed of courses (home/feeds.py), newest first, in the feed's language."""

from django.utils.translation import gettext_lazy as _

from courses.models import CourseIndexPage, CoursePage
from home.feeds import FEED_SIZE, ContentFeed


class CoursesFeed(ContentFeed):
    name = "courses"
    feed_title = _("Courses from the idea sluice")
    feed_subtitle = _("New courses in innovation for staff, residents and partners.")

    def listing_url(self, locale):
        index = CourseIndexPage.objects.live().public().filter(locale=locale).first()
        return index.url if index else ""

    def items(self, locale):
        courses = list(
            CoursePage.objects.live()
            .public()
            .filter(locale=locale)
            .order_by("-first_published_at")[:FEED_SIZE]
        )
        for course in courses:
            course.feed_link = course.url
        return courses

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at
