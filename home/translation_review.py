"""Translations go through the same workflow as the pages they translate (issue 15).

wagtail-localize lets anyone who may translate publish the translation: "Translate" publishes the
new page at once (unless WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off, as it is here)
and "Sync translated pages" has a "Publish immediately" box. Its translation editor has no way
to send a translation for review. So:

- `ModeratedUpdateTranslationsView` answers at wagtail-localize's own "update translations"
  address and keeps its publish box only for users who may publish every translated page;
- `send_translation_for_review` (the "Send the translation for review" item in the "More"
  menu of a translated page in the page listing) writes the translated strings into a draft of the
  page and starts the page's workflow, whose reviewers Wagtail notifies as for any page.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages" without its publish box for users who may
    not publish the translated pages: they update the translations, a moderator publishes."""

    def may_publish(self) -> bool:
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if isinstance(target, Page):
                if not target.permissions_for_user(self.request.user).can_publish():
                    return False
            elif not self.request.user.is_superuser:
                return False
        return True

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.widget = forms.HiddenInput()
            field.help_text = ""
        return form


def translation_of(page) -> Translation | None:
    """The wagtail-localize translation whose target is `page`, if it is a synced one."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def send_translation_for_review(request, page_id):
    """GET: ask to confirm; POST: write the translation into a draft and start the workflow.
    Only for translated pages (not the source language) the user may change; 404 otherwise."""
    pages = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    page = get_object_or_404(pages.exclude(locale=Locale.get_default()), pk=page_id).specific
    back = get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_explore", args=[page.get_parent().pk]
    )
    if request.method != "POST":
        return TemplateResponse(
            request,
            "home/admin/send_translation_for_review.html",
            {
                "page_title": _("Send the translation for review"),
                "page_subtitle": page.get_admin_display_title(),
                "header_icon": "globe",
                "page": page,
                "next_url": back,
            },
        )
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("No workflow is set for this page. Ask a moderator."))
        return redirect(back)
    if page.workflow_in_progress:
        messages.warning(request, _("“%(title)s” is already being reviewed.") % {"title": page})
        return redirect(back)
    translation = translation_of(page)
    if translation is not None:
        # The translated strings become a draft of the page, which the reviewers see.
        translation.save_target(user=request.user, publish=False)
        page.refresh_from_db()
    elif page.get_latest_revision() is None:
        page.save_revision(user=request.user)
    workflow.start(page, request.user)
    messages.success(
        request,
        _("“%(title)s” has been sent for review. The reviewers are told by e-mail.")
        % {"title": page},
    )
    return redirect(back)
