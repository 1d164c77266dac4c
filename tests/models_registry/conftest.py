import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from mttq_portal.roles import EDITOR, OFFICER
from tests.news.factories import staff_member


def xlsx_bytes(rows):
    """Return an Excel workbook holding `rows` (the first is the header), built in memory."""
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows, delimiter=","):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def upload(rows, file_format):
    """Return (form data for the admin import page, the uploaded file) for `rows`."""
    if file_format == "xlsx":
        content, name, index = xlsx_bytes(rows), "mo-hinh.xlsx", "0"
    else:
        content, name, index = csv_bytes(rows), "mo-hinh.csv", "1"
    return {"resource": "0", "format": index, "import_file": SimpleUploadedFile(name, content)}


@pytest.fixture
def officer(db):
    return staff_member(OFFICER, "canbo")


@pytest.fixture
def editor(db):
    return staff_member(EDITOR, "bientap")


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client
