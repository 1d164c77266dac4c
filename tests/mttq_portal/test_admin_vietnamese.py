"""The admin speaks Vietnamese, to every role: no English and none of Django's wrong Vietnamese
on any page a role may open, Vietnamese permission names, the admin's JavaScript catalogue,
the sheet names of the Excel exports and CKEditor's own Vietnamese.

Every page is found the way the admin finds it (admin.site._registry and each ModelAdmin's
URL patterns), so a model or a view added later is checked without touching this file.
"""

import datetime
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.views import serve
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.sql import emit_post_migrate_signal
from django.test import Client, RequestFactory
from django.urls import reverse

from mttq_portal.roles import EDITOR, OFFICER, PUBLISHER
from news import workflow
from news.models import Article
from news.services import rating_record
from tests.awards.factories import AwardDecisionFactory, CommendationFactory
from tests.models_registry.factories import (
    ModelProgramFactory,
    PilotUnitFactory,
    ReviewFactory,
)
from tests.news.factories import ArticleFactory, CategoryFactory, UserFactory, staff_member

pytestmark = pytest.mark.django_db

DJANGO_LOCALE = Path(admin.__file__).parent / "locale" / "en" / "LC_MESSAGES"
AUTH_LOCALE = Path(admin.__file__).parent.parent / "auth" / "locale" / "en" / "LC_MESSAGES"
CKEDITOR_VI = "django_ckeditor_5/dist/translations/vi.js"

# English a page must not show, matched as whole words and case-sensitively (Vietnamese text has
# none of these). Every message of the admin's and auth's catalogues of two words or more is
# added below (english_messages()).
ENGLISH = [
    # The frame of every page.
    "Skip to main content", "Toggle theme", "Toggle navigation", "Filter navigation",
    "Breadcrumbs", "Sidebar", "Welcome", "View site", "Documentation", "Log out", "Log in",
    "Home", "Model name", "Add link", "Recent actions", "My actions", "None available",
    "Administration", "application",
    # Lists, filters, actions.
    "Show counts", "Hide counts", "Filter", "By", "Search", "Show all", "result", "results",
    "total", "selected", "Select all", "Action", "Go", "Clear selection", "Any date", "Today",
    "Past 7 days", "This month", "This year", "No date", "Has date", "Empty", "Not empty",
    "All", "Yes", "No", "Unknown", "Toggle sorting", "Sorting priority",
    # Forms, history, deletion.
    "Add", "Change", "Delete", "View", "History", "Save", "Close", "Required", "Currently",
    "Clear", "Remove", "Hold down", "Control", "Command", "Date", "Time", "Now", "Choose",
    "Lookup", "Are you sure", "Objects", "Summary", "relationship", "relationships", "object",
    "Comment", "Changed by", "Change reason", "Revert", "entry", "entries",
    # Permissions and accounts.
    "Can add", "Can change", "Can delete", "Can view", "log entry", "content type", "session",
    "permission", "Permissions", "Password", "password", "Username", "username", "Groups",
    "Personal info", "Important dates", "Staff status", "Superuser status", "superuser",
    "Active", "Designates", "Enabled", "Disabled", "First name", "Last name", "Email address",
    "Authentication", "Sessions", "Content Types",
    # Import and export (django-import-export).
    "Import", "Export", "Submit", "Preview", "Confirm", "Format", "Resource", "File to import",
    "Errors", "Line number", "Row", "New", "Skipped", "Update", "Tablib", "Dataset",
    # Login protection (django-axes).
    "Access Log", "Attempted Access", "Failed access", "Access Attempt", "Access Failure",
    "Form Data", "Meta Data", "Attempt Time", "Logout Time", "Failed Logins", "Locked Out",
    "Expires At", "Not set",
]  # fmt: skip

# Django's own Vietnamese, corrected in mttq_portal/locale; and old spellings it uses.
WRONG_VIETNAMESE = [
    re.compile(r"Thêm vào"),  # "Add %(name)s": "add into"
    re.compile(r"Bản ghi nhớ"),  # "History": a memorandum
    re.compile(r"\d+\s+của\s+\d+\s+được chọn"),  # "0 of 41 selected"
    re.compile(r"(?<!\w)Bởi\s"),  # " By %(filter_title)s "
    re.compile(r"(?<!\w)models(?!\w)"),  # "Các mô models trong …": the app index's title
    re.compile(r"trang web admin|Site quản trị|Quản trị website"),
    re.compile(r"Lưu lại|Đi đến|Hiện ra|Dấu đi|Bắt đầu hành động|Mục tiêu phải được chọn"),
    re.compile(r"\| cho phép \||\| đăng nhập \||đối tượng repr|hiệu hành động"),
    re.compile(r"Xoá|Xóa định dang"),
]

# English that Django writes without any translation, left as it is (see the module's end).
UNTRANSLATABLE = []
# The admin's boolean icons: Django sets their alt to "True", "False" or "None", untranslated.
BOOLEAN_ICON = re.compile(r"/admin/img/icon-(yes|no|unknown)\.svg$")
# Views that answer with something else than a page: an upload, a redirect, JSON, a file.
NOT_PAGES = re.compile(r"_(image_upload|process_import|recipients_template)$")


def _messages(po_file):
    """Yield the msgids of a gettext catalogue."""
    text = po_file.read_text(encoding="utf-8")
    for block in re.findall(r'^msgid ((?:".*"\n)+)', text, flags=re.M):
        yield "".join(json.loads(line) for line in block.splitlines())


def english_messages():
    """Return the English of the admin's and auth's messages of two words or more, without
    placeholders or markup: what an untranslated message would show."""
    phrases = set()
    for po_file in (DJANGO_LOCALE / "django.po", AUTH_LOCALE / "django.po"):
        for message in _messages(po_file):
            if re.search(r"[%{<]", message) or len(message.split()) < 2:
                continue
            phrases.add(message.strip().rstrip(".:?…"))
    return sorted(phrases)


def _pattern(phrase):
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<!\w){words}(?!\w)")


ENGLISH_PATTERNS = [(phrase, _pattern(phrase)) for phrase in {*ENGLISH, *english_messages()}]


class ShownText(HTMLParser):
    """The texts a page shows or reads out: its text (option labels included) without scripts,
    styles and form contents, and its title, placeholder, aria-label, alt and button values."""

    HIDDEN = {"script", "style", "template", "textarea"}
    ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        self._attributes(tag, dict(attrs))

    def handle_startendtag(self, tag, attrs):
        self._attributes(tag, dict(attrs))

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(" ".join(data.split()))

    def _attributes(self, tag, attrs):
        for name in self.ATTRIBUTES:
            value = attrs.get(name)
            if name == "alt" and BOOLEAN_ICON.search(attrs.get("src") or ""):
                continue
            if value and value.strip():
                self.parts.append(" ".join(value.split()))
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])


def shown_texts(html):
    parser = ShownText()
    parser.feed(html)
    parser.close()
    return parser.parts


def problems_of(html):
    """Return the English and the wrong Vietnamese that a page shows, one line each."""
    tolerated = UNTRANSLATABLE
    found = []
    for text in shown_texts(html):
        for pattern in tolerated:
            text = pattern.sub(" ", text)
        found += [f"{phrase!r} in {text!r}" for phrase, p in ENGLISH_PATTERNS if p.search(text)]
        found += [f"{p.pattern!r} in {text!r}" for p in WRONG_VIETNAMESE if p.search(text)]
    return found


# The content: one of everything the admin lists, from every role's work -------------------------


@pytest.fixture
def staff(db):
    """The three roles (mttq_portal.roles) and a superuser, by role."""
    superuser = UserFactory(username="quantri", is_staff=True, is_superuser=True)
    return {
        "editor": staff_member(EDITOR, "bientap"),
        "publisher": staff_member(PUBLISHER, "duyetbai"),
        "officer": staff_member(OFFICER, "canbo"),
        "superuser": superuser,
    }


@pytest.fixture
def content(staff):
    """One record of every model in the admin, each with what its pages show: an article with
    versions, status changes and a rating; pilot models replicated; a decision's recipients;
    login records."""
    editor, publisher = staff["editor"], staff["publisher"]
    category = CategoryFactory(name="Tin hoạt động", slug="tin-hoat-dong")
    draft = ArticleFactory(
        title="Hội nghị tổng kết công tác Mặt trận",
        category=category,
        status=Article.Status.DRAFT,
        published_at=None,
        author=editor,
    )
    draft.summary = "Ủy ban Mặt trận tỉnh tổng kết một năm công tác."
    draft.save()
    published = ArticleFactory(
        title="Ngày hội Đại đoàn kết ở khu dân cư",
        category=category,
        status=Article.Status.DRAFT,
        published_at=None,
        author=editor,
    )
    workflow.article_submit(article=published, user=editor, note="Gửi duyệt")
    workflow.article_publish(article=published, user=publisher)
    rating_record(article=published, voter_key="a" * 64, score=4)

    unit, other_unit = PilotUnitFactory(name="Đông Hưng"), PilotUnitFactory(name="Hòa Lợi")
    program = ModelProgramFactory(name="Khu dân cư tự quản về an ninh", unit=unit)
    program.replicated_to.add(other_unit)
    ReviewFactory(program=program)
    CommendationFactory(decision=AwardDecisionFactory(), pilot_unit=unit, program=program)

    attempt = {"user_agent": "Trình duyệt", "ip_address": "10.0.0.1", "http_accept": "*/*"}
    AccessAttempt.objects.create(
        username="nguoila", path_info="/quan-tri/login/", get_data="", post_data="",
        failures_since_start=2, **attempt,
    )  # fmt: skip
    AccessFailureLog.objects.create(username="nguoila", path_info="/quan-tri/login/", **attempt)
    # Every role's login below is written to the access log by django-axes.


def admin_pages():
    """Return [(view name, url)] of every page of the admin: the index, each app's index, and
    each registered ModelAdmin's views (changelist, add, change, history, delete, import,
    export and the project's own), on the first record of the model."""
    pages = [
        ("index", reverse("admin:index")),
        ("password_change", reverse("admin:password_change")),
        ("password_change_done", reverse("admin:password_change_done")),
    ]
    for app_label in sorted({model._meta.app_label for model in admin.site._registry}):
        pages.append(("app_list", reverse("admin:app_list", args=[app_label])))
    for model, model_admin in admin.site._registry.items():
        record = model._default_manager.order_by("pk").first()
        for pattern in model_admin.get_urls():
            if not pattern.name or NOT_PAGES.search(pattern.name):
                continue
            arguments = _arguments(pattern, record)
            if arguments is not None:
                pages.append((pattern.name, reverse(f"admin:{pattern.name}", args=arguments)))
    return pages


def _arguments(pattern, record):
    """Return the URL arguments of `pattern` for `record` (its key, then its first version),
    or None when the model has no such record."""
    regex = pattern.pattern.regex
    count = regex.groups
    if count == 0:
        return []
    if record is None:
        return None
    arguments = [record.pk]
    if count > 1:
        versions = getattr(record, "history", None)
        if versions is None or not versions.exists():
            return None
        arguments.append(versions.order_by("history_id").first().history_id)
    return arguments


def opened_pages(client, pages):
    """Yield (view name, url, html) of each page `client` may open."""
    for name, url in pages:
        response = client.get(url)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            yield name, url, response.content.decode()


ROLES = ["editor", "publisher", "officer", "superuser"]
# What each role must at least have opened, for the sweep to mean something.
EXPECTED = {
    "editor": {"news_article_add", "news_article_change", "news_article_history"},
    "publisher": {"news_article_delete", "news_category_delete", "news_rating_changelist"},
    "officer": {
        "models_registry_pilotunit_import",
        "models_registry_modelprogram_export",
        "models_registry_modelprogram_delete",
        "awards_awarddecision_import_recipients",
        "import_preview",
    },
    "superuser": {
        "auth_user_change",
        "auth_group_add",
        "auth_user_password_change",
        "axes_accesslog_change",
        "news_article_simple_history",
    },
}


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_page_a_role_may_open_is_in_vietnamese(role, staff, content):
    client = Client()
    client.force_login(staff[role])
    problems, opened = [], set()
    for name, url, html in opened_pages(client, admin_pages()):
        opened.add(name)
        problems += [f"{url}: {problem}" for problem in problems_of(html)]
    # The confirmation of "delete the selected…" on every list the role may delete from.
    for model in admin.site._registry:
        record = model._default_manager.order_by("pk").first()
        if record is None:
            continue
        info = model._meta.app_label, model._meta.model_name
        url = reverse("admin:{}_{}_changelist".format(*info))
        data = {"action": "delete_selected", "_selected_action": [record.pk]}
        response = client.post(url, data)
        if response.status_code == 200:
            opened.add("delete_selected")
            problems += [f"{url} (xóa mục đã chọn): {p}" for p in problems_of(response.text)]
    # The preview of an import: each list's own export, uploaded again.
    for view in _exports():
        importing = view.removesuffix("_export") + "_import"
        if importing.removeprefix("admin:") not in opened:
            continue
        upload = SimpleUploadedFile("tep.xlsx", export_xlsx(client, view).content)
        data = {"resource": "0", "format": "0", "import_file": upload}
        response = client.post(reverse(importing), data)
        assert response.status_code == 200
        opened.add("import_preview")
        problems += [f"{reverse(importing)} (xem trước): {p}" for p in problems_of(response.text)]
    response = client.post(reverse("admin:logout"))
    problems += [f"đăng xuất: {problem}" for problem in problems_of(response.text)]

    assert EXPECTED[role] <= opened, EXPECTED[role] - opened
    assert not problems, "\n".join(problems)


def test_the_login_page_is_in_vietnamese(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    assert not problems_of(response.text)


def test_the_corrected_words_are_there(staff, content):
    """Positive checks of Django's corrected Vietnamese, so that the sweep above cannot pass
    on pages that lost their words."""
    client = Client()
    client.force_login(staff["publisher"])
    add = client.get(reverse("admin:news_article_add")).text
    assert "<h1>Thêm bài viết</h1>" in add
    article = Article.objects.order_by("pk").first()
    change = client.get(reverse("admin:news_article_change", args=[article.pk])).text
    assert ">Lịch sử</a>" in change
    changelist = client.get(reverse("admin:news_article_changelist")).text
    assert "Theo trạng thái" in changelist
    assert "Đã chọn 0 trên 2" in changelist
    assert reverse("admin:jsi18n") in changelist  # the catalogue of actions.js
    index = client.get(reverse("admin:index")).text
    assert 'title="Các mục của phần Tin tức"' in index
    client.force_login(staff["superuser"])
    user = client.get(reverse("admin:auth_user_change", args=[staff["editor"].pk])).text
    assert "Có thể thêm bài viết" in user
    assert "Giữ phím Ctrl" in user


def test_the_admin_javascript_catalogue_counts_the_selection_in_vietnamese(staff):
    client = Client()
    client.force_login(staff["editor"])
    script = client.get(reverse("admin:jsi18n")).content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S)[1])
    assert catalog["%(sel)s of %(cnt)s selected"] == ["Đã chọn %(sel)s trên %(cnt)s"]
    assert catalog["Choose all %s"] == "Chọn tất cả %s"
    assert catalog["Filter"] == "Lọc"
    assert "được chọn" not in json.dumps(catalog, ensure_ascii=False)


# Permissions ------------------------------------------------------------------------------------


def test_default_permissions_are_named_in_vietnamese_after_migrate():
    add = Permission.objects.get(content_type__app_label="news", codename="add_article")
    assert add.name == "Có thể thêm bài viết"
    view = Permission.objects.get(content_type__app_label="auth", codename="view_user")
    assert view.name == "Có thể xem người dùng"
    assert not Permission.objects.filter(name__startswith="Can ").exists()
    # Those a model declares keep their own names.
    declared = dict(Article._meta.permissions)
    for codename, name in declared.items():
        assert Permission.objects.get(codename=codename).name == name


def test_every_migrate_names_english_permissions_again():
    Permission.objects.filter(codename="change_category").update(name="Can change category")
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert Permission.objects.get(codename="change_category").name == "Có thể sửa chuyên mục"


# Files the admin produces -----------------------------------------------------------------------


def _exports():
    """Yield the export view name of every admin that exports."""
    for model, model_admin in admin.site._registry.items():
        if any(p.name and p.name.endswith("_export") for p in model_admin.get_urls()):
            yield f"admin:{model._meta.app_label}_{model._meta.model_name}_export"


def export_xlsx(client, view):
    """Return the response of an admin's export of every column as Excel."""
    form = client.get(reverse(view)).context["form"]
    columns = {
        name: "on"
        for name, field in form.fields.items()
        if getattr(field, "is_selectable_field", False)
    }
    return client.post(reverse(view), {"format": "0", "resource": "0", **columns})


def _sheet_title(response):
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return openpyxl.load_workbook(io.BytesIO(response.content)).active.title


def test_excel_files_name_their_sheet_in_vietnamese(staff, content):
    client = Client()
    client.force_login(staff["superuser"])
    titles = {}
    for view in _exports():
        titles[view] = _sheet_title(export_xlsx(client, view))
    template = reverse("admin:awards_awarddecision_recipients_template")
    titles[template] = _sheet_title(client.get(template))
    assert len(titles) >= 5, titles
    for view, title in titles.items():
        assert re.search(r"[^\x00-\x7f]", title), (view, title)  # Vietnamese letters
        assert not any(p.search(title) for _, p in ENGLISH_PATTERNS), (view, title)


def test_login_records_are_named_in_vietnamese_at_local_time():
    when = datetime.datetime(2025, 4, 24, 1, 15, tzinfo=datetime.UTC)
    log = AccessLog(username="bientap", attempt_time=when)
    assert "bientap" in str(log)
    assert "24/04/2025 08:15" in str(log)  # Asia/Ho_Chi_Minh, UTC+7
    assert not any(p.search(str(log)) for _, p in ENGLISH_PATTERNS)


# CKEditor 5 -------------------------------------------------------------------------------------


def _ckeditor_dictionary(script):
    """Return the {English: Vietnamese} dictionary of a CKEditor 5 translation file."""
    body = script[script.index("{", script.index("dictionary")) :]
    entry = re.compile(
        r'(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_$][\w$]*))\s*:\s*"((?:[^"\\]|\\.)*)"\s*[,}]'
    )
    dictionary = {}
    for match in entry.finditer(body):
        quoted, bare, value = match.groups()
        key = json.loads(f'"{quoted}"') if bare is None else bare
        dictionary[key] = json.loads(f'"{value}"')
    return dictionary


def test_ckeditor_is_served_the_corrected_vietnamese(staff):
    found = Path(finders.find(CKEDITOR_VI))
    assert found == Path(settings.BASE_DIR) / "static" / CKEDITOR_VI  # ours, not the package's
    response = serve(RequestFactory().get(f"/static/{CKEDITOR_VI}"), CKEDITOR_VI, insecure=True)
    served = b"".join(response.streaming_content).decode("utf-8")
    assert "Xóa định dạng" in served
    assert "Xóa định dang" not in served
    ours = _ckeditor_dictionary(served)
    assert ours["Remove Format"] == "Xóa định dạng"
    assert ours["Redo"] == "Làm lại"

    # Every string of the package's translation is here: an upgrade that adds some fails.
    packaged = Path(finders.find(CKEDITOR_VI, find_all=True)[-1])
    assert packaged != found
    theirs = _ckeditor_dictionary(packaged.read_text(encoding="utf-8"))
    assert len(theirs) > 600
    assert set(theirs) <= set(ours)

    # The article toolbar's tools (settings.CKEDITOR_5_CONFIGS["article"]), in Vietnamese.
    for tool in (
        "Heading", "Bold", "Italic", "Underline", "Link", "Bulleted List", "Numbered List",
        "Block quote", "Insert table", "Upload image from computer", "Remove Format", "Undo",
        "Redo", "Toggle caption on", "Change image text alternative", "Left aligned image",
        "Centered image", "Right aligned image", "Column", "Row", "Merge cells",
    ):  # fmt: skip
        assert ours[tool] and not _pattern(tool).search(ours[tool]), tool

    client = Client()
    client.force_login(staff["editor"])
    assert f"/static/{CKEDITOR_VI}" in client.get(reverse("admin:news_article_add")).text


# What stays in English, and why ------------------------------------------------------------------
# - The rows of the automatic many-to-many tables ("ModelProgram_replicated_to object (1)") are
#   named by their two ends (mttq_portal.apps.name_many_to_many_rows): nothing tolerated.
# - BOOLEAN_ICON: the alt text "True"/"False"/"None" that Django's _boolean_icon
#   (django.contrib.admin.templatetags.admin_list) gives the yes/no icons, not translatable.
