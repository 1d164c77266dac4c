"""Where a page spends its time under load: py-spy samples of both gunicorn workers.

    python3 -m venv /tmp/bench-tools && /tmp/bench-tools/bin/pip install py-spy
    .venv/bin/python bench/hotspots.py article            # home, category, search, stats, ...
    .venv/bin/python bench/hotspots.py home --quick --duration 10

Uses the database `bench/run.py` built (run that first; --quick selects the quick one), serves
the portal exactly as run.py does, loads the page with wrk for the duration while py-spy records
each worker (--nonblocking, so the workers are not paused), then prints the functions present in
the most samples (inclusive, gunicorn's wrappers left out) and the functions running themselves
(self). py-spy leaves out the samples where a worker sleeps in a system call, so by default this
is where the CPU goes; --idle keeps them, adding the time spent waiting for PostgreSQL, Redis or
the next connection. bench/queries.py times a page's SQL on its own. Frames of the
project's own code are marked with *. The raw collapsed stacks are kept in bench/.cache/ for a
flame graph (e.g. speedscope or flamegraph.pl).
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import run as bench

PROJECT_DIRS = ("news/", "models_registry/", "awards/", "mttq_portal/", "templates/")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", nargs="?", default="article")
    parser.add_argument("--quick", action="store_true", help="use the quick database")
    parser.add_argument("--duration", type=int, default=20, help="seconds of load and sampling")
    parser.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--py-spy",
        default=os.environ.get("BENCH_PYSPY")
        or shutil.which("py-spy")
        or "/tmp/bench-tools/bin/py-spy",
    )
    parser.add_argument("--no-redis", action="store_true")
    parser.add_argument("--idle", action="store_true", help="keep samples of waiting workers")
    return parser.parse_args(argv)


def frame_name(frame):
    """'render (django/template/base.py:1000)' -> 'django/template/base.py:render'."""
    name, _, where = frame.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", "/work/main/", str(bench.ROOT) + "/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    if path.startswith(PROJECT_DIRS):
        return f"* {path}:{name}"
    return f"{path}:{name}"


def summarize(files, top):
    inclusive, own, total = Counter(), Counter(), 0
    for path in files:
        for line in path.read_text(errors="replace").splitlines():
            stack, _, count = line.rpartition(" ")
            if not stack or not count.isdigit():
                continue
            n = int(count)
            frames = [frame_name(f) for f in stack.split(";") if " (" in f]
            if not frames:
                continue
            total += n
            for name in set(frames):
                inclusive[name] += n
            own[frames[-1]] += n
    print(f"\n{total:,} samples of busy workers")
    for title, counter in (("inclusive", inclusive), ("self", own)):
        print(f"\n--- top {top} by {title} time ---")
        ranked = [
            (name, n)
            for name, n in counter.most_common()
            # gunicorn's own frames wrap every sample; in the inclusive list they say nothing.
            if title == "self" or not name.startswith("gunicorn")
        ]
        for name, n in ranked[:top]:
            print(f"{100 * n / max(total, 1):6.1f}%  {name}")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not Path(args.py_spy).exists():
        raise bench.BenchError(
            f"py-spy not found at {args.py_spy}: python3 -m venv /tmp/bench-tools && "
            "/tmp/bench-tools/bin/pip install py-spy (or pass --py-spy PATH)"
        )
    run_args = bench.parse_args(["--quick"] if args.quick else [])
    stem = bench.database_name(run_args.database_url)
    manifest_path = bench.CACHE / f"{stem}.json"
    slugs_file = bench.CACHE / f"{stem}-slugs.txt"
    if not manifest_path.exists() or not slugs_file.exists():
        raise bench.BenchError(f"no data for {stem}: run bench/run.py first")
    manifest = json.loads(manifest_path.read_text())
    specs = {s.key: s for s in bench.page_specs(manifest["big_category"], run_args.deep_page)}
    if args.page not in specs:
        raise bench.BenchError(f"unknown page {args.page!r}: one of {', '.join(specs)}")
    spec = specs[args.page]
    wrk = bench.ensure_wrk()
    redis_on = not args.no_redis and bench.redis_available(run_args.redis_url)
    workdir = Path(tempfile.mkdtemp(prefix="mttq-profile-"))
    env = bench.portal_environment(run_args, workdir, secrets.token_urlsafe(50), redis_on)
    portal = None
    try:
        bench.run_command(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            env=env,
            what="collectstatic",
        )
        portal = bench.start_server("portal", "mttq_portal.wsgi:application", env, workdir)
        bench.wait_ready(portal, "/healthz")
        bench.log("warming up")
        bench.run_wrk(wrk, run_args, portal.port, "warmup", spec, slugs_file, 2)
        bench.drain(portal, "/healthz")
        pids = bench.worker_pids(portal.process.pid)
        outputs = [bench.CACHE / f"profile-{args.page}-{i}.txt" for i in range(len(pids))]
        spies = [
            subprocess.Popen(
                [
                    args.py_spy, "record", "--pid", str(pid), "--duration", str(args.duration),
                    "--rate", str(args.rate), "--format", "raw", "--nonblocking",
                    "--output", str(out), *(["--idle"] if args.idle else []),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for pid, out in zip(pids, outputs, strict=True)
        ]  # fmt: skip
        time.sleep(0.5)
        result = bench.run_wrk(
            wrk, run_args, portal.port, args.page, spec, slugs_file, args.duration
        )
        for spy in spies:
            _, err = spy.communicate(timeout=args.duration + 60)
            if spy.returncode != 0:
                raise bench.BenchError(f"py-spy failed: {err}")
        bench.log(
            f"{args.page}: {result.rps:,.0f} req/s under profiling, p50 {result.p50_ms:.1f} ms, "
            f"statuses {result.statuses}"
        )
        summarize(outputs, args.top)
        bench.log(f"collapsed stacks: {', '.join(str(o) for o in outputs)}")
    finally:
        bench.stop_server(portal)
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except bench.BenchError as error:
        print(f"[profile] ERROR: {error}", file=sys.stderr)
        sys.exit(2)
