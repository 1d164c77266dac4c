import pytest

from mttq_portal.roles import OFFICER
from tests.news.factories import staff_member


@pytest.fixture
def officer(db):
    """A staff member in the "Cán bộ phong trào" group, with exactly that role's permissions."""
    return staff_member(OFFICER, "canbo")


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client
