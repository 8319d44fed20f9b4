"""The residents' pages of the sluice: the form to propose an idea, and the board of published
ideas, which also serves each idea's public page and the resident's private tracking page."""

import re

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

from home.cache import cached_fragment
from home.facets import FacetedListingMixin, choices_facet
from home.form_protection import form_rate_limited, spent_token_result, submit_once
from home.i18n import localize, request_locale
from home.listing import public_pages
from home.models import IntroPage
from home.routes import TranslatedRoutesMixin, translated_path, translated_re_path
from ideas.choices import Area, Municipality
from ideas.participation import support_count
from ideas.participation_routes import BoardParticipationMixin
from ideas.stages import OPEN_STAGES, Stage

from .ideas import Idea, IdeaEvent
from .notifications import Notification
from .organisation import IdeaSubmitter

# The idea just sent, for the thank-you page, which removes it when shown: its tracking link is
# shown once. The references already shown in this session are kept, so a retried POST shows
# the reference again but not the link.
SUBMITTED_SESSION_KEY = "ideas_submitted"
SHOWN_SESSION_KEY = "ideas_shown"
SHOWN_KEPT = 20
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{32,64}")
RATE_LIMIT_SCOPE = "idea-submission"
RATE_LIMIT_MESSAGE = _(
    "You have sent several ideas in a short while. Please wait a few minutes and send it again. "
    "What you wrote is still here."
)
BOARD_PAGE_SIZE = 12
BOARD_FACETS = [
    choices_facet("stage", _("Stage"), "stage", Stage.choices),
    choices_facet("area", _("Area"), "area", Area.choices),
    choices_facet("municipality", _("Municipality"), "municipality", Municipality.choices),
]
SIMILAR_LIMIT = 5
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]
# Ideas nobody can join any more ("this is my idea too"): the work on them has ended.
JOIN_CLOSED_STAGES = [Stage.CLOSED, Stage.MERGED]


def private_response(response):
    """No cache may keep the response, no search engine may index it, and no link on it may
    pass the address on (tracking addresses hold the secret token)."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def privacy_url(request) -> str:
    """The privacy page's URL in the active language, kept with the page chrome (home/cache.py)."""
    from home.models import SiteSettings

    def build():
        page = localize(request, SiteSettings.for_request(request).privacy_page)
        return page.get_url(request) if page else ""

    return cached_fragment(request, "privacy-url", build)


def method_phase_page(stage, locale):
    """The live MethodPhasePage that explains `stage` in this language, if the methodology app
    provides one."""
    try:
        from methodology.models import MethodPhasePage

        MethodPhasePage._meta.get_field("idea_stage")
    except (ImportError, FieldDoesNotExist):
        return None
    return MethodPhasePage.objects.live().public().filter(idea_stage=stage, locale=locale).first()


def board_for(locale):
    return IdeaBoardPage.objects.live().filter(locale=locale).first()


class IdeaSubmissionPage(TranslatedRoutesMixin, IntroPage):
    """The form residents and staff propose an idea with; no account needed."""

    privacy_text = RichTextField(
        _("how we handle personal data"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown next to the contact details: what is stored, why and for how long."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after sending, with the idea's reference and tracking link."),
    )

    content_panels = [
        *IntroPage.content_panels,
        FieldPanel("privacy_text"),
        FieldPanel("thank_you_text"),
    ]
    translatable_fields = [
        *IntroPage.translatable_fields,
        TranslatableField("privacy_text"),
        TranslatableField("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("idea submission page")
        verbose_name_plural = _("idea submission pages")

    @path("")
    def submit(self, request):
        return self.handle_form(request, page_path=request.path)

    @translated_path(
        "utmaning/<int:challenge_id>/", "challenge/<int:challenge_id>/", name="challenge"
    )
    def challenge(self, request, challenge_id):
        """The form opened for a challenge in this page's language: the idea answers it."""
        challenge = (
            public_pages(challenge_model().objects.live())
            .filter(pk=challenge_id, locale_id=self.locale_id)
            .first()
        )
        if challenge is None:
            raise Http404
        route = self.route_path("challenge", challenge_id)
        return self.handle_form(
            request, page_path=request.path.removesuffix(route), challenge=challenge
        )

    def challenge_url(self, challenge):
        return self.route_url("challenge", challenge.pk)

    def handle_form(self, request, *, page_path, challenge=None):
        from ideas.forms import IdeaForm

        form_kwargs = {
            "request": request,
            "privacy_url": privacy_url(request),
            "language_code": self.locale.language_code,
            "challenge": challenge,
        }
        if request.method != "POST":
            if challenge is not None and not challenge.is_open:
                return self.render_not_open(request, challenge)
            return self.render_form(request, IdeaForm(**form_kwargs), challenge=challenge)
        form = IdeaForm(request.POST, **form_kwargs)
        valid = form.is_valid()
        if valid and form.is_spam:
            return self.render_thanks(request, submitted=None)
        # The same form sent again (a retry after an error): what it created, nothing new.
        earlier = spent_token_result(form) if valid else None
        if earlier is not None:
            return self.show_submitted(request, earlier, page_path, first_time=False)
        if challenge is not None and not challenge.is_open:
            # Closed or not open yet: nothing is stored, and what was typed is offered as an
            # ordinary idea.
            return self.render_not_open(request, challenge, data=request.POST, status=409)
        if not valid:
            return self.render_form(request, form, challenge=challenge, status=400)
        joined = None
        if "join" in request.POST:
            joined = joinable_idea(request.POST["join"], form.cleaned_data["municipality"])
            if joined is None:
                form.add_error(
                    None,
                    _(
                        "That idea cannot be joined: it is no longer open, or it belongs to "
                        "the other municipality. You can send yours as a new idea instead."
                    ),
                )
                return self.render_form(request, form, challenge=challenge, status=400)
        if "confirm" not in request.POST and joined is None:
            similar = similar_ideas(form.cleaned_data)
            if similar:
                return self.render_form(request, form, challenge=challenge, similar=similar)
        if form_rate_limited(request, RATE_LIMIT_SCOPE, form, RATE_LIMIT_MESSAGE):
            return self.render_form(request, form, challenge=challenge, status=429)
        if joined is not None:
            result, first_time = submit_once(form, lambda: join_idea(joined, form.cleaned_data))
        else:
            result, first_time = submit_once(
                form, lambda: self.create_idea(form.cleaned_data, challenge=challenge)
            )
        return self.show_submitted(request, result, page_path, first_time=first_time)

    def show_submitted(self, request, result, page_path, *, first_time):
        """Send the resident to the thank-you page with what it shows, taken from the idea in
        hand: once the idea is committed, nothing here reads the database, so a database that
        goes away now cannot cost the resident the reference (issue 19). Sent again, the form
        gets the same reference; the tracking link only if it has not been shown already.
        `result` is the new idea, or the co-submitter who joined an idea: they get the idea's
        reference, never its tracking link (that belongs to whoever sent it)."""
        if isinstance(result, Idea):
            idea, joined = result, False
            if first_time:
                emailed = idea.receipt_queued
            else:
                emailed = idea.notifications.filter(kind=Notification.Kind.RECEIPT).exists()
        else:
            idea, joined, emailed = result.idea, True, False
        shown = request.session.get(SHOWN_SESSION_KEY, [])
        request.session[SUBMITTED_SESSION_KEY] = {
            "reference": idea.reference,
            "stage": idea.stage,
            "tracking_token": "" if joined or idea.reference in shown else idea.tracking_token,
            "emailed": emailed,
            "joined": joined,
        }
        return redirect(page_path + self.route_path("thanks"))

    @translated_path("tack/", "thank-you/", name="thanks")
    def thanks(self, request):
        submitted = request.session.pop(SUBMITTED_SESSION_KEY, None)
        if not isinstance(submitted, dict):
            return redirect(self.url)
        shown = request.session.get(SHOWN_SESSION_KEY, [])
        request.session[SHOWN_SESSION_KEY] = [*shown, submitted["reference"]][-SHOWN_KEPT:]
        return self.render_thanks(request, submitted)

    def render_form(self, request, form, *, challenge=None, status=200, similar=None):
        context = self.get_context(request)
        board = board_for(self.locale)
        language = translation.get_language()
        municipality = form.cleaned_data.get("municipality") if similar else None
        similar = [
            {
                "idea": idea,
                "texts": idea.shown_texts(language),
                "url": board.idea_path(idea.reference) if board else "",
                "support_url": board.participation_path(idea.reference, "support") if board else "",
                "joinable": (
                    idea.municipality == municipality and idea.stage not in JOIN_CLOSED_STAGES
                ),
            }
            for idea in similar or []
        ]
        context.update(
            form=form,
            similar=similar,
            challenge=challenge,
            form_action=self.challenge_url(challenge) if challenge else self.url,
        )
        if challenge is not None:
            context["language_urls"] = self.challenge_language_urls(challenge)
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        add_never_cache_headers(response)
        return response

    def render_not_open(self, request, challenge, *, data=None, status=200):
        """A challenge that is closed or not open yet takes no ideas: say so, keep nothing,
        and offer what was typed (if anything) as an ordinary idea, without the challenge."""
        from ideas.forms import IdeaForm

        form = None
        if data is not None:
            form = IdeaForm(
                data,
                request=request,
                privacy_url=privacy_url(request),
                language_code=self.locale.language_code,
            )
            form.is_valid()
        context = self.get_context(request)
        context.update(
            challenge=challenge,
            form=form,
            form_action=self.url,
            language_urls=self.challenge_language_urls(challenge),
        )
        response = TemplateResponse(
            request, "ideas/idea_submission_not_open.html", context, status=status
        )
        add_never_cache_headers(response)
        return response

    def challenge_language_urls(self, challenge):
        """The form for the same challenge in each language, for the language switcher."""
        forms_by_language = {
            form_page.locale.language_code: form_page
            for form_page in self.get_translations(inclusive=True).live().select_related("locale")
        }
        urls = {}
        for translation_page in (
            challenge_model()
            .objects.filter(translation_key=challenge.translation_key)
            .select_related("locale")
        ):
            form_page = forms_by_language.get(translation_page.locale.language_code)
            if form_page is not None:
                urls[translation_page.locale.language_code] = form_page.specific.challenge_url(
                    translation_page
                )
        return urls

    def render_thanks(self, request, submitted):
        context = self.get_context(request)
        context["submitted"] = submitted
        board = board_for(self.locale)
        if submitted and submitted["tracking_token"] and board is not None:
            context["tracking_url"] = request.build_absolute_uri(
                board.get_url(request) + board.tracking_path(submitted["tracking_token"])
            )
        if submitted:
            context["stage"] = Stage(submitted["stage"]).label
        if submitted and submitted.get("joined") and board is not None:
            context["public_url"] = board.idea_path(submitted["reference"])
        response = TemplateResponse(
            request, "ideas/idea_submission_thanks.html", context, status=200
        )
        return private_response(response)

    @transaction.atomic
    def create_idea(self, data, challenge=None):
        """Store the idea and queue its e-mails. `receipt_queued` on the idea returned says
        whether a receipt is on its way (not without an address, nor over the address's limit
        of e-mails a day). What needs no reference (the e-mail limit, the tracking link, the
        handlers' addresses) is looked up first: saving the idea takes its reference, and
        other submissions wait for the year's counter from then until this one commits."""
        # Both modules import the models, so they are imported when first needed.
        from ideas.notifications import (
            queue_new_idea_alert,
            queue_receipt,
            receipt_allowed,
            tracking_url,
        )
        from ideas.permissions import handler_emails
        from ideas.staff_mail import queue_manager_alert

        idea = Idea(
            title=data["title"],
            description=data["description"],
            need=data["need"],
            who_benefits=data["who_benefits"],
            area=data["area"],
            municipality=data["municipality"],
            kind=data["kind"],
            challenge=challenge.source_page() if challenge else None,
            language=self.locale.language_code,
            submitter_name=data["name"],
            submitter_email=data["email"],
            submitter_phone=data["phone"],
            show_name=data["show_name"],
            wants_updates=data["wants_updates"],
            shares_contact_with_partners=data["shares_contact_with_partners"],
            consent_at=timezone.now(),
            submitter_kind=data["submitter_kind"],
            administration_id=data["administration"],
            unit_id=data["unit"],
            workplace=data["workplace"],
        )
        allowed = receipt_allowed(idea)
        link = tracking_url(idea)
        handlers = handler_emails(idea.municipality)
        idea.save()
        IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.RECEIVED, to_stage=idea.stage)
        idea.receipt_queued = queue_receipt(idea, allowed=allowed, link=link) is not None
        queue_new_idea_alert(idea, recipients=handlers)
        queue_manager_alert(idea)
        return idea


def challenge_model():
    """ChallengePage, whose module imports this one (the challenge page links to the form)."""
    return apps.get_model("ideas", "ChallengePage")


def joinable_idea(reference, municipality):
    """The published idea of `municipality` that a visitor may join as a co-submitter: one
    that is still being worked on (not closed or merged)."""
    return (
        Idea.objects.public()
        .filter(reference=reference, municipality=municipality)
        .exclude(stage__in=JOIN_CLOSED_STAGES)
        .first()
    )


@transaction.atomic
def join_idea(idea, data):
    """Record the visitor as a co-submitter of `idea` ("this is my idea too")."""
    submitter = IdeaSubmitter.objects.create(
        idea=idea,
        joined_as=IdeaSubmitter.Joined.JOINED,
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        consent_at=timezone.now(),
    )
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.JOINED)
    return submitter


def similar_ideas(data, limit=SIMILAR_LIMIT):
    """Up to `limit` published ideas that share the most words with the new one."""
    words = significant_words(f"{data.get('title', '')} {data.get('need', '')}")
    if not words:
        return []
    query = models.Q()
    for word in list(words)[:10]:
        query |= models.Q(public_title__icontains=word) | models.Q(public_summary__icontains=word)
    candidates = (
        Idea.objects.public()
        .filter(query)
        .only(
            "reference",
            "public_title",
            "public_title_en",
            "title",
            "language",
            "public_summary",
            "stage",
            "municipality",
        )[:100]
    )
    scored = []
    for idea in candidates:
        overlap = len(words & significant_words(f"{idea.public_title} {idea.public_summary}"))
        if overlap:
            scored.append((overlap, idea.pk, idea))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [idea for _, _, idea in scored[:limit]]


STOP_WORDS = {
    "att", "och", "som", "för", "med", "det", "den", "inte", "till", "från", "eller", "kan",
    "ska", "har", "vara", "mer", "mycket", "alla", "när", "där", "vill", "the", "and", "that",
    "for", "with", "this", "from", "would", "could", "more", "have", "they", "their", "there",
}  # fmt: skip


def significant_words(text: str) -> set[str]:
    return {
        word
        for word in re.findall(r"\w+", text.lower())
        if len(word) >= 4 and word not in STOP_WORDS and not word.isdigit()
    }


class IdeaBoardPage(BoardParticipationMixin, FacetedListingMixin, TranslatedRoutesMixin, IntroPage):
    """Published ideas, with filters; each idea's public page; the private tracking pages."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    per_page = BOARD_PAGE_SIZE
    count_text = ngettext_lazy("%(counter)s idea", "%(counter)s ideas", "counter")

    class Meta:
        verbose_name = _("idea board")
        verbose_name_plural = _("idea boards")

    # --- Listing ---------------------------------------------------------------------------

    def get_facets(self, request):
        return BOARD_FACETS

    def get_queryset(self):
        return Idea.objects.public().only(
            "reference",
            "title",
            "public_title",
            "public_summary",
            "public_title_en",
            "public_summary_en",
            "stage",
            "area",
            "municipality",
            "language",
            "created_at",
            "is_example",
        )

    @path("")
    def listing(self, request):
        language = translation.get_language()
        context = self.get_context(request)
        context.update(self.listing_context(request))
        context["ideas"] = [
            (idea, self.idea_path(idea.reference), idea.shown_texts(language))
            for idea in context["page_obj"]
        ]
        return TemplateResponse(request, self.get_template(request), context)

    # --- One published idea ----------------------------------------------------------------

    def idea_path(self, reference):
        return self.url + self.reverse_subpage("idea", args=[reference])

    @re_path(r"^(?P<reference>IDE-\d{4}-\d{4,6})/$", name="idea")
    def idea(self, request, reference):
        idea = (
            Idea.objects.public().select_related("merged_into").filter(reference=reference).first()
        )
        if idea is None:
            raise Http404
        context = self.idea_context(request, idea)
        context["language_urls"] = {
            board.locale.language_code: board.idea_path(reference)
            for board in self.get_translations(inclusive=True).live().select_related("locale")
        }
        return TemplateResponse(request, "ideas/idea_detail.html", context)

    def idea_context(self, request, idea):
        context = self.get_context(request)
        merged_into = idea.merged_into
        language = translation.get_language()
        context.update(
            idea=idea,
            texts=idea.shown_texts(language),
            support_count=support_count(idea),
            support_url=self.participation_path(idea.reference, "support"),
            follow_url=self.participation_path(idea.reference, "follow"),
            events=list(idea.events.public()),
            process=OPEN_STAGES,
            merged_into=merged_into,
            merged_into_url=(
                self.idea_path(merged_into.reference)
                if merged_into is not None and merged_into.is_public
                else ""
            ),
            method_page=method_phase_page(idea.stage, request_locale(request)),
        )
        return context

    # --- The resident's private tracking page ------------------------------------------------

    def tracking_translations(self, request, token):
        """The tracking page in the other languages: the switcher in the header leads to the
        board, so the page links to its own translations."""
        links = []
        for board in self.get_translations().live().select_related("locale"):
            code = board.locale.language_code
            with translation.override(code):
                label = gettext("Follow the idea in English")
            links.append(
                {"code": code, "label": label, "url": board.url + board.tracking_path(token)}
            )
        return links

    def tracking_path(self, token):
        return self.route_path("track", token)

    @translated_re_path(r"^folj/(?P<token>[^/]+)/$", r"^follow/(?P<token>[^/]+)/$", name="track")
    def track(self, request, token):
        if not TOKEN_PATTERN.fullmatch(token):
            raise Http404
        idea = Idea.objects.select_related("merged_into").filter(tracking_token=token).first()
        if idea is None:
            raise Http404
        context = self.idea_context(request, idea)
        other_languages = self.tracking_translations(request, token)
        context.update(
            public_url=self.idea_path(idea.reference),
            other_languages=other_languages,
            # The same page in each language, for a language switcher that knows routes.
            language_urls={
                self.locale.language_code: self.url + self.tracking_path(token),
                **{link["code"]: link["url"] for link in other_languages},
            },
        )
        response = TemplateResponse(request, "ideas/idea_tracking.html", context)
        return private_response(response)
