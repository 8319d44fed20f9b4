"""Training for politicians and managers: the course index, courses with their sessions,
course modules, and the registrations for a session."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, DocumentsBlock
from home.facets import FacetedListingMixin, choices_facet
from home.listing import public_pages
from home.mail_limit import may_mail
from home.models import BasePage, IntroPage
from home.routes import TranslatedRoutesMixin, translated_path

from .choices import HOLDS_SEAT, Audience, CourseFormat, RegistrationStatus, SessionLanguage
from .emails import queue_confirmation, queue_offer
from .exceptions import RegistrationClosed
from .jsonld import course_json_ld
from .views import calendar_response, cancellation, registration, seat_offer

COURSE_FACETS = [
    choices_facet("audience", _("Audience"), "audience", Audience.choices),
    choices_facet("format", _("Format"), "format", CourseFormat.choices),
]


class CourseIndexPage(FacetedListingMixin, TranslatedRoutesMixin, IntroPage):
    """The training programme: every course, filterable, and the upcoming sessions of all."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    per_page = 12
    upcoming_limit = 10
    count_text = ngettext_lazy("%(counter)s course", "%(counter)s courses", "counter")

    content_panels = [*IntroPage.content_panels, FieldPanel("body")]
    translatable_fields = [
        *IntroPage.translatable_fields,
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course index page")
        verbose_name_plural = _("course index pages")

    def courses(self):
        return public_pages(CoursePage.objects.child_of(self).live())

    def get_facets(self, request):
        return COURSE_FACETS

    def get_queryset(self):
        return self.courses()

    def order(self, queryset, filters):
        """Each course with its upcoming sessions in `next_sessions`, in the editors' order."""
        return (
            queryset.select_related("listing_image")
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

    def upcoming_sessions(self):
        return (
            CourseSession.objects.upcoming()
            .filter(page__in=self.courses().values("pk"))
            .select_related("page")[: self.upcoming_limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        context.update(
            courses=context["page_obj"].object_list,
            upcoming=self.upcoming_sessions(),
            calendar_url=self.route_url("calendar"),
        )
        return context

    @path("")
    def index(self, request, *args, **kwargs):
        return self.render(request)

    @translated_path("kalender/", "calendar/", name="calendar")
    def calendar(self, request):
        sessions = (
            CourseSession.objects.upcoming()
            .filter(page__in=self.courses().values("pk"))
            .select_related("page")
        )
        return calendar_response(request, sessions, self.title, "calendar.ics")


class CoursePage(TranslatedRoutesMixin, BasePage):
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

    def session_for_registration(self, session_id):
        """The session with `seats_taken` counted, or None if it is not this course's."""
        session = self.sessions.filter(pk=session_id).first()
        if session is not None:
            self.count_seats(session)
        return session

    def count_seats(self, session):
        session.seats_taken = seats_taken([session.translation_key]).get(session.translation_key, 0)

    def save_registration(self, session, data) -> "Registration":
        """Raises RegistrationClosed when the deadline has passed."""
        return register(session, data, self.locale.language_code)

    def session_url(self, session, route: str) -> str:
        return self.route_url(route, session_id=session.pk)

    def get_content_context(self, request):
        return {
            "modules": self.modules(),
            "calendar_url": self.route_url("calendar"),
            "json_ld": course_json_ld(self, request),
        }

    @path("")
    def index(self, request, *args, **kwargs):
        return self.render(request)

    @translated_path("anmalan/<int:session_id>/", "register/<int:session_id>/", name="register")
    def register(self, request, session_id):
        return registration(request, self, session_id)

    def registration_for_token(self, token: str):
        """The registration of this course (in either language) whose links carry `token`, or
        None."""
        return (
            Registration.objects.filter(token=token, course__translation_key=self.translation_key)
            .select_related("course")
            .first()
        )

    @translated_path("avboka/<slug:token>/", "cancel/<slug:token>/", name="cancel")
    def cancel(self, request, token):
        return cancellation(request, self, token)

    @translated_path("plats/<slug:token>/", "seat/<slug:token>/", name="offer")
    def offer(self, request, token):
        return seat_offer(request, self, token)

    @translated_path("kalender/", "calendar/", name="calendar")
    def calendar(self, request):
        sessions = self.sessions.upcoming().select_related("page")
        return calendar_response(request, sessions, self.title, f"{self.slug}.ics")

    @translated_path(
        "tillfalle/<int:session_id>/kalender/",
        "session/<int:session_id>/calendar/",
        name="session_calendar",
    )
    def session_calendar(self, request, session_id):
        session = get_object_or_404(self.sessions.select_related("page"), pk=session_id)
        return calendar_response(
            request,
            [session],
            self.title,
            f"{self.slug}-{session.starts_at:%Y%m%d}.ics",
            attachment=True,
        )


class CourseModulePage(IntroPage):
    """A part of a course: what to read, watch and discuss, and an exercise."""

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
        *IntroPage.content_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        FieldPanel("discussion_questions"),
        FieldPanel("exercise"),
    ]
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("body"),
        index.SearchField("discussion_questions"),
        index.SearchField("exercise"),
        index.AutocompleteField("title"),
    ]
    translatable_fields = [
        *IntroPage.translatable_fields,
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
        # The translation key after the time: both languages list a course's sessions (each
        # language has its own rows) in the same order.
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "translation_key")


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
    """Seats held (confirmed registrations and open offers) per session translation_key, in one
    query."""
    rows = (
        Registration.objects.filter(session_key__in=session_keys, status__in=HOLDS_SEAT)
        .order_by()
        .values_list("session_key")
        .annotate(count=Count("pk"))
    )
    return dict(rows)


def confirmed_count(session_key) -> int:
    """The seats held in a session: confirmed registrations and offers not yet answered."""
    return Registration.objects.filter(session_key=session_key, status__in=HOLDS_SEAT).count()


def lock_session(session_key, fallback=None):
    """Lock the rows of a session in every language (SELECT ... FOR UPDATE) and return the row in
    the default language (`fallback`, or any row, if there is none; None if the session is
    gone). Everything that changes who holds a seat locks the session first: registering,
    cancelling, confirming an offer and expiring offers are then served one after the other on
    PostgreSQL. SQLite has no row locks; it allows one writer at a time, which serialises the
    writes in the same way."""
    rows = list(
        CourseSession.objects.select_for_update(of=("self",))
        .filter(translation_key=session_key)
        .select_related("locale")
        .order_by("pk")
    )
    source = next((row for row in rows if row.locale.language_code == settings.LANGUAGE_CODE), None)
    return source or fallback or (rows[0] if rows else None)


def register(session: CourseSession, data: dict, language: str) -> "Registration":
    """Save a registration for `session` (a row in any language) without overbooking it, and
    enqueue the confirmation e-mail unless the address has had its day's share of e-mail
    (home/mail_limit.py). Confirmed while seats are left and nobody is waiting for one,
    otherwise on the waiting list (a free seat with people waiting is theirs: it is offered
    to them by `offer_free_seats`).

    The seats of a session are counted across its language versions (by translation_key),
    under the session's lock (`lock_session`): two people registering for the last seat at
    the same time are served one after the other, and the second one goes on the waiting
    list."""
    with transaction.atomic():
        source = lock_session(session.translation_key, fallback=session)
        if timezone.now() >= source.registration_deadline:
            raise RegistrationClosed
        full = confirmed_count(source.translation_key) >= source.seat_limit
        waiting = Registration.objects.filter(
            session_key=source.translation_key, status=RegistrationStatus.WAITING_LIST
        )
        full = full or waiting.exists()
        registration = Registration.objects.create(
            course_id=source.page_id,
            session_key=source.translation_key,
            session_starts_at=source.starts_at,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            role=data["role"],
            needs=data.get("needs", ""),
            consent_at=timezone.now(),
            language=language,
            status=RegistrationStatus.WAITING_LIST if full else RegistrationStatus.CONFIRMED,
        )
        if may_mail(registration.email):
            queue_confirmation(registration)
    return registration


# --- The waiting list: offers, confirmation and cancellation ------------------------------------


def offer_free_seats(source: CourseSession, now=None) -> list["Registration"]:
    """Offer each free seat of the session to the next on the waiting list (by registration
    time), by e-mail, with COURSE_OFFER_HOURS to confirm, never beyond the session's start. No
    offers once the session has started. Call it with the session locked (`lock_session`), so
    that one seat is never offered twice."""
    now = now or timezone.now()
    if now >= source.starts_at:
        return []
    free = source.seat_limit - confirmed_count(source.translation_key)
    if free <= 0:
        return []
    deadline = min(now + timedelta(hours=settings.COURSE_OFFER_HOURS), source.starts_at)
    waiting = Registration.objects.filter(
        session_key=source.translation_key, status=RegistrationStatus.WAITING_LIST
    ).order_by("created_at", "pk")
    offered = list(waiting[:free])
    for entry in offered:
        entry.status = RegistrationStatus.OFFERED
        entry.offered_at = now
        entry.offer_expires_at = deadline
        entry.save(update_fields=["status", "offered_at", "offer_expires_at"])
        queue_offer(entry)
    return offered


def expire_offers(registrations, now) -> int:
    """Mark the registrations' offers whose deadline has passed as expired (session locked)."""
    expired = [
        entry
        for entry in registrations
        if entry.status == RegistrationStatus.OFFERED and entry.offer_expires_at <= now
    ]
    for entry in expired:
        entry.status = RegistrationStatus.OFFER_EXPIRED
        entry.save(update_fields=["status"])
    return len(expired)


def offer_course_seats(now=None) -> dict[str, int]:
    """The scheduled job (`manage.py offer_course_seats`): expire the offers whose deadline has
    passed and offer every free seat of a session that has not started to the next on its
    waiting list. Safe to run again: each session is handled under its lock."""
    now = now or timezone.now()
    keys = set(
        Registration.objects.filter(
            status=RegistrationStatus.OFFERED, offer_expires_at__lte=now
        ).values_list("session_key", flat=True)
    ) | set(
        Registration.objects.filter(
            status=RegistrationStatus.WAITING_LIST, session_starts_at__gt=now
        ).values_list("session_key", flat=True)
    )
    expired = offered = 0
    for key in sorted(keys, key=str):
        session_expired, session_offered = update_offers(key, now)
        expired += session_expired
        offered += len(session_offered)
    return {"course offers expired": expired, "course seats offered": offered}


def update_offers(session_key, now=None) -> tuple[int, list["Registration"]]:
    """Under the session's lock, expire its offers past their deadline and offer its free
    seats. Also run after staff change a registration in the admin."""
    now = now or timezone.now()
    with transaction.atomic():
        source = lock_session(session_key)
        offers = Registration.objects.select_for_update().filter(
            session_key=session_key, status=RegistrationStatus.OFFERED, offer_expires_at__lte=now
        )
        expired = expire_offers(offers, now)
        offered = offer_free_seats(source, now) if source is not None else []
    return expired, offered


def new_token() -> str:
    return secrets.token_urlsafe(32)


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
    # The secret in the registrant's links to cancel and to answer an offer (valid until the
    # session starts); deleted with the registration.
    token = models.CharField(
        _("link token"), max_length=43, unique=True, default=new_token, editable=False
    )
    offered_at = models.DateTimeField(_("seat offered"), null=True, blank=True, editable=False)
    offer_expires_at = models.DateTimeField(
        _("offer open until"), null=True, blank=True, editable=False
    )

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

    @property
    def offer_is_open(self) -> bool:
        return (
            self.status == RegistrationStatus.OFFERED
            and self.offer_expires_at is not None
            and timezone.now() < self.offer_expires_at
        )

    def cancel(self) -> bool:
        """Cancel the registration (or decline an offer) and offer the freed seat to the next on
        the waiting list. False if it was already cancelled: cancelling twice changes nothing."""
        with transaction.atomic():
            source = lock_session(self.session_key)
            current = Registration.objects.select_for_update().get(pk=self.pk)
            if current.status == RegistrationStatus.CANCELLED:
                self.status = current.status
                return False
            held_seat = current.status in HOLDS_SEAT
            current.status = self.status = RegistrationStatus.CANCELLED
            current.save(update_fields=["status"])
            if held_seat and source is not None:
                offer_free_seats(source)
        return True

    def confirm_offer(self) -> bool:
        """Take the offered seat if the offer is still open; an offer past its deadline expires
        here (and its seat goes to the next) if the scheduled job has not got to it yet. True
        when the registration is confirmed (also when it already was)."""
        with transaction.atomic():
            source = lock_session(self.session_key)
            current = Registration.objects.select_for_update().get(pk=self.pk)
            if current.offer_is_open:
                current.status = RegistrationStatus.CONFIRMED
                current.save(update_fields=["status"])
                if may_mail(current.email):
                    queue_confirmation(current)
            elif expire_offers([current], timezone.now()) and source is not None:
                offer_free_seats(source)
            self.status = current.status
        return self.status == RegistrationStatus.CONFIRMED
