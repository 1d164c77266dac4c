"""Slow clients cannot stop the site behind the README's nginx (deploy/).

Debian's nginx (/usr/sbin/nginx) runs deploy/nginx.conf and its snippets, the very files, with
local ports and without TLS, in front of gunicorn started with deploy/gunicorn.conf.py and two
sync workers. 200 sockets send a request header one line every 2 s (slowloris); while they are
connected every normal request through nginx answers within 2 s, and nginx drops the slow
clients once client_header_timeout has passed. The same slow clients sent to gunicorn directly
stop both workers. Also checked: the headers nginx gives gunicorn and /media/ files, the body
size limits, and that the whole site file, TLS included, passes `nginx -t`.

gunicorn is a process of its own, so it uses the test database on PostgreSQL; on SQLite the
test database lives in this process's memory, and gunicorn gets an empty SQLite file of its own:
/healthz, the page asked for, needs a database that answers and no table.
"""

import grp
import http.client
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.mttq_portal.test_multi_server import GUNICORN, database_url, free_port, wait_until_up

NGINX = Path("/usr/sbin/nginx")
DEPLOY = Path(settings.BASE_DIR) / "deploy"
SLOW_CLIENTS = 200
DRIP_SECONDS = 2.0  # one header line per slow client this often
NORMAL_REQUESTS = 10
FAST = 2.0  # seconds: what each normal request may take while the slow clients are connected
# nginx's client_header_timeout, as deploy/snippets/mttq-proxy.conf sets it.
HEADER_TIMEOUT = float(
    re.search(
        r"^client_header_timeout (\d+)s;$",
        (DEPLOY / "snippets" / "mttq-proxy.conf").read_text(encoding="utf-8"),
        re.M,
    )[1]
)

# gunicorn reads the test database on PostgreSQL: pytest-django creates it for marked tests only.
pytestmark = pytest.mark.django_db


def nginx_binary() -> Path:
    if not os.access(NGINX, os.X_OK):
        pytest.fail(
            f"{NGINX} is missing: these tests run Debian's nginx in front of gunicorn. Install it "
            "with `apt-get install nginx` (.ci/run does) and keep its service stopped."
        )
    return NGINX


# -- gunicorn ------------------------------------------------------------------------------------


def stop_process(process, signum, *, timeout):
    """Ask `process` (None: never started) to stop with `signum`; kill it after `timeout` s."""
    if process is None:
        return
    process.send_signal(signum)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Gunicorn:
    """gunicorn with deploy/gunicorn.conf.py, two workers, on a free port of 127.0.0.1."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.access_log = folder / "gunicorn-access.log"
        self.log = folder / "gunicorn.log"
        self.process = None

    def environment(self):
        if connection.vendor == "postgresql":
            database = database_url()  # the test database (pytest-django's django_db_setup)
        else:
            database = f"sqlite:///{self.folder / 'gunicorn.sqlite3'}"
        return {
            **os.environ,
            "DATABASE_URL": database,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": settings.SECRET_KEY,
            "DJANGO_HTTPS": "0",
            "DJANGO_STATIC_MANIFEST": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_CONN_MAX_AGE": "0",
            "DJANGO_CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR",  # as behind nginx in production
            "MEDIA_ROOT": str(self.folder / "media"),
            "REDIS_URL": "",
        }

    def start(self):
        assert GUNICORN.exists(), GUNICORN
        log = open(self.log, "wb")  # noqa: SIM115 (the server writes to it until stopped)
        self.process = subprocess.Popen(
            [
                str(GUNICORN),
                "mttq_portal.wsgi:application",
                "--config",
                str(DEPLOY / "gunicorn.conf.py"),
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--no-control-socket",
                "--access-logfile",
                str(self.access_log),
                "--access-logformat",
                '%(h)s "%(r)s" %(s)s forwarded-for=%({x-forwarded-for}i)s',
            ],
            cwd=settings.BASE_DIR,
            env=self.environment(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        try:
            wait_until_up(self.url, self.process, self.folder)
        except BaseException:  # pytest.fail's exception included: never leave it running
            self.stop()
            raise
        return self

    def logged(self, needle):
        """Return the last access log line holding `needle`, waiting for gunicorn to write it
        (it logs a request after answering it)."""
        deadline = time.monotonic() + 5
        while True:
            lines = [line for line in self.access_log.read_text().splitlines() if needle in line]
            if lines:
                return lines[-1]
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not log {needle!r}:\n{self.access_log.read_text()}")
            time.sleep(0.05)  # polling for the log line

    def stop(self):
        stop_process(self.process, signal.SIGINT, timeout=20)  # gunicorn's quick shutdown


# -- nginx ---------------------------------------------------------------------------------------

# What deploy/nginx.conf says for production, and what it says in these tests. Each must be in
# the file exactly once: an edit that moves one makes the test fail here rather than test less.
LISTEN_TLS = "listen 443 ssl http2;"
LISTEN_TLS_V6 = "listen [::]:443 ssl http2;"
LISTEN_HTTP = "listen 80;"
LISTEN_HTTP_V6 = "listen [::]:80;"
UPSTREAM = "server 127.0.0.1:8000;"
MEDIA_ALIAS = "alias /srv/mttq/app/var/media/;"
CERTIFICATE = re.compile(r"^\s*ssl_certificate\s+\S+;$", re.M)
CERTIFICATE_KEY = re.compile(r"^\s*ssl_certificate_key\s+\S+;$", re.M)
TLS_LINE = re.compile(r"^\s*ssl_\w+\s.*;\n", re.M)


def local_site(*, port, redirect_port, upstream_port, media_root, tls=None):
    """Return deploy/nginx.conf with local ports, the test's upstream and media folder; without
    its TLS lines, or with them and `tls` = (certificate, key)."""
    text = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    for needle in [LISTEN_TLS, LISTEN_TLS_V6, LISTEN_HTTP, LISTEN_HTTP_V6, UPSTREAM, MEDIA_ALIAS]:
        if text.count(needle) != 1:
            pytest.fail(f"deploy/nginx.conf no longer says {needle!r} once: update this test")
    for pattern in [CERTIFICATE, CERTIFICATE_KEY]:
        if len(pattern.findall(text)) != 1:
            pytest.fail(f"deploy/nginx.conf: one {pattern.pattern!r} expected: update this test")
    text = text.replace(LISTEN_TLS_V6 + "\n", "").replace(LISTEN_HTTP_V6 + "\n", "")
    text = text.replace(LISTEN_HTTP, f"listen 127.0.0.1:{redirect_port};")
    text = text.replace(UPSTREAM, f"server 127.0.0.1:{upstream_port};")
    text = text.replace(MEDIA_ALIAS, f"alias {media_root}/;")
    if tls is None:
        text = text.replace(LISTEN_TLS, f"listen 127.0.0.1:{port};")
        return TLS_LINE.sub("", text)
    certificate, key = tls
    text = text.replace(LISTEN_TLS, f"listen 127.0.0.1:{port} ssl http2;")
    text = CERTIFICATE.sub(f"    ssl_certificate {certificate};", text)
    return CERTIFICATE_KEY.sub(f"    ssl_certificate_key {key};", text)


class Nginx:
    """Debian's nginx in the foreground, with its own prefix, configuration, pid, logs and
    temporary files in `folder`; the site is deploy/nginx.conf (local_site) and the snippets
    are deploy/snippets/, as `include snippets/...` finds them next to the configuration."""

    def __init__(self, folder: Path, upstream_port: int, media_root: Path, tls=None):
        self.binary = nginx_binary()
        self.folder = folder
        self.port = free_port()
        self.redirect_port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.conf = folder / "conf"
        self.error_log = folder / "nginx-error.log"
        self.process = None
        self.conf.mkdir(parents=True)
        (self.conf / "snippets").symlink_to(DEPLOY / "snippets")
        for name in ["body", "proxy", "fastcgi", "uwsgi", "scgi"]:
            (folder / "temp" / name).mkdir(parents=True)
        site = local_site(
            port=self.port,
            redirect_port=self.redirect_port,
            upstream_port=upstream_port,
            media_root=media_root,
            tls=tls,
        )
        (self.conf / "mttq-site.conf").write_text(site, encoding="utf-8")
        (self.conf / "nginx.conf").write_text(self.main_conf(), encoding="utf-8")

    def main_conf(self):
        """Debian's /etc/nginx/nginx.conf, with everything kept in the test's folder."""
        temp = self.folder / "temp"
        user = ""
        if os.geteuid() == 0:  # as root, nginx's workers would run as nobody, outside tmp_path
            user = f"user {pwd.getpwuid(0).pw_name} {grp.getgrgid(os.getegid()).gr_name};"
        return f"""{user}
worker_processes 1;
pid {self.folder / "nginx.pid"};
error_log {self.error_log} info;
events {{
    worker_connections 768;
}}
http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {self.folder / "nginx-access.log"};
    gzip on;
    client_body_temp_path {temp / "body"};
    proxy_temp_path {temp / "proxy"};
    fastcgi_temp_path {temp / "fastcgi"};
    uwsgi_temp_path {temp / "uwsgi"};
    scgi_temp_path {temp / "scgi"};
    include mttq-site.conf;
}}
"""

    def command(self, *options):
        conf = self.conf / "nginx.conf"
        return [
            str(self.binary),
            "-p",
            f"{self.folder}/",
            "-e",
            str(self.error_log),
            "-c",
            str(conf),
            *options,
        ]

    def check(self):
        result = subprocess.run(self.command("-t"), capture_output=True, text=True, timeout=30)
        return result.returncode, result.stdout + result.stderr

    def start(self):
        code, output = self.check()
        if code != 0:
            pytest.fail(f"nginx refuses the configuration:\n{output}")
        self.process = subprocess.Popen(
            self.command("-g", "daemon off;"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    log = self.error_log.read_text(errors="replace")
                    pytest.fail(f"nginx did not start on port {self.port}:\n{log}")
                time.sleep(0.05)  # polling for start-up, not waiting for a result

    def stop(self):
        stop_process(self.process, signal.SIGQUIT, timeout=10)  # nginx's graceful stop


# -- clients -------------------------------------------------------------------------------------


class SlowClients:
    """`count` sockets to `port`, each sending "GET / HTTP/1.1", "Host: x" and then one more
    header line every DRIP_SECONDS, never the blank line that ends a header."""

    def __init__(self, port: int, count: int = SLOW_CLIENTS):
        self.port, self.count = port, count
        self.sockets = []
        self.closed_at = {}  # socket index -> time.monotonic() when the server closed it
        self.opened_at = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drip, daemon=True)
        self._lock = threading.Lock()

    def __enter__(self):
        self.opened_at = time.monotonic()
        for _ in range(self.count):
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
            sock.settimeout(None)  # blocking: MSG_DONTWAIT alone decides when not to wait
            sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            self.sockets.append(sock)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)
        for sock in self.sockets:
            sock.close()

    def _drip(self):
        line = 0
        while not self._stop.wait(DRIP_SECONDS):
            line += 1
            for index, sock in enumerate(self.sockets):
                if index in self.closed_at:
                    continue
                try:
                    sock.sendall(f"X-Slow-{line}: {index}\r\n".encode())
                except OSError:
                    self._closed(index)

    def _closed(self, index):
        with self._lock:
            self.closed_at.setdefault(index, time.monotonic())

    def open_count(self):
        """Return how many sockets the server has not closed yet (looked at without waiting)."""
        for index, sock in enumerate(self.sockets):
            if index in self.closed_at:
                continue
            try:
                sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
            except BlockingIOError:
                continue  # open, nothing received
            except OSError:
                pass  # reset
            # Closed (b""), or answered, which for a request never finished means closing.
            self._closed(index)
        return self.count - len(self.closed_at)

    def answers(self):
        """Return what the server sent the slow clients, if anything (they should get nothing
        but a close)."""
        received = set()
        for sock in self.sockets:
            try:
                data = sock.recv(64, socket.MSG_DONTWAIT)
            except OSError:
                continue
            if data:
                received.add(data.split(b"\r\n", 1)[0])
        return received


def timed_get(port, path="/healthz", timeout=FAST * 2, headers=None):
    """GET `path` on a new connection; return (status, body, seconds)."""
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        return response.status, body, time.monotonic() - started
    finally:
        conn.close()


def request(port, method, path, body=None, headers=None):
    """Return the response (status, headers, body are read) of one request."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        response.body = response.read()
        return response
    finally:
        conn.close()


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def media_root(tmp_path_factory):
    folder = tmp_path_factory.mktemp("media")
    (folder / "quyet-dinh").mkdir()
    (folder / "quyet-dinh" / "qd.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (folder / "covers").mkdir()
    (folder / "covers" / "anh.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (folder / "trang.html").write_text("<script>alert(document.cookie)</script>")
    (folder / "hinh.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')
    return folder


@pytest.fixture(scope="module")
def app(django_db_setup, tmp_path_factory):
    """gunicorn as deploy/gunicorn.conf.py has it, on the test database (PostgreSQL)."""
    nginx_binary()  # fail before starting anything when nginx is missing
    server = Gunicorn(tmp_path_factory.mktemp("gunicorn"))
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(scope="module")
def front(app, media_root, tmp_path_factory):
    """nginx with deploy/nginx.conf in front of `app`."""
    server = Nginx(tmp_path_factory.mktemp("nginx"), app.port, media_root)
    try:
        yield server.start()
    finally:
        server.stop()


# -- tests ---------------------------------------------------------------------------------------


def test_site_answers_through_nginx_while_200_slow_header_clients_are_connected(app, front):
    with SlowClients(front.port) as slow:
        time.sleep(DRIP_SECONDS + 0.5)  # every slow client has sent a line more
        assert slow.open_count() == SLOW_CLIENTS

        latencies = []
        for _ in range(NORMAL_REQUESTS):
            status, body, seconds = timed_get(front.port)
            assert status == 200, body
            assert b'"database": {"status": "ok"}' in body
            latencies.append(seconds)
        assert max(latencies) < FAST, latencies
        # They were all connected, and sending, the whole time.
        assert slow.open_count() == SLOW_CLIENTS
        print(f"through nginx, {SLOW_CLIENTS} slow clients connected: {latencies}")

        # client_header_timeout: nginx drops each slow client, with no answer, once its header
        # has taken that long; gunicorn never saw one of them.
        deadline = slow.opened_at + HEADER_TIMEOUT + 4
        while slow.open_count() and time.monotonic() < deadline:
            time.sleep(0.2)  # polling for nginx's timer
        assert slow.open_count() == 0
        first_closed = min(slow.closed_at.values()) - slow.opened_at
        assert first_closed > HEADER_TIMEOUT - 1, first_closed
        assert slow.answers() == set()

    assert timed_get(front.port)[0] == 200
    gunicorn_log = app.log.read_text(errors="replace")
    assert "WORKER TIMEOUT" not in gunicorn_log
    assert '"GET / HTTP' not in app.access_log.read_text(errors="replace")  # the slow ones' path


def test_gunicorn_alone_is_stopped_by_slow_header_clients(django_db_setup, tmp_path):
    """The contrast: without nginx, the slow clients hold both sync workers."""
    nginx_binary()
    server = Gunicorn(tmp_path).start()
    try:
        assert timed_get(server.port)[0] == 200
        with SlowClients(server.port):
            time.sleep(0.5)  # both workers have taken a slow client
            with pytest.raises(TimeoutError):
                timed_get(server.port, timeout=3)
    finally:
        server.stop()


def test_nginx_overwrites_the_forwarded_for_header(app, front):
    forged = {"X-Forwarded-For": "203.0.113.7", "X-Real-IP": "203.0.113.7"}
    status, _, _ = timed_get(front.port, "/healthz?forwarded", headers=forged)
    assert status == 200
    line = app.logged("/healthz?forwarded")
    assert line.endswith("forwarded-for=127.0.0.1"), line


def test_request_bodies_are_limited_to_1_mb_except_in_the_back_office(app, front):
    body = b"x" * (2 * 1024 * 1024)
    headers = {"Content-Type": "application/octet-stream"}
    assert request(front.port, "POST", "/?public-2mb", body, headers).status == 413
    # The back office takes uploads up to 21 MB: nginx reads the body whole, then gives it to
    # gunicorn (whatever Django answers a POST without a CSRF token).
    admin = f"/{settings.ADMIN_URL}"
    assert admin == "/quan-tri/", "deploy/nginx.conf names the default ADMIN_URL"
    assert request(front.port, "POST", admin + "?big", body, headers).status != 413
    assert request(front.port, "POST", admin + "?too-big", body * 11, headers).status == 413
    assert app.logged(f'"POST {admin}?big HTTP/1.0"')
    served = app.access_log.read_text()
    assert "?too-big" not in served and "public-2mb" not in served


@pytest.mark.parametrize(
    ("path", "content_type", "shown", "sandboxed"),
    [
        ("/media/quyet-dinh/qd.pdf", "application/pdf", True, False),
        ("/media/covers/anh.jpg", "image/jpeg", True, True),
        ("/media/trang.html", "application/octet-stream", False, True),
        ("/media/hinh.svg", "application/octet-stream", False, True),
    ],
)
def test_media_is_served_by_nginx_with_safe_headers(front, path, content_type, shown, sandboxed):
    response = request(front.port, "GET", path)
    assert response.status == 200
    assert response.getheader("Content-Type") == content_type
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy
    assert policy.startswith("sandbox") == sandboxed, policy
    assert (response.getheader("Content-Disposition") == "attachment") == (not shown)
    assert response.getheader("Server") == "nginx"  # not gunicorn: no worker was used
    assert request(front.port, "GET", "/media/missing.pdf").status == 404


def test_the_site_file_with_tls_passes_nginx_t(tmp_path, media_root):
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("openssl is missing (apt-get install openssl): it makes the test certificate")
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    self_signed = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    subprocess.run(
        [openssl, *self_signed, "-subj", "/CN=localhost", "-keyout", key, "-out", certificate],
        check=True,
        capture_output=True,
        timeout=60,
    )
    nginx = Nginx(tmp_path / "nginx", free_port(), media_root, tls=(certificate, key))
    code, output = nginx.check()
    assert code == 0, output
    assert "test is successful" in output
