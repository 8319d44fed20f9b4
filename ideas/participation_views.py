"""The views behind IdeaBoardPage's routes for taking part (ideas/participation.py): support or
follow a published idea by e-mail, and get one's tracking links sent again. Each form is a page
of its own, never part of the cached idea page, since its form token belongs to the visitor's
session. The routes hand the board to these views; this module imports no page model
(ideas/models/pages.py imports it)."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from home.form_protection import rate_limited
from ideas.models.ideas import Idea
from ideas.models.participation import Confirmation
from ideas.participation import request_confirmation, send_lost_links, support_count
from ideas.participation_forms import AddressForm

RATE_LIMIT_SCOPE = "participation"
RATE_LIMIT_MESSAGE = _(
    "You have sent this form several times in a short while. Please wait a few minutes and "
    "send it again. What you wrote is still here."
)

PURPOSES = {
    Confirmation.Purpose.SUPPORT: {
        "title": _("Support the idea"),
        "intro": _(
            "Show that you think the idea is worth working on. We count one support per e-mail "
            "address. Only the number of supporters is shown, never who they are."
        ),
        "button": _("Support the idea"),
        "sent": _("Check your e-mail: your support counts once you have opened the link we sent."),
    },
    Confirmation.Purpose.FOLLOW: {
        "title": _("Follow the idea by e-mail"),
        "intro": _(
            "We e-mail you when the idea moves to a new stage or the municipality answers. You "
            "can stop the e-mails at any time with the link in each of them."
        ),
        "button": _("Follow the idea"),
        "sent": _("Check your e-mail: you follow the idea once you have opened the link we sent."),
    },
}


def participate(request, board, reference, purpose):
    """Ask for an address and e-mail the link that confirms the support or the follow.
    Only a published idea can be supported or followed."""
    idea = Idea.objects.public().filter(reference=reference).first()
    if idea is None:
        raise Http404
    texts = PURPOSES[purpose]
    context = board.get_context(request)
    context.update(
        idea=idea,
        texts=idea.shown_texts(translation.get_language()),
        purpose=purpose,
        heading=texts["title"],
        intro=texts["intro"],
        button=texts["button"],
        idea_url=board.idea_path(reference),
        support_count=support_count(idea),
    )
    form = AddressForm(request.POST or None, request=request)
    status = 200
    if request.method == "POST":
        if form.is_valid() and not form.is_spam:
            if rate_limited(request, RATE_LIMIT_SCOPE):
                form.add_error(None, RATE_LIMIT_MESSAGE)
                status = 429
            else:
                request_confirmation(
                    form.cleaned_data["email"], purpose, idea, translation.get_language()
                )
                context["sent"] = texts["sent"]
        elif form.is_spam:
            context["sent"] = texts["sent"]
        else:
            status = 400
    context["form"] = form
    return private_form(request, "ideas/participate.html", context, status)


def lost_links(request, board):
    """Send the tracking links of the ideas sent from an address. The answer is the same
    whether or not the address is known."""
    form = AddressForm(request.POST or None, request=request)
    context = board.get_context(request)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            if rate_limited(request, RATE_LIMIT_SCOPE):
                form.add_error(None, RATE_LIMIT_MESSAGE)
                status = 429
            else:
                if not form.is_spam:
                    send_lost_links(form.cleaned_data["email"], translation.get_language())
                context["sent"] = True
        else:
            status = 400
    context["form"] = form
    return private_form(request, "ideas/lost_links.html", context, status)


def private_form(request, template, context, status):
    response = TemplateResponse(request, template, context, status=status)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
