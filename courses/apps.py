from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Training")

    def ready(self):
        # Imported here: they need the models, which are loaded only now.
        from courses.feeds import CoursesFeed
        from courses.models import CoursePage, CourseSession, Registration
        from home.cache import page_urls, register_invalidation
        from home.feeds import register_feed

        def course_urls(course):
            """The course, its index and translations, and their calendars."""
            urls = page_urls(course)
            return urls + [url + "kalender/" for url in urls] + [url + "calendar/" for url in urls]

        def seats_urls(registration):
            """The seats left show only on the course page (in both languages)."""
            return page_urls(registration.course, parent=False)

        # A session shows on its course page, the index and the calendars; a registration
        # changes only the seats left on its course page, never the index or the calendars.
        register_invalidation(CoursePage, urls_for=course_urls)
        register_invalidation(CourseSession, urls_for=lambda session: course_urls(session.page))
        register_invalidation(Registration, urls_for=seats_urls)
        register_feed(_("feeds/courses/"), CoursesFeed)
