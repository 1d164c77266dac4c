"""What the public pages of the news know of their reader: cookies, voter key, preview rights."""

import functools

from django.conf import settings
from django.core import signing

from mttq_portal.previews import may_preview

from .. import services
from ..models import Article

# Article ids this reader was counted for, and when: a signed cookie, so that anonymous
# readers need no database session.
RECENT_VIEWS_COOKIE = "da_xem"
RECENT_VIEWS_SALT = "news.recent-views"
# A random token naming this reader's browser for one vote per article; only its hash is stored.
VOTER_COOKIE = "voter"
VOTER_SALT = "news.voter"
VOTER_COOKIE_AGE = 2 * 365 * 24 * 60 * 60


def site_root(request):
    """Return the site's address with a final slash: SITE_URL when set (canonical links must
    not depend on the Host a request came by), else this request's own."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/") + "/"
    return request.build_absolute_uri("/")


def reader_voter_key(request):
    """Return the hashed voter key of this reader's signed cookie, or None without one."""
    if VOTER_COOKIE not in request.COOKIES:
        return None
    token = request.get_signed_cookie(VOTER_COOKIE, default=None, salt=VOTER_SALT)
    return services.voter_key(token) if token else None


def recent_views(request):
    """Return {article id: time counted} of this reader's visits still running."""
    if RECENT_VIEWS_COOKIE not in request.COOKIES:
        return {}
    return services.recent_views_load(
        request.get_signed_cookie(
            RECENT_VIEWS_COOKIE, default="", salt=RECENT_VIEWS_SALT, max_age=services.VISIT_SECONDS
        )
    )


@functools.cache
def _recent_views_signer():
    # What HttpResponse.set_signed_cookie() uses, made once per process rather than per reader.
    return signing.get_cookie_signer(salt=RECENT_VIEWS_COOKIE + RECENT_VIEWS_SALT)


def set_recent_views_cookie(response, recent):
    """Set the signed cookie request.get_signed_cookie(RECENT_VIEWS_COOKIE, salt=...) reads."""
    response.set_cookie(
        RECENT_VIEWS_COOKIE,
        _recent_views_signer().sign(services.recent_views_dump(recent)),
        max_age=services.VISIT_SECONDS,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def set_voter_cookie(response, token):
    response.set_signed_cookie(
        VOTER_COOKIE,
        token,
        salt=VOTER_SALT,
        max_age=VOTER_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def can_preview(user):
    return may_preview(user, Article)
