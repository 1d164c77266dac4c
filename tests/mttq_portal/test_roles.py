import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from mttq_portal.roles import EDITOR, OFFICER, PUBLISHER, ROLES

pytestmark = pytest.mark.django_db


def _codes(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_setup_roles_creates_the_three_groups_with_exactly_their_permissions():
    call_command("setup_roles", verbosity=0)
    for name, permissions in ROLES.items():
        assert _codes(name) == set(permissions)


def test_setup_roles_is_idempotent_and_repairs_drift():
    call_command("setup_roles", verbosity=0)
    editors = Group.objects.get(name=EDITOR)
    editors.permissions.clear()
    call_command("setup_roles", verbosity=0)
    call_command("setup_roles", verbosity=0)
    assert Group.objects.filter(name__in=ROLES).count() == len(ROLES) == 4
    assert _codes(EDITOR) == set(ROLES[EDITOR])


def test_editors_cannot_publish_and_officers_touch_no_news():
    call_command("setup_roles", verbosity=0)
    assert "news.publish_article" not in _codes(EDITOR)
    assert "news.publish_article" in _codes(PUBLISHER)
    assert not any(code.startswith("news.") for code in _codes(OFFICER))
    assert not any(code.startswith(("models_registry.", "awards.")) for code in _codes(EDITOR))
    assert not any(code.startswith(("models_registry.", "awards.")) for code in _codes(PUBLISHER))
