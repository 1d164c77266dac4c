import pytest
from django.core.cache import caches

from mttq_portal import pagecache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Start every test with empty caches and no content version read, so that no cached page,
    counter or version leaks between tests."""
    for name in ("default", "pages"):
        caches[name].clear()
    pagecache.forget_version()
    yield
    for name in ("default", "pages"):
        caches[name].clear()
    pagecache.forget_version()


@pytest.fixture(autouse=True)
def _fast_password_hasher(request, settings):
    """Hash test passwords with a fast hasher: PBKDF2 costs ~0.3 s per login.

    A module whose passwords are checked by another process (a real gunicorn server) sets
    REAL_PASSWORD_HASHERS = True and keeps the production hashers.
    """
    if getattr(request.module, "REAL_PASSWORD_HASHERS", False):
        return
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Keep every file a test uploads in a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
