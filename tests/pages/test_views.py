"""The public pages under /gioi-thieu/: the tree, one page, leaders, contacts, the sitemap and
the cache."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mttq_portal.context_processors import navigation_groups
from mttq_portal.pagecache import current_version, renew_version
from mttq_portal.roles import EDITOR, PUBLISHER
from pages.models import Page
from tests.news.factories import staff_member

from .factories import ContactPersonFactory, LeaderFactory, PageFactory

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def queries_for(url):
    """Return the number of queries a new reader's request to `url` runs, with no page kept
    (a new content version) but the version and the menu already read by this process, as on
    a running server after a change."""
    renew_version()
    current_version()
    navigation_groups(None)
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def tree():
    intro = PageFactory(title="Giới thiệu chung", order=1, summary="Mặt trận Tổ quốc Việt Nam.")
    structure = PageFactory(title="Cơ cấu tổ chức", order=3)
    standing = PageFactory(title="Ban Thường trực", parent=structure, order=1)
    offices = PageFactory(title="Các ban chuyên môn", parent=structure, order=2)
    leaders = PageFactory(title="Lãnh đạo", order=4, kind=Page.Kind.LEADERS)
    contact = PageFactory(title="Liên hệ", order=5, kind=Page.Kind.CONTACT)
    return {
        "intro": intro,
        "structure": structure,
        "standing": standing,
        "offices": offices,
        "leaders": leaders,
        "contact": contact,
    }


def test_overview_lists_the_tree_in_order_with_summaries(client, tree):
    PageFactory(title="Trang nháp", is_published=False)

    html = client.get(reverse("pages:overview")).content.decode()

    titles = ["Giới thiệu chung", "Cơ cấu tổ chức", "Ban Thường trực", "Các ban chuyên môn"]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "Mặt trận Tổ quốc Việt Nam." in html
    assert tree["standing"].get_absolute_url() in html
    assert "Trang nháp" not in html


def test_page_shows_breadcrumb_body_and_the_tree_with_itself_marked(client, tree):
    page = tree["standing"]

    html = client.get(page.get_absolute_url()).content.decode()

    crumbs = html[html.index('class="breadcrumbs"') : html.index("</ol>")]
    order = [crumbs.index(t) for t in ("Trang chủ", "Giới thiệu", "Cơ cấu tổ chức", page.title)]
    assert order == sorted(order)
    assert reverse("pages:overview") in crumbs
    assert tree["structure"].get_absolute_url() in crumbs
    assert "<p>Nội dung trang giới thiệu.</p>" in html
    side = html[html.index('class="about-tree"') :]
    assert f'<a href="{page.get_absolute_url()}" aria-current="page">' in side
    assert side.count('aria-current="page"') == 1
    assert tree["offices"].get_absolute_url() in side


def test_a_top_page_links_its_children(client, tree):
    html = client.get(tree["structure"].get_absolute_url()).content.decode()

    section = html[html.index('id="trang-con"') : html.index('class="about-tree"')]
    assert tree["standing"].get_absolute_url() in section
    assert tree["offices"].get_absolute_url() in section


def test_an_unpublished_page_is_not_found(client):
    page = PageFactory(is_published=False)

    assert client.get(page.get_absolute_url()).status_code == 404


def test_a_child_of_an_unpublished_parent_is_not_found(client):
    child = PageFactory(parent=PageFactory(is_published=False))

    assert client.get(child.get_absolute_url()).status_code == 404
    assert child.title not in client.get(reverse("pages:overview")).content.decode()


def test_leaders_page_shows_current_leaders_in_order_and_former_ones_apart(client, tree):
    second = LeaderFactory(name="Trần Thị Thu Hằng", order=2, position="Phó Chủ tịch")
    first = LeaderFactory(name="Lê Minh Tuấn", order=1, position="Chủ tịch", term="2024–2029")
    LeaderFactory(name="Phan Văn Hùng", is_current=False, term="2019–2024")

    html = client.get(tree["leaders"].get_absolute_url()).content.decode()

    former_at = html.index('id="lanh-dao-cac-thoi-ky"')
    current = html[html.index('id="lanh-dao-duong-nhiem"') : former_at]
    assert current.index(first.name) < current.index(second.name)
    assert "Nhiệm kỳ 2024–2029" in current
    assert "Phan Văn Hùng" not in current
    former = html[former_at:]
    assert "Phan Văn Hùng" in former and "nhiệm kỳ 2019–2024" in former


def test_contact_page_links_phones_and_emails_and_the_committee(client, settings, tree):
    settings.SITE_ADDRESS = "Số 1 đường Hùng Vương, phường Trung Tâm"
    settings.SITE_PHONE = "0123 4567 800"
    settings.SITE_EMAIL = "mttq@mttq.example.vn"
    ContactPersonFactory(name="Huỳnh Thị Ngọc Trâm", phone="0123 4567 801", email="vp@mttq.vn")

    html = client.get(tree["contact"].get_absolute_url()).content.decode()

    assert '<a href="tel:+8412345678 01">' not in html
    assert '<a href="tel:+841234567801">0123 4567 801</a>' in html
    assert '<a href="mailto:vp@mttq.vn">vp@mttq.vn</a>' in html
    assert "Số 1 đường Hùng Vương, phường Trung Tâm" in html
    assert '<a href="tel:01234567800">0123 4567 800</a>' in html
    assert '<a href="mailto:mttq@mttq.example.vn">' in html
    assert "Phụ trách: Tiếp nhận phản ánh, kiến nghị" in html


def test_hostile_names_are_rendered_as_text(client, tree):
    LeaderFactory(name=HOSTILE, position=HOSTILE, bio=HOSTILE)
    ContactPersonFactory(name=HOSTILE, responsibility=HOSTILE)
    PageFactory(title=HOSTILE, summary=HOSTILE)

    for url in (
        tree["leaders"].get_absolute_url(),
        tree["contact"].get_absolute_url(),
        reverse("pages:overview"),
    ):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_overview_queries_are_bounded_whatever_the_tree(tree):
    small = queries_for(reverse("pages:overview"))
    for n in range(8):
        PageFactory(parent=tree["intro"] if n % 2 else None)

    assert queries_for(reverse("pages:overview")) == small == 0  # the menu's tree


@pytest.mark.parametrize("name,extra", [("standing", 0), ("leaders", 1), ("contact", 1)])
def test_page_queries_are_bounded_whatever_the_tree(tree, name, extra):
    LeaderFactory.create_batch(3)
    ContactPersonFactory.create_batch(3)
    url = tree[name].get_absolute_url()
    small = queries_for(url)
    for n in range(8):
        PageFactory(parent=tree["structure"] if n % 2 else None)
    LeaderFactory.create_batch(5)
    ContactPersonFactory.create_batch(5)

    # The page itself (and its leaders or contacts): the tree is the menu's, read once per
    # content version (pages.models.published_tree).
    assert queries_for(url) == small == 1 + extra


def test_sitemap_lists_the_overview_and_public_pages_only(client, tree):
    hidden = PageFactory(is_published=False)
    orphan = PageFactory(parent=hidden)

    xml = client.get("/sitemap.xml").content.decode()

    assert reverse("pages:overview") in xml
    assert tree["standing"].get_absolute_url() in xml
    assert hidden.get_absolute_url() not in xml
    assert orphan.get_absolute_url() not in xml


def test_pages_are_cached_and_an_admin_change_retires_them(
    admin_client, tree, django_capture_on_commit_callbacks
):
    page = tree["intro"]
    reader = Client()
    assert "Giới thiệu chung" in reader.get(page.get_absolute_url()).content.decode()
    assert "Giới thiệu chung" in reader.get(reverse("pages:overview")).content.decode()
    Page.objects.filter(pk=page.pk).update(title="Đổi ngoài quản trị")
    assert "Giới thiệu chung" in reader.get(page.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:pages_page_change", args=[page.pk]),
            {"title": "Giới thiệu tổng quan", "slug": page.slug, "order": 1, "kind": "thuong",
             "summary": "", "body": "<p>Mới.</p>", "is_published": "on"},
        )  # fmt: skip

    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Giới thiệu tổng quan" in reader.get(page.get_absolute_url()).content.decode()
    assert "Giới thiệu tổng quan" in reader.get(reverse("pages:overview")).content.decode()


# --- the site search -------------------------------------------------------------------------


def search_page(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def search_box(html):
    """Return the search page's «Giới thiệu» box, or "" without one."""
    if 'id="kq-gioi-thieu"' not in html:
        return ""
    start = html.index('id="kq-gioi-thieu"')
    return html[start : html.index("</section>", start)]


def test_the_site_search_finds_pages_by_their_text_without_diacritics(client, tree):
    page = PageFactory(
        title="Chức năng, nhiệm vụ",
        summary="",
        body="<p>Tập hợp, xây dựng <strong>khối đại đoàn kết</strong> toàn dân tộc.</p>",
    )

    for query in ("khoi dai doan ket", "Khối Đại Đoàn", "nhiem vu"):
        box = search_box(search_page(client, query))
        assert page.get_absolute_url() in box, query
    assert search_box(search_page(client, "doan ket toan dan")).count("<li>") == 1


def test_the_site_search_finds_the_leaders_and_contact_pages_by_the_people_they_list(client, tree):
    LeaderFactory(name="Lê Thị Thủy", position="Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")
    ContactPersonFactory(name="Phạm Văn Hòa", responsibility="Tiếp nhận đơn thư khiếu nại")

    leaders = search_box(search_page(client, "le thi thuy"))
    contacts = search_box(search_page(client, "don thu khieu nai"))

    assert tree["leaders"].get_absolute_url() in leaders
    assert tree["contact"].get_absolute_url() not in leaders
    assert tree["contact"].get_absolute_url() in contacts
    # Tone placement does not matter: "Hoà" finds the official typed "Hòa".
    assert tree["contact"].get_absolute_url() in search_box(search_page(client, "Phạm Văn Hoà"))


def test_the_site_search_keeps_to_published_pages(client, tree):
    tree["structure"].is_published = False
    tree["structure"].save()
    PageFactory(title="Trang nháp về hội nghị hiệp thương", is_published=False)

    assert search_box(search_page(client, "hiep thuong")) == ""
    # A child of an unpublished page is not public either.
    assert tree["standing"].get_absolute_url() not in search_page(client, "ban thuong truc")


def test_the_site_search_shows_page_text_as_text(client, tree):
    PageFactory(title=f"Hội nghị {HOSTILE}", summary=f"Tóm tắt {HOSTILE}")

    html = search_page(client, "hoi nghi")

    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in search_box(html)


def test_page_search_keys_follow_every_save():
    page = PageFactory(title="Liên hệ", body="<p>Số điện thoại đường dây nóng</p>")
    assert " duong day nong " in page.search_text

    page.body = "<p>Hộp thư góp ý</p>"
    page.save(update_fields=["body"])
    page.refresh_from_db()

    assert " hop thu gop y " in page.search_text and "duong" not in page.search_text


# --- staff previews ---------------------------------------------------------------------------


def assert_preview(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bản xem trước – trang chưa công khai" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    return html


def test_staff_who_keep_the_pages_preview_a_hidden_page_and_its_children(client, tree):
    hidden = PageFactory(title="Hiệp thương dân chủ", is_published=False)
    child = PageFactory(title="Quy trình hiệp thương", parent=tree["structure"])
    tree["structure"].is_published = False
    tree["structure"].save()
    client.force_login(staff_member(PUBLISHER, "duyetbai"))

    html = assert_preview(client.get(hidden.get_absolute_url()))
    assert "Trang đang ẩn" in html and "Hiệp thương dân chủ" in html
    assert reverse("admin:pages_page_change", args=[hidden.pk]) in html
    html = assert_preview(client.get(child.get_absolute_url()))
    assert "Trang cha «Cơ cấu tổ chức» đang ẩn" in html
    # A top-level page shown as a preview lists its public children.
    html = assert_preview(client.get(tree["structure"].get_absolute_url()))
    assert tree["standing"].get_absolute_url() in html


def test_a_public_page_is_no_preview_and_readers_and_other_staff_get_404(client, tree):
    hidden = PageFactory(is_published=False)
    client.force_login(staff_member(PUBLISHER, "duyetbai"))
    assert "Bản xem trước" not in client.get(tree["intro"].get_absolute_url()).content.decode()

    client.force_login(staff_member(EDITOR, "bientap"))  # the editors do not keep the pages
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert Client().get(hidden.get_absolute_url()).status_code == 404
    assert Client().get(tree["standing"].get_absolute_url()).status_code == 200
