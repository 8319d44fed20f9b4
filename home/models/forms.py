from django.conf import settings
from django.db import models
from django.forms import CharField, EmailField, Textarea
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import form_protection
from home.outbox import queue_email

from .base import BasePage, IntroPage
from .outbox import OutgoingEmail

MULTILINE_MAX_LENGTH = 4000
AUTOCOMPLETE = {"name": "name", "email": "email", "phone": "tel", "organisation": "organization"}


class FormField(TranslatableMixin, AbstractFormField):
    """A field of a FormPage. Translatable, so the English form has English labels; clean_name is
    synchronised so that submissions in both languages are stored under the same keys."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class SiteFormBuilder(FormBuilder):
    """Form fields with plain-language error messages and a length limit on every text field."""

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = {
            "required": _("Fill in this field."),
            "max_length": _("Write at most %(limit_value)d characters. You wrote %(show_value)d."),
        }
        return options

    @property
    def formfields(self):
        # Say what personal fields hold, so browsers can fill them in (WCAG 1.3.5).
        fields = super().formfields
        for name, form_field in fields.items():
            purpose = AUTOCOMPLETE.get(name) or (
                "email" if isinstance(form_field, EmailField) else None
            )
            if purpose:
                form_field.widget.attrs["autocomplete"] = purpose
        return fields

    def create_multiline_field(self, field, options):
        return CharField(widget=Textarea, max_length=MULTILINE_MAX_LENGTH, **options)

    def create_email_field(self, field, options):
        options["error_messages"]["invalid"] = _(
            "Write an e-mail address in the form name@example.com."
        )
        return super().create_email_field(field, options)

    def get_form_class(self):
        return type("SiteForm", (form_protection.ProtectedFormMixin, BaseForm), self.formfields)


class FormPage(AbstractEmailForm, IntroPage):
    """A form built by editors, e.g. the accessibility feedback form. Submissions are stored and
    e-mailed to the given addresses through a background task."""

    privacy_notice = RichTextField(
        _("how we handle the answers"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the send button: what happens with the personal data."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"), features=["bold", "italic", "link", "ul"], blank=True
    )

    form_builder = SiteFormBuilder
    landing_page_template = "home/form_page_landing.html"

    content_panels = [
        *BasePage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_notice"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    translatable_fields = [
        *IntroPage.translatable_fields,
        TranslatableField("privacy_notice"),
        TranslatableField("thank_you_text"),
        TranslatableField("subject"),
        TranslatableField("form_fields"),
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    def get_submissions_list_view_class(self):
        """The submissions listing, whose CSV and XLSX exports cannot carry formulas."""
        # Imported here: Wagtail's admin views load models, which cannot happen while models load.
        from home.admin_urls import NeutralisedSubmissionsListView

        return NeutralisedSubmissionsListView

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    def serve(self, request, *args, **kwargs):
        # The page carries a CSRF token and the reader's answers: never store it in a cache.
        response = self.serve_form(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def serve_form(self, request, *args, **kwargs):
        if request.method != "POST":
            return self.render_form(
                request, self.get_form(page=self, user=request.user, request=request), status=200
            )
        form = self.get_form(
            request.POST, request.FILES, page=self, user=request.user, request=request
        )
        if form_protection.form_rate_limited(request, f"form-page-{self.translation_key}", form):
            return self.render_form(request, form, status=429)
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        if form.is_spam:
            return self.render_landing_page(request, None, *args, **kwargs)
        # Sent again with the same token (a retry after an error): the same landing page, and
        # neither a second submission nor a second e-mail.
        submission, _created = form_protection.submit_once(
            form, lambda: self.process_form_submission(form)
        )
        return self.render_landing_page(request, submission, *args, **kwargs)

    def get_preview_context(self, request, mode_name):
        # As Wagtail's, with the request the form token needs.
        context = self.get_context(request)
        context["form"] = self.get_form(page=self, user=request.user, request=request)
        return context

    def render_form(self, request, form, status):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        submission = AbstractForm.process_form_submission(self, form)
        recipients = [address.strip() for address in self.to_address.split(",")]
        queue_email(
            kind=OutgoingEmail.Kind.FORM_SUBMISSION,
            to=[address for address in recipients if address],
            subject=self.subject or self.title,
            body=self.render_submission_email(submission),
            about=submission,
            from_address=self.from_address,
        )
        return submission

    def render_submission_email(self, submission):
        """The e-mail to staff: each field's label and answer, in the form's language."""
        data = submission.get_data()
        lines = [f"{self.title}", ""]
        for field in self.get_form_fields():
            value = data.get(field.clean_name, "")
            if isinstance(value, list):
                value = ", ".join(value)
            lines.append(f"{field.label}: {value}")
        lines += ["", f"{settings.WAGTAILADMIN_BASE_URL}/admin/forms/submissions/{self.pk}/"]
        return "\n".join(lines)
