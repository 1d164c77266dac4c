"""Photos in article bodies are described: the sanitizer keeps their alternative text, and
news.images.images_missing_alt() names each photo still without one, for publishing to refuse.
The times printed for machines (<time datetime>, meta tags) carry no microseconds."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import timezone

from news.images import images_missing_alt
from news.sanitizer import sanitize_html
from news.templatetags.news_tags import html_datetime
from tests.news.factories import BROWSER_UA, ArticleFactory

UPLOADED = "/media/uploads/2026/12/3f2a9c0d41b84e6f9a7b2c1d0e5f6a7b.jpg"
# HTML's "valid global date and time string" as this site writes it: to the second (HTML allows
# at most three digits of a fraction; isoformat() writes six), with the time zone's offset.
HTML_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:\d{2}|Z)")
# A "publish now" time: timezone.now() has microseconds.
WITH_MICROSECONDS = datetime.datetime(2025, 4, 23, 22, 17, 0, 123456, tzinfo=datetime.UTC)


# images_missing_alt ------------------------------------------------------------------------


def test_a_body_without_images_or_with_described_images_misses_nothing():
    assert images_missing_alt("") == []
    assert images_missing_alt("<p>Hội nghị tổng kết.</p>") == []
    body = (
        f'<figure class="image"><img src="{UPLOADED}" alt="Quang cảnh hội nghị"></figure>'
        '<p>Chủ tịch phát biểu <img src="/media/uploads/2026/12/b.png" alt="Chân dung"></p>'
    )
    assert images_missing_alt(body) == []


def test_a_photo_as_ckeditor_saves_it_without_text_is_named_by_its_file():
    body = f'<p>Mở đầu.</p><figure class="image"><img src="{UPLOADED}"></figure>'
    assert images_missing_alt(body) == ["3f2a9c0d41b84e6f9a7b2c1d0e5f6a7b.jpg"]


@pytest.mark.parametrize("alt", ['alt=""', 'alt="   "', 'alt="&nbsp;"', "alt"])
def test_an_empty_or_blank_text_is_no_text(alt):
    body = f'<figure class="image"><img src="{UPLOADED}" {alt}></figure>'
    assert images_missing_alt(body) == ["3f2a9c0d41b84e6f9a7b2c1d0e5f6a7b.jpg"]


def test_every_photo_without_text_is_named_in_the_order_of_the_body():
    body = (
        '<figure class="image"><img src="/media/uploads/2026/12/dau.jpg"></figure>'
        '<figure class="image"><img src="/media/uploads/2026/12/giua.jpg" alt="Có mô tả">'
        "</figure>"
        '<p><img src="https://mattran.org.vn/anh/cuoi.webp?size=large#x" /></p>'
    )
    assert images_missing_alt(body) == ["dau.jpg", "cuoi.webp"]


def test_an_image_without_an_address_is_named_by_its_place_in_the_body():
    body = (
        '<figure class="image"><img src="/media/a.jpg" alt="Ảnh một"></figure>'
        '<figure class="image"><img></figure>'
        '<figure class="image"><img src="/media/thu-muc/"></figure>'
    )
    assert images_missing_alt(body) == ["ảnh thứ 2", "ảnh thứ 3"]


def test_a_file_shown_twice_is_named_with_its_place_so_that_both_get_fixed():
    body = '<p><img src="/media/anh.jpg"></p><p>Giữa.</p><p><img src="/media/anh.jpg"></p>'
    assert images_missing_alt(body) == ["anh.jpg (ảnh thứ 1)", "anh.jpg (ảnh thứ 2)"]


def test_a_file_name_is_shown_as_staff_named_it_not_percent_encoded():
    body = '<img src="/media/uploads/h%E1%BB%99i-ngh%E1%BB%8B.jpg">'
    assert images_missing_alt(body) == ["hội-nghị.jpg"]


# The sanitizer keeps the text ----------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        f'<figure class="image"><img src="{UPLOADED}" alt="Đại biểu dự hội nghị"></figure>',
        f'<p>Ảnh <img src="{UPLOADED}" alt="Cờ Tổ quốc &amp; cờ Mặt trận"> trong dòng.</p>',
    ],
)
def test_nh3_keeps_the_alternative_text_of_an_image(html):
    assert sanitize_html(html) == html
    assert images_missing_alt(sanitize_html(html)) == []


@pytest.mark.django_db
def test_a_saved_article_keeps_the_text_and_an_image_without_one_is_still_found():
    article = ArticleFactory(
        body=(
            f'<figure class="image"><img src="{UPLOADED}" alt="Quang cảnh hội nghị" '
            'onerror="alert(1)"></figure>'
            '<figure class="image"><img src="/media/uploads/2026/12/khong-mo-ta.png"></figure>'
        )
    )
    article.refresh_from_db()
    assert f'<img src="{UPLOADED}" alt="Quang cảnh hội nghị">' in article.body
    assert images_missing_alt(article.body) == ["khong-mo-ta.png"]


# Times without microseconds ----------------------------------------------------------------


def test_html_datetime_writes_the_local_time_to_the_second():
    local = timezone.localtime(WITH_MICROSECONDS)
    assert html_datetime(local) == "2025-04-24T05:17:00+07:00"
    assert html_datetime(None) == ""


def test_the_filter_turns_a_utc_time_into_the_sites_time_zone_in_a_template():
    rendered = Template("{% load news_tags %}{{ when|html_datetime }}").render(
        Context({"when": WITH_MICROSECONDS})
    )
    assert rendered == "2025-04-24T05:17:00+07:00"


@pytest.mark.django_db
def test_the_article_page_writes_its_times_without_microseconds(client):
    article = ArticleFactory(published_at=WITH_MICROSECONDS)
    html = client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA).content.decode()
    assert '<time datetime="2025-04-24T05:17:00+07:00">' in html
    meta = re.findall(r'<meta property="article:\w+_time" content="([^"]+)"', html)
    assert meta and meta[0] == "2025-04-24T05:17:00+07:00"
    for value in [*re.findall(r'<time[^>]* datetime="([^"]*)"', html), *meta]:
        assert HTML_DATETIME.fullmatch(value), f"not a valid HTML datetime: {value!r}"


@pytest.mark.django_db
def test_the_home_and_category_pages_write_their_times_without_microseconds(client):
    first = ArticleFactory(published_at=WITH_MICROSECONDS, is_featured=True)
    ArticleFactory(category=first.category, published_at=WITH_MICROSECONDS)
    for url in ["/", first.category.get_absolute_url()]:
        html = client.get(url, HTTP_USER_AGENT=BROWSER_UA).content.decode()
        values = re.findall(r'<time[^>]* datetime="([^"]*)"', html)
        assert "2025-04-24T05:17:00+07:00" in values, url
        for value in values:
            assert HTML_DATETIME.fullmatch(value), f"{url}: not a valid HTML datetime: {value!r}"


def test_a_stored_photo_without_text_keeps_the_publish_button_which_names_it(publisher):
    from django.core.exceptions import ValidationError

    from news import workflow
    from news.models import Article

    article = ArticleFactory(
        status=Article.Status.PENDING,
        published_at=None,
        body='<p>Trao nhà.</p><img src="/media/bai-viet/2026/12/trao-nha.jpg">',
    )
    offered = [move.key for move in workflow.allowed_moves(article=article, user=publisher)]
    assert "publish" in offered and "schedule" in offered
    with pytest.raises(ValidationError, match=r"trao-nha\.jpg"):
        workflow.apply_move(article=article, user=publisher, move="publish")
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING
