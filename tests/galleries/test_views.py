"""The public album pages, the article page's album links, the sitemap and the cache."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mttq_portal.context_processors import navigation_groups
from mttq_portal.pagecache import current_version, renew_version
from mttq_portal.roles import EDITOR, OFFICER
from tests.galleries.factories import AlbumFactory, add_photos
from tests.news.factories import BROWSER_UA, ArticleFactory, staff_member, unpublished_states

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def queries_for(url):
    """Return the number of queries a new reader's request to `url` runs."""
    current_version()
    navigation_groups(None)  # the menu, kept per content version
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(url, HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 200
    return len(captured)


def test_list_shows_published_albums_as_cards_with_cover_date_and_count(client):
    album = AlbumFactory(title="Trao nhà Đại đoàn kết", taken_on="2025-03-08")
    photos = add_photos(album, 3)
    AlbumFactory(title="Album chưa công khai", is_published=False)

    page = client.get(reverse("galleries:list")).content.decode()

    assert "Trao nhà Đại đoàn kết" in page
    assert "08/03/2025" in page and "3 ảnh" in page
    assert photos[0].thumbnail_url in page  # the first photo is the cover by default
    assert "Album chưa công khai" not in page


def test_list_shows_the_chosen_cover(client):
    album = AlbumFactory()
    photos = add_photos(album, 2)
    album.cover = photos[1]
    album.save()

    page = client.get(reverse("galleries:list")).content.decode()

    assert photos[1].thumbnail_url in page and photos[0].thumbnail_url not in page


def test_list_runs_a_fixed_number_of_queries():
    def fill(count):
        for _ in range(count):
            add_photos(AlbumFactory(), 2)
        renew_version()

    fill(2)
    few = queries_for(reverse("galleries:list"))
    fill(14)
    many = queries_for(reverse("galleries:list"))
    # the count, the page of albums with their photo counts, their covers
    assert few == many == 3


def test_album_page_shows_captioned_photos_with_sizes_and_related_articles(client):
    article = ArticleFactory(title="Niềm vui trong những căn nhà mới")
    draft = ArticleFactory(title="Bài chưa xuất bản", **unpublished_states()["draft"])
    album = AlbumFactory(description="Bàn giao nhà cho hộ nghèo.")
    album.articles.add(article, draft)
    photos = add_photos(album, 6, captions=[f"Minh họa: căn nhà số {n}" for n in range(6)])

    page = client.get(album.get_absolute_url()).content.decode()

    assert "Bàn giao nhà cho hộ nghèo." in page
    figures = re.findall(r"<figure class=\"photo\">.*?</figure>", page, re.S)
    assert len(figures) == 6
    first = figures[0]
    assert f'href="{photos[0].image.url}"' in first
    assert f'srcset="{photos[0].srcset}"' in first and "sizes=" in first
    assert f'width="{photos[0].width}" height="{photos[0].height}"' in first
    assert 'alt="Minh họa: căn nhà số 0"' in first
    assert "<figcaption>Minh họa: căn nhà số 0" in first
    # The first row loads at once, the rest lazily.
    assert ['loading="lazy"' in figure for figure in figures] == [False] * 4 + [True] * 2
    assert "Ảnh trước" in page and "Ảnh sau" in page and "Đóng" in page
    assert article.get_absolute_url() in page
    assert "Bài chưa xuất bản" not in page


def test_album_page_runs_a_fixed_number_of_queries():
    album = AlbumFactory()
    add_photos(album, 2)
    album.articles.add(ArticleFactory())
    renew_version()
    few = queries_for(album.get_absolute_url())
    add_photos(album, 10)
    album.articles.add(*ArticleFactory.create_batch(3))
    renew_version()
    many = queries_for(album.get_absolute_url())
    # the album, its photos, its published articles
    assert few == many == 3


def test_an_unpublished_album_is_not_found(client):
    album = AlbumFactory(is_published=False)
    add_photos(album)

    assert client.get(album.get_absolute_url()).status_code == 404
    assert client.get("/thu-vien-anh/khong-co/").status_code == 404


def test_hostile_text_is_shown_as_text(client):
    album = AlbumFactory(title=HOSTILE, description=HOSTILE, place=HOSTILE)
    add_photos(album, captions=[HOSTILE])
    album.photos.update(credit=HOSTILE)

    for url in (album.get_absolute_url(), reverse("galleries:list")):
        page = client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_article_page_links_its_published_albums():
    article = ArticleFactory()
    album = AlbumFactory(title="Ngày hội ở ấp Thạnh Hòa")
    add_photos(album, 2)
    hidden = AlbumFactory(title="Album đang soạn", is_published=False)
    album.articles.add(article)
    hidden.articles.add(article)
    renew_version()

    page = Client().get(article.get_absolute_url()).content.decode()

    assert "Album ảnh" in page
    assert f'<a href="{album.get_absolute_url()}">Ngày hội ở ấp Thạnh Hòa</a> (2 ảnh)' in page
    assert "Album đang soạn" not in page


def test_article_page_reads_its_albums_once_per_content_version():
    # An article with parts reads them when its page is first built for a content version
    # (news.views.article.article_parts): the albums are one query more there, none after.
    article = ArticleFactory()
    ArticleFactory.create_batch(3, category=article.category)
    AlbumFactory().articles.add(article)
    renew_version()
    building = queries_for(article.get_absolute_url())
    kept = queries_for(article.get_absolute_url())

    assert kept == (1 if connection.vendor == "postgresql" else 2)
    assert building > kept


def test_article_page_without_albums_reads_none():
    article = ArticleFactory()
    AlbumFactory()  # an album of other articles
    renew_version()
    queries_for(article.get_absolute_url())
    with CaptureQueriesContext(connection) as captured:
        Client().get(article.get_absolute_url())
    assert not any("galleries_album" in query["sql"] for query in captured.captured_queries)


def test_sitemap_lists_published_albums_only(client):
    shown = AlbumFactory()
    hidden = AlbumFactory(is_published=False)

    xml = client.get("/sitemap.xml").content.decode()

    assert shown.get_absolute_url() in xml
    assert hidden.get_absolute_url() not in xml


def test_pages_are_cached_and_an_admin_change_retires_them(
    admin_client, django_capture_on_commit_callbacks
):
    album = AlbumFactory(title="Tên cũ")
    add_photos(album)
    reader = Client()
    assert "Tên cũ" in reader.get(album.get_absolute_url()).content.decode()
    assert "Tên cũ" in reader.get(reverse("galleries:list")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:galleries_album_change", args=[album.pk]),
            {
                "title": "Tên mới",
                "slug": album.slug,
                "is_published": "on",
                "photos-TOTAL_FORMS": "0",
                "photos-INITIAL_FORMS": "0",
            },
        )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Tên mới" in reader.get(album.get_absolute_url()).content.decode()
    assert "Tên mới" in reader.get(reverse("galleries:list")).content.decode()


def test_the_site_search_lists_published_albums_with_date_and_count(client):
    album = AlbumFactory(title="Ngày hội Đại đoàn kết ấp Thạnh Hòa", taken_on="2025-11-18")
    add_photos(album, 2)
    AlbumFactory(title="Ngày hội Đại đoàn kết chưa công khai", is_published=False)

    html = client.get(reverse("search"), {"q": "ngay hoi dai doan ket"}).content.decode()

    box = html[html.index('id="kq-album"') :]
    box = box[: box.index("</section>")]
    assert album.get_absolute_url() in box
    assert "18/11/2025" in box and "2 ảnh" in box
    assert "chưa công khai" not in box
    assert box.count("<li>") == 1


def test_staff_who_may_see_albums_preview_one_not_public_yet(client):
    album = AlbumFactory(title="Ngày hội chưa công khai", is_published=False)
    add_photos(album, 2)

    assert client.get(album.get_absolute_url()).status_code == 404
    client.force_login(staff_member(OFFICER, "canbo"))  # officers do not see the albums
    assert client.get(album.get_absolute_url()).status_code == 404
    client.force_login(staff_member(EDITOR, "bientap"))  # editors see them, to link to them
    response = client.get(album.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "Bản xem trước – album chưa công khai" in html and "2 ảnh" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    album.is_published = True
    album.save()
    assert "Bản xem trước" not in client.get(album.get_absolute_url()).content.decode()
