"""The views behind IdeaSubmissionPage's routes: the idea form (opened for a challenge or
not), the similar-ideas step, joining an idea and the thank-you page. The routes hand the page
to these views, which reach the other pages through it; this module imports no page model
(ideas/models/pages.py imports it)."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from home.cache import cached_fragment
from home.form_protection import form_rate_limited, spent_token_result, submit_once
from home.i18n import localize
from home.models import SiteSettings
from ideas import co_submitters
from ideas.forms import IdeaForm
from ideas.models.ideas import Idea
from ideas.models.notifications import Notification
from ideas.responses import private_response
from ideas.stages import Stage
from ideas.submission import (
    JOIN_CLOSED_STAGES,
    create_idea,
    join_idea,
    joinable_idea,
    similar_ideas,
)

# The idea just sent, for the thank-you page, which removes it when shown: its tracking link is
# shown once. The references already shown in this session are kept, so a retried POST shows
# the reference again but not the link.
SUBMITTED_SESSION_KEY = "ideas_submitted"
SHOWN_SESSION_KEY = "ideas_shown"
SHOWN_KEPT = 20
RATE_LIMIT_SCOPE = "idea-submission"
RATE_LIMIT_MESSAGE = _(
    "You have sent several ideas in a short while. Please wait a few minutes and send it again. "
    "What you wrote is still here."
)


def privacy_url(request) -> str:
    """The privacy page's URL in the active language, kept with the page chrome (home/cache.py)."""

    def build():
        page = localize(request, SiteSettings.for_request(request).privacy_page)
        return page.get_url(request) if page else ""

    return cached_fragment(request, "privacy-url", build)


def idea_form(request, page, data=None, *, challenge=None):
    return IdeaForm(
        data,
        request=request,
        privacy_url=privacy_url(request),
        language_code=page.locale.language_code,
        challenge=challenge,
    )


def submission(request, page, *, page_path, challenge=None):
    """The idea form of `page` (served at `page_path`), opened for `challenge` or not."""
    if request.method != "POST":
        if challenge is not None and not challenge.is_open:
            return render_not_open(request, page, challenge)
        return render_form(request, page, idea_form(request, page, challenge=challenge), challenge)
    form = idea_form(request, page, request.POST, challenge=challenge)
    valid = form.is_valid()
    if valid and form.is_spam:
        return render_thanks(request, page, submitted=None)
    # The same form sent again (a retry after an error): what it created, nothing new.
    earlier = spent_token_result(form) if valid else None
    if earlier is not None:
        return show_submitted(request, page, earlier, page_path, first_time=False)
    if challenge is not None and not challenge.is_open:
        # Closed or not open yet: nothing is stored, and what was typed is offered as an
        # ordinary idea.
        return render_not_open(request, page, challenge, data=request.POST, status=409)
    if not valid:
        return render_form(request, page, form, challenge, status=400)
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
            return render_form(request, page, form, challenge, status=400)
    if "confirm" not in request.POST and joined is None:
        similar = similar_ideas(form.cleaned_data)
        if similar:
            return render_form(request, page, form, challenge, similar=similar)
    if form_rate_limited(request, RATE_LIMIT_SCOPE, form, RATE_LIMIT_MESSAGE):
        return render_form(request, page, form, challenge, status=429)
    language = page.locale.language_code
    # The token was found unspent above; a request with the same token running at the same
    # moment is still caught by the token's unique row (submit_once).
    if joined is not None:
        result, first_time = submit_once(
            form, lambda: join_idea(joined, form.cleaned_data, language=language), checked=True
        )
    else:
        result, first_time = submit_once(
            form,
            lambda: create_idea(form.cleaned_data, language=language, challenge=challenge),
            checked=True,
        )
    return show_submitted(request, page, result, page_path, first_time=first_time)


def show_submitted(request, page, result, page_path, *, first_time):
    """Send the resident to the thank-you page with what it shows, taken from the idea in
    hand: once the idea is committed, nothing here reads the database, so a database that
    goes away now cannot cost the resident the reference (issue 19). Sent again, the form
    gets the same reference; the tracking link only if it has not been shown already.
    `result` is the new idea, or the co-submitter who joined an idea: they get the idea's
    reference, never its tracking link (that belongs to whoever sent it); their receipt went to
    the residents' outbox."""
    if isinstance(result, Idea):
        idea, joined = result, False
        if first_time:
            emailed = idea.receipt_queued
        else:
            emailed = idea.notifications.filter(kind=Notification.Kind.RECEIPT).exists()
    else:
        idea, joined = result.idea, True
        emailed = result.receipt_queued if first_time else co_submitters.receipt_sent(result)
    shown = request.session.get(SHOWN_SESSION_KEY, [])
    request.session[SUBMITTED_SESSION_KEY] = {
        "reference": idea.reference,
        "stage": idea.stage,
        "tracking_token": "" if joined or idea.reference in shown else idea.tracking_token,
        "emailed": emailed,
        "joined": joined,
    }
    return redirect(page_path + page.route_path("thanks"))


def thanks(request, page):
    submitted = request.session.pop(SUBMITTED_SESSION_KEY, None)
    if not isinstance(submitted, dict):
        return redirect(page.url)
    shown = request.session.get(SHOWN_SESSION_KEY, [])
    request.session[SHOWN_SESSION_KEY] = [*shown, submitted["reference"]][-SHOWN_KEPT:]
    return render_thanks(request, page, submitted)


def render_form(request, page, form, challenge=None, *, status=200, similar=None):
    context = page.get_context(request)
    board = page.board()
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
        form_action=page.challenge_url(challenge) if challenge else page.url,
    )
    if challenge is not None:
        context["language_urls"] = page.challenge_language_urls(challenge)
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    add_never_cache_headers(response)
    return response


def render_not_open(request, page, challenge, *, data=None, status=200):
    """A challenge that is closed or not open yet takes no ideas: say so, keep nothing,
    and offer what was typed (if anything) as an ordinary idea, without the challenge."""
    form = None
    if data is not None:
        form = idea_form(request, page, data)
        form.is_valid()
    context = page.get_context(request)
    context.update(
        challenge=challenge,
        form=form,
        form_action=page.url,
        language_urls=page.challenge_language_urls(challenge),
    )
    response = TemplateResponse(
        request, "ideas/idea_submission_not_open.html", context, status=status
    )
    add_never_cache_headers(response)
    return response


def render_thanks(request, page, submitted):
    context = page.get_context(request)
    context["submitted"] = submitted
    board = page.board()
    if submitted and submitted["tracking_token"] and board is not None:
        context["tracking_url"] = request.build_absolute_uri(
            board.get_url(request) + board.tracking_path(submitted["tracking_token"])
        )
    if submitted:
        context["stage"] = Stage(submitted["stage"]).label
    if submitted and submitted.get("joined") and board is not None:
        context["public_url"] = board.idea_path(submitted["reference"])
    response = TemplateResponse(request, "ideas/idea_submission_thanks.html", context, status=200)
    return private_response(response)
