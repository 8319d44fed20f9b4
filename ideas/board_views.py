"""The views behind IdeaBoardPage's routes for one idea: its public page and the resident's
private tracking page. The routes hand the board to these views; this module imports no page
model (ideas/models/pages.py imports it)."""

import re

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext

from home.i18n import request_locale
from ideas.models.ideas import Idea
from ideas.participation import support_count
from ideas.responses import private_response
from ideas.stages import OPEN_STAGES
from methodology.models import MethodPhasePage

TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{32,64}")


def method_phase_page(stage, locale):
    """The live MethodPhasePage that explains `stage` in this language, if there is one."""
    return MethodPhasePage.objects.live().public().filter(idea_stage=stage, locale=locale).first()


def idea_page(request, board, reference):
    idea = Idea.objects.public().select_related("merged_into").filter(reference=reference).first()
    if idea is None:
        raise Http404
    context = idea_context(request, board, idea)
    context["language_urls"] = {
        translated.locale.language_code: translated.idea_path(reference)
        for translated in board.get_translations(inclusive=True).live().select_related("locale")
    }
    return TemplateResponse(request, "ideas/idea_detail.html", context)


def idea_context(request, board, idea):
    context = board.get_context(request)
    merged_into = idea.merged_into
    language = translation.get_language()
    context.update(
        idea=idea,
        texts=idea.shown_texts(language),
        support_count=support_count(idea),
        support_url=board.participation_path(idea.reference, "support"),
        follow_url=board.participation_path(idea.reference, "follow"),
        events=[(event, event.shown_note(language)) for event in idea.events.public()],
        process=OPEN_STAGES,
        merged_into=merged_into,
        merged_into_url=(
            board.idea_path(merged_into.reference)
            if merged_into is not None and merged_into.is_public
            else ""
        ),
        method_page=method_phase_page(idea.stage, request_locale(request)),
    )
    return context


def tracking_translations(board, token):
    """The tracking page in the other languages: the switcher in the header leads to the
    board, so the page links to its own translations."""
    links = []
    for translated in board.get_translations().live().select_related("locale"):
        code = translated.locale.language_code
        with translation.override(code):
            label = gettext("Follow the idea in English")
        links.append(
            {"code": code, "label": label, "url": translated.url + translated.tracking_path(token)}
        )
    return links


def tracking_page(request, board, token):
    if not TOKEN_PATTERN.fullmatch(token):
        raise Http404
    idea = Idea.objects.select_related("merged_into").filter(tracking_token=token).first()
    if idea is None:
        raise Http404
    context = idea_context(request, board, idea)
    other_languages = tracking_translations(board, token)
    context.update(
        public_url=board.idea_path(idea.reference),
        other_languages=other_languages,
        # The same page in each language, for a language switcher that knows routes.
        language_urls={
            board.locale.language_code: board.url + board.tracking_path(token),
            **{link["code"]: link["url"] for link in other_languages},
        },
    )
    response = TemplateResponse(request, "ideas/idea_tracking.html", context)
    return private_response(response)
