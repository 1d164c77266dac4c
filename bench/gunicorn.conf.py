"""gunicorn settings shared by the portal and the bare Django baseline in `make bench`.

Both servers get exactly this file, so the ratio between them measures the application only.
bench/run.py gives the address with `-b` and sets BENCH_STATS_DIR.

The two hooks count, per worker, the responses to requests that carry an `X-Bench` header (the
wrk script sets it to the page's label), and write the counts to BENCH_STATS_DIR when the worker
exits. That is the server's own tally: it includes the requests wrk had sent but stopped waiting
for when its run ended, which wrk never counts, so the view counter can be checked exactly.
"""

import json
import os
from collections import Counter

workers = 2
worker_class = "sync"
timeout = 30
graceful_timeout = 10
backlog = 2048
preload_app = False
accesslog = None
loglevel = "warning"
# The heartbeat file lives in memory, not on a disk that may stall under load.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

_counts = Counter()


def post_request(worker, req, environ, resp):
    for name, value in req.headers:
        if name == "X-BENCH":
            status = getattr(resp, "status_code", None) if resp is not None else None
            _counts[f"{value} {status}"] += 1
            return


def worker_exit(server, worker):
    folder = os.environ.get("BENCH_STATS_DIR")
    if folder and os.path.isdir(folder):
        path = os.path.join(folder, f"worker-{os.getpid()}.json")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(dict(_counts), out)
