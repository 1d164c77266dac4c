"""The pages' admin: publishers write the pages, leaders and contacts, with history; editors
cannot."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from mttq_portal.roles import CHIEF_EDITOR, EDITOR, PUBLISHER
from pages.models import ContactPerson, Leader, Page
from tests.news.factories import staff_member

from .factories import PageFactory

pytestmark = pytest.mark.django_db

PAGE_ADD = reverse("admin:pages_page_add")


def page_form(**values):
    return {
        "title": "Chức năng, nhiệm vụ",
        "slug": "",
        "order": 2,
        "kind": "thuong",
        "summary": "Theo Luật Mặt trận Tổ quốc Việt Nam năm 2015.",
        "body": "<p>Đại diện, bảo vệ quyền và lợi ích hợp pháp của Nhân dân.</p>",
        "is_published": "on",
        **values,
    }


@pytest.fixture
def publisher_client(client):
    client.force_login(staff_member(PUBLISHER, "duyetbai"))
    return client


def test_publisher_adds_and_changes_a_page_and_its_history_names_them(publisher_client):
    response = publisher_client.post(PAGE_ADD, page_form())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = Page.objects.get()
    assert page.slug == "chuc-nang-nhiem-vu"

    change = reverse("admin:pages_page_change", args=[page.pk])
    response = publisher_client.post(change, page_form(slug=page.slug, summary="Bản mới."))
    assert response.status_code == 302

    versions = list(page.history.all())
    assert [v.summary for v in versions] == ["Bản mới.", page_form()["summary"]]
    assert {v.history_user.username for v in versions} == {"duyetbai"}
    history = publisher_client.get(reverse("admin:pages_page_history", args=[page.pk]))
    assert history.status_code == 200
    assert "Các phiên bản của trang" in history.content.decode()


def test_the_admin_refuses_a_third_level_and_offers_only_top_pages_as_parents(publisher_client):
    top = PageFactory(title="Cơ cấu tổ chức")
    child = PageFactory(title="Ban Thường trực", parent=top)

    form = publisher_client.get(PAGE_ADD).content.decode()
    response = publisher_client.post(PAGE_ADD, page_form(parent=child.pk))

    assert f'<option value="{top.pk}">' in form
    assert f'<option value="{child.pk}">' not in form
    assert response.status_code == 200
    assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    assert not Page.objects.filter(title="Chức năng, nhiệm vụ").exists()


def test_the_list_shows_the_tree_each_parent_followed_by_its_children(publisher_client):
    second = PageFactory(title="Liên hệ", order=5)
    first = PageFactory(title="Cơ cấu tổ chức", order=3)
    PageFactory(title="Văn phòng", parent=first, order=2)
    PageFactory(title="Ban Thường trực", parent=first, order=1)

    html = publisher_client.get(reverse("admin:pages_page_changelist")).content.decode()

    titles = ["Cơ cấu tổ chức", "Ban Thường trực", "Văn phòng", second.title]
    rows = html[html.index('id="result_list"') :]
    positions = [rows.index(f"{title}</a>") for title in titles]
    assert positions == sorted(positions)


def png_upload(name="chan-dung.png", size=(900, 1200)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 130, 145)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_publisher_adds_a_leader_whose_photo_is_reencoded_with_its_sizes(publisher_client):
    response = publisher_client.post(
        reverse("admin:pages_leader_add"),
        {
            "name": "Lê Minh Tuấn",
            "position": "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
            "term": "2024–2029",
            "photo": png_upload(),
            "photo_alt": "",
            "bio": "",
            "order": 1,
            "is_current": "on",
        },
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    leader = Leader.objects.get()
    assert re.search(r"^leaders/\d{4}/\d{2}/[0-9a-f]{32}-900w\.png$", leader.photo.name)
    assert leader.photo.storage.exists(leader.photo.name.replace("-900w", "-480w"))
    assert "480w" in leader.photo_srcset and "900w" in leader.photo_srcset
    change = publisher_client.get(reverse("admin:pages_leader_change", args=[leader.pk]))
    assert 'alt="Ảnh chân dung Lê Minh Tuấn"' in change.content.decode()


def test_a_leader_photo_that_is_not_an_image_is_refused_in_vietnamese(publisher_client):
    response = publisher_client.post(
        reverse("admin:pages_leader_add"),
        {"name": "A", "position": "B", "order": 0,
         "photo": SimpleUploadedFile("anh.png", b"not an image")},
    )  # fmt: skip

    assert response.status_code == 200
    assert "Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF." in response.content.decode()
    assert not Leader.objects.exists()


def test_a_contact_with_a_bad_phone_is_refused_with_a_vietnamese_message(publisher_client):
    url = reverse("admin:pages_contactperson_add")
    values = {"name": "Huỳnh Thị Ngọc Trâm", "position": "Chánh Văn phòng", "order": 1,
              "email": "vanphong@mttq.example.vn", "responsibility": ""}  # fmt: skip

    refused = publisher_client.post(url, {**values, "phone": "0912-ABC"})
    accepted = publisher_client.post(url, {**values, "phone": "0123 4567 801"})

    assert "Số điện thoại không hợp lệ" in refused.content.decode()
    assert accepted.status_code == 302
    assert ContactPerson.objects.get().phone == "0123 4567 801"


@pytest.mark.parametrize("role", [PUBLISHER, CHIEF_EDITOR])
def test_publishers_and_the_chief_editor_keep_the_pages(role):
    user = staff_member(role, "nguoi-duyet")
    for model in ("page", "leader", "contactperson"):
        for action in ("add", "change", "delete", "view"):
            assert user.has_perm(f"pages.{action}_{model}")
    assert user.has_perm("pages.view_historicalpage")


def test_an_editor_cannot_open_or_write_pages(client):
    client.force_login(staff_member(EDITOR, "bientap"))
    page = PageFactory()

    assert client.get(reverse("admin:pages_page_changelist")).status_code == 403
    assert client.post(PAGE_ADD, page_form(title="Trang lạ")).status_code == 403
    change = reverse("admin:pages_page_change", args=[page.pk])
    assert client.post(change, page_form(slug=page.slug)).status_code == 403
    assert client.get(reverse("admin:pages_leader_add")).status_code == 403
    assert not Page.objects.filter(title="Trang lạ").exists()
