import pytest

from mttq_portal.roles import CHIEF_EDITOR, EDITOR, OFFICER, PUBLISHER
from tests.news.factories import staff_member


@pytest.fixture
def officer(db):
    return staff_member(OFFICER, "canbo")


@pytest.fixture
def publisher(db):
    return staff_member(PUBLISHER, "duyetbai")


@pytest.fixture
def chief_editor(db):
    return staff_member(CHIEF_EDITOR, "tongbientap")


@pytest.fixture
def editor(db):
    return staff_member(EDITOR, "bientap")


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client
