"""Where proposals' documents are kept: PRIVATE_MEDIA_ROOT, which no web server serves. Their
addresses lead to the proposal admin's download view, which hands a file only to staff who may
view the proposal holding it."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.urls import reverse
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    # Read at each use, not once: PRIVATE_MEDIA_ROOT may change after the models are loaded
    # (tests, a management command's settings).
    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        return reverse("admin:awards_proposal_file", args=[name])


def private_storage():
    return PrivateStorage()
