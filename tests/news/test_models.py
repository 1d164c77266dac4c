import pytest
from django.utils import timezone

from news.models import Article, Rating, StatusChange
from tests.news.factories import BROWSER_UA, ArticleFactory, CategoryFactory, unpublished_states

pytestmark = pytest.mark.django_db


def test_slug_is_made_from_the_vietnamese_title_keeping_every_letter():
    article = ArticleFactory(title="Đặng Thanh Giang nhận Bằng khen của Ủy ban MTTQ tỉnh")
    assert article.slug == "dang-thanh-giang-nhan-bang-khen-cua-uy-ban-mttq-tinh"


def test_slug_is_unique_with_a_number_added():
    first = ArticleFactory(title="Hội nghị tổng kết mô hình điểm")
    second = ArticleFactory(title="Hội nghị tổng kết mô hình điểm")
    assert first.slug == "hoi-nghi-tong-ket-mo-hinh-diem"
    assert second.slug == "hoi-nghi-tong-ket-mo-hinh-diem-2"


def test_slug_of_a_title_without_letters_falls_back():
    assert ArticleFactory(title="!!!").slug == "bai-viet"


def test_a_given_slug_is_kept():
    assert ArticleFactory(title="Tin mới", slug="tin-rieng").slug == "tin-rieng"


def test_slug_may_change_while_the_article_is_a_draft():
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, slug="ban-dau")
    article.slug = "ban-sua"
    article.save()
    article.refresh_from_db()
    assert article.slug == "ban-sua"


def test_slug_of_a_published_article_never_changes():
    article = ArticleFactory(slug="dia-chi-da-chia-se")
    article.slug = "dia-chi-moi"
    article.title = "Tiêu đề đã sửa"
    article.save()
    article.refresh_from_db()
    assert article.slug == "dia-chi-da-chia-se"
    assert article.title == "Tiêu đề đã sửa"


def test_emptying_the_slug_of_a_published_article_keeps_the_old_one():
    article = ArticleFactory(title="Bài đã đăng")
    article.slug = ""
    article.title = "Một tiêu đề hoàn toàn khác"
    article.save()
    article.refresh_from_db()
    assert article.slug == "bai-da-dang"


def test_slug_of_a_scheduled_article_is_frozen_too():
    article = ArticleFactory(slug="hen-gio", **unpublished_states()["scheduled"])
    article.slug = "doi-ten"
    article.save()
    assert Article.objects.get(pk=article.pk).slug == "hen-gio"


def test_slug_of_an_unpublished_article_stays_frozen():
    article = ArticleFactory(slug="da-go", **unpublished_states()["hidden"])
    article.slug = "doi-ten"
    article.save()
    assert Article.objects.get(pk=article.pk).slug == "da-go"


def test_slug_stays_frozen_after_a_published_article_went_back_to_draft():
    article = ArticleFactory(slug="tung-dang", status=Article.Status.DRAFT, published_at=None)
    StatusChange.objects.create(
        article=article, from_status="pending", to_status=Article.Status.PUBLISHED
    )
    article.slug = "doi-ten"
    article.save()
    assert Article.objects.get(pk=article.pk).slug == "tung-dang"


def test_search_keys_are_lower_case_without_diacritics():
    article = ArticleFactory(
        title="Đặng Thị Hòa: MÔ HÌNH ĐIỂM",
        summary="Khu dân cư <b>tự quản</b>",
        body="<p>An&nbsp;toàn giao thông &amp; môi trường</p>",
    )
    # Words without punctuation, then (after "|") the words of the summary and body, then
    # the exact keys of the words written with diacritics, tone marks where the rule puts them.
    # Every word between two spaces, so that one LIKE finds a word's start or a whole word.
    assert article.search_title == " dang thi hoa mo hinh diem |  | đặng thị hoà mô hình điểm "
    assert article.search_text == (
        " dang thi hoa mo hinh diem | khu dan cu tu quan an toan giao thong moi truong | "
        "đặng thị hoà mô hình điểm dân cư tự quản toàn thông môi trường "
    )


def test_search_keys_follow_an_edited_title():
    article = ArticleFactory(title="Tiêu đề cũ")
    article.title = "Tiêu đề mới"
    article.save()
    assert article.search_title == " tieu de moi |  | tiêu đề mới "


def test_summary_is_stored_as_plain_text():
    article = ArticleFactory(summary="  <p>Sapo <script>x</script>bài viết</p> ")
    assert article.summary == "Sapo xbài viết"


def test_published_is_what_the_public_sees():
    visible = ArticleFactory()
    for fields in unpublished_states().values():
        ArticleFactory(**fields)
    assert list(Article.objects.published()) == [visible]


def test_an_article_due_now_is_published():
    article = ArticleFactory(published_at=timezone.now())
    assert list(Article.objects.published()) == [article]


def test_rating_average_is_zero_before_the_first_rating():
    assert ArticleFactory().rating_average == 0


def test_rating_average_has_one_decimal():
    assert ArticleFactory(rating_sum=13, rating_count=3).rating_average == 4.3


@pytest.mark.parametrize(
    ("rating_sum", "rating_count", "average"),
    [(17, 4, 4.3), (9, 4, 2.3), (5, 4, 1.3), (19, 4, 4.8), (7, 2, 3.5), (5, 3, 1.7)],
)
def test_rating_average_is_rounded_half_up(rating_sum, rating_count, average):
    # Python's round(4.25, 1) gives 4.2: half to even, and 4.25 is not exact in binary.
    article = ArticleFactory(rating_sum=rating_sum, rating_count=rating_count)
    assert article.rating_average == pytest.approx(average)


def test_article_page_shows_the_average_rounded_half_up(client):
    article = ArticleFactory(rating_sum=17, rating_count=4)
    page = client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA).content.decode()
    assert "Điểm trung bình: <span data-rating-average>4,3</span>/5" in page


@pytest.mark.parametrize(
    ("rating_sum", "rating_count", "stars"),
    [
        (0, 0, ["empty"] * 5),
        (5, 1, ["full"] * 5),
        (7, 2, ["full", "full", "full", "half", "empty"]),
        (13, 3, ["full", "full", "full", "full", "half"]),
        (4, 3, ["full", "half", "empty", "empty", "empty"]),
        (11, 10, ["full", "empty", "empty", "empty", "empty"]),
    ],
)
def test_rating_stars_draw_the_average_to_the_nearest_half(rating_sum, rating_count, stars):
    article = ArticleFactory(rating_sum=rating_sum, rating_count=rating_count)
    assert article.rating_stars == stars


def test_with_reader_score_gives_this_readers_score_only():
    article = ArticleFactory()
    Rating.objects.create(article=article, voter_key="a" * 64, score=4)
    Rating.objects.create(article=article, voter_key="b" * 64, score=2)
    assert Article.objects.with_reader_score("a" * 64).get().reader_score == 4
    assert Article.objects.with_reader_score("c" * 64).get().reader_score is None
    assert Article.objects.with_reader_score(None).get().reader_score is None


def test_cover_srcset_lists_the_sizes_news_uploads_writes():
    article = ArticleFactory(cover_image="covers/2025/04/abc123-1600w.jpg")
    assert article.cover_srcset == (
        "/media/covers/2025/04/abc123-480w.jpg 480w, "
        "/media/covers/2025/04/abc123-960w.jpg 960w, "
        "/media/covers/2025/04/abc123-1600w.jpg 1600w"
    )
    assert article.cover_thumbnail_url == "/media/covers/2025/04/abc123-480w.jpg"


def test_cover_stored_otherwise_has_no_srcset_and_is_its_own_thumbnail():
    article = ArticleFactory(cover_image="covers/2025/04/anh.jpg")
    assert article.cover_srcset == ""
    assert article.cover_thumbnail_url == "/media/covers/2025/04/anh.jpg"


def test_no_cover_no_thumbnail():
    assert ArticleFactory().cover_thumbnail_url == ""


def test_category_slug_keeps_every_letter():
    assert CategoryFactory(name="Đoàn kết – Đổi mới").slug == "doan-ket-doi-moi"
