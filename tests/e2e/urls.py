"""The site's URLs, plus the uploaded files, for the browser tests' live server.

In production the web server in front serves MEDIA_ROOT, and mttq_portal.urls serves it only
with DEBUG on; the tests run with DEBUG off, yet the pages they open show covers and uploaded
photos, which must load for a page to count as working.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from mttq_portal.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # MEDIA_ROOT is read per request: tests/conftest.py gives every test its own folder.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")), media),
    *site_urlpatterns,
]
