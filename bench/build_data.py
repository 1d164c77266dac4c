"""Fill the benchmark database: articles in 20 categories, model programs and commendations.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/mttq_bench \\
        .venv/bin/python bench/build_data.py --articles 100000 --manifest bench/.cache/x.json

`bench/run.py` calls this after `manage.py migrate`. When the database already holds exactly the
requested counts it is reused as it is (building takes minutes); otherwise every table of the
news, models_registry and awards apps is emptied and filled again. Either way the slugs of the
public articles are written to a file for the wrk script, and a JSON manifest says what is there.

Articles go in with bulk_create, which skips `save()`: the slugs and search keys that `save()`
would derive are computed here with the same functions (mttq_portal.text). Article bodies are
built from a pool of generated sentences whose search keys are computed once each; the key of a
whole article is made of its pieces' keys (mttq_portal.text.search_key: the words without
diacritics, then the distinct exact words in order of appearance), which equals the key of the
whole text because the pieces meet at whitespace. A sample of
articles is then saved in a rolled-back transaction: if `Article.save()` would derive anything
different, the build fails, so a change to the model's rules shows up at once. The few thousand
other rows are saved one by one with `save()`, which derives their slugs and keys itself.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from pathlib import Path

# Run as a script (python bench/build_data.py): make the project importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import vocabulary as v

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/mttq_bench"
BATCH = 1000
SENTENCE_POOL = 20000
CATEGORY_COUNT = 20
# One category holds about a quarter of the articles, so its 500th page exists at 20 per page.
BIG_CATEGORY_SHARE = 0.24
# Share of the articles about one of vocabulary.TOPICS ("mô hình điểm ...": 3 of 10 topics).
TOPIC_SHARE = 0.2


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="published articles")
    parser.add_argument("--programs", type=int, default=1_000, help="model programs")
    parser.add_argument("--commendations", type=int, default=5_000, help="commendations")
    parser.add_argument("--rebuild", action="store_true", help="rebuild even if counts match")
    parser.add_argument("--seed", type=int, default=20240418)
    parser.add_argument(
        "--manifest", type=Path, default=None, help="where to write the JSON manifest"
    )
    parser.add_argument(
        "--slugs-file", type=Path, default=None, help="where to write the public article slugs"
    )
    return parser.parse_args(argv)


def setup_django():
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mttq_portal.settings")
    # Debug off: with it on, Django keeps the SQL of every query, megabytes per bulk insert.
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-data-builder-not-a-real-secret-key-000000")
    import django

    django.setup()


def log(message):
    print(f"[build_data] {message}", flush=True)


# --- text ---------------------------------------------------------------------------------------


def capitalize(text):
    return text[:1].upper() + text[1:]


def person_name(rng):

    return f"{rng.choice(v.SURNAMES)} {rng.choice(v.MIDDLE_NAMES)} {rng.choice(v.GIVEN_NAMES)}"


def place(rng):

    return f"{rng.choice(v.UNIT_TYPES)} {rng.choice(v.PLACE_NAMES)}"


def object_picker(rng, topic):
    """Return a function giving `topic` first (when there is one), then everyday subjects."""
    pending = [topic] if topic else []

    def pick():
        return pending.pop() if pending else rng.choice(v.OBJECTS)

    return pick


def sentence(rng, topic=None):
    obj = object_picker(rng, topic)
    # Sentences about a topic use a form that names one.
    kind = rng.choice([0, 2, 4, 5]) if topic else rng.randrange(6)
    if kind == 0:
        text = (
            f"{rng.choice(v.SUBJECTS)} {place(rng)} {rng.choice(v.VERBS)} "
            f"{obj()} {rng.choice(v.TIMES)}."
        )
    elif kind == 1:
        result = rng.choice(v.RESULTS).format(n=rng.randint(2, 950))
        text = f"{capitalize(rng.choice(v.TIMES))}, {rng.choice(v.SUBJECTS)} {result}."
    elif kind == 2:
        text = (
            f"Đồng chí {person_name(rng)}, {rng.choice(v.POSITIONS)}, nhấn mạnh "
            f"{obj()} là nhiệm vụ trọng tâm của {rng.choice(v.SUBJECTS)}."
        )
    elif kind == 3:
        result = rng.choice(v.RESULTS).format(n=rng.randint(2, 950))
        text = f"Theo báo cáo của {rng.choice(v.SUBJECTS)} {place(rng)}, {result}."
    elif kind == 4:
        text = (
            f"Các đại biểu đã thảo luận về {obj()} và đề xuất giải pháp "
            f"{rng.choice(v.VERBS)} {obj()} {rng.choice(v.TIMES)}."
        )
    else:
        text = (
            f"Tại {place(rng)}, {rng.choice(v.SUBJECTS)} đã {rng.choice(v.VERBS)} "
            f"{obj()}, góp phần {rng.choice(v.VERBS)} {obj()}."
        )
    return capitalize(text)


def title(rng, topic=None):
    obj = object_picker(rng, topic)
    kind = rng.choice([0, 1, 3]) if topic else rng.randrange(4)
    if kind == 0:
        subject, verb = rng.choice(v.SUBJECTS), rng.choice(v.VERBS)
        text = f"{subject} {place(rng)} {verb} {obj()}"
    elif kind == 1:
        text = f"{rng.choice(v.VERBS)} {obj()} {rng.choice(v.TIMES)}"
    elif kind == 2:
        result = rng.choice(v.RESULTS).format(n=rng.randint(2, 950))
        text = f"{capitalize(place(rng))}: {result}"
    else:
        text = f"{rng.choice(v.SUBJECTS)} {rng.choice(v.VERBS)} {obj()}"
    return capitalize(text)[:255].strip()


class TextPool:
    """Generated sentences with their search keys, computed once each.

    Everyday sentences fill the bodies; an article about one of the specific topics
    (vocabulary.TOPICS) gets a few sentences naming it, so each topic is in a few per cent of the
    articles rather than in nearly all of them.
    """

    def __init__(self, rng, size):
        from mttq_portal.text import exact_words, normalize_search

        def keyed(text):
            return text, (normalize_search(text), exact_words(text))

        self.sentences = [keyed(sentence(rng)) for _ in range(size)]
        self.headings = [keyed(capitalize(rng.choice(v.OBJECTS))) for _ in range(500)]
        self.topic_sentences = {
            topic: [keyed(sentence(rng, topic)) for _ in range(100)] for topic in v.TOPICS
        }

    def body(self, rng, topic=None):
        """Return (html, (plain key, exact words) of its text) for a 3-5 KB body."""
        target = rng.randint(3000, 5000)
        blocks, length = [], 0  # ("h2", (text, key)) or ("p", [(text, key), ...])
        while length < target:
            if blocks and rng.random() < 0.2:
                blocks.append(("h2", rng.choice(self.headings)))
            picked = [rng.choice(self.sentences) for _ in range(rng.randint(3, 6))]
            blocks.append(("p", picked))
            length += sum(len(text) + 1 for text, _ in picked) + 7
        if topic:
            paragraphs = [content for kind, content in blocks if kind == "p"]
            for _ in range(rng.randint(1, 3)):
                paragraph = rng.choice(paragraphs)
                paragraph.insert(rng.randrange(len(paragraph) + 1),
                                 rng.choice(self.topic_sentences[topic]))  # fmt: skip
        html, keys, exact = [], [], []
        for kind, content in blocks:
            if kind == "h2":
                html.append(f"<h2>{content[0]}</h2>")
                keys.append(content[1][0])
                exact.extend(content[1][1])
            else:
                html.append("<p>" + " ".join(text for text, _ in content) + "</p>")
                keys.append(" ".join(key[0] for _, key in content))
                exact.extend(word for _, key in content for word in key[1])
        # Blocks are joined by a newline, which the search key turns into one space.
        return "\n".join(html), (" ".join(keys), exact)


class SlugMaker:
    """Unique slugs the way the models make them: the slug of the text, then -2, -3, ..."""

    def __init__(self, fallback):
        self.used = set()
        self.fallback = fallback

    def __call__(self, text):
        from mttq_portal.text import vietnamese_slugify

        base = vietnamese_slugify(text, max_length=240) or self.fallback
        slug, n = base, 2
        while slug in self.used:
            slug, n = f"{base}-{n}", n + 1
        self.used.add(slug)
        return slug


# --- database -----------------------------------------------------------------------------------


def app_tables():
    from django.apps import apps

    tables = []
    for label in ("news", "models_registry", "awards"):
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            tables.append(model._meta.db_table)
    for label in ("news", "models_registry", "awards"):
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.local_many_to_many:
                tables.append(field.remote_field.through._meta.db_table)
    return sorted(set(tables))


def current_counts():
    from awards.models import Commendation
    from models_registry.models import ModelProgram
    from news.models import Article, Category

    return {
        "categories": Category.objects.count(),
        "published_articles": Article.objects.published().count(),
        "programs": ModelProgram.objects.count(),
        "commendations": Commendation.objects.count(),
    }


def empty_tables():
    from django.db import connection

    name = connection.settings_dict["NAME"]
    if "bench" not in str(name):
        raise SystemExit(
            f"Refusing to empty database {name!r}: its name does not contain 'bench'. "
            "Point DATABASE_URL at a benchmark database."
        )
    tables = app_tables()
    quoted = ", ".join(connection.ops.quote_name(t) for t in tables)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
        else:
            for table in tables:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def build_categories(rng):
    from news.models import Category

    for i, name in enumerate(v.CATEGORIES[:CATEGORY_COUNT]):
        Category(name=name, description=f"Tin bài chuyên mục {name.lower()}.", order=i).save()
    return list(Category.objects.order_by("order"))


def build_articles(rng, total, categories):
    from django.utils import timezone

    from mttq_portal.text import exact_words, normalize_search
    from news.models import Article
    from news.text_search import at_most

    started = time.monotonic()
    pool = TextPool(rng, SENTENCE_POOL)
    slugs = SlugMaker("bai-viet")
    now = timezone.now()
    # Published ones in time order, as a real site inserts them, over eight years up to an hour ago.
    start = now - dt.timedelta(days=8 * 365)
    step = (now - dt.timedelta(hours=1) - start) / total
    hidden_every = 100  # one non-public article (draft, pending, hidden, scheduled) per 100
    big, others = categories[0], categories[1:]
    batch, published, made = [], 0, 0
    while published < total:
        public = made % hidden_every != hidden_every - 1
        topic = rng.choice(v.TOPICS) if rng.random() < TOPIC_SHARE else None
        title_text = title(rng, topic if topic and rng.random() < 0.5 else None)
        summary, (summary_key, summary_exact) = rng.choice(pool.sentences)
        body, (body_key, body_exact) = pool.body(rng, topic)
        title_key, title_exact = normalize_search(title_text), exact_words(title_text)
        exact = " ".join(dict.fromkeys([*title_exact, *summary_exact, *body_exact]))
        article = Article(
            title=title_text,
            slug=slugs(title_text),
            summary=summary,
            body=body,
            category=big if rng.random() < BIG_CATEGORY_SHARE else rng.choice(others),
            byline=person_name(rng),
            source=rng.choice(["", "", "Ban Tuyên giáo", f"Ủy ban MTTQ {place(rng)}"]),
            search_title=at_most(f" {title_key} |  | {' '.join(title_exact)} ", 255),
            search_text=f" {title_key} | {summary_key} {body_key} | {exact} ",
            rating_count=0,
            rating_sum=0,
        )
        if public:
            jitter = dt.timedelta(minutes=rng.randint(0, 50))
            article.status = Article.Status.PUBLISHED
            article.published_at = start + step * published + jitter
            article.is_featured = rng.random() < 0.02
            article.view_count = int(rng.paretovariate(1.2) * 40)
            article.rating_count = rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 13])
            article.rating_sum = sum(rng.randint(1, 5) for _ in range(article.rating_count))
            published += 1
        else:
            kind = rng.choice(["draft", "pending", "hidden", "scheduled"])
            if kind == "scheduled":
                article.status = Article.Status.PUBLISHED
                article.published_at = now + dt.timedelta(days=rng.randint(1, 30))
            else:
                article.status = kind
                article.published_at = None if kind != "hidden" else now - dt.timedelta(days=9)
        batch.append(article)
        made += 1
        if len(batch) >= BATCH:
            Article.objects.bulk_create(batch)
            batch = []
            if made % 10_000 < BATCH:
                rate = made / (time.monotonic() - started)
                log(f"articles: {published:,} published of {total:,} ({rate:,.0f} rows/s)")
    if batch:
        Article.objects.bulk_create(batch)


def build_registry(rng, programs_total):
    """Pilot units, model programs and their reviews, saved one by one: save() derives the
    slugs and search keys, and there are few enough rows for that to take seconds."""
    from models_registry.models import (
        Campaign,
        ModelProgram,
        Period,
        PilotUnit,
        Review,
        Sector,
    )

    for i, name in enumerate(v.SECTORS):
        Sector(name=name, order=i).save()
    for name in v.CAMPAIGNS:
        Campaign(name=name, description=name).save()
    for a, b in v.PERIODS:
        Period(name=f"Giai đoạn {a}–{b}", start_year=a, end_year=b).save()
    sectors = list(Sector.objects.all())
    campaigns = list(Campaign.objects.all())
    periods = [p for p in Period.objects.all() if p.start_year <= 2025]

    units, seen = [], set()
    unit_types = list(PilotUnit.UnitType)[:3]
    while len(units) < max(10, programs_total // 10):
        kind = rng.choice(unit_types)
        key = (kind.value, rng.choice(v.PLACE_NAMES), rng.choice(v.DISTRICTS))
        if key in seen:
            continue
        seen.add(key)
        period = rng.choice(periods)
        unit = PilotUnit(
            name=key[1],
            unit_type=kind.value,
            former_district=key[2],
            year_chosen=rng.randint(period.start_year, period.end_year),
            period=period,
            description=sentence(rng),
        )
        unit.save()
        units.append(unit)

    programs, names = [], set()
    statuses = list(ModelProgram.Status)
    while len(programs) < programs_total:
        unit = units[len(programs) % len(units)]
        name = (
            f"{rng.choice(v.PROGRAM_PREFIXES)} {rng.choice(v.PROGRAM_TOPICS)} "
            f"{unit.get_unit_type_display().lower()} {unit.name}"
        )
        if (unit.pk, name) in names:
            continue
        names.add((unit.pk, name))
        period = unit.period
        program = ModelProgram(
            name=name,
            unit=unit,
            sector=rng.choice(sectors),
            campaign=rng.choice(campaigns) if rng.random() < 0.8 else None,
            period=period,
            start_date=dt.date(rng.randint(period.start_year, period.end_year), 1, 1)
            + dt.timedelta(days=rng.randint(0, 364)),
            status=rng.choices(statuses, weights=[60, 30, 10])[0],
            is_advanced_example=rng.random() < 0.1,
            description=" ".join(sentence(rng) for _ in range(3)),
            results=" ".join(sentence(rng) for _ in range(2)),
        )
        program.save()
        programs.append(program)

    through = ModelProgram.replicated_to.through
    links = []
    for program in programs:
        if program.status == ModelProgram.Status.REPLICATED:
            for unit in rng.sample(units, rng.randint(1, 3)):
                if unit.pk != program.unit_id:
                    links.append(through(modelprogram_id=program.pk, pilotunit_id=unit.pk))
    through.objects.bulk_create(links, batch_size=BATCH)

    kinds = list(Review.Kind)
    reviews = [
        Review(
            program=program,
            kind=rng.choice(kinds),
            date=program.start_date + dt.timedelta(days=rng.randint(90, 1500)),
            summary=sentence(rng),
        )
        for program in programs
        for _ in range(rng.randint(1, 3))
    ]
    Review.objects.bulk_create(reviews, batch_size=BATCH)
    return units, programs, campaigns, periods


def build_awards(rng, total, units, programs, campaigns, periods):
    """Decisions of 20 commendations each, saved one by one so save() derives their keys."""
    from awards.catalogue import seed_catalogue
    from awards.models import AwardDecision, AwardType, Commendation

    per_decision = 20
    decisions = []
    for i in range(max(1, -(-total // per_decision))):
        period = rng.choice(periods)
        campaign = rng.choice(campaigns)
        decision = AwardDecision(
            number=f"{100 + i}/QĐ-MTTQ-BTT",
            signed_on=dt.date(rng.randint(period.start_year, period.end_year), 1, 1)
            + dt.timedelta(days=rng.randint(0, 364)),
            issuer=rng.choice(v.AWARD_ISSUERS),
            title=(
                "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong "
                f"cuộc vận động {campaign.name} {period.name.lower()}"
            ),
            campaign=campaign,
            period=period,
        )
        decision.save()
        decisions.append(decision)

    kinds = Commendation.RecipientKind
    seed_catalogue(AwardType)
    in_use = list(AwardType.objects.filter(active=True))
    forms = {kind: [t for t in in_use if t.allows(kind)] for kind in kinds.values}
    made, seen = 0, set()
    while made < total:
        decision = decisions[made // per_decision]
        unit = rng.choice(units)
        organization = f"Ủy ban MTTQ {unit.get_unit_type_display().lower()} {unit.name}"
        if rng.random() < 0.4:
            kind = kinds.COLLECTIVE
            name = f"Ban công tác Mặt trận khu dân cư số {rng.randint(1, 30)}"
            position = ""
        else:
            kind = kinds.INDIVIDUAL
            name = person_name(rng)
            position = rng.choice(v.POSITIONS)
        key = (decision.pk, name.casefold(), organization.casefold())
        if key in seen:
            continue
        seen.add(key)
        revoked = rng.random() < 0.01
        Commendation(
            decision=decision,
            recipient_kind=kind,
            recipient_name=name,
            position=position,
            organization=organization,
            pilot_unit=unit if rng.random() < 0.3 else None,
            program=rng.choice(programs) if rng.random() < 0.2 else None,
            award_type=rng.choice(forms[kind]),
            achievement=rng.choice(v.ACHIEVEMENTS),
            revoked_on=decision.signed_on + dt.timedelta(days=400) if revoked else None,
            revoking_decision=f"{made}/QĐ-THU-HOI" if revoked else "",
            revocation_reason="Phát hiện vi phạm sau khi khen thưởng." if revoked else "",
        ).save()
        made += 1


def verify_articles(rng, sample=30):
    """Save a sample of the bulk-created articles in a rolled-back transaction and fail when
    save() would derive anything different: the fast path must match the model's own rules."""
    from django.db import transaction

    from news.models import Article

    fields = ["slug", "summary", "body", "search_title", "search_text"]
    ids = list(Article.objects.values_list("pk", flat=True))
    with transaction.atomic():
        for article in Article.objects.filter(pk__in=rng.sample(ids, min(sample, len(ids)))):
            before = {name: getattr(article, name) for name in fields}
            article.save()
            changed = [name for name in fields if getattr(article, name) != before[name]]
            if changed:
                raise SystemExit(
                    f"Article {article.pk}: save() would change {', '.join(changed)} of the "
                    "bulk-created row. Update bench/build_data.py to match Article.save()."
                )
        transaction.set_rollback(True)


class IndexesDropped:
    """Drop the secondary indexes of a table for a bulk load and recreate them after it.

    Filling a trigram GIN index row by row costs milliseconds per 4 KB article; building it once
    at the end takes seconds. The indexes are recreated from their own definitions
    (pg_get_indexdef), so the schema ends as the migrations made it. Indexes that back a
    constraint (primary key, unique) stay. Run inside a transaction: if the build stops half way,
    the drop is rolled back with the rest.
    """

    def __init__(self, table):
        self.table = table
        self.definitions = []

    def __enter__(self):
        from django.db import connection

        if connection.vendor != "postgresql":
            return self
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT i.relname, pg_get_indexdef(i.oid)
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = %s::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
                """,
                [self.table],
            )
            self.definitions = cursor.fetchall()
            for name, _ in self.definitions:
                cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
        return self

    def __exit__(self, exc_type, exc, tb):
        from django.db import connection

        if exc_type is not None or not self.definitions:
            return False
        with connection.cursor() as cursor:
            # Deferred foreign key checks must run first: PostgreSQL will not index a table
            # with pending trigger events.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for name, definition in self.definitions:
                started = time.monotonic()
                cursor.execute(definition)
                log(f"index {name} rebuilt in {time.monotonic() - started:.1f} s")
        return False


def analyze():
    """Update the planner's statistics and visibility map, as autovacuum would in time."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table in app_tables():
            cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")


def write_outputs(args, manifest):
    from news.models import Article, Category

    slugs = Article.objects.published().order_by("id").values_list("slug", flat=True)
    if args.slugs_file:
        args.slugs_file.parent.mkdir(parents=True, exist_ok=True)
        with args.slugs_file.open("w", encoding="utf-8") as out:
            for slug in slugs.iterator(chunk_size=10_000):
                out.write(slug + "\n")
        manifest["slugs_file"] = str(args.slugs_file)
    categories = [
        {"slug": slug, "published": n}
        for slug, n in sorted(
            (
                (c.slug, c.articles.published().count())
                for c in Category.objects.filter(is_active=True)
            ),
            key=lambda item: -item[1],
        )
    ]
    manifest["category_sizes"] = categories
    manifest["big_category"] = categories[0]["slug"] if categories else None
    manifest.update(current_counts())
    if args.manifest:
        args.manifest.parent.mkdir(parents=True, exist_ok=True)
        args.manifest.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_django()
    from django.db import connection

    wanted = {
        "categories": CATEGORY_COUNT,
        "published_articles": args.articles,
        "programs": args.programs,
        "commendations": args.commendations,
    }
    previous = {}
    if args.manifest and args.manifest.exists():
        previous = json.loads(args.manifest.read_text())
    counts = current_counts()
    manifest = {"database": connection.settings_dict["NAME"], "wanted": wanted}
    if counts == wanted and not args.rebuild:
        log(f"reusing {manifest['database']}: {counts}")
        manifest["built"] = False
        manifest["build_seconds"] = previous.get("build_seconds")
    else:
        log(f"building {manifest['database']} (found {counts}, want {wanted})")
        started = time.monotonic()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # Benchmark data can be rebuilt: skip waiting for each commit to reach the disk.
                cursor.execute("SET synchronous_commit TO off")
        from django.db import transaction

        from news.models import Article

        # One transaction: a build that stops half way leaves the database as it was.
        with transaction.atomic():
            empty_tables()
            rng = random.Random(args.seed)
            categories = build_categories(rng)
            with IndexesDropped(Article._meta.db_table):
                build_articles(rng, args.articles, categories)
            log(f"articles done at {time.monotonic() - started:.1f} s; model programs")
            units, programs, campaigns, periods = build_registry(rng, args.programs)
            log(f"model programs done at {time.monotonic() - started:.1f} s; commendations")
            build_awards(rng, args.commendations, units, programs, campaigns, periods)
            log("checking the bulk-created articles against Article.save()")
            verify_articles(rng)
        log(f"verified at {time.monotonic() - started:.1f} s; VACUUM ANALYZE")
        analyze()
        manifest["built"] = True
        manifest["build_seconds"] = round(time.monotonic() - started, 1)
        log(f"built in {manifest['build_seconds']} s")
    manifest = write_outputs(args, manifest)
    if manifest["published_articles"] != args.articles:
        raise SystemExit(f"expected {args.articles} published articles, found {manifest}")
    return manifest


if __name__ == "__main__":
    main()
