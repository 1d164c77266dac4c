import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Start every test with an empty cache, so no cached page or counter leaks between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Keep every file a test uploads in a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
