"""The SQL a page runs against the benchmark database, each query timed, slowest first.

    .venv/bin/python bench/queries.py /                          # any path of the portal
    .venv/bin/python bench/queries.py "/tim-kiem/?q=mo+hinh+diem" --explain
    .venv/bin/python bench/queries.py / --quick                  # the quick database

Renders the page once in this process (Django's test client, production settings, plain HTTP)
against the database bench/run.py built, records its queries, then runs each SELECT again under
EXPLAIN (ANALYZE, BUFFERS) to time it on the database alone. --explain prints the plans of the
slowest ones. py-spy (bench/hotspots.py) shows where the workers spend CPU; this shows the time
they wait for PostgreSQL.
"""

import argparse
import os
import secrets
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--quick", action="store_true", help="use the quick database")
    parser.add_argument("--explain", action="store_true", help="print the slowest plans")
    parser.add_argument("--top", type=int, default=3, help="plans printed with --explain")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    name = "mttq_bench_quick" if args.quick else "mttq_bench"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{name}"
    )
    os.environ.update(
        DJANGO_SETTINGS_MODULE="mttq_portal.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_HTTPS="0",
        DJANGO_STATIC_MANIFEST="0",
        DJANGO_ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        REDIS_URL="",
        STATIC_ROOT=os.environ.get("STATIC_ROOT", "/tmp"),
    )
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (bench/queries.py)")
    client.get(args.path)  # warm: caches, connection, templates
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = client.get(args.path)
        total = time.perf_counter() - started
    print(f"{args.path}: HTTP {response.status_code}, {len(response.content) / 1024:.1f} KB, "
          f"{total * 1000:.0f} ms in all, {len(captured)} queries")  # fmt: skip
    timed = []
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                timed.append((None, float(query["time"]) * 1000, sql, ""))
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            execution = next(
                (float(line.split(":")[1].split()[0]) for line in plan.splitlines()
                 if line.startswith("Execution Time")),
                0.0,
            )  # fmt: skip
            timed.append((execution, float(query["time"]) * 1000, sql, plan))
    timed.sort(key=lambda item: -(item[0] if item[0] is not None else item[1]))
    print("\n database ms | in app ms | query")
    for execution, in_app, sql, _ in timed:
        shown = f"{execution:11.1f}" if execution is not None else "          –"
        print(f"{shown} | {in_app:9.1f} | {sql[:150]}")
    if args.explain:
        for execution, _, sql, plan in timed[: args.top]:
            if plan:
                print(f"\n--- {execution:.1f} ms ---\n{sql}\n\n{plan}")


if __name__ == "__main__":
    main()
