"""Security headers for every response."""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse

from .ratelimit import has_reached, note
from .text import clean_line


def is_back_office(path: str) -> bool:
    """Return True for the paths served under the back office's own policy."""
    prefixes = settings.CONTENT_SECURITY_POLICY_BACK_OFFICE["URL_PREFIXES"]
    return path.startswith(tuple(prefixes))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the back office's policy for the admin and CKEditor 5.

    A view's own @csp decorator still wins over both policies.

    Building the header is most of this middleware's cost, and without a nonce or a view's
    own policy it is the same string every time: it is built once per policy and process.
    """

    # Set on a response by django-csp's decorators: such a response gets its own header.
    PER_RESPONSE = (
        "_csp_config", "_csp_update", "_csp_replace", "_csp_exempt",
        "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro", "_csp_exempt_ro",
    )  # fmt: skip

    def __init__(self, get_response):
        super().__init__(get_response)
        self.fixed_headers = {}
        # Paths excluded from a policy would need a key per path: then nothing is kept.
        policies = ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
        self.keep = not any(
            (getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES") for name in policies
        )

    def process_response(self, request, response):
        own_policy = any(hasattr(response, name) for name in self.PER_RESPONSE)
        if (
            not self.keep
            or settings.DEBUG  # django-csp leaves Django's debug pages alone
            or own_policy
            or getattr(request, "_csp_nonce", None) is not None
            or HEADER in response
            or HEADER_REPORT_ONLY in response
        ):
            return super().process_response(request, response)
        back_office = is_back_office(request.path_info)
        headers = self.fixed_headers.get(back_office)
        if headers is None:
            probe = super().process_response(request, HttpResponse())
            headers = {name: probe[name] for name in (HEADER, HEADER_REPORT_ONLY) if name in probe}
            self.fixed_headers[back_office] = headers
        for name, value in headers.items():
            response[name] = value
        # As django-csp does: a nonce asked for from now on could not be in the header.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_back_office(request.path_info):
            parts.config = settings.CONTENT_SECURITY_POLICY_BACK_OFFICE["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """Add the Permissions-Policy header built from settings.PERMISSIONS_POLICY.

    Each feature maps to the origins allowed to use it; an empty list turns it off everywhere.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class AdminLoginRateLimitMiddleware:
    """Refuse admin login POSTs from a client address that has failed too many logins lately.

    django-axes locks each account after a few failures; this bounds what one address (its /64
    for IPv6: mttq_portal.ratelimit.client_key) can try across many accounts. Only failures
    count: a POST that logs nobody in (a wrong password, a locked account, a refused form). A
    login that succeeds counts nothing, so staff behind one office address log in as often as
    they need. Once an address has failed settings.ADMIN_LOGIN_RATE_LIMIT times in the current
    window of ADMIN_LOGIN_RATE_WINDOW seconds, every login POST from it gets 429 until the window
    ends, with the right password too: otherwise guessing could go on, and a right guess would
    still show.

    The count is read before the view and added to after it, in the shared cache, so all app
    servers count together. Logins that passed the check while the last failures were still
    under way run on: an address can go past the limit by at most as many failures as the app
    servers handle at the same moment.
    """

    SCOPE = "admin-login"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (request.method == "POST" and request.path_info == reverse("admin:login")):
            return self.get_response(request)
        # django-axes stores these headers with every login, and PostgreSQL text cannot hold
        # a NUL: a client sending one must get the login page, not a 500.
        for key in ("HTTP_USER_AGENT", "HTTP_ACCEPT"):
            if key in request.META:
                request.META[key] = clean_line(request.META[key])
        window = settings.ADMIN_LOGIN_RATE_WINDOW
        if has_reached(request, self.SCOPE, limit=settings.ADMIN_LOGIN_RATE_LIMIT, window=window):
            return render(request, "axes/rate_limited.html", status=429)
        response = self.get_response(request)
        if not self.logged_in(request, response):
            note(request, self.SCOPE, window=window)
        return response

    @staticmethod
    def logged_in(request, response) -> bool:
        """Return True if this login POST logged its user in: the admin then redirects, and the
        request's user is the one just logged in (contrib.auth's login() sets it)."""
        user = getattr(request, "user", None)
        return response.status_code == 302 and user is not None and user.is_authenticated
