import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def home(client):
    return client.get(reverse("news:home"))


def test_home_leads_with_the_newest_featured_article(client):
    ArticleFactory(title="Tin thường mới nhất")
    ArticleFactory(
        title="Tin nổi bật",
        is_featured=True,
        published_at=timezone.now() - datetime.timedelta(days=2),
    )
    response = home(client)
    assert response.context["lead"].title == "Tin nổi bật"
    html = response.content.decode()
    assert html.index("Tin nổi bật") < html.index("Tin thường mới nhất")


def test_home_leads_with_the_newest_article_when_none_is_featured(client):
    ArticleFactory(title="Tin cũ", published_at=timezone.now() - datetime.timedelta(days=1))
    ArticleFactory(title="Tin mới")
    response = home(client)
    assert response.context["lead"].title == "Tin mới"
    assert [a.title for a in response.context["latest"]] == ["Tin cũ"]


def test_home_lists_the_latest_articles_newest_first(client):
    now = timezone.now()
    for days in range(12):
        ArticleFactory(
            title=f"Tin {days} ngày trước", published_at=now - datetime.timedelta(days=days)
        )
    latest = [a.title for a in home(client).context["latest"]]
    assert latest == [f"Tin {days} ngày trước" for days in range(1, 6)]


def test_home_has_a_block_per_active_category_going_on_from_the_latest_news(client):
    society = CategoryFactory(name="Xã hội")
    CategoryFactory(name="Chuyên mục trống")
    CategoryFactory(name="Chuyên mục tắt", is_active=False)
    now = timezone.now()
    for days in range(12):
        ArticleFactory(
            category=society,
            title=f"Xã hội {days} ngày trước",
            published_at=now - datetime.timedelta(days=days),
        )
    response = home(client)
    blocks = response.context["category_blocks"]
    assert [c.name for c in blocks] == ["Xã hội"]
    # The lead and the five latest are shown above: the block goes on with the next three.
    assert [a.title for a in blocks[0].home_articles] == [
        f"Xã hội {days} ngày trước" for days in (6, 7, 8)
    ]
    html = response.content.decode()
    assert html.count("Xã hội 6 ngày trước") == 1


def test_home_leaves_out_a_category_whose_articles_are_all_shown_above(client):
    ArticleFactory.create_batch(3, category=CategoryFactory(name="Ít tin"))
    assert home(client).context["category_blocks"] == []


def test_home_shows_the_most_read_articles(client):
    ArticleFactory(title="Ít người đọc", view_count=3)
    ArticleFactory(title="Nhiều người đọc", view_count=900)
    html = home(client).content.decode()
    most_read = html[html.index("Đọc nhiều nhất") :]
    assert most_read.index("Nhiều người đọc") < most_read.index("Ít người đọc")


def test_home_links_to_every_section_of_the_portal(client):
    html = home(client).content.decode()
    explore = html[html.index('aria-labelledby="kham-pha"') :]
    sections = ("/gioi-thieu/", "/van-ban/", "/thu-vien-anh/", "/mo-hinh/", "/don-vi-diem/")
    for url in (*sections, "/thong-ke/", "/khen-thuong/", "/khen-thuong/xac-thuc/"):
        assert f'href="{url}"' in explore, url


def test_empty_home_says_there_is_nothing_yet(client):
    response = home(client)
    assert response.status_code == 200
    assert "Chưa có bài viết nào được đăng." in response.content.decode()


def test_category_lists_its_articles_newest_first(client):
    category = CategoryFactory(name="Hoạt động")
    now = timezone.now()
    ArticleFactory(category=category, title="Cũ", published_at=now - datetime.timedelta(days=2))
    ArticleFactory(category=category, title="Mới", published_at=now - datetime.timedelta(days=1))
    ArticleFactory(title="Chuyên mục khác")
    response = client.get(category.get_absolute_url())
    assert [a.title for a in response.context["articles"]] == ["Mới", "Cũ"]
    html = response.content.decode()
    assert '<h1 class="category-title">Hoạt động</h1>' in html
    assert f'href="{reverse("news:category_rss", args=[category.slug])}"' in html


def test_category_pages_hold_twenty_articles(client):
    category = CategoryFactory()
    ArticleFactory.create_batch(45, category=category)
    url = category.get_absolute_url()
    first = client.get(url)
    assert len(first.context["articles"]) == 20
    assert 'href="?page=2"' in first.content.decode()
    assert len(client.get(url, {"page": 3}).context["articles"]) == 5


def test_category_page_past_the_end_is_404(client):
    category = CategoryFactory()
    ArticleFactory(category=category)
    assert client.get(category.get_absolute_url(), {"page": 2}).status_code == 404


def test_unknown_category_is_404(client):
    assert client.get("/chuyen-muc/khong-co/").status_code == 404


def test_inactive_category_is_404(client):
    category = CategoryFactory(is_active=False)
    assert client.get(category.get_absolute_url()).status_code == 404


def test_category_breadcrumbs_lead_home(client):
    category = CategoryFactory(name="Hoạt động")
    html = client.get(category.get_absolute_url()).content.decode()
    assert '<span itemprop="name" aria-current="page">Hoạt động</span>' in html


def test_home_shows_the_newest_documents_and_album_beside_the_news(client):
    from tests.documents.factories import DocumentFactory
    from tests.galleries.factories import AlbumFactory, add_photos

    DocumentFactory(symbol="15/KH-MTTQ-BTT", summary="Tổ chức Ngày hội Đại đoàn kết")
    DocumentFactory(symbol="16/KH-MTTQ-BTT", summary="Bản nháp chưa công khai", is_published=False)
    album = AlbumFactory(title="Trao nhà Đại đoàn kết")
    add_photos(album, 2)
    AlbumFactory(title="Album chưa công khai", is_published=False)
    html = home(client).content.decode()
    assert "Tổ chức Ngày hội Đại đoàn kết" in html and "15/KH-MTTQ-BTT" in html
    assert "Bản nháp chưa công khai" not in html
    boxes = html[html.index('id="thu-vien-anh"') :]
    assert f'href="{album.get_absolute_url()}"' in boxes and "2 ảnh" in boxes
    assert "Album chưa công khai" not in html
