"""The page frame, error pages, robots.txt and the health check."""

from unittest import mock

import pytest
from django.db import DatabaseError
from django.test import override_settings

from mttq_portal.pagecache import announce_change
from tests.documents.factories import DocumentFactory, document_type
from tests.news.factories import CategoryFactory
from tests.pages.factories import PageFactory

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
    # The phone's «Danh mục» button, shown when scripts run; each group a button for its links,
    # drawn collapsed from the start (early.js marks the page before it is drawn).
    assert 'class="main-nav__toggle" aria-expanded="false" aria-controls="menu-chinh">' in body
    for group in ("tin-tuc", "mo-hinh", "khen-thuong"):
        assert f'aria-controls="menu-{group}"' in body and f'id="menu-{group}"' in body
    assert 'href="/don-vi-diem/" aria-current="page"' in body
    assert (
        'main-nav__group-button is-current" aria-expanded="false" aria-controls="menu-mo-hinh"'
        in body
    )
    head = body.split("</head>", 1)[0]
    assert '<script src="/static/js/early.js"></script>' in head
    assert '<script src="/static/js/site-nav.js" defer></script>' in body


def test_menu_names_the_public_introduction_pages_the_photo_library_and_document_types(
    client, django_assert_max_num_queries
):
    about = PageFactory(title="Giới thiệu chung", order=1)
    PageFactory(title="Lãnh đạo", order=2)
    PageFactory(title="Trang nháp", is_published=False)
    PageFactory(title="Ban Tổ chức", parent=about)  # a child: on the sitemap page, not the menu
    DocumentFactory(type=document_type("Kế hoạch"))
    DocumentFactory(type=document_type("Hướng dẫn"), is_published=False)
    body = client.get("/").content.decode()
    menu = body[body.index('id="menu-chinh"') : body.index("</nav>", body.index('id="menu-chinh"'))]
    about_menu = menu[menu.index('id="menu-gioi-thieu"') :]
    assert about_menu.index(">Giới thiệu chung</a>") < about_menu.index(">Lãnh đạo</a>")
    assert "Trang nháp" not in menu and "Ban Tổ chức" not in menu
    assert 'href="/thu-vien-anh/">Thư viện ảnh</a>' in menu
    assert 'href="/van-ban/">Tất cả văn bản</a>' in menu
    assert 'href="/van-ban/?type=ke-hoach">Kế hoạch</a>' in menu
    assert "Hướng dẫn</a>" not in menu  # its only document is not public
    # The menu is built once per content version, not for every page.
    with django_assert_max_num_queries(3):  # the content version, the page, its count
        client.get("/don-vi-diem/")


def test_menu_leaves_out_the_introduction_while_no_page_is_public(client):
    PageFactory(title="Trang nháp", is_published=False)
    body = client.get("/").content.decode()
    assert 'id="menu-gioi-thieu"' not in body
    assert 'id="menu-van-ban"' in body  # the library, even empty, says so itself


def test_sitemap_page_lists_every_section_for_readers(client):
    CategoryFactory(name="Tin hoạt động")
    response = client.get("/so-do-trang/")
    body = response.content.decode()
    assert response.status_code == 200
    for label in ("Tin hoạt động", "Đơn vị điểm", "Thống kê", "Xác thực khen thưởng", "Tin RSS"):
        assert f">{label}</a>" in body
    for label in ("Thư viện ảnh", "Tất cả văn bản", "Văn bản mới (RSS)"):
        assert f">{label}</a>" in body
    assert 'href="/sitemap.xml"' in body
    assert 'href="/so-do-trang/">Sơ đồ trang</a>' in client.get("/").content.decode()


def test_sitemap_page_shows_the_introduction_pages_as_their_tree(client):
    structure = PageFactory(title="Cơ cấu tổ chức")
    PageFactory(title="Văn phòng", parent=structure)
    body = client.get("/so-do-trang/").content.decode()
    section = body[body.index('id="so-do-gioi-thieu"') :]
    assert 'href="/gioi-thieu/">Tổng quan</a>' in section
    assert section.index(">Cơ cấu tổ chức</a>") < section.index(">Văn phòng</a>")


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
