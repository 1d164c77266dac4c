"""What an article is filed under and given with: tags (/the/<slug>/), event series
(/dong-su-kien/<slug>/), hand-picked related articles first in "Tin tức khác", attachments
listed under it, and an expiry after which it leaves the public side."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from mttq_portal import pagecache
from news.models import Article, Attachment, EventSeries, Tag
from tests.awards.pdfs import minimal_pdf
from tests.news.conftest import attachment_rows, split_datetime
from tests.news.factories import BROWSER_UA, ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def page(url, status=200):
    response = Client().get(url, HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == status
    return response.content.decode()


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def pdf_upload(name="Kế hoạch tháng Vì người nghèo.pdf"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, minimal_pdf(), content_type="application/pdf")


# --- tags ----------------------------------------------------------------------------------------


def test_one_tag_per_name_whatever_its_spelling():
    first = Tag.from_names(["Vì người nghèo", "Đại hội MTTQ"])
    again = Tag.from_names(["VÌ NGƯỜI NGHÈO", "đại hội mttq", "Vì người nghèo", " "])
    assert [t.pk for t in again] == [t.pk for t in first]
    assert Tag.objects.count() == 2
    assert first[0].slug == "vi-nguoi-ngheo"
    # The two tone placements are one name too.
    assert Tag.from_names(["Hòa giải cơ sở"])[0].pk == Tag.from_names(["Hoà giải cơ sở"])[0].pk


def test_tags_typed_in_the_form_are_set_and_shown_again(client, publisher, article_form):
    client.force_login(publisher)
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, author=publisher)
    data = article_form(article, tags_text="Vì người nghèo, An sinh xã hội, vì người nghèo")
    response = client.post(change_url(article), {**data, "_continue": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert sorted(article.tags.values_list("name", flat=True)) == [
        "An sinh xã hội",
        "Vì người nghèo",
    ]
    form_page = client.get(change_url(article)).content.decode()
    assert 'value="Vì người nghèo, An sinh xã hội"' in form_page or (
        'value="An sinh xã hội, Vì người nghèo"' in form_page
    )
    # Emptied, the article has no tag left; the tags themselves stay for other articles.
    client.post(change_url(article), {**article_form(article, tags_text=""), "_continue": "1"})
    assert not article.tags.exists()
    assert Tag.objects.count() == 2


def test_a_tag_longer_than_a_name_is_refused_and_nothing_changes(client, publisher, article_form):
    client.force_login(publisher)
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, author=publisher)
    data = article_form(article, title="Tiêu đề mới", tags_text="x" * 130)
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert "dài quá 120 ký tự" in response.content.decode()
    article.refresh_from_db()
    assert article.title != "Tiêu đề mới" and not Tag.objects.exists()


def test_the_tag_page_lists_its_public_articles_only():
    tag = Tag.objects.create(name="Vì người nghèo")
    public = ArticleFactory(title="Trao nhà Đại đoàn kết")
    draft = ArticleFactory(title="Bài nháp có thẻ", status=Article.Status.DRAFT, published_at=None)
    untagged = ArticleFactory(title="Bài không gắn thẻ")
    for article in (public, draft):
        article.tags.add(tag)
    html = page(tag.get_absolute_url())
    assert "Trao nhà Đại đoàn kết" in html
    assert "Bài nháp có thẻ" not in html and untagged.title not in html
    feed = page(reverse("news:tag_rss", args=[tag.slug]))
    assert "Trao nhà Đại đoàn kết" in feed and "Bài nháp có thẻ" not in feed
    assert "<category>Vì người nghèo</category>" in page(reverse("news:rss"))
    assert tag.get_absolute_url() in page("/sitemap.xml")


def test_a_tag_given_to_unpublished_articles_only_is_nowhere_public():
    tag = Tag.objects.create(name="Nhân sự dự kiến")
    ArticleFactory(status=Article.Status.PENDING, published_at=None).tags.add(tag)
    page(tag.get_absolute_url(), status=404)
    page(reverse("news:tag_rss", args=[tag.slug]), status=404)
    assert tag.slug not in page("/sitemap.xml")
    assert "Nhân sự dự kiến" not in page(reverse("search") + "?q=nhan+su+du+kien")


# --- event series --------------------------------------------------------------------------------


def test_the_series_page_and_feed_list_its_public_articles():
    series = EventSeries.objects.create(
        name="Đại hội đại biểu MTTQ tỉnh lần thứ XV", description="Nhiệm kỳ 2024–2029."
    )
    ArticleFactory(title="Khai mạc Đại hội", series=series)
    ArticleFactory(title="Dự thảo báo cáo chính trị", series=series, status=Article.Status.DRAFT,
                   published_at=None)  # fmt: skip
    html = page(series.get_absolute_url())
    assert "Khai mạc Đại hội" in html and "Nhiệm kỳ 2024–2029." in html
    assert "Dự thảo báo cáo chính trị" not in html
    assert "Khai mạc Đại hội" in page(reverse("news:series_rss", args=[series.slug]))
    assert series.get_absolute_url() in page("/sitemap.xml")
    found = page(reverse("search") + "?q=dai+hoi+dai+bieu")
    assert f'href="{series.get_absolute_url()}"' in found


def test_a_series_taken_off_has_no_page():
    series = EventSeries.objects.create(name="Tháng cao điểm cũ", is_active=False)
    ArticleFactory(series=series)
    page(series.get_absolute_url(), status=404)
    assert series.slug not in page("/sitemap.xml")


def test_the_article_page_links_its_series_and_tags():
    series = EventSeries.objects.create(name="Tháng cao điểm Vì người nghèo")
    article = ArticleFactory(series=series)
    article.tags.add(*Tag.from_names(["An sinh xã hội", "Nhà Đại đoàn kết"]))
    html = page(article.get_absolute_url())
    assert f'<a href="{series.get_absolute_url()}">Tháng cao điểm Vì người nghèo</a>' in html
    for tag in article.tags.all():
        assert f'<a href="{tag.get_absolute_url()}">{tag.name}</a>' in html


# --- related articles ----------------------------------------------------------------------------


def test_hand_picked_related_articles_come_first_in_other_news():
    category, elsewhere = CategoryFactory(), CategoryFactory()
    old = timezone.now() - datetime.timedelta(days=30)
    picked = ArticleFactory(title="Bài liên quan chọn tay", category=elsewhere, published_at=old)
    hidden = ArticleFactory(title="Bài liên quan đã gỡ", status=Article.Status.HIDDEN)
    latest = ArticleFactory(title="Bài mới cùng chuyên mục", category=category)
    article = ArticleFactory(category=category, published_at=old)
    article.related.add(picked, hidden)
    html = page(article.get_absolute_url())
    other_news = html[html.index('id="tin-khac"') :]
    assert other_news.index(picked.title) < other_news.index(latest.title)
    assert hidden.title not in html
    # Another article of the category keeps the category's list.
    assert picked.title not in page(latest.get_absolute_url())


def test_the_related_picker_lists_published_articles_only(client, publisher):
    client.force_login(publisher)
    ArticleFactory(title="Hội nghị biểu dương đã đăng")
    ArticleFactory(title="Hội nghị biểu dương bản nháp", status=Article.Status.DRAFT,
                   published_at=None)  # fmt: skip
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "hoi nghi", "app_label": "news", "model_name": "article", "field_name": "related"},
    )
    titles = [row["text"] for row in response.json()["results"]]
    assert titles == ["Hội nghị biểu dương đã đăng"]


def test_a_draft_cannot_be_forged_into_the_related_articles(client, publisher, article_form):
    client.force_login(publisher)
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, author=publisher)
    response = client.post(change_url(article), article_form(article, related=[draft.pk]))
    assert response.status_code == 200
    assert not article.related.exists()


# --- attachments ---------------------------------------------------------------------------------


def test_an_attachment_is_stored_checked_and_listed_with_its_kind_and_size(
    client, publisher, article_form, settings
):
    client.force_login(publisher)
    article = ArticleFactory(author=publisher)
    rows = attachment_rows(article, {"file": pdf_upload(), "title": ""})
    response = client.post(change_url(article), {**article_form(article), **rows})
    assert response.status_code == 302, response.content.decode()[:3000]
    attachment = article.attachments.get()
    assert attachment.title == "Kế hoạch tháng Vì người nghèo"
    assert attachment.file.name.startswith("tep-dinh-kem/")
    assert attachment.file.name.endswith("/ke-hoach-thang-vi-nguoi-ngheo.pdf")
    assert attachment.size == len(minimal_pdf())
    html = page(article.get_absolute_url())
    assert "Tệp đính kèm" in html and "Kế hoạch tháng Vì người nghèo" in html
    assert f"PDF · {attachment.size_display}" in html
    assert f'href="{attachment.file.url}" target="_blank"' in html  # read in the browser


def test_a_file_that_is_not_a_document_is_refused_and_nothing_is_saved(
    client, publisher, article_form, settings
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(publisher)
    article = ArticleFactory(author=publisher)
    disguised = SimpleUploadedFile("huong-dan.docx", b"<html><script>alert(1)</script></html>")
    rows = attachment_rows(article, {"file": disguised, "title": "Hướng dẫn"})
    data = {**article_form(article, title="Tiêu đề đã sửa"), **rows}
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert not Attachment.objects.exists()
    article.refresh_from_db()
    assert article.title != "Tiêu đề đã sửa"
    assert not settings.MEDIA_ROOT.exists() or not any(settings.MEDIA_ROOT.rglob("*.docx"))


def test_attachments_of_an_unpublished_article_are_not_listed_anywhere_public(client, publisher):
    article = ArticleFactory(status=Article.Status.PENDING, published_at=None)
    Attachment.objects.create(article=article, file=pdf_upload("Bí mật.pdf"), title="Tệp bí mật")
    page(article.get_absolute_url(), status=404)
    assert "Tệp bí mật" not in page(reverse("news:home"))


def test_a_writer_adds_attachments_only_while_the_article_is_theirs_to_edit(
    client, editor, article_form
):
    client.force_login(editor)
    pending = ArticleFactory(status=Article.Status.PENDING, published_at=None, author=editor)
    html = client.get(change_url(pending)).content.decode()
    assert 'name="attachments-0-file"' not in html  # read-only while under review
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None, author=editor)
    html = client.get(change_url(draft)).content.decode()
    assert 'name="attachments-0-file"' in html


# --- expiry --------------------------------------------------------------------------------------


def test_an_article_past_its_expiry_leaves_the_public_side():
    category = CategoryFactory()
    soon = timezone.now() + datetime.timedelta(hours=2)
    article = ArticleFactory(title="Thông báo tuyển dụng", category=category, expires_at=soon)
    assert "Thông báo tuyển dụng" in page(category.get_absolute_url())
    Article.objects.filter(pk=article.pk).update(expires_at=timezone.now())
    pagecache.renew_version()
    page(article.get_absolute_url(), status=404)
    assert "Thông báo tuyển dụng" not in page(category.get_absolute_url())


def test_cached_pages_end_at_the_next_expiry():
    soon = timezone.now() + datetime.timedelta(hours=2)
    ArticleFactory(expires_at=soon)
    ArticleFactory(published_at=timezone.now() + datetime.timedelta(hours=5))  # scheduled
    pagecache.renew_version()
    assert pagecache.current_version().next_due == pytest.approx(soon.timestamp())


def test_an_expiry_in_the_past_or_before_the_scheduled_time_is_refused(
    client, publisher, article_form
):
    client.force_login(publisher)
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, author=publisher)
    past = timezone.now() - datetime.timedelta(days=1)
    response = client.post(
        change_url(article), article_form(article, **split_datetime(past, "expires_at"))
    )
    assert "Thời điểm hết hạn đã qua" in response.content.decode()
    expires = timezone.now() + datetime.timedelta(days=1)
    data = article_form(
        article,
        _move="schedule",
        schedule_at=expires + datetime.timedelta(days=1),
        **split_datetime(expires, "expires_at"),
    )
    response = client.post(change_url(article), data)
    assert "hết hạn hiển thị trước giờ đăng" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT and article.expires_at is None
