"""Browser tests: Playwright for Python driving Debian's chromium against pytest-django's live
server (DEBUG off, plain HTTP, static files from the finders, uploaded files through
tests/e2e/urls.py).

Every page a test opens is watched: a console error (a script error, a Content Security Policy
refusal), an uncaught exception, a request that fails or a same-origin file answered with an
error status fails the test, each one listed with the page it happened on.
"""

import io
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# The README shows these; E2E_SCREENSHOTS_DIR sends them elsewhere (a CI artefact folder, say).
SCREENSHOTS = Path(
    os.environ.get("E2E_SCREENSHOTS_DIR") or Path(django_settings.BASE_DIR) / "docs" / "screenshots"
)
PASSWORD = "Mat-khau-thu-nghiem-2025"
# Short enough that a broken page fails in seconds, long enough for a slow CI machine.
TIMEOUT_MS = 15_000

# axe-core, bundled by axe-playwright-python: nothing is fetched while the tests run.
AXE = Axe()

# Real browsers' user agents: the view counter ignores "HeadlessChrome" as it ignores crawlers.
VIEWPORTS = {
    "phone": {
        "viewport": {"width": 360, "height": 740},
        "is_mobile": True,
        "has_touch": True,
        "user_agent": (
            "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/138.0.0.0 Mobile Safari/537.36"
        ),
    },
    "desktop": {
        "viewport": {"width": 1280, "height": 900},
        "user_agent": (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/138.0.0.0 Safari/537.36"
        ),
    },
}
# Not a page's fault: a browser may ask for it whatever the page links.
IGNORED_PATHS = {"/favicon.ico"}


@pytest.fixture(scope="package")
def browser():
    """Return one headless chromium for the whole folder, closed when the folder is done.

    Package scope, not session: Playwright's sync API keeps an asyncio loop running in the main
    thread while it is started, and Django refuses ORM calls from a thread with a running loop
    unless DJANGO_ALLOW_ASYNC_UNSAFE is set. It is set only while the browser runs, so the
    tests of the other folders keep Django's check.
    """
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def _e2e_settings(settings):
    """Serve uploaded files: the live server runs with debug off."""
    settings.ROOT_URLCONF = "tests.e2e.urls"


class Visitor:
    """One browser tab of one person, at one screen size, with everything that went wrong."""

    def __init__(self, context, base_url, viewport_name):
        self.context = context
        self.base_url = base_url
        self.origin = "{0.scheme}://{0.netloc}".format(urlsplit(base_url))
        self.viewport_name = viewport_name
        self.problems = []
        self.page = context.new_page()
        self.page.on("console", self._on_console)
        self.page.on("pageerror", self._on_page_error)
        self.page.on("requestfailed", self._on_request_failed)
        self.page.on("response", self._on_response)

    # What the browser reports ---------------------------------------------------------------

    def _on_console(self, message):
        source = urlsplit((message.location or {}).get("url") or "").path
        if message.type == "error" and source not in IGNORED_PATHS:
            self.problems.append(f"console error on {self.page.url}: {message.text}")

    def _on_page_error(self, error):
        self.problems.append(f"uncaught script error on {self.page.url}: {error}")

    def _on_request_failed(self, request):
        if urlsplit(request.url).path in IGNORED_PATHS:
            return
        if request.failure == "net::ERR_ABORTED" and request.resource_type == "image":
            # Given up by the page itself: an image replaced before it arrived (the album
            # viewer's next photo while the previous one still loads), not a failure.
            return
        self.problems.append(
            f"request failed on {self.page.url}: {request.method} {request.url} ({request.failure})"
        )

    def _on_response(self, response):
        request = response.request
        if response.status < 400 or request.resource_type == "document":
            return  # a page's own status is checked by goto()
        if not response.url.startswith(self.origin):
            return
        if urlsplit(response.url).path in IGNORED_PATHS:
            return
        self.problems.append(
            f"{response.status} for {request.method} {response.url} "
            f"({request.resource_type}) on {self.page.url}"
        )

    # What tests call ----------------------------------------------------------------------------

    def url(self, path):
        return self.base_url + path

    def goto(self, path, *, status=200):
        """Open `path`, check its status, that nothing went wrong, and, on a phone, that the
        page does not scroll sideways."""
        response = self.page.goto(self.url(path), wait_until="load")
        assert response is not None, f"no response for {path}"
        assert response.status == status, f"{path} answered {response.status}, not {status}"
        self.assert_page_ok()
        return response

    def assert_page_ok(self):
        """Fail listing every problem seen so far; on a phone, fail if the page is wider than
        the screen (a reader would have to scroll sideways)."""
        self.page.wait_for_load_state("load")
        self.assert_no_problems()
        if self.viewport_name == "phone" and not urlsplit(self.page.url).path.startswith(
            "/" + django_settings.ADMIN_URL
        ):
            widths = self.page.evaluate(
                "() => [document.documentElement.scrollWidth, window.innerWidth]"
            )
            overflowing = self.page.evaluate(OVERFLOWING_ELEMENTS_JS)
            assert widths[0] <= widths[1], (
                f"{self.page.url} is {widths[0]} px wide on a {widths[1]} px screen; "
                f"too wide: {overflowing}"
            )

    def assert_accessible(self):
        """Fail listing every violation axe-core finds on the page as it is now (its WCAG A and
        AA rules and best practices); run it on each state a reader sees (a menu or a viewer
        open)."""
        results = AXE.run(self.page)
        assert results.violations_count == 0, (
            f"axe found on {self.page.url}:\n{results.generate_report()}"
        )

    def assert_no_problems(self):
        problems, self.problems = self.problems, []
        assert not problems, "The browser reported problems:\n" + "\n".join(problems)

    def screenshot(self, name, *, full_page=True):
        """Save docs/screenshots/<name>.png once every image and web font has loaded, and fail
        if an image is broken."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        broken = self.page.evaluate(LOAD_EVERYTHING_JS)
        assert not broken, f"broken images on {self.page.url}: {broken}"
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)

    def log_in(self, username, password=PASSWORD):
        """Log in through the admin's own login form."""
        self.goto(f"/{django_settings.ADMIN_URL}login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        with self.page.expect_navigation():
            self.page.click("form#login-form [type=submit]")
        assert urlsplit(self.page.url).path == f"/{django_settings.ADMIN_URL}", (
            f"login of {username} failed: still on {self.page.url}"
        )
        self.assert_page_ok()


# Lazy images load only near the screen: scroll down the page so that a full-page screenshot
# shows them, wait for every image shown and font (10 seconds at most), and return the broken
# images.
LOAD_EVERYTHING_JS = """async () => {
  const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
  const top = window.scrollY;
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await frame();
  }
  window.scrollTo(0, top);
  // An image not rendered (in a box shown on wider screens only) is never loaded: not broken.
  const images = Array.from(document.images).filter(image => image.checkVisibility());
  const loaded = Promise.all(images.map(image => image.complete ? null :
    new Promise(resolve => {
      image.addEventListener('load', resolve, {once: true});
      image.addEventListener('error', resolve, {once: true});
    })));
  await Promise.race([loaded, new Promise(resolve => setTimeout(resolve, 10000))]);
  await document.fonts.ready;
  await frame();
  return images
    .filter(image => !image.complete || image.naturalWidth === 0)
    .map(image => image.currentSrc || image.src);
}"""


# The elements sticking out past the right edge, to say what makes a phone page too wide.
OVERFLOWING_ELEMENTS_JS = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && box.width > 0) {
      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
        (el.className && typeof el.className === 'string' ? '.' + el.className.trim()
          .split(/\\s+/).join('.') : '') + ' (right edge ' + Math.round(box.right) + ')');
    }
    if (out.length >= 8) break;
  }
  return out;
}"""


@pytest.fixture
def visit(browser, live_server):
    """Return visit(viewport_name) -> a new Visitor in its own browser context (own cookies)."""
    contexts = []
    visitors = []

    def open_visitor(viewport_name="desktop"):
        context = browser.new_context(
            base_url=live_server.url,
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            device_scale_factor=1,
            **VIEWPORTS[viewport_name],
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        visitor = Visitor(context, live_server.url, viewport_name)
        visitors.append(visitor)
        return visitor

    yield open_visitor
    for context in contexts:
        context.close()
    late = [problem for visitor in visitors for problem in visitor.problems]
    assert not late, "The browser reported problems:\n" + "\n".join(late)


# The demo draws its cover images with Pillow, which takes many seconds; the first test loads
# it, and the others get the same rows (a fixture file) and files (a copy) in about a second.
_DEMO_SNAPSHOT = {}
DEMO_EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes"]


@pytest.fixture
def demo_site(tmp_path_factory):
    """Load the demo content (mttq_portal/demo), as `make run` does, and give its staff
    accounts (bientap, duyetbai, canbo) the known PASSWORD."""
    media_root = Path(django_settings.MEDIA_ROOT)
    if not _DEMO_SNAPSHOT:
        with override_settings(DEBUG=True):
            call_command("load_demo", stdout=io.StringIO())
        folder = tmp_path_factory.mktemp("demo")
        fixture = folder / "demo.json"
        call_command(
            "dumpdata",
            *[f"--exclude={label}" for label in DEMO_EXCLUDED],
            "--natural-foreign",
            "--natural-primary",
            output=str(fixture),
            stdout=io.StringIO(),
        )
        shutil.copytree(media_root, folder / "media")
        _DEMO_SNAPSHOT.update(fixture=fixture, media=folder / "media")
    else:
        call_command("loaddata", str(_DEMO_SNAPSHOT["fixture"]), stdout=io.StringIO())
        shutil.copytree(_DEMO_SNAPSHOT["media"], media_root, dirs_exist_ok=True)
    users = get_user_model().objects.filter(username__in=["bientap", "duyetbai", "canbo"])
    for user in users:
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    return {user.username: user for user in users}
