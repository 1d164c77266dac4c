"""Uploaded files served in development get the headers nginx gives them in production."""

import pytest
from django.http import Http404
from django.test import RequestFactory

from mttq_portal.views import media as media_view


def get(path):
    """The development media view (routed only with DJANGO_DEBUG=1, which tests do not set)."""
    return media_view(RequestFactory().get(f"/media/{path}"), path)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "anh.png").write_bytes(b"\x89PNG not really")
    (tmp_path / "quyet-dinh.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "trang.html").write_bytes(b"<script>alert(1)</script>")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "sandboxed", "attachment"),
    [("anh.png", True, False), ("quyet-dinh.pdf", False, False), ("trang.html", True, True)],
)
def test_a_media_file_is_never_sniffed_and_sandboxed_unless_a_pdf(
    media, name, sandboxed, attachment
):
    response = get(name)

    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox") is sandboxed
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert (response.get("Content-Disposition") == "attachment") is attachment


@pytest.mark.parametrize("name", ["a" * 5000, "../../etc/passwd", "x\x00y", "khong-co.png"])
def test_a_strange_or_missing_media_name_is_a_404(media, name):
    with pytest.raises(Http404):
        get(name)
