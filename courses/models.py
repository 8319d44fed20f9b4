"""Training for politicians and managers: the course index, courses with their sessions,
course modules, and the registrations for a session."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, DocumentsBlock
from home.listing import allowed_values, public_pages
from home.models import BasePage

from .choices import Audience, CourseFormat, RegistrationStatus, SessionLanguage

FILTERS = {"audience": Audience, "format": CourseFormat}


class CourseIndexPage(RoutablePageMixin, BasePage):
    """The training programme: every course, filterable, and the upcoming sessions of all."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    per_page = 12
    upcoming_limit = 10

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course index page")
        verbose_name_plural = _("course index pages")

    def courses(self):
        return public_pages(CoursePage.objects.child_of(self).live())

    def filtered_courses(self, filters: dict):
        """The live courses matching `filters` ({"audience": [...], "format": [...]})."""
        items = self.courses()
        if filters.get("audience"):
            items = items.filter(audience__in=filters["audience"])
        if filters.get("format"):
            items = items.filter(format__in=filters["format"])
        return items

    def get_items(self, filters: dict):
        """The live courses matching `filters`, each with its upcoming sessions in
        `next_sessions`."""
        return (
            self.filtered_courses(filters)
            .select_related("listing_image")
            .prefetch_related(
                Prefetch(
                    "sessions",
                    queryset=CourseSession.objects.upcoming(),
                    to_attr="next_sessions",
                )
            )
            .defer_streamfields()
            .order_by("path")
        )

    def filter_options(self, filters: dict) -> tuple[dict, int]:
        """Each filter's options with the number of courses they give, counting the other
        active filters (so a reader can see where a choice leads), and the number of courses
        that match every filter. Counted with conditional aggregates: the filters without a
        choice and the total share one query, each filter with a choice needs one more."""
        groups = {None: [name for name in FILTERS if not filters.get(name)]}
        groups.update({name: [name] for name in FILTERS if filters.get(name)})
        counts = {name: {} for name in FILTERS}
        total = 0
        for left_out, names in groups.items():
            others = {key: value for key, value in filters.items() if key != left_out}
            aggregates, keys = {}, {}
            for name in names:
                for value in FILTERS[name].values:
                    alias = f"option_{len(aggregates)}"
                    aggregates[alias] = Count("pk", filter=Q(**{name: value}))
                    keys[alias] = (name, value)
            if left_out is None:
                aggregates["total"] = Count("pk")
            result = self.filtered_courses(others).order_by().aggregate(**aggregates)
            total = result.pop("total", total)
            for alias, number in result.items():
                name, value = keys[alias]
                counts[name][value] = number
        options = {
            name: [
                {
                    "value": value,
                    "label": label,
                    "count": counts[name].get(value, 0),
                    "checked": value in filters.get(name, []),
                }
                for value, label in choices.choices
            ]
            for name, choices in FILTERS.items()
        }
        return options, total

    def upcoming_sessions(self):
        return (
            CourseSession.objects.upcoming()
            .filter(page__in=self.courses().values("pk"))
            .select_related("page")[: self.upcoming_limit]
        )

    def get_context(self, request, *args, **kwargs):
        from home.listing import paginate, query_without

        context = super().get_context(request, *args, **kwargs)
        filters = {
            name: allowed_values(request.GET, name, choices.values)
            for name, choices in FILTERS.items()
        }
        filter_options, total = self.filter_options(filters)
        page_obj = paginate(request, self.get_items(filters), self.per_page, count=total)
        context.update(
            page_obj=page_obj,
            courses=page_obj.object_list,
            filter_options=filter_options,
            filtered=any(filters.values()),
            query=query_without(request.GET, "page"),
            upcoming=self.upcoming_sessions(),
            calendar_url=self.url + self.reverse_subpage("calendar"),
        )
        return context

    @path("")
    def index(self, request, *args, **kwargs):
        return self.render(request)

    @path("kalender/", name="calendar")
    @path("calendar/")
    def calendar(self, request):
        from .views import calendar_response

        sessions = (
            CourseSession.objects.upcoming()
            .filter(page__in=self.courses().values("pk"))
            .select_related("page")
        )
        return calendar_response(request, sessions, self.title, "calendar.ics")


class CoursePage(RoutablePageMixin, BasePage):
    """A course: who it is for, what it covers, its modules (child pages) and its sessions."""

    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    format = models.CharField(_("format"), max_length=20, choices=CourseFormat.choices)
    summary_text = models.TextField(
        _("summary"), max_length=600, help_text=_("What the course is about, in a few sentences.")
    )
    learning_objectives = RichTextField(
        _("learning objectives"),
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("What participants can do after the course, preferably as a list."),
    )
    duration_minutes = models.PositiveIntegerField(
        _("total duration in minutes"),
        help_text=_("The time the whole course takes, all modules and sessions together."),
    )
    prerequisites = models.TextField(
        _("prerequisites"),
        blank=True,
        max_length=600,
        help_text=_("What participants need to know or do before the course. Leave empty if none."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("more about the course"), blank=True)
    material = StreamField(
        [("documents", DocumentsBlock())],
        verbose_name=_("course material"),
        blank=True,
        help_text=_("Documents for participants: slides, worksheets, reading."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("audience"), FieldPanel("format")]),
        FieldPanel("summary_text"),
        FieldPanel("learning_objectives"),
        FieldRowPanel([FieldPanel("duration_minutes")]),
        FieldPanel("prerequisites"),
        FieldPanel("body"),
        FieldPanel("material"),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary_text"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
        index.FilterField("audience"),
        index.FilterField("format"),
        index.AutocompleteField("title"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary_text"),
        TranslatableField("learning_objectives"),
        TranslatableField("prerequisites"),
        TranslatableField("body"),
        TranslatableField("material"),
        TranslatableField("sessions"),
        SynchronizedField("audience"),
        SynchronizedField("format"),
        SynchronizedField("duration_minutes"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.CourseModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def summary(self):
        return self.search_description or self.listing_summary or self.summary_text

    @property
    def duration_text(self) -> str:
        return duration_text(self.duration_minutes)

    def modules(self):
        return public_pages(CourseModulePage.objects.child_of(self).live()).order_by("path")

    @cached_property
    def session_rows(self):
        """The course's sessions in time order, each with `seats_taken` and its links."""
        sessions = list(self.sessions.order_by("starts_at", "pk"))
        taken = seats_taken([session.translation_key for session in sessions])
        for session in sessions:
            session.seats_taken = taken.get(session.translation_key, 0)
            session.register_url = self.session_url(session, "register")
            session.calendar_url = self.session_url(session, "session_calendar")
        return sessions

    def upcoming_sessions(self):
        now = timezone.now()
        return [session for session in self.session_rows if session.ends_at >= now]

    def past_sessions(self):
        now = timezone.now()
        return [session for session in self.session_rows if session.ends_at < now][::-1]

    @cached_property
    def own_url(self) -> str:
        """The page's URL, worked out once: `url` reads the site root paths from the cache at
        each use, and the page links each session twice."""
        return self.url

    def session_url(self, session, route: str) -> str:
        return self.own_url + self.reverse_subpage(route, kwargs={"session_id": session.pk})

    def get_context(self, request, *args, **kwargs):
        from .jsonld import course_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["modules"] = self.modules()
        context["calendar_url"] = self.own_url + self.reverse_subpage("calendar")
        context["json_ld"] = course_json_ld(self, request)
        return context

    @path("")
    def index(self, request, *args, **kwargs):
        return self.render(request)

    @path("anmalan/<int:session_id>/", name="register")
    @path("register/<int:session_id>/")
    def register(self, request, session_id):
        from .views import registration

        return registration(request, self, session_id)

    @path("kalender/", name="calendar")
    @path("calendar/")
    def calendar(self, request):
        from .views import calendar_response

        sessions = self.sessions.filter(ends_at__gte=timezone.now()).select_related("page")
        return calendar_response(request, sessions, self.title, f"{self.slug}.ics")

    @path("tillfalle/<int:session_id>/kalender/", name="session_calendar")
    @path("session/<int:session_id>/calendar/")
    def session_calendar(self, request, session_id):
        from django.shortcuts import get_object_or_404

        from .views import calendar_response

        session = get_object_or_404(self.sessions.select_related("page"), pk=session_id)
        return calendar_response(
            request,
            [session],
            self.title,
            f"{self.slug}-{session.starts_at:%Y%m%d}.ics",
            attachment=True,
        )


class CourseModulePage(BasePage):
    """A part of a course: what to read, watch and discuss, and an exercise."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time in minutes"), help_text=_("How long the module takes to work through.")
    )
    discussion_questions = models.TextField(
        _("discussion questions"),
        blank=True,
        help_text=_("One question per line."),
    )
    exercise = RichTextField(
        _("exercise"), blank=True, features=["bold", "italic", "ul", "ol", "link"]
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        FieldPanel("discussion_questions"),
        FieldPanel("exercise"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("discussion_questions"),
        index.SearchField("exercise"),
        index.AutocompleteField("title"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("discussion_questions"),
        TranslatableField("exercise"),
        SynchronizedField("estimated_minutes"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course module")
        verbose_name_plural = _("course modules")

    @property
    def duration_text(self) -> str:
        return duration_text(self.estimated_minutes)

    @property
    def questions(self) -> list[str]:
        return [line.strip() for line in self.discussion_questions.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = list(
            public_pages(CourseModulePage.objects.sibling_of(self).live()).order_by("path")
        )
        keys = [page.pk for page in siblings]
        context["course"] = self.get_parent().specific
        if self.pk in keys:
            position = keys.index(self.pk)
            context["module_number"] = position + 1
            context["module_count"] = len(siblings)
            context["previous_module"] = siblings[position - 1] if position > 0 else None
            context["next_module"] = (
                siblings[position + 1] if position + 1 < len(siblings) else None
            )
        return context


class CourseSessionQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")


class CourseSession(TranslatableMixin, Orderable):
    """One occasion on which a course is given. wagtail-localize copies the sessions into each
    translation of the course, so the Swedish and English rows of one session share a
    translation_key: registrations are counted per translation_key, across both languages."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_("Address and room. Leave empty if the session is online only."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("The link to the video meeting, if any.")
    )
    seat_limit = models.PositiveIntegerField(_("number of seats"), default=20)
    registration_deadline = models.DateTimeField(_("last day to register"))
    language = models.CharField(
        _("language of the session"),
        max_length=2,
        choices=SessionLanguage.choices,
        default=SessionLanguage.SWEDISH,
    )

    objects = CourseSessionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("online_url")], heading=_("Where")),
        FieldRowPanel(
            [FieldPanel("seat_limit"), FieldPanel("registration_deadline"), FieldPanel("language")]
        ),
    ]

    translatable_fields = [
        TranslatableField("place"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("online_url"),
        SynchronizedField("seat_limit"),
        SynchronizedField("registration_deadline"),
        SynchronizedField("language"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{self.page.title} {start:%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The session must end after it starts.")
        if (
            self.starts_at
            and self.registration_deadline
            and (self.registration_deadline > self.starts_at)
        ):
            errors["registration_deadline"] = _(
                "The last day to register must be before the session starts."
            )
        if not self.place and not self.online_url:
            errors["place"] = _("Give a place, an online link or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_open(self) -> bool:
        return timezone.now() < self.registration_deadline

    @property
    def seats_left(self) -> int:
        return max(0, self.seat_limit - getattr(self, "seats_taken", 0))

    @property
    def is_full(self) -> bool:
        return self.seats_left == 0

    @property
    def mode(self) -> str:
        """schema.org courseMode."""
        if self.place and self.online_url:
            return "blended"
        return "online" if self.online_url else "onsite"


def seats_taken(session_keys) -> dict:
    """Confirmed registrations per session translation_key, in one query."""
    rows = (
        Registration.objects.filter(
            session_key__in=session_keys, status=RegistrationStatus.CONFIRMED
        )
        .order_by()
        .values_list("session_key")
        .annotate(count=Count("pk"))
    )
    return dict(rows)


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes or 0, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest})
    return " ".join(parts)


class Registration(models.Model):
    """A person's registration for a course session. Personal data: visible only in the admin,
    to staff with the permission to view registrations.

    `session_key` is the translation_key of the session, the same for its Swedish and English
    rows, so seats are counted across languages and survive wagtail-localize re-creating the
    translated rows. `course` is the course in the default language."""

    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    session_key = models.UUIDField(_("session"), db_index=True, editable=False)
    session_starts_at = models.DateTimeField(
        _("session starts"),
        editable=False,
        help_text=_("When the session started at the time of registration."),
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200)
    role = models.CharField(_("role"), max_length=200)
    needs = models.TextField(_("accessibility or dietary needs"), blank=True, max_length=1000)
    consent_at = models.DateTimeField(_("consent given"))
    language = models.CharField(_("language"), max_length=2, choices=SessionLanguage.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
        db_index=True,
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session_starts_at", "created_at", "pk"]
        indexes = [models.Index(fields=["session_key", "status"])]

    def __str__(self):
        return f"{self.name} – {self.course.title}"

    def session(self, language: str | None = None):
        """The session in `language` (the registrant's by default), or in the default language."""
        sessions = CourseSession.objects.filter(translation_key=self.session_key).select_related(
            "page", "locale"
        )
        by_language = {session.locale.language_code: session for session in sessions}
        return by_language.get(language or self.language) or by_language.get(settings.LANGUAGE_CODE)
