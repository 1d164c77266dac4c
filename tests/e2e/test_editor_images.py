"""Photos uploaded into an article's body stay and are described
(static/js/admin-editor-images.js): once uploaded, the photo is not replaced by the next key
pressed (the caret is past it), its text alternative is asked for at once in CKEditor's own
form, and it can be changed later with the image toolbar's button. What is typed in that form
is the alt of the stored <img>."""

import io
import re

import pytest
from django.conf import settings
from PIL import Image
from playwright.sync_api import expect

from news.images import body_images, images_missing_alt
from news.models import Article, Category

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
SCRIPT = "/static/js/admin-editor-images.js"
EDITOR = "window.editors['id_body']"
# CKEditor's form for the text (ImageTextAlternativeUI), in its floating balloon.
ALT_FORM = ".ck-balloon-panel_visible .ck-text-alternative-form"
ALT_BUTTON = "Sửa văn bản thay thế của ảnh"  # the image toolbar's button, in vi.js
# What the server names an editor's upload: uploads/<year>/<month>/<uuid>.<extension>.
UPLOADED_SRC = re.compile(r"/media/uploads/\d{4}/\d{2}/[0-9a-f]{32}\.png")
# Where the model's caret is: the element it is in, and what comes before that element.
CARET_JS = f"""() => {{
  const position = {EDITOR}.model.document.selection.getFirstPosition();
  const before = position.parent.previousSibling;
  return [position.parent.name, position.offset, before ? before.name : null,
          {EDITOR}.model.document.selection.isCollapsed];
}}"""


def png(name="hoi-nghi.png"):
    """Return a small PNG for set_input_files."""
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), (179, 20, 28)).save(buffer, format="PNG")
    return {"name": name, "mimeType": "image/png", "buffer": buffer.getvalue()}


def open_new_article(visitor, title):
    """Log in as the demo's editor, open the add form, fill the title and the category, and
    write a first paragraph; return the editing area."""
    page = visitor.page
    visitor.log_in("bientap")
    visitor.goto(f"{ADMIN}news/article/add/")
    scripts = page.eval_on_selector_all("script[src]", "nodes => nodes.map(n => n.src)")
    assert any(src.endswith(SCRIPT) for src in scripts), (
        f"{SCRIPT} is not loaded by the article form: add it to ArticleAdmin.Media.js"
    )
    page.fill("#id_title", title)
    page.select_option("#id_category", label=Category.objects.get(name="Tin hoạt động").name)
    page.wait_for_function(f"() => window.editors && {EDITOR}")
    body = page.locator(".ck-editor__editable")
    body.click()
    page.keyboard.type("Sáng nay, Ủy ban MTTQ xã Hưng Hội sơ kết mô hình tự quản.")
    page.keyboard.press("Enter")
    return body


def upload(visitor, body):
    """Upload a photo with the toolbar's button and wait until the editor shows it."""
    visitor.page.set_input_files(".ck-toolbar input[type=file]", files=[png()])
    uploaded = body.locator("img[src^='/media/uploads/']")
    expect(uploaded).to_have_count(1)
    expect(uploaded).to_have_js_property("complete", True)
    return uploaded


def editor_data(page):
    return page.evaluate(f"() => {EDITOR}.getData()")


def uploaded_alt(html):
    """Return the alt of the one uploaded photo of `html` (None without one); fail if the
    photo is not there, once."""
    photos = [image for image in body_images(html) if UPLOADED_SRC.fullmatch(image["src"] or "")]
    assert len(photos) == 1, f"not one uploaded photo in {html!r}"
    return photos[0].get("alt")


def assert_text_after_the_photo(page, text):
    """The photo is still in the body, and `text` comes after it."""
    data = editor_data(page)
    assert UPLOADED_SRC.search(data), f"the photo is gone: {data!r}"
    assert text in data, f"the typed text is missing: {data!r}"
    assert data.index("<img") < data.index(text), f"the text is not after the photo: {data!r}"


def save(visitor):
    with visitor.page.expect_navigation():
        visitor.page.locator("input[name=_save]").last.click()
    visitor.assert_page_ok()


def test_the_text_is_asked_for_at_upload_and_typing_then_never_replaces_the_photo(visit, demo_site):
    visitor = visit("desktop")
    page = visitor.page
    title = "Sơ kết mô hình tự quản ở xã Hưng Hội"
    body = open_new_article(visitor, title)

    upload(visitor, body)
    form = page.locator(ALT_FORM)
    expect(form).to_be_visible()
    field = form.get_by_label("Văn bản thay thế")
    expect(field).to_be_focused()
    page.keyboard.type("Quang cảnh hội nghị sơ kết")
    page.keyboard.press("Enter")
    expect(form).to_be_hidden()

    # The caret is in the paragraph after the photo, not on it: typing adds text.
    assert page.evaluate(CARET_JS) == ["paragraph", 0, "imageBlock", True]
    page.keyboard.type("Đại biểu dự hội nghị.")
    assert_text_after_the_photo(page, "Đại biểu dự hội nghị.")
    assert uploaded_alt(editor_data(page)) == "Quang cảnh hội nghị sơ kết"

    save(visitor)
    article = Article.objects.get(title=title)
    assert uploaded_alt(article.body) == "Quang cảnh hội nghị sơ kết"
    assert images_missing_alt(article.body) == []
    visitor.assert_no_problems()


def test_a_text_left_for_later_is_set_with_the_image_toolbar_and_saved(visit, demo_site):
    visitor = visit("desktop")
    page = visitor.page
    title = "Hội nghị biểu dương tổ tự quản tiêu biểu"
    body = open_new_article(visitor, title)

    uploaded = upload(visitor, body)
    form = page.locator(ALT_FORM)
    expect(form).to_be_visible()
    page.keyboard.press("Escape")  # left for later
    expect(form).to_be_hidden()
    assert page.evaluate(CARET_JS) == ["paragraph", 0, "imageBlock", True]
    page.keyboard.type("Tổ tự quản đã hòa giải thành 14 vụ việc.")
    assert_text_after_the_photo(page, "Tổ tự quản đã hòa giải thành 14 vụ việc.")
    assert uploaded_alt(editor_data(page)) is None
    assert len(images_missing_alt(editor_data(page))) == 1

    uploaded.click()
    button = page.locator(".ck-balloon-panel_visible .ck-toolbar").get_by_role(
        "button", name=ALT_BUTTON
    )
    expect(button).to_be_visible()
    button.click()
    expect(form).to_be_visible()
    page.keyboard.type("Đại diện tổ tự quản nhận giấy khen")
    page.keyboard.press("Enter")
    expect(form).to_be_hidden()
    assert uploaded_alt(editor_data(page)) == "Đại diện tổ tự quản nhận giấy khen"

    save(visitor)
    article = Article.objects.get(title=title)
    assert uploaded_alt(article.body) == "Đại diện tổ tự quản nhận giấy khen"
    assert article.body.index("<img") < article.body.index("Tổ tự quản đã hòa giải thành")
    assert images_missing_alt(article.body) == []
    visitor.assert_no_problems()
