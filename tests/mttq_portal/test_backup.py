"""`manage.py backup` and `manage.py restore` (what `make backup` and `make restore` run)."""

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from awards.models import Commendation
from models_registry.models import ModelProgram
from news import services
from news.models import Article, Rating
from tests.awards.factories import CommendationFactory
from tests.models_registry.factories import ModelProgramFactory
from tests.news.factories import ArticleFactory

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="pg_dump and pg_restore need PostgreSQL; the suite runs on SQLite here",
)


def manage(*args, env):
    """Run manage.py in a child process, as `make backup` and `make restore` do."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_DEBUG": "0", **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def postgres_url(name: str) -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{name}"


def postgres_admin_connection():
    db = connection.settings_dict
    admin = psycopg.connect(
        dbname="postgres",
        user=db["USER"],
        password=db["PASSWORD"],
        host=db["HOST"],
        port=db["PORT"],
    )
    admin.autocommit = True  # CREATE and DROP DATABASE cannot run in a transaction
    return admin


@pytest.fixture
def scratch_database():
    """Create an empty PostgreSQL database for the restore; drop it afterwards."""
    name = f"mttq_restore_{uuid.uuid4().hex[:10]}"
    admin = postgres_admin_connection()
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def populated_site():
    """Articles with distinct bodies, votes, a pilot model with a commendation, a media file."""
    articles = [
        ArticleFactory(body=f"<p>Bài số {n}: Đoàn kết &amp; «đồng thuận» – ứng dụng.</p>")
        for n in range(3)
    ]
    for n, score in enumerate([5, 4, 3]):
        services.rating_record(article=articles[0], voter_key=f"{n:064x}", score=score)
    CommendationFactory(program=ModelProgramFactory())
    cover = Path(settings.MEDIA_ROOT) / "covers" / "2025" / "04" / "hoi-nghi.jpg"
    cover.parent.mkdir(parents=True)
    cover.write_bytes(b"\xff\xd8\xff\xe0 anh hoi nghi tong ket")
    return cover


@postgres_only
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)  # pg_dump only sees committed rows
def test_backup_restores_into_a_fresh_database_with_the_same_rows(
    populated_site, scratch_database, tmp_path
):
    backup = tmp_path / "sao-luu"
    call_command("backup", to=backup, stdout=open(os.devnull, "w"))  # noqa: SIM115

    restored_media = tmp_path / "media-khoi-phuc"
    result = manage(
        "restore",
        str(backup),
        "--no-input",
        env={"DATABASE_URL": postgres_url(scratch_database), "MEDIA_ROOT": str(restored_media)},
    )
    assert result.returncode == 0, result.stderr

    restored = psycopg.connect(postgres_url(scratch_database))
    try:
        with restored.cursor() as cursor:
            counts = {}
            for model in [Article, Rating, ModelProgram, Commendation]:
                cursor.execute(f'SELECT count(*) FROM "{model._meta.db_table}"')
                counts[model] = cursor.fetchone()[0]
            cursor.execute(
                f'SELECT id, body, rating_sum, rating_count FROM "{Article._meta.db_table}" '
                "ORDER BY id"
            )
            articles = cursor.fetchall()
    finally:
        restored.close()
    assert counts == {model: model.objects.count() for model in counts}
    assert counts[Article] == 3 and counts[Rating] == 3
    assert articles == list(
        Article.objects.order_by("id").values_list("id", "body", "rating_sum", "rating_count")
    )
    restored_cover = restored_media / populated_site.relative_to(settings.MEDIA_ROOT)
    assert restored_cover.read_bytes() == populated_site.read_bytes()


@postgres_only
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_restore_replaces_changes_made_after_the_backup(populated_site, tmp_path):
    backup = tmp_path / "sao-luu"
    call_command("backup", to=backup, stdout=open(os.devnull, "w"))  # noqa: SIM115
    original = list(Article.objects.order_by("id").values_list("title", flat=True))
    Article.objects.update(title="Đã bị sửa sau khi sao lưu")

    call_command("restore", backup, interactive=False, stdout=open(os.devnull, "w"))  # noqa: SIM115

    assert list(Article.objects.order_by("id").values_list("title", flat=True)) == original


def test_backup_files_are_readable_by_their_owner_only(tmp_path):
    database = tmp_path / "portal.sqlite3"
    sqlite3.connect(database).close()

    result = manage(
        "backup",
        "--to",
        str(tmp_path / "sao-luu"),
        env={"DATABASE_URL": f"sqlite:///{database}", "MEDIA_ROOT": str(tmp_path / "media")},
    )

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sao-luu").stat().st_mode & 0o777 == 0o700
    for path in (tmp_path / "sao-luu").iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_sqlite_backup_copies_the_database_file_and_restores_it(tmp_path):
    database = tmp_path / "portal.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE ghi_chu (noi_dung TEXT)")
        db.execute("INSERT INTO ghi_chu VALUES ('Hội nghị tổng kết')")
    db.close()
    media = tmp_path / "media"
    (media / "covers").mkdir(parents=True)
    (media / "covers" / "anh.jpg").write_bytes(b"anh")
    private = tmp_path / "private"
    (private / "de-nghi").mkdir(parents=True)
    (private / "de-nghi" / "to-trinh.pdf").write_bytes(b"to trinh")
    env = {
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
    }
    assert manage("backup", "--to", str(tmp_path / "sao-luu"), env=env).returncode == 0
    with sqlite3.connect(database) as db:
        db.execute("UPDATE ghi_chu SET noi_dung = 'đã sửa'")
    db.close()
    (media / "covers" / "anh.jpg").write_bytes(b"hong")
    (private / "de-nghi" / "to-trinh.pdf").unlink()

    result = manage("restore", str(tmp_path / "sao-luu"), "--no-input", env=env)

    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT noi_dung FROM ghi_chu").fetchall() == [("Hội nghị tổng kết",)]
    db.close()
    assert (media / "covers" / "anh.jpg").read_bytes() == b"anh"
    assert (private / "de-nghi" / "to-trinh.pdf").read_bytes() == b"to trinh"


def test_backup_without_destination_makes_a_timestamped_folder(tmp_path):
    database = tmp_path / "portal.sqlite3"
    sqlite3.connect(database).close()
    env = {
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "DJANGO_BACKUP_ROOT": str(tmp_path / "backups"),
    }

    assert manage("backup", env=env).returncode == 0

    [folder] = (tmp_path / "backups").iterdir()
    assert len(folder.name) == len("20250424-083000")
    assert {p.name for p in folder.iterdir()} == {
        "database.sqlite3",
        "media.tar.gz",
        "private.tar.gz",
        "manifest.json",
    }


def test_backup_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "cu.txt").write_text("dữ liệu cũ")

    with pytest.raises(CommandError, match="đã có dữ liệu"):
        call_command("backup", to=tmp_path)


def test_restore_refuses_a_missing_folder(tmp_path):
    with pytest.raises(CommandError, match="Không tìm thấy thư mục sao lưu"):
        call_command("restore", tmp_path / "khong-co", interactive=False)


@pytest.mark.django_db
def test_restore_refuses_a_backup_of_another_kind_of_database(tmp_path):
    (tmp_path / "manifest.json").write_text("{}")

    with pytest.raises(CommandError, match="không có bản sao lưu"):
        call_command("restore", tmp_path, interactive=False)


def test_restore_without_confirmation_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "không")

    with pytest.raises(CommandError, match="Đã hủy"):
        call_command("restore", tmp_path)
