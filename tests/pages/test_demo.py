"""The demo's introduction pages, leaders and contacts."""

import pytest
from django.urls import reverse

from mttq_portal.demo.loader import DemoReport
from mttq_portal.demo.pages import load_pages
from pages.models import ContactPerson, Leader, Page

pytestmark = pytest.mark.django_db


def counts():
    return (Page.objects.count(), Leader.objects.count(), ContactPerson.objects.count())


def test_demo_pages_load_once_and_a_second_load_changes_nothing():
    first = DemoReport()
    load_pages(report=first, now=None)
    after_first = counts()
    second = DemoReport()
    load_pages(report=second, now=None)

    assert counts() == after_first
    assert sum(second.created.values()) == 0
    assert first.created["trang giới thiệu"] == after_first[0] >= 5
    assert first.created["lãnh đạo"] == after_first[1] >= 3
    assert first.created["cán bộ đầu mối liên hệ"] == after_first[2] >= 2
    assert second.cover_names == []
    assert len(first.cover_names) >= 2 * Leader.objects.exclude(photo="").count()


def test_demo_pages_form_the_expected_tree_and_kinds():
    load_pages(report=DemoReport(), now=None)

    tops = Page.objects.for_navigation()
    assert tops[0].title == "Giới thiệu chung"
    structure = next(p for p in tops if p.slug == "co-cau-to-chuc")
    assert len(structure.navigation_children) >= 1
    assert Page.objects.get(kind=Page.Kind.LEADERS).slug == "lanh-dao"
    assert Page.objects.get(kind=Page.Kind.CONTACT).slug == "lien-he"
    assert "18/11/1930" in Page.objects.get(slug="gioi-thieu-chung").body


def test_demo_leaders_are_labelled_illustrations_and_contacts_valid():
    load_pages(report=DemoReport(), now=None)

    chair = Leader.objects.filter(is_current=True).first()
    assert chair.position.startswith("Ủy viên Ban Thường vụ") and "Chủ tịch" in chair.position
    assert Leader.objects.filter(is_current=True, position__startswith="Phó Chủ tịch").count() >= 2
    for leader in Leader.objects.exclude(photo=""):
        assert "Ảnh minh họa" in leader.photo_description
        assert leader.photo_srcset
    for person in ContactPerson.objects.all():
        person.full_clean()


def test_demo_leaders_and_contact_pages_answer(client):
    load_pages(report=DemoReport(), now=None)

    leaders = client.get(reverse("pages:page", kwargs={"slug": "lanh-dao"})).content.decode()
    contact = client.get(reverse("pages:page", kwargs={"slug": "lien-he"})).content.decode()

    assert "Lê Minh Tuấn" in leaders and "Ảnh minh họa" in leaders
    assert 'href="mailto:vanphong@mttq.example.vn"' in contact
    assert 'href="tel:+841234567801"' in contact
