import pytest
from django.contrib.auth.models import Group

from mttq_portal.roles import OFFICER, setup_roles
from tests.news.factories import UserFactory


@pytest.fixture
def officer(db):
    """A staff member in the "Cán bộ phong trào" group, with exactly that role's permissions."""
    setup_roles()
    user = UserFactory(username="canbo", is_staff=True)
    user.groups.add(Group.objects.get(name=OFFICER))
    return user


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Hashing test passwords the production way costs most of a second per user.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
