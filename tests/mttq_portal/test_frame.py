"""The page frame, error pages, robots.txt and the health check."""

from unittest import mock

import pytest
from django.db import DatabaseError
from django.test import override_settings

from mttq_portal.pagecache import announce_change
from tests.news.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def test_frame_is_a_vietnamese_page_with_skip_link_search_and_navigation(client):
    CategoryFactory(name="Tin hoạt động")
    body = client.get("/").content.decode()
    assert '<html lang="vi">' in body
    assert 'href="#noi-dung"' in body and 'id="noi-dung"' in body
    assert 'action="/tim-kiem/"' in body and 'name="q"' in body
    for label in ("Trang chủ", "Tin hoạt động", "Mô hình điểm", "Đơn vị điểm", "Thống kê"):
        assert f">{label}</a>" in body
    assert ">Danh sách khen thưởng</a>" in body
    assert 'media="print"' in body
    assert "Địa chỉ:" in body


def test_navigation_follows_category_changes(client, django_capture_on_commit_callbacks):
    category = CategoryFactory(name="An sinh xã hội")
    assert ">An sinh xã hội</a>" in client.get("/").content.decode()
    category.is_active = False
    with django_capture_on_commit_callbacks(execute=True):
        category.save()
        announce_change()  # as the admin's save does
    assert ">An sinh xã hội</a>" not in client.get("/").content.decode()


def test_menu_groups_the_sections_behind_disclosure_buttons(client):
    CategoryFactory(name="Tin hoạt động")
    body = client.get("/don-vi-diem/").content.decode()
    # The phone's «Danh mục» button, shown by site-nav.js; each group a button for its links.
    assert (
        'class="main-nav__toggle" aria-expanded="false" aria-controls="menu-chinh" hidden' in body
    )
    for group in ("tin-tuc", "mo-hinh", "khen-thuong"):
        assert f'aria-controls="menu-{group}"' in body and f'id="menu-{group}"' in body
    assert 'href="/don-vi-diem/" aria-current="page"' in body
    assert (
        'main-nav__group-button is-current" aria-expanded="true" aria-controls="menu-mo-hinh"'
        in body
    )
    assert '<script src="/static/js/site-nav.js" defer></script>' in body


def test_sitemap_page_lists_every_section_for_readers(client):
    CategoryFactory(name="Tin hoạt động")
    response = client.get("/so-do-trang/")
    body = response.content.decode()
    assert response.status_code == 200
    for label in ("Tin hoạt động", "Đơn vị điểm", "Thống kê", "Xác thực khen thưởng", "Tin RSS"):
        assert f">{label}</a>" in body
    assert 'href="/sitemap.xml"' in body
    assert 'href="/so-do-trang/">Sơ đồ trang</a>' in client.get("/").content.decode()


def test_favicon_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith(".ico")
    assert "max-age=86400" in response["Cache-Control"]


@override_settings(SITE_CONTENT_OWNER="Ông Nguyễn Văn A, Phó Chủ tịch Ủy ban MTTQ tỉnh")
def test_footer_names_who_answers_for_the_content(client):
    body = client.get("/").content.decode()
    assert "Chịu trách nhiệm nội dung: Ông Nguyễn Văn A, Phó Chủ tịch Ủy ban MTTQ tỉnh" in body


@override_settings(SITE_NAME="Ủy ban MTTQ Việt Nam tỉnh Thái Bình", SITE_PHONE="0227 3831 234")
def test_committee_name_and_contacts_come_from_settings(client):
    body = client.get("/").content.decode()
    assert "Ủy ban MTTQ Việt Nam tỉnh Thái Bình" in body
    assert 'href="tel:02273831234"' in body


def test_unknown_page_answers_404_in_vietnamese(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_server_error_page_is_vietnamese_and_standalone():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Hệ thống đang gặp sự cố" in html
    assert '<html lang="vi">' in html


def test_robots_txt_points_to_the_sitemap_and_hides_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /quan-tri/" in text


def test_sitemap_answers(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert b"<urlset" in response.content


def test_healthz_answers_200_when_the_database_answers(client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    # The suite runs with Redis when CI has one (REDIS_URL), with local memory otherwise.
    backend = "redis" if settings.REDIS_URL else "local-memory"
    assert response.json() == {
        "status": "ok",
        "database": {"status": "ok"},
        "cache": {"status": "ok", "backend": backend},
    }


def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch("mttq_portal.views.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["database"] == {"status": "unavailable"}


def test_admin_is_served_at_the_configured_path(client):
    response = client.get("/quan-tri/login/")
    assert response.status_code == 200
    assert "Đăng nhập" in response.content.decode()
