"""Security headers for every response."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from .ratelimit import is_limited


def is_back_office(path: str) -> bool:
    """Return True for the paths served under the back office's own policy."""
    prefixes = settings.CONTENT_SECURITY_POLICY_BACK_OFFICE["URL_PREFIXES"]
    return path.startswith(tuple(prefixes))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the back office's policy for the admin and CKEditor 5.

    A view's own @csp decorator still wins over both policies.
    """

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
    """Refuse admin login POSTs from one client address past settings.ADMIN_LOGIN_RATE_LIMIT.

    django-axes locks each account after a few failures; this bounds what one address can try
    across many accounts. Counted in the shared cache, so all app servers count together.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        is_login = request.method == "POST" and request.path_info == reverse("admin:login")
        if is_login and is_limited(
            request,
            "admin-login",
            limit=settings.ADMIN_LOGIN_RATE_LIMIT,
            window=settings.ADMIN_LOGIN_RATE_WINDOW,
        ):
            return render(request, "axes/rate_limited.html", status=429)
        return self.get_response(request)
