"""The Atom feed of courses (home/feeds.py), newest first, in the feed's language."""

from django.utils.translation import gettext_lazy as _

from courses.models import CourseIndexPage, CoursePage
from home.feeds import PageFeed


class CoursesFeed(PageFeed):
    name = "courses"
    feed_title = _("Courses from the idea sluice")
    feed_subtitle = _("New courses in innovation for elected representatives and managers.")
    page_model = CoursePage
    index_model = CourseIndexPage
