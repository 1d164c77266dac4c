"""The body is sanitized on every save: CKEditor 5's output stays, anything that can run goes."""

import pytest

from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def saved_body(html):
    return ArticleFactory(body=html).body


@pytest.mark.parametrize(
    "html",
    [
        "<p>Đoạn văn <strong>đậm</strong>, <i>nghiêng</i>, <em>nhấn</em> và <u>gạch chân</u>.</p>",
        "<h2>Tiêu đề 2</h2><h3>Tiêu đề 3</h3>",
        "<ul><li>Một</li><li>Hai</li></ul><ol><li>Thứ nhất</li></ol>",
        "<blockquote><p>Trích dẫn lời Chủ tịch.</p></blockquote>",
        '<figure class="table"><table><thead><tr><th>Xã</th><th>Số mô hình</th></tr></thead>'
        "<tbody><tr><td>Đông Hưng</td><td>4</td></tr></tbody></table></figure>",
        '<figure class="image"><img src="/media/uploads/2025/04/anh.jpg" alt="Hội nghị">'
        "<figcaption>Quang cảnh hội nghị</figcaption></figure>",
        '<figure class="image image-style-side"><img src="/media/a.jpg" alt="Ảnh"></figure>',
    ],
)
def test_ckeditor_markup_is_kept(html):
    assert saved_body(html) == html


def test_links_are_kept_with_a_safe_rel():
    body = saved_body('<p><a href="https://mattran.org.vn/">Trang Trung ương</a></p>')
    assert body == (
        '<p><a href="https://mattran.org.vn/" rel="noopener noreferrer">Trang Trung ương</a></p>'
    )


def test_scripts_are_dropped_with_their_content():
    body = saved_body("<p>Trước</p><script>alert('x')</script><p>Sau</p>")
    assert body == "<p>Trước</p><p>Sau</p>"


def test_styles_are_dropped_with_their_content():
    assert saved_body("<style>body{display:none}</style><p>Nội dung</p>") == "<p>Nội dung</p>"


def test_style_attributes_are_dropped():
    assert saved_body('<p style="color:red">Chữ</p>') == "<p>Chữ</p>"


def test_iframes_are_dropped():
    body = saved_body('<p>Video</p><iframe src="https://example.com/x"></iframe>')
    assert body == "<p>Video</p>"


def test_event_handler_attributes_are_dropped():
    body = saved_body('<img src="/media/a.jpg" alt="Ảnh" onerror="alert(1)"><p onclick="x()">A</p>')
    assert body == '<img src="/media/a.jpg" alt="Ảnh"><p>A</p>'


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x"],
)
def test_script_urls_are_dropped(href):
    body = saved_body(f'<p><a href="{href}">Bấm</a></p>')
    assert "href" not in body
    assert "Bấm" in body


def test_body_is_sanitized_again_on_every_save():
    article = ArticleFactory()
    article.body = "<p>Sửa</p><script>alert(1)</script>"
    article.save()
    article.refresh_from_db()
    assert article.body == "<p>Sửa</p>"
