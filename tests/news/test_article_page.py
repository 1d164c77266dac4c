import datetime
import json
import re
import zoneinfo

import pytest
from django.urls import reverse

from news.models import Article, Rating
from news.services import voter_key
from tests.news.factories import (
    BROWSER_UA,
    ArticleFactory,
    CategoryFactory,
    UserFactory,
    preview_user,
    unpublished_states,
)

pytestmark = pytest.mark.django_db
HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def read(client, article, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER_UA)
    return client.get(article.get_absolute_url(), **headers)


def json_ld(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(match[1])


def test_article_page_shows_title_summary_body_and_byline(client):
    article = ArticleFactory(
        title="Tổng kết 5 năm xây dựng mô hình điểm",
        summary="Ủy ban MTTQ tỉnh tổng kết 41 mô hình điểm.",
        body="<p>Hội nghị đã biểu dương 24 tập thể, cá nhân.</p>",
        byline="Văn Hùng",
        source="Ban Tuyên giáo",
    )
    response = read(client, article)
    assert response.status_code == 200
    assert '<h1 id="tieu-de" class="article__title">Tổng kết 5 năm xây dựng mô hình điểm</h1>' in (
        response.content.decode()
    )
    assertions = [
        "Ủy ban MTTQ tỉnh tổng kết 41 mô hình điểm.",
        "<p>Hội nghị đã biểu dương 24 tập thể, cá nhân.</p>",
        "Văn Hùng",
        "Nguồn: Ban Tuyên giáo",
    ]
    for text in assertions:
        assert text in response.content.decode()


def test_date_and_time_are_shown_day_first_in_local_time(client):
    published = datetime.datetime(2020, 4, 24, 2, 15, tzinfo=datetime.UTC)
    article = ArticleFactory(published_at=published)
    response = read(client, article)
    assert "Ngày 24/04/2020 09:15" in response.content.decode()
    assert 'datetime="2020-04-24T09:15:00+07:00"' in response.content.decode()


def test_breadcrumbs_lead_home_then_category_then_article(client):
    article = ArticleFactory(category=CategoryFactory(name="Hoạt động Mặt trận"))
    html = read(client, article).content.decode()
    breadcrumbs = html[html.index('class="breadcrumbs"') : html.index("</ol>")]
    assert breadcrumbs.index("Trang chủ") < breadcrumbs.index("Hoạt động Mặt trận")
    assert f'href="{article.category.get_absolute_url()}"' in breadcrumbs
    assert f'<span itemprop="name" aria-current="page">{article.title}</span>' in breadcrumbs


def test_cover_image_has_its_caption_and_sizes(client):
    article = ArticleFactory(
        cover_image="covers/2025/04/abc-1600w.jpg", cover_caption="Quang cảnh hội nghị"
    )
    html = read(client, article).content.decode()
    assert 'src="/media/covers/2025/04/abc-1600w.jpg"' in html
    assert 'srcset="/media/covers/2025/04/abc-480w.jpg 480w, ' in html
    assert 'alt="Quang cảnh hội nghị"' in html
    assert "<figcaption>Quang cảnh hội nghị</figcaption>" in html


def test_share_links_name_the_canonical_address(client):
    article = ArticleFactory(title="Chia sẻ")
    html = read(client, article).content.decode()
    encoded = "http%3A%2F%2Ftestserver%2Ftin-tuc%2Fchia-se%2F"
    assert f"https://www.facebook.com/sharer/sharer.php?u={encoded}" in html
    assert f"https://sp.zalo.me/share_inline?url={encoded}" in html
    assert 'data-copy-link="http://testserver/tin-tuc/chia-se/"' in html
    assert "data-print" in html


def test_page_loads_its_script_from_a_static_file_only(client):
    html = read(client, ArticleFactory()).content.decode()
    assert '<script src="/static/js/article.js" defer></script>' in html
    scripts = re.findall(r"<script(?![^>]*(?:src=|application/ld\+json))[^>]*>", html)
    assert scripts == []
    assert " onclick=" not in html


def test_view_and_rating_totals_are_shown(client):
    article = ArticleFactory(view_count=160, rating_sum=13, rating_count=3)
    html = read(client, article).content.decode()
    assert "Tổng lượt xem bài viết là: <strong>161</strong>" in html
    assert (
        "Tổng số điểm của bài viết là: <strong data-rating-sum>13</strong> trong "
        "<strong data-rating-count>3</strong> đánh giá"
    ) in html
    assert 'aria-label="Điểm trung bình 4,3 trên 5"' in html
    assert html.count("star star--full") == 4
    assert html.count("star star--half") == 1


def test_large_view_counts_use_the_vietnamese_thousands_separator(client):
    html = read(client, ArticleFactory(view_count=12344)).content.decode()
    assert "Tổng lượt xem bài viết là: <strong>12.345</strong>" in html


def test_rating_control_offers_five_scores_with_a_csrf_token(client):
    article = ArticleFactory()
    html = read(client, article).content.decode()
    assert f'action="{reverse("news:rate", args=[article.slug])}"' in html
    assert "Bạn đánh giá:" in html
    for score in range(1, 6):
        assert f'name="score" value="{score}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<fieldset class="rating-form">' in html


def test_rating_control_is_disabled_for_a_reader_who_voted(client):
    article = ArticleFactory()
    client.cookies["voter"] = client_signed_voter("jeton-du-lecteur")
    Rating.objects.create(article=article, voter_key=voter_key("jeton-du-lecteur"), score=4)
    html = read(client, article).content.decode()
    assert '<fieldset class="rating-form" disabled>' in html
    assert "Bạn đã đánh giá bài viết này 4/5 sao." in html


def client_signed_voter(token):
    from django.core.signing import get_cookie_signer

    return get_cookie_signer(salt="voter" + "news.voter").sign(token)


def test_other_news_lists_the_latest_of_the_same_category(client):
    category = CategoryFactory()
    article = ArticleFactory(category=category)
    older = ArticleFactory(category=category, title="Tin cũ cùng chuyên mục")
    elsewhere = ArticleFactory(title="Tin chuyên mục khác")
    html = read(client, article).content.decode()
    other_news = html[html.index("Tin tức khác") :]
    assert older.title in other_news
    assert elsewhere.title not in other_news
    assert f'href="{article.get_absolute_url()}"' not in other_news


def test_other_news_falls_back_to_the_whole_site(client):
    article = ArticleFactory()
    elsewhere = ArticleFactory(title="Tin chuyên mục khác")
    html = read(client, article).content.decode()
    assert elsewhere.title in html[html.index("Tin tức khác") :]


def test_other_news_leaves_out_unpublished_articles(client):
    category = CategoryFactory()
    article = ArticleFactory(category=category)
    for name, fields in unpublished_states().items():
        ArticleFactory(category=category, title=f"Bài ẩn {name}", **fields)
    html = read(client, article).content.decode()
    assert "Bài ẩn" not in html
    assert "Chưa có tin khác." in html


def test_open_graph_and_twitter_tags_describe_the_article(client):
    article = ArticleFactory(
        title="Mô hình điểm",
        summary="Sapo của bài.",
        cover_image="covers/2025/04/abc-1600w.jpg",
    )
    html = read(client, article).content.decode()
    for tag in [
        '<link rel="canonical" href="http://testserver/tin-tuc/mo-hinh-diem/">',
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="Mô hình điểm">',
        '<meta property="og:description" content="Sapo của bài.">',
        '<meta property="og:url" content="http://testserver/tin-tuc/mo-hinh-diem/">',
        '<meta property="og:image" content="http://testserver/media/covers/2025/04/abc-1600w.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:title" content="Mô hình điểm">',
    ]:
        assert tag in html


def test_canonical_link_uses_site_url_when_set(client, settings):
    settings.SITE_URL = "https://mattran.example.gov.vn"
    article = ArticleFactory(title="Địa chỉ chuẩn")
    html = read(client, article).content.decode()
    assert (
        '<link rel="canonical" href="https://mattran.example.gov.vn/tin-tuc/dia-chi-chuan/">'
        in html
    )


def test_json_ld_describes_a_news_article(client):
    article = ArticleFactory(
        title="Hội nghị",
        byline="Văn Hùng",
        published_at=datetime.datetime(2020, 4, 24, 9, 15, tzinfo=HANOI),
    )
    data = json_ld(read(client, article))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Hội nghị"
    assert data["author"] == {"@type": "Person", "name": "Văn Hùng"}
    assert data["datePublished"] == "2020-04-24T09:15:00+07:00"
    assert data["mainEntityOfPage"]["@id"] == "http://testserver/tin-tuc/hoi-nghi/"
    assert data["publisher"]["name"]


def test_json_ld_cannot_be_closed_by_a_title(client):
    article = ArticleFactory(title="</script><script>alert(1)</script> & <b>")
    response = read(client, article)
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(response)["headline"] == "</script><script>alert(1)</script> & <b>"


def test_unknown_article_is_404(client):
    assert client.get("/tin-tuc/khong-co-bai-nay/").status_code == 404


@pytest.mark.parametrize("state", ["draft", "pending", "hidden", "scheduled"])
def test_unpublished_article_is_404_for_the_public(client, state):
    article = ArticleFactory(**unpublished_states()[state])
    assert read(client, article).status_code == 404


@pytest.mark.parametrize("state", ["draft", "pending", "hidden", "scheduled"])
def test_unpublished_article_is_404_for_staff_without_permission(client, state):
    client.force_login(UserFactory(is_staff=True, password=None))
    article = ArticleFactory(**unpublished_states()[state])
    assert read(client, article).status_code == 404


@pytest.mark.parametrize("state", ["draft", "pending", "hidden", "scheduled"])
def test_staff_preview_shows_an_unpublished_article_with_a_banner(client, state):
    client.force_login(preview_user())
    article = ArticleFactory(title="Bài đang soạn", **unpublished_states()[state])
    response = read(client, article)
    assert response.status_code == 200
    assert "Bản xem trước – bài chưa xuất bản" in response.content.decode()
    assert "Bài đang soạn" in response.content.decode()


def test_staff_preview_is_not_cached_nor_indexed(client):
    client.force_login(preview_user())
    response = read(client, ArticleFactory(**unpublished_states()["draft"]))
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_staff_preview_is_never_counted(client):
    client.force_login(preview_user())
    article = ArticleFactory(**unpublished_states()["draft"])
    read(client, article)
    article.refresh_from_db()
    assert article.view_count == 0


def test_staff_preview_disables_rating(client):
    client.force_login(preview_user())
    html = read(client, ArticleFactory(**unpublished_states()["pending"])).content.decode()
    assert '<fieldset class="rating-form" disabled>' in html


def test_published_article_read_by_staff_has_no_preview_banner(client):
    client.force_login(preview_user())
    html = read(client, ArticleFactory()).content.decode()
    assert "Bản xem trước" not in html


def test_reading_counts_one_view(client):
    article = ArticleFactory()
    read(client, article)
    article.refresh_from_db()
    assert article.view_count == 1


def test_reloads_in_the_same_visit_count_once(client):
    article = ArticleFactory()
    for _ in range(3):
        read(client, article)
    article.refresh_from_db()
    assert article.view_count == 1


def test_reading_another_article_counts_it_too(client):
    first, second = ArticleFactory(), ArticleFactory()
    read(client, first)
    read(client, second)
    read(client, first)
    assert list(Article.objects.order_by("pk").values_list("view_count", flat=True)) == [1, 1]


def test_two_readers_count_twice(client, django_user_model):
    from django.test import Client

    article = ArticleFactory()
    read(client, article)
    read(Client(), article)
    article.refresh_from_db()
    assert article.view_count == 2


def test_view_cookie_is_signed_httponly_and_lax(client):
    response = read(client, ArticleFactory())
    cookie = response.cookies["da_xem"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == 30 * 60


def test_forged_view_cookie_is_ignored(client):
    article = ArticleFactory()
    client.cookies["da_xem"] = f"{article.pk}_9999999999"
    read(client, article)
    article.refresh_from_db()
    assert article.view_count == 1


def test_crawlers_are_not_counted(client):
    article = ArticleFactory()
    read(client, article, HTTP_USER_AGENT="Googlebot/2.1 (+http://www.google.com/bot.html)")
    read(client, article, HTTP_USER_AGENT="")
    article.refresh_from_db()
    assert article.view_count == 0


def test_a_head_request_is_not_counted(client):
    article = ArticleFactory()
    response = client.head(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.view_count == 0


def test_reading_creates_no_session(client):
    read(client, ArticleFactory())
    assert "sessionid" not in client.cookies
