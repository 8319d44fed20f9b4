"""An idea and what happens to it. Ideas are plain Django models handled in the Wagtail admin;
residents reach them through the submission page, the tracking page and the board."""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from ideas.choices import Area, Channel, IdeaKind, Language, Municipality, SubmitterKind
from ideas.stages import FINISHED_STAGES, Stage

from .organisation import IdeaSubmitter

TITLE_MAX_LENGTH = 120
TEXT_MAX_LENGTH = 4000
SHORT_TEXT_MAX_LENGTH = 1000
NAME_MAX_LENGTH = 100
PHONE_MAX_LENGTH = 30
# The public note a merge leaves on the idea that the other one was merged into.
MERGED_NOTE = gettext_noop("Another idea about the same thing has been merged into this one.")


def new_tracking_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class ShownText:
    """A public text and the language it is written in."""

    text: str
    language: str = "sv"

    def __str__(self):
        return self.text

    def __bool__(self):
        return bool(self.text)


class ShownTexts:
    """The public title, summary and answer of an idea for a reader of `reader` (a language
    code): the English text where the reader reads English and one exists, otherwise the
    Swedish one. Each is read only when used, so a listing loads no answers."""

    def __init__(self, idea, reader: str):
        self.idea = idea
        self.reader = reader

    def pick(self, swedish: str, english_field: str) -> ShownText:
        english = getattr(self.idea, english_field) if self.reader == Language.ENGLISH else ""
        return ShownText(english, "en") if english else ShownText(swedish, "sv")

    @property
    def title(self) -> ShownText:
        idea = self.idea
        if self.reader == Language.ENGLISH and idea.public_title_en:
            return ShownText(idea.public_title_en, "en")
        if idea.public_title:
            return ShownText(idea.public_title, "sv")
        return ShownText(idea.title, idea.language)

    @property
    def summary(self) -> ShownText:
        return self.pick(self.idea.public_summary, "public_summary_en")

    @property
    def answer(self) -> ShownText:
        return self.pick(self.idea.public_answer, "public_answer_en")


class IdeaReferenceCounter(models.Model):
    """The last reference number given out per year. Taking a number updates the year's row,
    which stays locked until the transaction that took it commits: two ideas sent at the same
    moment never get the same reference, and a submission that fails leaves no gap (its number
    is rolled back with it). Submissions wait for each other only from that update to their
    commit, so the idea form takes its number last (ideas.submission.create_idea)."""

    year = models.PositiveIntegerField(_("year"), primary_key=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{self.year}: {self.last_number}"

    @classmethod
    def next_reference(cls, year: int) -> str:
        """Take the year's next number in one statement (the year's first idea inserts the
        row; PostgreSQL and SQLite both have the upsert with RETURNING): the row lock starts
        here, with no savepoint or separate read around it."""
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (year, last_number) VALUES (%s, 1) "  # noqa: S608 (our table)
                f"ON CONFLICT (year) DO UPDATE SET last_number = {table}.last_number + 1 "
                "RETURNING last_number",
                [year],
            )
            (number,) = cursor.fetchone()
        return f"IDE-{year}-{number:04d}"


class IdeaQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_personal_data(self):
        """Ideas that hold a submitter's name, e-mail or phone, their own or a co-submitter's."""
        blank = models.Q(submitter_name="", submitter_email="", submitter_phone="")
        co_submitters = models.Exists(
            IdeaSubmitter.objects.filter(idea=models.OuterRef("pk")).exclude(
                name="", email="", phone=""
            )
        )
        return self.filter(~blank | co_submitters)


class Idea(models.Model):
    # Refers to nothing an editor chooses: kept out of Wagtail's reference index (which would
    # write a background task in the submitting transaction for each save).
    wagtail_reference_index_ignore = True

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    tracking_token = models.CharField(
        _("tracking token"),
        max_length=64,
        unique=True,
        default=new_tracking_token,
        editable=False,
        help_text=_("The secret part of the resident's link to follow the idea."),
    )

    # An idea (a solution) or a need (a problem without one), and the challenge it answers.
    kind = models.CharField(
        _("kind"), max_length=10, choices=IdeaKind.choices, default=IdeaKind.IDEA, db_index=True
    )
    challenge = models.ForeignKey(
        "ideas.ChallengePage",
        verbose_name=_("challenge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answers",
    )

    # What the resident wrote. Stored as plain text; templates escape it.
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    description = models.TextField(_("description"), max_length=TEXT_MAX_LENGTH)
    need = models.TextField(_("need or problem"), max_length=TEXT_MAX_LENGTH)
    who_benefits = models.TextField(
        _("who would benefit"), max_length=SHORT_TEXT_MAX_LENGTH, blank=True
    )
    area = models.CharField(_("area"), max_length=30, choices=Area.choices)
    municipality = models.CharField(_("municipality"), max_length=20, choices=Municipality.choices)
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.SWEDISH
    )

    # Who sent it and how it came in (issue 16). Administration and unit are the Swedish
    # (source-language) snippets; retired ones stay on old ideas.
    submitter_kind = models.CharField(
        _("sent by"), max_length=20, choices=SubmitterKind.choices, default=SubmitterKind.RESIDENT
    )
    administration = models.ForeignKey(
        "ideas.Administration",
        verbose_name=_("administration"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ideas",
    )
    unit = models.ForeignKey(
        "ideas.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ideas",
    )
    workplace = models.CharField(_("workplace"), max_length=NAME_MAX_LENGTH, blank=True)
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.WEB
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The idea handler who registered an idea received outside the web form."),
    )

    # Personal data: visible to the municipality's idea handlers only; erased after retention.
    submitter_name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH, blank=True)
    submitter_email = models.EmailField(_("e-mail"), blank=True)
    submitter_phone = models.CharField(_("phone"), max_length=PHONE_MAX_LENGTH, blank=True)
    show_name = models.BooleanField(
        _("show the name publicly"),
        default=False,
        help_text=_("The resident agreed that their name is shown with the published idea."),
    )
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    wants_updates = models.BooleanField(_("wants updates by e-mail"), default=False)
    shares_contact_with_partners = models.BooleanField(
        _("contact details may go to partners"),
        default=False,
        help_text=_(
            "The submitter agreed that a partner the idea is referred to may contact them."
        ),
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased"), null=True, blank=True, editable=False
    )

    # Where the idea is in the sluice.
    stage = models.CharField(
        _("stage"), max_length=30, choices=Stage.choices, default=Stage.RECEIVED, db_index=True
    )
    stage_changed_at = models.DateTimeField(_("stage changed"), default=timezone.now)
    closed_reason = models.TextField(_("reason for closing"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_ideas",
    )
    assigned_handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("idea handler"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_ideas",
    )

    # What the public sees, written by a handler.
    is_public = models.BooleanField(_("published on the board"), default=False, db_index=True)
    public_title = models.CharField(_("public title"), max_length=TITLE_MAX_LENGTH, blank=True)
    public_summary = models.TextField(_("public summary"), blank=True)
    public_answer = models.TextField(
        _("the municipality's answer"),
        blank=True,
        help_text=_("Shown to the resident on the tracking page and, if published, on the board."),
    )
    # The same texts in English (optional): the English board shows them, or the Swedish ones
    # marked as Swedish where there are none (shown_texts).
    public_title_en = models.CharField(
        _("public title in English"), max_length=TITLE_MAX_LENGTH, blank=True
    )
    public_summary_en = models.TextField(_("public summary in English"), blank=True)
    public_answer_en = models.TextField(_("the municipality's answer in English"), blank=True)
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Made up for the demo site.")
    )

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = IdeaQuerySet.as_manager()

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["municipality", "stage"])]
        permissions = [
            ("handle_pitea_ideas", _("Can handle ideas from Piteå")),
            ("handle_skelleftea_ideas", _("Can handle ideas from Skellefteå")),
            ("view_personal_data", _("Can see submitters' personal data")),
            (
                "view_personal_data_as_manager",
                _("Can see submitters' personal data of the ideas of administrations they manage"),
            ),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = IdeaReferenceCounter.next_reference(
                timezone.localtime(self.created_at).year
            )
        super().save(*args, **kwargs)

    @property
    def display_title(self) -> str:
        return self.public_title or self.title

    def shown_texts(self, language: str) -> ShownTexts:
        """The public texts for a reader of `language`, each knowing its language, so that
        templates mark Swedish text on English pages with lang="sv"."""
        return ShownTexts(self, language)

    @property
    def public_name(self) -> str:
        """The submitter's name, only when they chose to show it."""
        return self.submitter_name if self.show_name else ""

    @property
    def assigned_handler_name(self) -> str:
        handler = self.assigned_handler
        return (handler.get_full_name() or handler.get_username()) if handler else ""

    @property
    def waiting_days(self) -> int:
        """Whole days since the idea came to its present stage."""
        return (timezone.now() - self.stage_changed_at).days

    @property
    def has_personal_data(self) -> bool:
        return bool(self.submitter_name or self.submitter_email or self.submitter_phone)

    @property
    def is_finished(self) -> bool:
        return self.stage in FINISHED_STAGES

    @transaction.atomic
    def change_stage(
        self, to_stage, *, actor=None, internal_note="", public_note="", public_note_en=""
    ):
        """Move the idea to another stage and record it (ideas/handling.py tells the resident
        and the followers)."""
        from_stage = self.stage
        self.stage = to_stage
        self.stage_changed_at = timezone.now()
        self.save(update_fields=["stage", "stage_changed_at", "updated_at"])
        return IdeaEvent.objects.create(
            idea=self,
            kind=IdeaEvent.Kind.STAGE_CHANGED,
            actor=actor,
            from_stage=from_stage,
            to_stage=to_stage,
            internal_note=internal_note,
            public_note=public_note,
            public_note_en=public_note_en,
        )

    @transaction.atomic
    def answer(self, text, *, actor=None, internal_note="", text_en=None):
        """Give the municipality's answer without moving the idea and record it
        (ideas/handling.py tells the resident). `text_en`, if given, is the English answer."""
        self.public_answer = text
        if text_en is not None:
            self.public_answer_en = text_en
        self.save(update_fields=["public_answer", "public_answer_en", "updated_at"])
        return IdeaEvent.objects.create(
            idea=self,
            kind=IdeaEvent.Kind.ANSWERED,
            actor=actor,
            internal_note=internal_note,
            public_note=text,
            public_note_en=text_en or "",
        )

    @transaction.atomic
    def set_publication(
        self,
        is_public,
        *,
        actor=None,
        public_title="",
        public_summary="",
        public_title_en=None,
        public_summary_en=None,
    ):
        """Publish the idea on the board with a public title and summary (Swedish, and English
        if given), or take it down."""
        changed = is_public != self.is_public
        self.is_public = is_public
        self.public_title = public_title
        self.public_summary = public_summary
        if public_title_en is not None:
            self.public_title_en = public_title_en
        if public_summary_en is not None:
            self.public_summary_en = public_summary_en
        self.save(
            update_fields=[
                "is_public",
                "public_title",
                "public_summary",
                "public_title_en",
                "public_summary_en",
                "updated_at",
            ]
        )
        if not changed:
            return None
        kind = IdeaEvent.Kind.PUBLISHED if is_public else IdeaEvent.Kind.UNPUBLISHED
        return IdeaEvent.objects.create(idea=self, kind=kind, actor=actor)

    @transaction.atomic
    def assign(self, handler, *, actor=None):
        """Make `handler` (or nobody) responsible for the idea."""
        self.assigned_handler = handler
        self.save(update_fields=["assigned_handler", "updated_at"])
        note = handler.get_full_name() or handler.get_username() if handler else ""
        return IdeaEvent.objects.create(
            idea=self, kind=IdeaEvent.Kind.ASSIGNED, actor=actor, internal_note=note
        )

    @transaction.atomic
    def merge_into(self, surviving, *, actor=None, internal_note=""):
        """Merge this idea into `surviving`: this one points to it and moves to the stage
        merged; both record it (ideas/handling.py tells this idea's resident)."""
        from_stage = self.stage
        self.stage = Stage.MERGED
        self.stage_changed_at = timezone.now()
        self.merged_into = surviving
        self.save(update_fields=["stage", "stage_changed_at", "merged_into", "updated_at"])
        event = IdeaEvent.objects.create(
            idea=self,
            kind=IdeaEvent.Kind.MERGED,
            actor=actor,
            from_stage=from_stage,
            to_stage=Stage.MERGED,
            internal_note=internal_note,
        )
        # The surviving idea's resident reads this in their own language.
        with translation.override(surviving.language):
            merged_note = gettext(MERGED_NOTE)
        with translation.override(Language.ENGLISH):
            merged_note_en = gettext(MERGED_NOTE)
        IdeaEvent.objects.create(
            idea=surviving,
            kind=IdeaEvent.Kind.MERGED,
            actor=actor,
            internal_note=internal_note,
            public_note=merged_note,
            public_note_en=merged_note_en,
        )
        return event

    @transaction.atomic
    def erase_personal_data(self, *, actor=None, note=""):
        """Remove the submitter's name, e-mail and phone, here and in the e-mails kept for it.
        The idea's text stays."""
        self.submitter_name = ""
        self.submitter_email = ""
        self.submitter_phone = ""
        self.show_name = False
        self.wants_updates = False
        self.shares_contact_with_partners = False
        self.personal_data_erased_at = timezone.now()
        self.save()
        self.submitters.update(name="", email="", phone="")
        # The outbox keeps no address anywhere: not in the message, nor in a failure's record.
        self.notifications.update(to_address="", body="", last_error="")
        self.notifications.filter(status__in=["pending", "failed"]).update(status="cancelled")
        return IdeaEvent.objects.create(
            idea=self, kind=IdeaEvent.Kind.ERASED, actor=actor, internal_note=note
        )


class IdeaEventQuerySet(models.QuerySet):
    def public(self):
        """What the resident and the public may see: stage changes and public notes."""
        return self.filter(models.Q(kind__in=IdeaEvent.PUBLIC_KINDS) | ~models.Q(public_note=""))


class IdeaEvent(models.Model):
    """One thing that happened to an idea: received, moved to another stage, answered…"""

    # Refers to nothing an editor chooses: kept out of Wagtail's reference index (which would
    # write a background task in the submitting transaction for each save).
    wagtail_reference_index_ignore = True

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Received")
        STAGE_CHANGED = "stage_changed", _("Stage changed")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")
        ANSWERED = "answered", _("Answered")
        ASSIGNED = "assigned", _("Handler assigned")
        MERGED = "merged", _("Merged")
        ERASED = "erased", _("Personal data erased")
        NOTE = "note", _("Note")
        EDITED = "edited", _("Public texts changed")
        CHALLENGE_MADE = "challenge_made", _("Challenge made from the need")
        JOINED = "joined", _("Co-submitter joined")
        REGISTERED = "registered", _("Registered on someone's behalf")
        ASSESSED = "assessed", _("Assessed")
        MANAGER_COMMENT = "manager_comment", _("Manager's comment")
        REFERRED = "referred", _("Referred to a partner")
        DECIDED = "decided", _("Decision")
        FOLLOW_UP = "follow_up", _("Follow-up planned")
        EFFECT = "effect", _("Effect recorded")

    PUBLIC_KINDS = [Kind.RECEIVED, Kind.STAGE_CHANGED, Kind.ANSWERED, Kind.MERGED]
    # The notes the site writes itself in the idea's language; handlers write the others in
    # Swedish (and, if they like, in English).
    IDEA_LANGUAGE_KINDS = [Kind.MERGED, Kind.DECIDED]

    idea = models.ForeignKey(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_stage = models.CharField(_("from stage"), max_length=30, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to stage"), max_length=30, choices=Stage.choices, blank=True)
    internal_note = models.TextField(_("internal note"), blank=True)
    public_note = models.TextField(
        _("public note"), blank=True, help_text=_("Shown to the resident and on the board.")
    )
    public_note_en = models.TextField(
        _("public note in English"),
        blank=True,
        help_text=_("Optional. Without it, the English pages show the Swedish note."),
    )

    objects = IdeaEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("idea event")
        verbose_name_plural = _("idea events")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.idea.reference}: {self.get_kind_display()}"

    def shown_note(self, reader: str) -> ShownText:
        """The public note for a reader of `reader` (a language code), like the idea's texts
        (ShownTexts): the English note where the reader reads English and one exists,
        otherwise the note as written, knowing its language."""
        if reader == Language.ENGLISH and self.public_note_en:
            return ShownText(self.public_note_en, Language.ENGLISH)
        written_in = self.idea.language if self.kind in self.IDEA_LANGUAGE_KINDS else "sv"
        return ShownText(self.public_note, written_in)
