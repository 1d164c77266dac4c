"""Authentication backends, and the client address django-axes records."""

import ipaddress

from axes.backends import AxesStandaloneBackend

from .ratelimit import client_ip


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check for every login made through a web request.

    Logins over HTTP always pass the request (Django's AuthenticationForm does), so they are
    all throttled. A call without one comes from code on the server (a shell, the test client's
    `login()`), which has no client address to throttle: it goes on to the next backend instead
    of failing as django-axes' own backend does.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def login_client_ip(request) -> str | None:
    """Return the client address for django-axes' records, or None when it is not an address.

    The client's own, whole address (mttq_portal.ratelimit.client_ip), as the rate limits read
    it but not grouped as they count it (an IPv6 address is not cut to its /64), and checked:
    axes stores it in an address column (inet on PostgreSQL), which refuses anything else.
    """
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
