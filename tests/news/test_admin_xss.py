"""Script written into an article through the admin never reaches the public page.

Each payload goes through the admin's form as a publisher would send it, the article is
published, and the public page is read as a visitor reads it.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import Article

pytestmark = pytest.mark.django_db

# (payload in the body, fragments the public page must not hold, in lower case)
BODY_PAYLOADS = [
    pytest.param(
        '<script>alert("xss")</script>',
        ["<script>alert", 'alert("xss")'],
        id="script",
    ),
    pytest.param(
        "<img src=x onerror=alert(1)>",
        ["onerror", "alert(1)"],
        id="img-onerror",
    ),
    pytest.param(
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
        ["onerror", "eval("],
        id="img-onerror-eval",
    ),
    pytest.param(
        '<a href="javascript:alert(1)">bấm</a>',
        ["javascript:"],
        id="javascript-link",
    ),
    pytest.param(
        '<a href="JaVaScRiPt:alert(1)">bấm</a>',
        ["javascript:"],
        id="javascript-mixed-case",
    ),
    pytest.param(
        '<a href="jav&#x09;ascript:alert(1)">bấm</a>',
        ["ascript:", "alert(1)"],
        id="javascript-tab",
    ),
    pytest.param(
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
        ["&#106;&#97;", "javascript:", "alert(1)"],
        id="javascript-entities",
    ),
    pytest.param(
        '<a href="vbscript:msgbox(1)">x</a>',
        ["vbscript:"],
        id="vbscript-link",
    ),
    pytest.param(
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
        ["data:text/html", "phnjcmlwdd5hbgvydcgxktwvc2nyaxb0pg"],
        id="data-html-link",
    ),
    pytest.param(
        '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
        ["data:image/svg"],
        id="data-svg-image",
    ),
    pytest.param(
        "<svg onload=alert(1)><circle r=5></circle></svg>",
        ["<svg", "onload"],
        id="svg-onload",
    ),
    pytest.param(
        '<iframe src="https://evil.example/"></iframe>',
        ["<iframe", "evil.example"],
        id="iframe",
    ),
    pytest.param(
        '<p style="width: expression(alert(1)); background: url(javascript:alert(1))">x</p>',
        ["expression(", "javascript:", 'style="width'],
        id="style-expression",
    ),
    pytest.param(
        '<style>body { background: url("javascript:alert(1)") }</style>',
        ["javascript:", "alert(1)"],
        id="style-element",
    ),
    pytest.param(
        '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y">',
        ["<object", "<embed", "evil.example"],
        id="object-embed",
    ),
    pytest.param(
        '<form action="https://evil.example/">'
        '<button formaction="javascript:alert(1)">Gửi</button></form>',
        ["evil.example", "formaction", "javascript:"],
        id="form-formaction",
    ),
    pytest.param(
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        ["evil.example", "http-equiv"],
        id="meta-refresh",
    ),
    pytest.param(
        '<base href="https://evil.example/">',
        ["evil.example"],
        id="base-href",
    ),
    pytest.param(
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        ["evil.example"],
        id="link-stylesheet",
    ),
    pytest.param(
        '<div onmouseover="alert(1)">rê chuột</div>',
        ["onmouseover", "alert(1)"],
        id="event-handler",
    ),
    pytest.param(
        "<details open ontoggle=alert(1)>x</details>",
        ["ontoggle"],
        id="details-ontoggle",
    ),
    pytest.param(
        "<input autofocus onfocus=alert(1)>",
        ["onfocus", "autofocus"],
        id="input-autofocus",
    ),
    pytest.param(
        '<video><source onerror="alert(1)"></video>',
        ["onerror", "<video"],
        id="source-onerror",
    ),
    pytest.param(
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>"
        "</table></mtext></math>",
        ["onerror", "<math", "alert(1)"],
        id="mxss-math-style",
    ),
    pytest.param(
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
        ["onerror", "alert(1)"],
        id="noscript-breakout",
    ),
    pytest.param(
        "<template><img src=x onerror=alert(1)></template>",
        ["onerror", "<template"],
        id="template",
    ),
    pytest.param(
        '<img src="/a.jpg" srcset="javascript:alert(1) 1x">',
        ["javascript:"],
        id="srcset-javascript",
    ),
]

# A title, summary, caption, byline or source is plain text: shown escaped, never as HTML.
TEXT_PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


def publish_through_the_admin(client, publisher, article_form, **fields):
    """Save the article through the admin's form (where the body is sanitized), then publish
    it. Published directly rather than by "Xuất bản ngay": the workflow refuses a photo without
    alternative text, as most payloads are, and these tests are about what the sanitizer
    leaves."""
    client.force_login(publisher)
    response = client.post(reverse("admin:news_article_add"), article_form(**fields))
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    Article.objects.update(status=Article.Status.PUBLISHED, published_at=timezone.now())
    return Article.objects.get()


@pytest.mark.parametrize(("payload", "forbidden"), BODY_PAYLOADS)
def test_a_script_in_the_body_never_reaches_the_public_page(
    client, publisher, article_form, payload, forbidden
):
    body = f"<p>Đoạn mở đầu an toàn.</p>{payload}<p>Đoạn kết an toàn.</p>"
    article = publish_through_the_admin(client, publisher, article_form, body=body)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Đoạn mở đầu an toàn." in page  # the body is on the page, sanitized
    for fragment in forbidden:
        assert fragment not in page.lower(), fragment
        assert fragment not in article.body.lower(), fragment


@pytest.mark.parametrize("field", ["title", "summary", "cover_caption", "byline", "source"])
def test_markup_in_a_text_field_is_shown_as_text(client, publisher, article_form, field):
    article = publish_through_the_admin(
        client, publisher, article_form, **{field: f"Chữ {TEXT_PAYLOAD}"}
    )
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert "<img src=x onerror" not in page
