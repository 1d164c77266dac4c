"""The article list of the admin: who reaches it, what it shows, its filters and search."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Article, Category, Rating, StatusChange
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db
Status = Article.Status
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def changelist_url():
    return reverse("admin:news_article_changelist")


def page_urls(article):
    return {
        "changelist": changelist_url(),
        "add": reverse("admin:news_article_add"),
        "change": reverse("admin:news_article_change", args=[article.pk]),
        "history": reverse("admin:news_article_history", args=[article.pk]),
    }


def listed_titles(response):
    return set(re.findall(r'<th class="field-title"><a href="[^"]+">([^<]+)</a>', response.text))


def test_the_admin_answers_at_its_configured_path_in_vietnamese(client, publisher):
    client.force_login(publisher)
    response = client.get("/quan-tri/")
    assert response.status_code == 200
    assert 'lang="vi"' in response.text
    for text in ("Bảng điều khiển", "Tin tức", "Bài viết", "Chuyên mục"):
        assert text in response.text


@pytest.mark.parametrize("page", ["changelist", "add", "change", "history"])
def test_anonymous_visitors_are_sent_to_the_admin_login(client, page):
    response = client.get(page_urls(ArticleFactory())[page])
    assert response.status_code == 302
    assert response["Location"].startswith("/quan-tri/login/")


@pytest.mark.parametrize("page", ["changelist", "add", "change", "history"])
def test_staff_without_a_role_are_refused_every_article_page(client, plain_staff, page):
    client.force_login(plain_staff)
    assert client.get(page_urls(ArticleFactory())[page]).status_code == 403


def test_the_list_shows_title_category_status_time_views_rating_and_author(
    client, publisher, editor
):
    ArticleFactory(
        title="Tổng kết 5 năm mô hình điểm",
        category=CategoryFactory(name="Hoạt động Mặt trận"),
        published_at=datetime(2025, 6, 5, 8, 30, tzinfo=HANOI),
        view_count=161,
        rating_sum=9,
        rating_count=2,
        author=editor,
    )
    client.force_login(publisher)
    response = client.get(changelist_url())
    row = re.search(r"<tr>.*?Tổng kết 5 năm mô hình điểm.*?</tr>", response.text, re.S)[0]
    for text in (
        "Hoạt động Mặt trận",
        "Đã xuất bản",
        "05/06/2025 08:30",
        "161",
        "4,5/5 (2)",
        "bientapvien",
        "Xem trên trang",
    ):
        assert text in row, text


def test_the_list_groups_view_counts_and_rounds_the_average_half_up(client, publisher):
    article = ArticleFactory(view_count=1234568, rating_sum=17, rating_count=4)
    client.force_login(publisher)
    row = re.search(
        rf"<tr>.*?{re.escape(article.title)}.*?</tr>", client.get(changelist_url()).text, re.S
    )[0]
    assert "1.234.568" in row
    assert "4,3/5 (4)" in row  # 17 points in 4 ratings: 4,25, rounded half up
    change = client.get(reverse("admin:news_article_change", args=[article.pk])).text
    assert "1.234.568" in change


def test_the_list_marks_a_scheduled_article_with_its_time(client, publisher):
    ArticleFactory(title="Bài hẹn giờ", published_at=datetime(2099, 1, 2, 7, 0, tzinfo=HANOI))
    client.force_login(publisher)
    assert "Hẹn giờ: 02/01/2099 07:00" in client.get(changelist_url()).text


def test_the_list_links_each_article_to_its_public_page_or_preview(client, publisher):
    live = ArticleFactory(title="Bài đã đăng")
    draft = ArticleFactory(title="Bài nháp", status=Status.DRAFT, published_at=None)
    client.force_login(publisher)
    text = client.get(changelist_url()).text
    assert (
        f'<a href="{live.get_absolute_url()}" target="_blank" rel="noopener">Xem trên trang' in text
    )
    assert f'<a href="{draft.get_absolute_url()}" target="_blank" rel="noopener">Xem trước' in text


def test_the_list_runs_as_many_queries_for_25_articles_as_for_3(client, publisher):
    client.force_login(publisher)
    ArticleFactory.create_batch(3, rating_sum=4, rating_count=1)
    client.get(changelist_url())  # fills the cached navigation, emptied by new categories
    with CaptureQueriesContext(connection) as few:
        client.get(changelist_url())
    ArticleFactory.create_batch(22, rating_sum=4, rating_count=1)
    client.get(changelist_url())
    with CaptureQueriesContext(connection) as many:
        response = client.get(changelist_url())
    assert len(listed_titles(response)) == 25
    assert len(many) == len(few)


def test_the_status_filter_lists_each_status_and_the_scheduled_articles(client, publisher):
    now = timezone.now()
    ArticleFactory(title="Đang hiện", published_at=now - timedelta(hours=1))
    ArticleFactory(title="Chờ giờ đăng", published_at=now + timedelta(days=1))
    ArticleFactory(title="Đang chờ duyệt", status=Status.PENDING, published_at=None)
    ArticleFactory(title="Bản nháp", status=Status.DRAFT, published_at=None)
    client.force_login(publisher)
    expectations = {
        "hen-gio": {"Chờ giờ đăng"},
        "published": {"Đang hiện", "Chờ giờ đăng"},
        "pending": {"Đang chờ duyệt"},
        "draft": {"Bản nháp"},
        "hidden": set(),
    }
    for value, titles in expectations.items():
        response = client.get(changelist_url(), {"trang_thai": value})
        assert listed_titles(response) == titles, value
    assert "Đã hẹn giờ, chưa đến giờ đăng" in response.text


def test_the_list_filters_by_category_and_featured(client, publisher):
    events = CategoryFactory(name="Sự kiện")
    ArticleFactory(title="Nổi bật trong sự kiện", category=events, is_featured=True)
    ArticleFactory(title="Sự kiện thường", category=events)
    ArticleFactory(title="Nổi bật chỗ khác", is_featured=True)
    client.force_login(publisher)
    response = client.get(changelist_url(), {"category__id__exact": events.pk})
    assert listed_titles(response) == {"Nổi bật trong sự kiện", "Sự kiện thường"}
    response = client.get(changelist_url(), {"is_featured__exact": "1"})
    assert listed_titles(response) == {"Nổi bật trong sự kiện", "Nổi bật chỗ khác"}


def test_the_list_drills_down_by_publication_date(client, publisher):
    ArticleFactory(title="Năm 2020", published_at=datetime(2020, 4, 24, 9, 0, tzinfo=HANOI))
    ArticleFactory(title="Năm 2024", published_at=datetime(2024, 4, 24, 9, 0, tzinfo=HANOI))
    client.force_login(publisher)
    response = client.get(changelist_url(), {"published_at__year": "2020"})
    assert listed_titles(response) == {"Năm 2020"}


def test_search_finds_words_typed_with_or_without_diacritics(client, publisher):
    ArticleFactory(title="Mô hình điểm phòng chống tội phạm")
    ArticleFactory(title="Hội nghị biểu dương", summary="", body="<p>Khen thưởng các tập thể.</p>")
    client.force_login(publisher)
    for query in ("mo hinh diem", "MÔ HÌNH ĐIỂM", "phong chong"):
        response = client.get(changelist_url(), {"q": query})
        assert listed_titles(response) == {"Mô hình điểm phòng chống tội phạm"}, query
    response = client.get(changelist_url(), {"q": "khen thuong"})
    assert listed_titles(response) == {"Hội nghị biểu dương"}


def action_choices(response):
    return set(re.findall(r'<option value="(\w+)"', response.text.split('name="action"')[1][:2000]))


def test_an_editor_is_offered_only_the_submit_action(client, editor):
    ArticleFactory()
    client.force_login(editor)
    assert action_choices(client.get(changelist_url())) == {"submit_for_review"}


def test_a_publisher_is_offered_every_workflow_action(client, publisher):
    ArticleFactory()
    client.force_login(publisher)
    response = client.get(changelist_url())
    assert action_choices(response) == {
        "submit_for_review",
        "publish",
        "unpublish",
        "return_to_writer",
        "delete_selected",
    }
    for label in ("Gửi duyệt", "Xuất bản các bài", "Gỡ các bài", "Trả lại người viết"):
        assert label in response.text


def test_a_publisher_adds_a_category_whose_address_keeps_every_letter(client, publisher):
    client.force_login(publisher)
    data = {
        "name": "Đời sống văn hóa",
        "slug": "",
        "description": "",
        "order": "3",
        "is_active": "on",
    }
    response = client.post(reverse("admin:news_category_add"), data)
    assert response.status_code == 302
    assert Category.objects.get(name="Đời sống văn hóa").slug == "doi-song-van-hoa"


def test_an_editor_sees_the_categories_but_cannot_add_one(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:news_category_changelist")).status_code == 200
    response = client.post(reverse("admin:news_category_add"), {"name": "Chuyên mục lạ"})
    assert response.status_code == 403
    assert not Category.objects.filter(name="Chuyên mục lạ").exists()


def test_the_status_history_and_the_ratings_are_read_only(client, publisher):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    change = StatusChange.objects.create(
        article=article, user=publisher, from_status="draft", to_status="pending"
    )
    rating = Rating.objects.create(article=article, score=5, voter_key="a" * 64)
    client.force_login(publisher)
    assert client.get(reverse("admin:news_statuschange_changelist")).status_code == 200
    assert client.get(reverse("admin:news_rating_changelist")).status_code == 200
    assert client.get(reverse("admin:news_statuschange_add")).status_code == 403
    assert client.get(reverse("admin:news_rating_add")).status_code == 403
    forged = {"article": article.pk, "from_status": "draft", "to_status": "published"}
    client.post(reverse("admin:news_statuschange_change", args=[change.pk]), forged)
    client.post(reverse("admin:news_rating_delete", args=[rating.pk]), {"post": "yes"})
    change.refresh_from_db()
    assert change.to_status == "pending" and Rating.objects.filter(pk=rating.pk).exists()


def test_the_list_names_authors_by_full_name_in_vietnamese_order(client, publisher, editor):
    editor.first_name, editor.last_name = "Bình", "Nguyễn Văn"
    editor.save()
    article = ArticleFactory(author=editor)
    client.force_login(publisher)
    page = client.get(changelist_url()).text
    row = re.search(rf"<tr>.*?{re.escape(article.title)}.*?</tr>", page, re.S)[0]
    assert '<td class="field-author_name">Nguyễn Văn Bình</td>' in row
    # The title column is the wide one; the list's own styles are loaded.
    assert "/static/css/admin-news.css" in page
