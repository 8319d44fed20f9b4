"""The residents' pages reached from an e-mail: the confirmation link (double opt-in) and the
one-click unsubscribe (RFC 8058). Each answers with a clear page and status 200 whatever the
link: unknown, expired, used already. Never cached, never indexed, no referrer (the address
holds a secret)."""

from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ideas import participation
from ideas.participation import Outcome
from ideas.responses import private_response


# No CSRF check: the secret token in the address already proves the request comes from the
# e-mail, and the page sends no referrer (private_response), so browsers send "Origin: null".
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (a mail scanner that opens links confirms nothing); POST confirms.
    A used link stays the supporter's way to withdraw their support."""
    confirmation = participation.find_confirmation(token)
    if request.method == "POST" and request.POST.get("action") == "withdraw":
        withdrawn = participation.withdraw_support(token)
        outcome = "withdrawn" if withdrawn else Outcome.INVALID
    elif request.method == "POST":
        outcome, confirmation = participation.confirm(token)
    else:
        outcome = participation.check(confirmation) or "ready"
    target = confirmation.target if confirmation is not None else None
    context = {
        "outcome": outcome,
        "confirmation": confirmation,
        "reference": getattr(target, "reference", ""),
        "idea_url": (
            participation.public_idea_url(target, request.LANGUAGE_CODE)
            if getattr(target, "is_public", False)
            else ""
        ),
        "supported": (
            confirmation is not None
            and confirmation.purpose == confirmation.Purpose.SUPPORT
            and participation.has_support(confirmation)
        ),
    }
    return private_response(render(request, "ideas/confirm.html", context))


@csrf_exempt  # RFC 8058: the mail client POSTs with no cookie; the token is the secret.
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a button; POST (the button, or a mail client's one-click) unsubscribes."""
    if request.method == "POST":
        outcome = "done" if participation.unsubscribe(token) else Outcome.INVALID
    else:
        known = participation.ResidentAddress.objects.filter(unsubscribe_token=token).exists()
        outcome = "ready" if known else Outcome.INVALID
    return private_response(render(request, "ideas/unsubscribe.html", {"outcome": outcome}))
