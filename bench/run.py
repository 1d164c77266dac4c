"""`make bench`: the portal's speed, as ratios to bare Django measured in the same run.

    .venv/bin/python bench/run.py            # full: 100,000 articles, 3 x 10 s per page
    .venv/bin/python bench/run.py --quick    # or BENCH_QUICK=1: 10,000 articles, 3 x 2 s
    .venv/bin/python bench/run.py --help     # every flag, each with its environment variable

Steps: make (or reuse) a PostgreSQL database of its own, migrate it, fill it (bench/build_data.py),
collect static files into a temporary folder, serve the portal with production settings and a
bare Django project (bench/baseline) under the same gunicorn configuration (bench/gunicorn.conf.py),
load each page with wrk alternating with the baseline, time search sequentially, check the view
counter against the server's own count of article responses, read each worker's peak memory;
then serve the portal again on a redis-server of the benchmark's own, kill that Redis and load
the article page (the Redis-down mode); and write bench/results/latest.md. Exit status: 0 when
every row passes, 1 when one fails, 2 when the benchmark itself could not run. See
bench/README.md.
"""

import argparse
import contextlib
import datetime as dt
import http.client
import json
import os
import platform
import random
import secrets
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BIN = Path(sys.executable).parent
WRK_SCRIPT = BENCH / "wrk" / "bench.lua"
GUNICORN_CONF = BENCH / "gunicorn.conf.py"
CACHE = BENCH / ".cache"
REDIS_SERVER = Path("/usr/bin/redis-server")
USER_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36"
)
SEARCH_QUERIES = [
    "mo hinh diem",
    "an ninh trat tu",
    "nguoi ngheo",
    "dai doan ket",
    "camera an ninh",
    "nong thon moi",
    "hoa giai",
    "chuyen doi so",
    "mo hinh diem tan phu",
    "bao ve moi truong",
]
# Each base query alone, then with a place name: every request a query not asked before, so a
# cache of search results cannot answer it (wrk's search row measures the repeated query).
SEARCH_PLACES = [
    "tan phu", "hoa binh", "dong hung", "an khanh", "phuoc long", "quang dien", "my loc",
    "vinh thanh", "duc hoa", "thanh xuan",
]  # fmt: skip
SEARCH_TARGET_MS = 20.0
IMPORT_TARGET_S = 10.0  # an import of BENCH_IMPORT_ROWS rows, preview plus confirm
WORKER_MEMORY_LIMIT_MB = 150.0
FLOOR_KEY = "floor"
REDIS_DOWN_KEY = "article-redis-down"


class BenchError(Exception):
    """The benchmark could not run (not: the portal was too slow)."""


def log(message):
    print(f"[bench] {message}", flush=True)


def env_flag(name):
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


# --- configuration ------------------------------------------------------------------------------


def parse_args(argv):
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog="bench/run.py", description=__doc__.split("\n\n")[0], allow_abbrev=False
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        default=env_flag("BENCH_QUICK"),
        help="BENCH_QUICK=1: 10,000 articles, 2 s runs, its own database; for checking the "
        "pipeline, not for the record (written to results/quick.md)",
    )
    parser.add_argument(
        "--rebuild",
        action="store_true",
        default=env_flag("BENCH_REBUILD"),
        help="BENCH_REBUILD=1: drop and recreate the database and its data even if it holds the "
        "right counts (otherwise it is reused)",
    )
    parser.add_argument(
        "--duration",
        type=float,
        default=env("BENCH_DURATION"),
        help=("BENCH_DURATION: seconds per wrk run (default 10, quick 2)"),
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=env("BENCH_RUNS", 3),
        help=("BENCH_RUNS: measured runs per page, each beside its own baseline run (default 3)"),
    )
    parser.add_argument("--connections", type=int, default=env("BENCH_CONNECTIONS", 32))
    parser.add_argument("--threads", type=int, default=env("BENCH_THREADS", 2))
    parser.add_argument(
        "--articles",
        type=int,
        default=env("BENCH_ARTICLES"),
        help=("BENCH_ARTICLES: published articles (default 100,000, quick 10,000)"),
    )
    parser.add_argument("--programs", type=int, default=env("BENCH_PROGRAMS", 1000))
    parser.add_argument("--commendations", type=int, default=env("BENCH_COMMENDATIONS", 5000))
    parser.add_argument(
        "--deep-page",
        type=int,
        default=env("BENCH_DEEP_PAGE"),
        help=("BENCH_DEEP_PAGE: the deep category page measured (default 500, quick 50)"),
    )
    parser.add_argument(
        "--search-requests",
        type=int,
        default=env("BENCH_SEARCH_REQUESTS"),
        help=("BENCH_SEARCH_REQUESTS: sequential search requests timed (default 100, quick 20)"),
    )
    parser.add_argument(
        "--search-budget",
        type=float,
        default=env("BENCH_SEARCH_BUDGET", 60),
        help="BENCH_SEARCH_BUDGET: stop timing searches after this many seconds (default 60)",
    )
    parser.add_argument(
        "--slow-limit",
        type=float,
        default=env("BENCH_SLOW_LIMIT", 5),
        help="BENCH_SLOW_LIMIT: a page whose single request takes longer than this many seconds "
        "(twice) is marked FAIL and not loaded with wrk (default 5)",
    )
    parser.add_argument(
        "--pages",
        default=env("BENCH_PAGES", ""),
        help=(
            "BENCH_PAGES: comma-separated subset of: "
            + ", ".join(p.key for p in page_specs("x", 1))
        ),
    )
    parser.add_argument(
        "--database-url",
        default=env("BENCH_DATABASE_URL"),
        help=(
            "BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/mttq_bench, "
            "quick: mttq_bench_quick); its name must contain 'bench'"
        ),
    )
    parser.add_argument(
        "--redis-url",
        default=env("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
        help="BENCH_REDIS_URL: used when Redis answers; this db is flushed first",
    )
    parser.add_argument(
        "--no-redis",
        action="store_true",
        default=env_flag("BENCH_NO_REDIS"),
        help="BENCH_NO_REDIS=1: serve without Redis even if it answers",
    )
    parser.add_argument(
        "--no-redis-down",
        action="store_true",
        default=env_flag("BENCH_NO_REDIS_DOWN"),
        help="BENCH_NO_REDIS_DOWN=1: skip the Redis-down mode (the article page served by a "
        "portal whose own redis-server the benchmark has killed)",
    )
    parser.add_argument(
        "--import-rows",
        type=int,
        default=env("BENCH_IMPORT_ROWS", 5000),
        help="BENCH_IMPORT_ROWS: rows of each timed Excel import (bench/imports.py; default "
        "5,000, quick 500); 0 skips the imports",
    )
    parser.add_argument(
        "--warmup",
        type=float,
        default=env("BENCH_WARMUP"),
        help=(
            "BENCH_WARMUP: seconds of unmeasured load per page before the runs (default 2, quick 1)"
        ),
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=env("BENCH_OUTPUT"),
        help=(
            "BENCH_OUTPUT: the Markdown report (default bench/results/latest.md, quick: quick.md)"
        ),
    )
    args = parser.parse_args(argv)
    quick = args.quick
    args.duration = float(args.duration or (2 if quick else 10))
    args.articles = int(args.articles or (10_000 if quick else 100_000))
    args.deep_page = int(args.deep_page or (50 if quick else 500))
    args.search_requests = int(args.search_requests or (20 if quick else 100))
    args.warmup = float(args.warmup if args.warmup is not None else (1 if quick else 2))
    args.runs, args.programs = int(args.runs), int(args.programs)
    args.search_budget = float(args.search_budget)
    args.slow_limit = float(args.slow_limit)
    args.commendations = int(args.commendations)
    args.import_rows = int(args.import_rows if not quick or "BENCH_IMPORT_ROWS" in os.environ
                           else 500)  # fmt: skip
    args.connections, args.threads = int(args.connections), int(args.threads)
    args.database_url = args.database_url or (
        "postgres://postgres@127.0.0.1:5432/" + ("mttq_bench_quick" if quick else "mttq_bench")
    )
    args.output = Path(args.output or (BENCH / "results" / ("quick.md" if quick else "latest.md")))
    return args


@dataclass
class PageSpec:
    key: str
    title: str
    path: str  # for "article": the URL prefix of a slug
    target: float | None  # minimum ratio to the baseline; None: no ratio target
    slugs: bool = False
    # "portal"; "baseline": a page of the bare Django project; "portal-redis-down": the portal
    # served on the benchmark's own redis-server, measured after that Redis was killed.
    server: str = "portal"
    # Minimum of (this page's ratio ÷ the floor row's ratio) in the same run; None: no such
    # target. The floor is the ceiling of a page that goes to PostgreSQL once per request.
    floor_target: float | None = None
    counted: bool = False  # every HTTP 200 must add exactly one view (the view counter check)


def page_specs(big_category, deep_page):
    return [
        PageSpec("home", "Trang chủ", "/", 0.8),
        PageSpec("category", "Chuyên mục, trang 1", f"/chuyen-muc/{big_category}/", 0.8),
        PageSpec(
            "category-deep",
            f"Chuyên mục, trang {deep_page}",
            f"/chuyen-muc/{big_category}/?page={deep_page}",
            0.8,
        ),
        PageSpec(
            "article",
            "Bài viết ngẫu nhiên, người đọc mới",
            "/tin-tuc/",
            0.3,
            slugs=True,
            floor_target=0.7,
            counted=True,
        ),
        PageSpec("search", "Tìm kiếm không dấu", "/tim-kiem/?q=mo+hinh+diem", None),
        PageSpec("models", "Mô hình điểm", "/mo-hinh/", 0.8),
        PageSpec("awards", "Khen thưởng", "/khen-thuong/", 0.8),
        PageSpec("stats", "Thống kê", "/thong-ke/", 0.8),
        # Not the portal: bare Django with one prepared statement per request and nothing
        # else (bench/baseline/urls.py), the ceiling of any page that reads the database.
        PageSpec(
            FLOOR_KEY,
            "Mức trần: Django trần + 1 câu lệnh PostgreSQL",
            "/san/",
            None,
            slugs=True,
            server="baseline",
        ),
        # Measured after the rows above, on a second portal server whose Redis the benchmark
        # killed (run_redis_down()): the portal must keep answering and counting without it.
        PageSpec(
            REDIS_DOWN_KEY,
            "Bài viết, Redis đã tắt",
            "/tin-tuc/",
            0.2,
            slugs=True,
            server="portal-redis-down",
            counted=True,
        ),
    ]


# --- processes ----------------------------------------------------------------------------------


def portal_environment(args, workdir, secret, redis_on):
    """The portal's production settings for the benchmark (plain HTTP on loopback)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mttq_portal.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secret,
        "DJANGO_HTTPS": "0",
        "DJANGO_STATIC_MANIFEST": "1",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # As behind the proxy production runs behind: the client address comes from the
        # header, which the wrk script and fetch() fill with a random benchmark address.
        "DJANGO_CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url if redis_on else "",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
    }


def run_command(command, *, env, what, capture=False):
    log(f"{what}: {shlex.join(str(c) for c in command)}")
    started = time.monotonic()
    result = subprocess.run(
        [str(c) for c in command],
        cwd=ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE if capture else None,
        stderr=subprocess.STDOUT if capture else None,
    )
    if result.returncode != 0:
        if capture:
            print(result.stdout[-4000:], file=sys.stderr)
        raise BenchError(f"{what} failed (exit status {result.returncode})")
    return time.monotonic() - started, result.stdout if capture else ""


def ensure_wrk():
    wrk = shutil.which("wrk") or ("/usr/bin/wrk" if Path("/usr/bin/wrk").exists() else None)
    if wrk:
        return wrk
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("wrk is missing: installing the Debian package")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, check=False)
        wrk = shutil.which("wrk")
        if wrk:
            return wrk
    raise BenchError(
        "wrk is not installed and could not be installed. Install the Debian package: "
        "sudo apt-get install wrk"
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Started:
    """What the benchmark knows of a process it started: `process` and its `log_path`."""

    def alive(self):
        return self.process.poll() is None

    def log_tail(self, lines=40):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class Server(Started):
    name: str
    process: subprocess.Popen
    port: int
    log_path: Path
    stats_dir: Path


def start_server(name, app, env, workdir):
    port = free_port()
    stats_dir = workdir / f"stats-{name}"
    stats_dir.mkdir()
    log_path = workdir / f"{name}.log"
    command = [BIN / "gunicorn", "-c", GUNICORN_CONF, "-b", f"127.0.0.1:{port}", app]
    log(f"starting {name}: {shlex.join(str(c) for c in command)}")
    with log_path.open("w") as out:
        process = subprocess.Popen(
            [str(c) for c in command],
            cwd=ROOT,
            env={**env, "BENCH_STATS_DIR": str(stats_dir)},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(name, process, port, log_path, stats_dir)


def wait_ready(server, path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not server.alive():
            raise BenchError(f"{server.name} exited at start:\n{server.log_tail()}")
        try:
            status, _, _ = fetch(server.port, path, timeout=5)
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise BenchError(
        f"{server.name} did not answer {path} within {timeout} s:\n{server.log_tail()}"
    )


def idle_path(server):
    """A cheap page of the server, to wait on: its answer means the queue ahead was served."""
    return "/" if server.name == "baseline" else "/healthz"


def drain(server, path):
    """Wait until the server has answered everything still queued from the last wrk run.

    When wrk stops it drops the requests in flight, but gunicorn still answers them: up to one
    per connection. For a slow page that is seconds of work that would otherwise be charged to
    the next run. A request to a cheap page queues behind them, so its answer means idle.
    """
    started = time.monotonic()
    try:
        fetch(server.port, path, timeout=300)
    except OSError as error:
        raise BenchError(f"{server.name} did not answer {path} after a run: {error}") from error
    return time.monotonic() - started


def stop_server(server):
    """Stop a gunicorn master gracefully (its workers then write their counts), or kill it."""
    if server is None:
        return
    if server.alive():
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
    kill_group(server.process)


def kill_group(process):
    """Kill what is left of the session a server was started in (start_new_session=True makes
    its group id its own pid): a worker orphaned by a master that was killed would otherwise
    keep its port and its database connections."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


@dataclass
class RedisServer(Started):
    process: subprocess.Popen
    port: int
    log_path: Path

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


def start_redis(workdir):
    """A redis-server of the benchmark's own, on a free port, keeping nothing on disk."""
    port = free_port()
    log_path = workdir / "redis-down.log"
    command = [REDIS_SERVER, "--port", port, "--bind", "127.0.0.1", "--save", "",
               "--appendonly", "no", "--dir", workdir, "--daemonize", "no"]  # fmt: skip
    log(f"starting redis-server: {shlex.join(str(c) for c in command)}")
    with log_path.open("w") as out:
        process = subprocess.Popen(
            [str(c) for c in command],
            cwd=workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return RedisServer(process, port, log_path)


def redis_client(url):
    import redis

    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def wait_redis(server, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not server.alive():
            raise BenchError(f"redis-server exited at start:\n{server.log_tail()}")
        with contextlib.suppress(Exception):
            if redis_client(server.url).ping():
                return
        time.sleep(0.1)
    raise BenchError(f"redis-server did not answer within {timeout} s:\n{server.log_tail()}")


def kill_redis(server):
    if server is None:
        return
    if server.alive():
        server.process.kill()  # SIGKILL: Redis dies as in a crash, without closing anything
        server.process.wait()
    kill_group(server.process)


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    try:
        return [int(pid) for pid in children.read_text().split()]
    except OSError:
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master_pid:
                    pids.append(int(stat.parent.name))
        return pids


def memory_of(pid):
    """Return (peak resident MB, current resident MB) of a process from /proc."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmHWM", 0.0), values.get("VmRSS", 0.0)


def read_server_counts(server):
    counts = {}
    for path in server.stats_dir.glob("worker-*.json"):
        for key, n in json.loads(path.read_text()).items():
            counts[key] = counts.get(key, 0) + n
    return counts


# --- database -----------------------------------------------------------------------------------


def database_name(url):
    return urllib.parse.urlsplit(url).path.lstrip("/")


def connect(url):
    import psycopg

    # Autocommit: CREATE and DROP DATABASE cannot run inside a transaction block.
    return psycopg.connect(url, autocommit=True)


def prepare_database(url, *, rebuild):
    name = database_name(url)
    if "bench" not in name:
        raise BenchError(f"the benchmark database name must contain 'bench', not {name!r}")
    parts = urllib.parse.urlsplit(url)
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    try:
        admin = connect(admin_url)
    except Exception as error:
        raise BenchError(f"cannot reach PostgreSQL at {admin_url}: {error}") from error
    with admin, admin.cursor() as cursor:
        if rebuild:
            log(f"dropping database {name} (--rebuild)")
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            log(f"creating database {name}")
            cursor.execute(f'CREATE DATABASE "{name}"')


def total_views(url):
    with connect(url) as connection:
        row = connection.execute("SELECT COALESCE(SUM(view_count), 0) FROM news_article").fetchone()
    return int(row[0])


def redis_available(url):
    try:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
        client.ping()
        client.flushdb()
        return True
    except Exception:
        return False


# --- measuring ----------------------------------------------------------------------------------


def random_address():
    """An address of 198.18.0.0/15, the benchmarking range (RFC 2544): a new client each time."""
    return f"198.{random.randint(18, 19)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


def fetch(port, path, *, timeout=60):
    """GET a page as a new reader; return (status, body bytes, seconds)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request(
            "GET",
            path,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Language": "vi-VN,vi;q=0.9",
                "X-Forwarded-For": random_address(),
            },
        )
        response = connection.getresponse()
        body = response.read()
        return response.status, body, time.perf_counter() - started
    finally:
        connection.close()


@dataclass
class WrkResult:
    label: str
    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    statuses: dict
    errors: dict
    command: str

    @property
    def rps(self):
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def ok(self):
        return sum(n for status, n in self.statuses.items() if 200 <= int(status) < 300)

    @property
    def bad_statuses(self):
        return {s: n for s, n in self.statuses.items() if not 200 <= int(s) < 300}

    @property
    def socket_errors(self):
        return {k: n for k, n in self.errors.items() if k != "status" and n}


def run_wrk(wrk, args, port, label, spec, slugs_file, duration):
    if spec.slugs:
        script_args = [label, "slugs", str(slugs_file), spec.path, "/"]
    else:
        script_args = [label, "path", spec.path]
    command = [
        wrk,
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{duration:g}s",
        "--timeout",
        "30s",
        "-s",
        str(WRK_SCRIPT.relative_to(ROOT)),
        f"http://127.0.0.1:{port}",
        "--",
        *script_args,
    ]
    result = subprocess.run(
        command, cwd=ROOT, text=True, capture_output=True, timeout=duration + 120
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if result.returncode != 0 or line is None:
        raise BenchError(
            f"wrk failed for {label} ({shlex.join(command)}):\n{result.stdout}\n{result.stderr}"
        )
    data = json.loads(line.removeprefix("BENCH_JSON "))
    return WrkResult(
        label=label,
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p90_ms=data["p90_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        statuses={int(k): v for k, v in data["statuses"].items()},
        errors=data["errors"],
        command=shlex.join(command),
    )


@dataclass
class PageResult:
    spec: PageSpec
    probe: str = ""
    runs: list = field(default_factory=list)  # (page WrkResult, baseline WrkResult)
    drain_seconds: list = field(default_factory=list)
    skipped: str = ""  # not loaded because of the page (too slow, broken): FAIL
    # Not measured for a reason outside the portal (redis-server not installed): not a FAIL.
    unavailable: str = ""
    # Not measured because the benchmark's own machinery failed here: exit status 2.
    bench_error: str = ""
    floor: "PageResult | None" = None  # the floor row, for spec.floor_target

    @property
    def passed(self):
        if self.unavailable:
            return True
        return bool(self.runs) and not self.bench_error and self.verdict()[0]

    @property
    def rps(self):
        return statistics.median(r.rps for r, _ in self.runs)

    @property
    def baseline_rps(self):
        return statistics.median(b.rps for _, b in self.runs)

    @property
    def ratio(self):
        return statistics.median(r.rps / b.rps if b.rps else 0.0 for r, b in self.runs)

    @property
    def p50_ms(self):
        return statistics.median(r.p50_ms for r, _ in self.runs)

    @property
    def p99_ms(self):
        return statistics.median(r.p99_ms for r, _ in self.runs)

    @property
    def requests(self):
        return sum(r.requests for r, _ in self.runs)

    @property
    def ratio_to_floor(self):
        """This page's ratio ÷ the floor row's ratio, both medians of the same run's rounds."""
        if self.floor is None or not self.floor.runs or not self.runs or not self.floor.ratio:
            return None
        return self.ratio / self.floor.ratio

    def problems(self):
        bad, sockets = {}, {}
        for run, _ in self.runs:
            for status, n in run.bad_statuses.items():
                bad[status] = bad.get(status, 0) + n
            for kind, n in run.socket_errors.items():
                sockets[kind] = sockets.get(kind, 0) + n
        return bad, sockets

    def verdict(self):
        bad, sockets = self.problems()
        if bad or sockets:
            parts = [f"{n:,} × HTTP {s}" for s, n in sorted(bad.items())]
            parts += [f"{n:,} socket {k} errors" for k, n in sorted(sockets.items())]
            return False, f"❌ **FAIL: ERRORS** ({', '.join(parts)} of {self.requests:,})"
        empty = sum(1 for run, _ in self.runs if run.requests == 0)
        if empty:
            return False, f"❌ **FAIL: no response at all in {empty} of {len(self.runs)} runs**"
        if self.spec.target is None:
            return True, "— (no ratio target)"
        misses = []
        if self.ratio < self.spec.target:
            misses.append(f"ratio {self.ratio:.3f} < {self.spec.target:g}")
        if self.spec.floor_target is not None:
            to_floor = self.ratio_to_floor
            if to_floor is None:
                misses.append("the floor row was not measured, so its target cannot be checked")
            elif to_floor < self.spec.floor_target:
                misses.append(f"ratio to the floor {to_floor:.3f} < {self.spec.floor_target:g}")
        if misses:
            return False, f"❌ FAIL ({'; '.join(misses)})"
        return True, "✅ PASS"

    def target_text(self):
        if self.spec.target is None:
            return "—"
        text = f"≥ {self.spec.target:g}"
        if self.spec.floor_target is not None:
            text += f", and ≥ {self.spec.floor_target:g} of the floor's"
        return text


def probe(port, spec, slug, *, when=""):
    """One request to the page before the runs: (what it answered, seconds, HTTP status or
    None)."""
    path = spec.path + (slug + "/" if spec.slugs else "")
    status = None
    try:
        status, body, seconds = fetch(port, path)
        text = f"HTTP {status}, {len(body) / 1024:.1f} KB, {seconds * 1000:.0f} ms"
    except OSError as error:
        text, seconds = f"no answer: {error}", float("inf")
    log(f"probe {spec.key}{' ' + when if when else ''} {path}: {text}")
    return text, seconds, status


def probe_page(page, port, slug, slow_limit, *, when=""):
    """Probe a page (twice when slow: perhaps only a cold cache) and mark it skipped when even
    the second request is too slow: 32 connections on it would queue minutes of work per run.
    Returns the last HTTP status."""
    page.probe, seconds, status = probe(port, page.spec, slug, when=when)
    if seconds > slow_limit:
        page.probe, seconds, status = probe(port, page.spec, slug, when=when)
    if seconds > slow_limit:
        page.skipped = f"one request took {seconds:.1f} s, over {slow_limit:g} s"
        log(f"NOT LOADING {page.spec.key}: {page.skipped}")
    return status


def warm_up(wrk, args, baseline, page, server, slugs_file):
    """Unmeasured load on the baseline and the page, then wait until both are idle."""
    run_wrk(wrk, args, baseline.port, "warmup", PageSpec("b", "", "/", None), slugs_file,
            args.warmup)  # fmt: skip
    run_wrk(wrk, args, server.port, f"warmup-{page.spec.key}", page.spec, slugs_file, args.warmup)
    drain(baseline, "/")
    drain(server, idle_path(server))


def measure_round(wrk, args, baseline, page, server, slugs_file, round_number):
    """One baseline run, then one run of the page right after it."""
    base = run_wrk(wrk, args, baseline.port, "baseline", PageSpec("baseline", "", "/", None),
                   slugs_file, args.duration)  # fmt: skip
    drain(baseline, "/")
    run = run_wrk(wrk, args, server.port, page.spec.key, page.spec, slugs_file, args.duration)
    page.drain_seconds.append(drain(server, idle_path(server)))
    page.runs.append((run, base))
    flag = f" NOT 2xx: {run.bad_statuses}" if run.bad_statuses else ""
    log(
        f"round {round_number}/{args.runs} {page.spec.key:<13} {run.rps:8,.0f} req/s"
        f"  baseline {base.rps:8,.0f}  ratio {run.rps / max(base.rps, 1e-9):.2f}"
        f"  p50 {run.p50_ms:7.1f} ms  p99 {run.p99_ms:7.1f} ms{flag}"
    )


def measure_search_latency(port, count, budget):
    """Time `count` searches one after another, stopping early once `budget` seconds are spent
    (a search taking seconds would otherwise hold the run for many minutes)."""
    timings, statuses = {}, {}
    deadline = time.monotonic() + budget
    for i in range(count):
        if i >= 5 and time.monotonic() > deadline:
            break
        base = SEARCH_QUERIES[i % len(SEARCH_QUERIES)]
        round_number = i // len(SEARCH_QUERIES)
        place = SEARCH_PLACES[(round_number - 1) % len(SEARCH_PLACES)] if round_number else ""
        query = f"{base} {place}".strip()
        try:
            status, _, seconds = fetch(
                port, "/tim-kiem/?" + urllib.parse.urlencode({"q": query}), timeout=30
            )
        except OSError as error:
            status, seconds = type(error).__name__, 30.0
        statuses[status] = statuses.get(status, 0) + 1
        timings.setdefault(base, []).append(seconds * 1000)
    every = [ms for values in timings.values() for ms in values]
    return {
        "count": len(every),
        "median_ms": statistics.median(every),
        "p90_ms": quantile(every, 0.9),
        "max_ms": max(every),
        "statuses": statuses,
        "per_query_median_ms": {q: statistics.median(v) for q, v in timings.items()},
    }


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def server_memory(server):
    """(server name, worker pid, peak MB, resident MB) of each worker of a running server."""
    memory = []
    for pid in worker_pids(server.process.pid):
        with contextlib.suppress(OSError):
            memory.append((server.name, pid, *memory_of(pid)))
    return memory


# --- the Redis-down mode ------------------------------------------------------------------------


def run_redis_down(page, info, *, wrk, args, env, workdir, baseline, slugs_file, slug, started):
    """Load the article page on a portal whose Redis has died.

    A second portal server (the same gunicorn configuration, the same environment) is pointed
    at a redis-server of the benchmark's own, never at the shared one, which other processes
    may use. Once a probe shows the article page answering with that Redis up (and the portal
    connected to it), the redis-server is killed with SIGKILL, as in a crash, and the page is
    loaded as the article row is: its own warm-up, then each run right after a baseline run.
    Every process started here goes into `started`, which main() stops whatever happens. What
    the report says about the mode goes into `info`; the runs go into `page`.
    """
    if not REDIS_SERVER.exists():
        page.unavailable = info["why"] = f"{REDIS_SERVER} is not installed"
        log(f"Redis-down mode skipped: {page.unavailable}")
        return
    version = subprocess.run([str(REDIS_SERVER), "--version"], capture_output=True, text=True)
    info["redis_version"] = version.stdout.strip()
    redis_server = start_redis(workdir)
    started.append(redis_server)
    wait_redis(redis_server)
    info["redis_url"] = redis_server.url
    server = start_server("portal-redis-down", "mttq_portal.wsgi:application",
                          {**env, "REDIS_URL": redis_server.url}, workdir)  # fmt: skip
    started.append(server)
    wait_ready(server, "/healthz")
    info["probe_redis_up"], _, status = probe(server.port, page.spec, slug, when="with Redis up")
    if status != 200:
        page.skipped = f"with its Redis still up the article page answered {info['probe_redis_up']}"
        log(f"NOT LOADING {page.spec.key}: {page.skipped}")
        return
    # Evidence that the portal was really using this Redis when it died.
    stats = redis_client(redis_server.url).info()
    info["redis_before_kill"] = {
        "connected_clients": stats.get("connected_clients"),
        "total_commands_processed": stats.get("total_commands_processed"),
        "keys": stats.get("db0", {}).get("keys", 0),
    }
    log(f"Redis before the kill: {info['redis_before_kill']}")
    kill_redis(redis_server)
    try:
        redis_client(redis_server.url).ping()
        raise BenchError(f"redis-server on port {redis_server.port} still answers after SIGKILL")
    except BenchError:
        raise
    except Exception as error:
        info["redis_after_kill"] = f"{type(error).__name__}: {str(error).rstrip('.')}"
    log(f"redis-server killed (SIGKILL); a ping now gets {info['redis_after_kill']}")
    probe_page(page, server.port, slug, args.slow_limit, when="with Redis killed")
    if page.skipped:
        return
    if args.warmup > 0:
        log(f"warming up: {args.warmup:g} s for {page.spec.key} and the baseline")
        warm_up(wrk, args, baseline, page, server, slugs_file)
    info["views_before"] = total_views(args.database_url)
    for round_number in range(1, args.runs + 1):
        measure_round(wrk, args, baseline, page, server, slugs_file, round_number)
    info["views_after"] = total_views(args.database_url)
    info["memory"] = server_memory(server)
    stop_server(server)
    info["server_counts"] = read_server_counts(server)


# --- report -------------------------------------------------------------------------------------


def machine_description():
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores, {model or platform.machine()}, {platform.platform()}"


def git_revision():
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True, capture_output=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            text=True,
            capture_output=True,
        ).stdout.strip()
        return f"{head}{' (with uncommitted changes)' if dirty else ''}"
    except OSError:
        return "unknown"


def render_report(ctx):
    args, pages = ctx["args"], ctx["pages"]
    lines = [
        "# Benchmark results",
        "",
        f"- When: {ctx['started']:%Y-%m-%d %H:%M} ({ctx['elapsed']:.0f} s in all)"
        f"{' — **QUICK MODE: indicative only**' if args.quick else ''}",
        f"- Code: {git_revision()}",
        f"- Machine: {machine_description()}; load average before the run: {ctx['load']}"
        + (
            " — **the machine was busy before the run: other processes share these cores, "
            "so absolute numbers (and to a lesser degree the ratios) are unreliable**"
            if float(ctx["load"].split()[0]) > 0.5
            else ""
        ),
        f"- Command: `{ctx['command']}`",
        f"- Data: {database_name(args.database_url)}: {ctx['manifest']['published_articles']:,} "
        f"published articles in {ctx['manifest']['categories']} categories (the one measured: "
        f"{ctx['manifest']['big_category']}, {ctx['big_size']:,} articles), "
        f"{ctx['manifest']['programs']:,} model programs, "
        f"{ctx['manifest']['commendations']:,} commendations; "
        + (
            f"built in this run in {ctx['manifest']['build_seconds']} s"
            if ctx["manifest"].get("built")
            else "reused (built earlier"
            + (
                f" in {ctx['manifest']['build_seconds']} s)"
                if ctx["manifest"].get("build_seconds")
                else ")"
            )
        ),
        f"- Servers: gunicorn, 2 sync workers each (bench/gunicorn.conf.py); portal with "
        f"DJANGO_DEBUG=0, DJANGO_HTTPS=0, DJANGO_STATIC_MANIFEST=1, PostgreSQL, "
        f"{'Redis ' + args.redis_url if ctx['redis'] else 'no Redis (local memory cache)'}; "
        f"baseline: bench/baseline (bare Django, one short page; the floor through psycopg 3)"
        + (
            "; Redis-down mode off"
            if ctx["redis_down"] is None
            else "; Redis-down mode not run (see below)"
            if "redis_url" not in ctx["redis_down"]
            else "; Redis-down mode: a second portal on the benchmark's own redis-server, "
            "killed before its runs (see below)"
        ),
        f"- Load: wrk -t{args.threads} -c{args.connections}, {args.runs} runs of "
        f"{args.duration:g} s per page, each right after a baseline run of the same length; "
        f"req/s, p50, p99 are medians over the runs; ratio = median of (page ÷ its baseline run)",
        "",
        "| Page | Path | req/s | p50 ms | p99 ms | baseline req/s | ratio | ratio to the floor "
        "| target | result |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    floor = next((p for p in pages if p.spec.key == FLOOR_KEY), None)
    for page in pages:
        target = page.target_text()
        shown_path = page.spec.path + ("<slug>/" if page.spec.slugs else "")
        if not page.runs:
            if page.unavailable:
                result = f"— skipped: {page.unavailable} (not a failure of the portal)"
            elif page.bench_error:
                result = f"⚠️ **NOT RUN: the benchmark failed here: {page.bench_error}**"
            else:
                result = f"❌ **FAIL: not measured: {page.skipped or 'no run'}** ({page.probe})"
            lines.append(
                f"| {page.spec.title} | `{shown_path}` | – | – | – | – | – | – | {target} | "
                f"{result} |"
            )
            continue
        # Shown for the counted article rows: pages that go to PostgreSQL once per request,
        # which the floor bounds. The Redis-down row's is informative (its target is a ratio).
        to_floor = "–"
        if page.spec.counted and floor is not None and floor.runs and floor.ratio:
            to_floor = f"{page.ratio / floor.ratio:.2f}"
        lines.append(
            f"| {page.spec.title} | `{shown_path}` | {page.rps:,.0f} | {page.p50_ms:.1f} | "
            f"{page.p99_ms:.1f} | {page.baseline_rps:,.0f} | {page.ratio:.2f} | {to_floor} | "
            f"{target} | {page.verdict()[1]} |"
        )
    search = ctx["search"]
    if search:
        search_ok = search["median_ms"] < SEARCH_TARGET_MS and set(search["statuses"]) == {200}
        bad = {s: n for s, n in search["statuses"].items() if s != 200}
        lines.append(
            f"| Tìm kiếm, {search['count']} lượt tuần tự | `/tim-kiem/?q=…` | – | "
            f"{search['median_ms']:.1f} | p90 {search['p90_ms']:.1f} | – | – | – | "
            f"median < {SEARCH_TARGET_MS:g} ms | "
            + ("✅ PASS" if search_ok else "❌ FAIL")
            + (f" **ERRORS: {bad}**" if bad else "")
            + " |"
        )
    for item in ctx["imports"]:
        lines.append(
            f"| {item['title']} (xem trước + xác nhận) | `/quan-tri/…/nhap…` | – | "
            f"{item['total_s'] * 1000:,.0f} | – | – | – | – | "
            f"< {IMPORT_TARGET_S:g} s | {'✅ PASS' if item['ok'] else '❌ FAIL'} "
            f"({item['summary']}) |"
        )
    for name, pid, peak, now in ctx["memory"]:
        if name != "portal":
            continue
        ok = peak < WORKER_MEMORY_LIMIT_MB
        lines.append(
            f"| Bộ nhớ worker {pid} | – | – | – | – | – | – | – | "
            f"peak < {WORKER_MEMORY_LIMIT_MB:g} MB "
            f"| {'✅ PASS' if ok else '❌ FAIL'} ({peak:.0f} MB peak, {now:.0f} MB now) |"
        )
    for views in ctx["views"]:
        lines.append(
            f"| {views['title']} | `/tin-tuc/…` | – | – | – | – | – | – | = responses | "
            f"{'✅ PASS' if views['ok'] else '❌ FAIL'} ({views['summary']}) |"
        )
    lines += [
        "",
        f"**Overall: {'PASS' if ctx['passed'] else 'FAIL'}**",
        "",
        "## Runs",
        "",
        "| Page | run | req/s | p50 ms | p99 ms | responses | baseline req/s | ratio | drain s |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for page in pages:
        drains = page.drain_seconds + [0.0] * len(page.runs)
        for i, (run, base) in enumerate(page.runs, 1):
            statuses = ", ".join(f"{s}: {n:,}" for s, n in sorted(run.statuses.items()))
            errors = ", ".join(f"{k} {n}" for k, n in run.socket_errors.items())
            lines.append(
                f"| {page.spec.key} | {i} | {run.rps:,.0f} | {run.p50_ms:.1f} | "
                f"{run.p99_ms:.1f} | {statuses or 'none'}{'; ' + errors if errors else ''} | "
                f"{base.rps:,.0f} | {run.rps / base.rps if base.rps else 0:.2f} | "
                f"{drains[i - 1]:.1f} |"
            )
    if search:
        lines += ["", "## Search latency (sequential, one request at a time)", ""]
        lines += ["| query (alone, then with a place name) | median ms |", "| --- | ---: |"]
        for query, ms in search["per_query_median_ms"].items():
            lines.append(f"| {query} | {ms:.1f} |")
        lines.append(
            f"\nAll {search['count']}: median {search['median_ms']:.1f} ms, "
            f"p90 {search['p90_ms']:.1f} ms, max {search['max_ms']:.1f} ms; "
            f"statuses {search['statuses']}"
        )
    lines += ["", "## Worker memory (VmHWM: peak resident set)", ""]
    lines += ["| server | worker pid | peak MB | resident now MB |", "| --- | ---: | ---: | ---: |"]
    for name, pid, peak, now in ctx["memory"]:
        lines.append(f"| {name} | {pid} | {peak:.1f} | {now:.1f} |")
    lines += [
        "",
        "drain s: how long the portal took, after wrk stopped, to answer the requests still",
        "queued (one per connection at most); the next run starts only after that.",
    ]
    if ctx["views"]:
        lines += ["", "## View counter", ""]
        lines += ["\n\n".join(f"{v['title']}: {v['detail']}" for v in ctx["views"])]
    redis_down = ctx["redis_down"]
    if redis_down is not None:
        lines += ["", "## Redis killed", "", redis_down_text(redis_down)]
    if pages and pages[0].runs:
        lines += ["", "## Example wrk command", "", f"    {pages[0].runs[0][0].command}"]
    return "\n".join(lines) + "\n"


def measure_imports(args, env):
    """Time the officers' Excel imports (bench/imports.py) on the benchmark's database, with the
    portal's production settings; return one report row per import."""
    if args.import_rows <= 0:
        return []
    log(f"imports: {args.import_rows:,} rows of model programs, then of recipients")
    _, output = run_command(
        [sys.executable, BENCH / "imports.py", "--rows", args.import_rows],
        env=env,
        what="imports",
        capture=True,
    )
    rows = []
    for item in json.loads(output.strip().splitlines()[-1])["imports"]:
        item["ok"] = item["written"] == item["rows"] and item["total_s"] < IMPORT_TARGET_S
        item["summary"] = (
            f"{item['total_s']:.2f} s: xem trước {item['preview_s']:.2f} s, "
            f"xác nhận {item['confirm_s']:.2f} s; {item['written']:_} dòng đã ghi".replace("_", ".")
        )
        log(f"{item['key']}: {item['summary']}")
        rows.append(item)
    return rows


def redis_down_text(info):
    if "redis_url" not in info:
        return f"Not run: {info.get('why', 'see the row above')}."
    before = info.get("redis_before_kill")
    parts = [
        f"A second portal server (same gunicorn configuration and environment) ran with "
        f"REDIS_URL={info['redis_url']}, a redis-server of the benchmark's own "
        f'({info.get("redis_version", "?")}; `--save "" --appendonly no`).',
        f"Probe with that Redis up: {info.get('probe_redis_up', 'none')}.",
    ]
    if before:
        parts.append(
            f"Just before the kill Redis had {before['connected_clients']} clients connected "
            f"(this check's included), had processed {before['total_commands_processed']} "
            f"commands and held {before['keys']} keys."
        )
    if "redis_after_kill" in info:
        parts.append(
            f"Then it was killed with SIGKILL; a ping afterwards got {info['redis_after_kill']}, "
            f"and every run of the row was made with Redis dead."
        )
    if "why" in info:
        parts.append(f"Stopped: {info['why']}.")
    return " ".join(parts)


# --- main ---------------------------------------------------------------------------------------


def select_pages(specs, args):
    """The pages to measure: --pages (all by default), the floor added when a row's target is a
    share of the floor's ratio, the Redis-down row dropped with --no-redis-down."""
    if args.pages:
        wanted = {p.strip() for p in args.pages.split(",") if p.strip()}
        unknown = wanted - {s.key for s in specs}
        if unknown:
            raise BenchError(f"unknown pages: {', '.join(sorted(unknown))}")
        if FLOOR_KEY not in wanted and any(
            s.key in wanted and s.floor_target is not None for s in specs
        ):
            log(f"adding the {FLOOR_KEY} row: the article target is a share of its ratio")
            wanted.add(FLOOR_KEY)
        specs = [s for s in specs if s.key in wanted]
    if args.no_redis_down:
        specs = [s for s in specs if s.key != REDIS_DOWN_KEY]
    return specs


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started_at, started = dt.datetime.now(), time.monotonic()
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    command = shlex.join([".venv/bin/python", "bench/run.py", *(sys.argv[1:])])
    wrk = ensure_wrk()
    CACHE.mkdir(exist_ok=True)
    redis_on = not args.no_redis and redis_available(args.redis_url)
    log(f"Redis: {'on, ' + args.redis_url + ' flushed' if redis_on else 'off'}")

    workdir = Path(tempfile.mkdtemp(prefix="mttq-bench-"))
    secret = secrets.token_urlsafe(50)
    portal_env = portal_environment(args, workdir, secret, redis_on)
    baseline_env = {
        **os.environ,
        "DJANGO_SECRET_KEY": secret,
        "BENCH_DATABASE_URL": args.database_url,
    }
    # Every server and redis-server this run starts, in order: all stopped in `finally`,
    # whatever went wrong.
    processes = []
    try:
        prepare_database(args.database_url, rebuild=args.rebuild)
        manage = [sys.executable, "manage.py"]
        run_command([*manage, "migrate", "--noinput", "--skip-checks", "-v0"], env=portal_env,
                    what="migrate")  # fmt: skip
        stem = database_name(args.database_url)
        manifest_path, slugs_file = CACHE / f"{stem}.json", CACHE / f"{stem}-slugs.txt"
        run_command(
            [
                sys.executable, BENCH / "build_data.py",
                "--articles", args.articles, "--programs", args.programs,
                "--commendations", args.commendations,
                "--manifest", manifest_path, "--slugs-file", slugs_file,
            ],
            env=portal_env,
            what="data",
        )  # fmt: skip
        manifest = json.loads(manifest_path.read_text())
        run_command([*manage, "collectstatic", "--noinput", "-v0"], env=portal_env,
                    what="collectstatic")  # fmt: skip

        portal = start_server("portal", "mttq_portal.wsgi:application", portal_env, workdir)
        processes.append(portal)
        baseline = start_server("baseline", "bench.baseline.wsgi:application", baseline_env,
                                workdir)  # fmt: skip
        processes.append(baseline)
        wait_ready(portal, "/healthz")
        wait_ready(baseline, "/")

        big = manifest["big_category"]
        big_size = next(c["published"] for c in manifest["category_sizes"] if c["slug"] == big)
        specs = select_pages(page_specs(big, args.deep_page), args)
        first_slug = slugs_file.read_text().split("\n", 1)[0]
        servers = {"portal": portal, "baseline": baseline}

        pages = [PageResult(spec) for spec in specs]
        floor = next((p for p in pages if p.spec.key == FLOOR_KEY), None)
        for page in pages:
            if page.spec.floor_target is not None:
                page.floor = floor
        # The rows of the two servers started above; the Redis-down row has a server of its
        # own, started once these are done.
        normal = [p for p in pages if p.spec.server in servers]
        down = next((p for p in pages if p.spec.server == "portal-redis-down"), None)

        for page in normal:
            probe_page(page, servers[page.spec.server].port, first_slug, args.slow_limit)
        loaded = [page for page in normal if not page.skipped]

        if args.warmup > 0:
            log(f"warming up: {args.warmup:g} s per page and baseline")
            for page in loaded:
                warm_up(wrk, args, baseline, page, servers[page.spec.server], slugs_file)

        views_before = total_views(args.database_url)
        for round_number in range(1, args.runs + 1):
            for page in loaded:
                measure_round(wrk, args, baseline, page, servers[page.spec.server], slugs_file,
                              round_number)  # fmt: skip

        search = None
        if any(p.spec.key == "search" for p in pages):
            log(f"search latency: {args.search_requests} sequential requests")
            search = measure_search_latency(portal.port, args.search_requests, args.search_budget)
            log(f"search median {search['median_ms']:.1f} ms, statuses {search['statuses']}")

        imports = measure_imports(args, portal_env)

        memory = server_memory(portal)
        views_after = total_views(args.database_url)
        # Stopped before the Redis-down mode: its workers write their counts as they exit,
        # and it leaves the cores to the second portal.
        stop_server(portal)
        views = []
        article = next((p for p in normal if p.spec.counted), None)
        if article is not None:
            views.append(
                check_views(article, views_before, views_after, read_server_counts(portal), args)
            )

        redis_down = None
        if down is not None:
            redis_down, first_own = {}, len(processes)
            try:
                run_redis_down(down, redis_down, wrk=wrk, args=args, env=portal_env,
                               workdir=workdir, baseline=baseline, slugs_file=slugs_file,
                               slug=first_slug, started=processes)  # fmt: skip
            except BenchError as error:
                # The rows measured so far still make a report; the exit status says 2.
                down.bench_error = str(error).splitlines()[0]
                redis_down["why"] = str(error)
                log(f"Redis-down mode could not run: {error}")
            finally:
                # Its processes are stopped now, not at the end: the baseline's memory is read
                # next, and nothing of the mode must run while the report is written.
                for process in processes[first_own:]:
                    stop_process(process)
            memory += redis_down.get("memory", [])
            if down.runs and "server_counts" in redis_down:
                views.append(
                    check_views(
                        down,
                        redis_down["views_before"],
                        redis_down["views_after"],
                        redis_down["server_counts"],
                        args,
                    )
                )
        for item in views:
            log(f"{item['title']}: {'PASS' if item['ok'] else 'FAIL'}: {item['summary']}")

        memory += server_memory(baseline)
        for name, pid, peak, now in memory:
            log(f"memory {name} worker {pid}: peak {peak:.1f} MB, now {now:.1f} MB")
        stop_server(baseline)

        passed = all(p.passed for p in pages)
        if search is not None:
            passed &= search["median_ms"] < SEARCH_TARGET_MS and set(search["statuses"]) == {200}
        portal_peaks = [peak for name, _, peak, _ in memory if name == "portal"]
        if len(portal_peaks) != 2:
            log(f"expected 2 portal workers, found {len(portal_peaks)}")
        passed &= len(portal_peaks) == 2 and all(p < WORKER_MEMORY_LIMIT_MB for p in portal_peaks)
        passed &= all(item["ok"] for item in views)
        passed &= all(item["ok"] for item in imports)
        bench_failed = any(p.bench_error for p in pages)
        ctx = {
            "args": args,
            "pages": pages,
            "search": search,
            "imports": imports,
            "memory": memory,
            "views": views,
            "redis_down": redis_down,
            "manifest": manifest,
            "big_size": big_size,
            "redis": redis_on,
            "passed": passed and not bench_failed,
            "started": started_at,
            "elapsed": time.monotonic() - started,
            "load": load,
            "command": command,
        }
        report = render_report(ctx)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report, encoding="utf-8")
        args.output.with_suffix(".json").write_text(
            json.dumps(raw_results(ctx), indent=2, ensure_ascii=False, default=str) + "\n"
        )
        print()
        print(report)
        log(f"written to {args.output}")
        if bench_failed:
            log("the benchmark itself failed in a part of the run: exit status 2")
            return 2
        return 0 if passed else 1
    finally:
        # A second Ctrl-C or kill while stopping would leave the rest running: the cleanup
        # below takes at most 30 s per server, so it is let finish.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(ValueError):  # not the main thread: nothing to protect
                signal.signal(signum, signal.SIG_IGN)
        for process in reversed(processes):
            stop_process(process)
        for process in processes:
            if process.log_path.exists():
                name = process.name if isinstance(process, Server) else "redis-down"
                shutil.copy(process.log_path, CACHE / f"{name}.log")
        shutil.rmtree(workdir, ignore_errors=True)


def stop_process(process):
    if isinstance(process, RedisServer):
        kill_redis(process)
    else:
        stop_server(process)


def check_views(page, before, after, server_counts, args):
    """Compare the counter's growth with the article responses the page's server gave."""
    delta = after - before
    wrk_ok = sum(run.statuses.get(200, 0) for run, _ in page.runs)
    # The hooks count "<label> <status>"; no key of the label at all means they did not run.
    answered = {
        key.rsplit(" ", 1)[1]: n
        for key, n in server_counts.items()
        if key.rsplit(" ", 1)[0] == page.spec.key
    }
    served = answered.get("200", 0) if answered else None
    late = None if served is None else served - wrk_ok
    max_late = args.connections * len(page.runs)
    if served is None:
        ok, summary = False, "the server's count of article responses is missing"
    elif served == 0:
        shown = ", ".join(f"HTTP {s}: {n:,}" for s, n in sorted(answered.items()))
        ok, summary = False, f"no article was served with HTTP 200 (the server answered {shown})"
    else:
        ok = delta == served and 0 <= late <= max_late
        summary = f"+{delta:,} views for {served:,} responses served"
    detail = (
        f"sum(view_count) went from {before:,} to {after:,} over the {page.spec.key} runs: "
        f"+{delta:,}. wrk counted {wrk_ok:,} HTTP 200 article responses; the server answered "
        f"{served if served is not None else '?'} (bench/gunicorn.conf.py hooks). "
        f"The difference ({late if late is not None else '?'}) is the requests wrk had sent "
        f"but stopped waiting for when each run ended; at most {max_late} "
        f"({args.connections} connections × {len(page.runs)} runs). "
        f"The check passes when the growth equals the responses served exactly."
    )
    title = "Lượt xem được đếm" + (", Redis đã tắt" if page.spec.key == REDIS_DOWN_KEY else "")
    return {
        "title": title,
        "page": page.spec.key,
        "ok": ok,
        "summary": summary,
        "detail": detail,
        "before": before,
        "after": after,
        "wrk_200": wrk_ok,
        "served_200": served,
    }


def raw_results(ctx):
    return {
        "started": ctx["started"].isoformat(),
        "quick": ctx["args"].quick,
        "passed": ctx["passed"],
        "redis": ctx["redis"],
        "manifest": ctx["manifest"],
        "pages": [
            {
                "key": p.spec.key,
                "path": p.spec.path,
                "target": p.spec.target,
                "floor_target": p.spec.floor_target,
                "probe": p.probe,
                "skipped": p.skipped,
                "unavailable": p.unavailable,
                "bench_error": p.bench_error,
                "passed": p.passed,
                "ratio": p.ratio if p.runs else None,
                "ratio_to_floor": p.ratio_to_floor,
                "runs": [{"page": run.__dict__, "baseline": base.__dict__} for run, base in p.runs],
            }
            for p in ctx["pages"]
        ],
        "search": ctx["search"],
        "imports": ctx["imports"],
        "memory": ctx["memory"],
        "views": ctx["views"],
        "redis_down": ctx["redis_down"],
    }


if __name__ == "__main__":
    # A plain kill, or the terminal closing, must still stop the servers: SystemExit runs
    # main()'s cleanup.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    signal.signal(signal.SIGHUP, lambda signum, frame: sys.exit(129))
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"[bench] ERROR: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception:
        # Exit status 1 means "a target failed"; a crash of the benchmark itself is 2.
        import traceback

        traceback.print_exc()
        sys.exit(2)
