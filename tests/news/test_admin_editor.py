"""The body's editor, CKEditor 5 (django-ckeditor-5): its configuration, its build, and (with a
browser) that it starts, saves HTML, pastes from Word and uploads images."""

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def editor_config(page):
    match = re.search(r'<script id="id_body_script" type="application/json">(.*?)</script>', page)
    return json.loads(match[1])


def bundled_plugins():
    bundle = Path(finders.find("django_ckeditor_5/dist/bundle.js")).read_text(encoding="utf-8")
    return set(re.findall(r'pluginName\(\)\{return"(\w+)"\}', bundle))


def test_the_body_is_edited_with_the_article_toolbar(client, editor):
    client.force_login(editor)
    page = client.get(reverse("admin:news_article_add")).text
    assert 'class="django_ckeditor_5"' in page
    toolbar = editor_config(page)["toolbar"]["items"]
    for tool in (
        "heading",
        "bold",
        "italic",
        "underline",
        "link",
        "bulletedList",
        "numberedList",
        "blockQuote",
        "insertTable",
        "uploadImage",
    ):
        assert tool in toolbar
    image_tools = editor_config(page)["image"]["toolbar"]
    assert {"toggleImageCaption", "imageTextAlternative", "imageStyle:alignLeft"} <= set(
        image_tools
    )


def test_the_editor_uploads_to_the_checked_upload_view_and_shows_the_site_styles(client, editor):
    client.force_login(editor)
    page = client.get(reverse("admin:news_article_add")).text
    assert 'data-upload-url="/quan-tri/news/article/tai-anh-len/"' in page
    assert 'href="/static/css/editor-content.css"' in page
    assert "/static/django_ckeditor_5/dist/translations/vi.js" in page
    assert finders.find("css/editor-content.css")


def test_the_build_holds_paste_from_word_and_every_plugin_the_config_names():
    plugins = bundled_plugins()
    assert {"PasteFromOffice", "ImageCaption", "ImageStyle", "Table", "BlockQuote"} <= plugins
    config = settings.CKEDITOR_5_CONFIGS["article"]
    # A misspelt name in removePlugins is silently ignored, and the plugin stays.
    assert set(config["removePlugins"]) <= plugins
    assert "PasteFromOffice" not in config["removePlugins"]


def test_no_plugin_that_would_save_something_other_than_html_is_left_on():
    for config in settings.CKEDITOR_5_CONFIGS.values():
        assert {"Markdown", "FullPage", "SourceEditing", "HtmlEmbed"} <= set(
            config["removePlugins"]
        )


@pytest.mark.e2e
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")
def test_in_a_browser_the_editor_saves_html_pastes_from_word_and_uploads(
    live_server, editor, settings
):
    from playwright.sync_api import sync_playwright

    word = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>'
        '<p class=MsoNormal style="color:red"><b>Báo cáo</b> tổng kết<o:p></o:p></p>'
        "</body></html>"
    )
    photo = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 20, 20)).save(photo, "JPEG")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{live_server.url}/quan-tri/login/")
        page.fill("#id_username", editor.username)
        page.fill("#id_password", "Mật-khẩu-thử-2025")
        page.click("input[type=submit]")
        page.goto(f"{live_server.url}{reverse('admin:news_article_add')}")
        page.wait_for_function("() => window.editors && window.editors['id_body']")
        page.click(".ck-editor__editable")
        page.evaluate(
            """(html) => {
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'Báo cáo tổng kết');
              document.querySelector('.ck-editor__editable').dispatchEvent(
                new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})
              );
            }""",
            word,
        )
        page.wait_for_function("() => window.editors['id_body'].getData().includes('Báo cáo')")
        pasted = page.evaluate("() => window.editors['id_body'].getData()")
        page.set_input_files(
            ".ck-file-dialog-button input[type=file]",
            files=[{"name": "anh.jpg", "mimeType": "image/jpeg", "buffer": photo.getvalue()}],
        )
        page.wait_for_function("() => window.editors['id_body'].getData().includes('/media/')")
        uploaded = page.evaluate("() => window.editors['id_body'].getData()")
        browser.close()
    assert errors == []
    assert pasted.startswith("<p><strong>Báo cáo</strong> tổng kết")
    assert "color" not in pasted
    assert re.search(r'<img[^>]* src="/media/uploads/\d{4}/\d{2}/[0-9a-f]{32}\.jpg"', uploaded)
