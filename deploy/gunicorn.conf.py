"""gunicorn settings for production, behind nginx (deploy/nginx.conf; README, Production).

    .venv/bin/gunicorn mttq_portal.wsgi -c deploy/gunicorn.conf.py

Sync workers: each serves one request at a time, from its first byte to its last, so a client
that sends or reads slowly holds a whole worker. Reached directly, two sockets trickling one
header line every 2 s stop two workers until gunicorn's timeout kills them. Behind nginx that
cannot happen: nginx reads each request whole (header within client_header_timeout, body to
memory or a temporary file) before it calls gunicorn, and takes the whole answer at once
(proxy_buffering), so a worker only ever sees a complete request from a fast local peer and is
busy for the few milliseconds the portal takes to answer. The portal's requests are short and
CPU or database bound, and nothing streams; sync workers are then the simplest and the most
predictable choice (no thread safety to think of, one database connection per worker).

Environment: WEB_CONCURRENCY (workers), GUNICORN_BIND (address), FORWARDED_ALLOW_IPS (nginx's
address when it runs on another machine).
"""

import multiprocessing
import os

# 2 × cores + 1: while one worker waits for PostgreSQL another uses the core. About 85 MB each.
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * multiprocessing.cpu_count() + 1)
worker_class = "sync"

# Only nginx connects: on this machine, or on the app servers' private network (GUNICORN_BIND,
# e.g. 10.0.0.11:8000, with the firewall letting only nginx in).
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
# X-Forwarded-Proto and the like are believed from nginx only.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
backlog = 2048

# A worker silent for 30 s is killed and replaced (nginx's proxy_read_timeout is 35 s, so this
# decides); on a reload or a stop, workers get 20 s to finish what they serve.
timeout = 30
graceful_timeout = 20
# Requests larger than nginx lets through are refused here too (nginx: large_client_header_buffers
# 4 8k). A browser sends some 20 header fields; nginx adds four.
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190

# A worker is replaced after about 1,000 requests (the jitter spreads the restarts), so that
# no slow growth of memory lasts.
max_requests = 1000
max_requests_jitter = 100

# The workers' heartbeat file in memory, never on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Errors to stderr (journald under systemd); nginx keeps the access log.
accesslog = None
errorlog = "-"
loglevel = "info"
proc_name = "mttq_portal"
