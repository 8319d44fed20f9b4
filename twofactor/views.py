"""The admin's two-factor pages: the code after the password, set-up, the user's own devices and
a superuser's reset of another user's devices."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django_otp import login as otp_login
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from twofactor import devices
from twofactor.forms import AppCodeForm, CodeForm, FreshCodeForm
from twofactor.policy import two_factor_required

SETUP_DEVICE_SESSION_KEY = "twofactor_setup_device"


def _next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def _signed_in_with(request, device):
    """The second factor is proved: a new session key (no fixation) and django-otp's mark."""
    request.session.cycle_key()
    otp_login(request, device)


@method_decorator(never_cache, name="dispatch")
class VerifyView(View):
    """The step after the password for a user who has a second factor."""

    template_name = "twofactor/verify.html"

    def get(self, request):
        return self.render(CodeForm())

    def post(self, request):
        form = CodeForm(request.POST)
        if form.is_valid():
            try:
                device = devices.verify_code(request.user, form.cleaned_data["code"])
            except devices.CodeRefused as refused:
                form.add_error("code", refused.message)
            else:
                _signed_in_with(request, device)
                if not devices.is_app_code(devices.normalise(form.cleaned_data["code"])):
                    messages.warning(
                        request,
                        _(
                            "You signed in with a recovery code; it cannot be used again. "
                            "%(left)d recovery codes are left."
                        )
                        % {"left": device.token_set.count()},
                    )
                return redirect(_next_url(request))
        return self.render(form, status=400)

    def render(self, form, status=200):
        context = {
            "form": form,
            "next": _next_url(self.request),
            "has_passkey": devices.passkeys(self.request.user).exists(),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)


@method_decorator(never_cache, name="dispatch")
class SetupView(View):
    """Adds an authenticator app: scan the QR code or type the key, confirm with a code; the
    first time, ten recovery codes are shown once."""

    template_name = "twofactor/setup.html"

    def pending_device(self):
        device_id = self.request.session.get(SETUP_DEVICE_SESSION_KEY)
        return devices.pending_totp_device(self.request.user, device_id) if device_id else None

    def get(self, request):
        device = self.pending_device()
        if device is None:
            device = devices.new_totp_device(request.user)
            request.session[SETUP_DEVICE_SESSION_KEY] = device.pk
        return self.render(device, AppCodeForm())

    def post(self, request):
        device = self.pending_device()
        if device is None:
            return redirect("twofactor_setup")
        form = AppCodeForm(request.POST)
        if form.is_valid():
            try:
                devices.verify_code(request.user, form.cleaned_data["code"], app_devices=[device])
            except devices.CodeRefused as refused:
                form.add_error("code", refused.message)
            else:
                return self.confirmed(device)
        return self.render(device, form, status=400)

    def confirmed(self, device):
        request = self.request
        first = not devices.has_device(request.user)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        del request.session[SETUP_DEVICE_SESSION_KEY]
        _signed_in_with(request, device)
        if first or devices.recovery_device(request.user) is None:
            return recovery_codes_response(request, devices.new_recovery_codes(request.user))
        messages.success(request, _("The authenticator app is added."))
        return redirect("twofactor_manage")

    def render(self, device, form, status=200):
        context = {
            "form": form,
            "qr_code": devices.qr_code_svg(device),
            "key": devices.readable_key(device),
            "required": two_factor_required(self.request.user),
            "first": not devices.has_device(self.request.user),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)


def recovery_codes_response(request, codes):
    """The only time the codes are shown (the response is never cached)."""
    context = {"codes": [devices.formatted(code) for code in codes], "next": _next_url(request)}
    response = TemplateResponse(request, "twofactor/recovery_codes.html", context)
    response["Cache-Control"] = "no-store"
    return response


class TwoFactorAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class ManageView(TwoFactorAdminMixin, TemplateView):
    """The user's own second factors, from the account menu."""

    template_name = "twofactor/manage.html"
    page_title = gettext_lazy("Two-factor sign-in")

    def get_context_data(self, **kwargs):
        user = self.request.user
        recovery = devices.recovery_device(user)
        return super().get_context_data(
            apps=devices.totp_devices(user),
            passkeys=devices.passkeys(user),
            recovery_codes_left=recovery.token_set.count() if recovery else None,
            required=two_factor_required(user),
            form=FreshCodeForm(),
            **kwargs,
        )


@method_decorator(never_cache, name="dispatch")
class NewRecoveryCodesView(View):
    def post(self, request):
        form = FreshCodeForm(request.POST)
        if form.is_valid():
            try:
                devices.verify_code(request.user, form.cleaned_data["code"])
            except devices.CodeRefused as refused:
                messages.error(request, refused.message)
            else:
                return recovery_codes_response(request, devices.new_recovery_codes(request.user))
        else:
            messages.error(request, _("Type a code to confirm."))
        return redirect("twofactor_manage")


class RemoveDeviceView(View):
    """Removes one authenticator app or passkey, after a fresh code."""

    def post(self, request, kind, pk):
        queryset = {"app": devices.totp_devices, "passkey": devices.passkeys}[kind](request.user)
        device = get_object_or_404(queryset, pk=pk)
        form = FreshCodeForm(request.POST)
        if form.is_valid():
            try:
                devices.verify_code(request.user, form.cleaned_data["code"])
            except devices.CodeRefused as refused:
                messages.error(request, refused.message)
            else:
                device.delete()
                messages.success(request, _("The device is removed."))
        else:
            messages.error(request, _("Type a code to confirm."))
        return redirect("twofactor_manage")


class ResetView(TwoFactorAdminMixin, TemplateView):
    """A superuser removes every second factor of another user (a lost phone)."""

    template_name = "twofactor/reset.html"
    page_title = gettext_lazy("Reset two-factor sign-in")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.target = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(target=self.target, **kwargs)

    def post(self, request, user_id):
        devices.reset_devices(self.target, by=request.user)
        messages.success(
            request,
            _("Two-factor sign-in of %(user)s is reset.") % {"user": self.target.get_username()},
        )
        return redirect("wagtailusers_users:edit", self.target.pk)
