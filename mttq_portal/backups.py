"""Back up and restore the database and the uploaded media (`manage.py backup` and `restore`).

A backup is one folder holding:
- database.dump: PostgreSQL's custom format (pg_dump -Fc), or database.sqlite3 for SQLite;
- media.tar.gz: everything under MEDIA_ROOT;
- private.tar.gz: everything under PRIVATE_MEDIA_ROOT (the proposals' documents);
- manifest.json: when, from which database, and what was written.
The folder and files are readable by their owner only: the dump holds password hashes.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"
PRIVATE_ARCHIVE = "private.tar.gz"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore could not be done; the message says why, in Vietnamese."""


def default_destination() -> Path:
    """Return a new timestamped folder under settings.BACKUP_ROOT (not yet created)."""
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    root = Path(settings.BACKUP_ROOT)
    destination, n = root / stamp, 2
    while destination.exists():
        destination, n = root / f"{stamp}-{n}", n + 1
    return destination


def backup_create(*, destination: Path) -> dict:
    """Write a backup of the default database and MEDIA_ROOT into `destination`.

    Return the manifest. The folder may exist but must be empty.
    """
    destination = Path(destination)
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(f"Thư mục {destination} đã có dữ liệu; hãy chọn một thư mục trống.")
    destination.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(destination, 0o700)

    database_file = _dump_database(destination)
    media_count = _archive_media(destination / MEDIA_ARCHIVE, settings.MEDIA_ROOT)
    private_count = _archive_media(destination / PRIVATE_ARCHIVE, settings.PRIVATE_MEDIA_ROOT)
    manifest = {
        "created_at": timezone.localtime().isoformat(),
        "database": {"vendor": connection.vendor, "name": str(connection.settings_dict["NAME"])},
        "files": [database_file, MEDIA_ARCHIVE, PRIVATE_ARCHIVE],
        "media_files": media_count,
        "private_files": private_count,
    }
    manifest_path = destination / MANIFEST
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    for path in destination.iterdir():
        os.chmod(path, 0o600)
    return manifest


def backup_restore(*, source: Path) -> None:
    """Restore the default database and MEDIA_ROOT from the backup folder `source`.

    Database objects in the backup replace those of the same name; uploaded files in the
    backup replace those of the same path, and files not in the backup are left alone.
    """
    source = Path(source)
    if not source.is_dir():
        raise BackupError(f"Không tìm thấy thư mục sao lưu {source}.")
    if connection.vendor == "postgresql":
        dump = source / POSTGRES_DUMP
        if not dump.is_file():
            raise BackupError(
                f"Thư mục {source} không có bản sao lưu PostgreSQL ({POSTGRES_DUMP})."
            )
        _run_postgres_tool(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--dbname",
                connection.settings_dict["NAME"],
                str(dump),
            ]
        )
    elif connection.vendor == "sqlite":
        copy = source / SQLITE_COPY
        if not copy.is_file():
            raise BackupError(f"Thư mục {source} không có bản sao lưu SQLite ({SQLITE_COPY}).")
        target = _sqlite_file()
        connection.close()
        with sqlite3.connect(copy) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
    else:
        raise BackupError(f"Chưa hỗ trợ khôi phục cơ sở dữ liệu loại {connection.vendor}.")
    _extract_media(source / MEDIA_ARCHIVE, settings.MEDIA_ROOT)
    if (source / PRIVATE_ARCHIVE).is_file():  # backups made before proposals had none
        _extract_media(source / PRIVATE_ARCHIVE, settings.PRIVATE_MEDIA_ROOT)


def _dump_database(destination: Path) -> str:
    if connection.vendor == "postgresql":
        _run_postgres_tool(
            [
                "pg_dump",
                "--format=custom",
                "--file",
                str(destination / POSTGRES_DUMP),
                connection.settings_dict["NAME"],
            ]
        )
        return POSTGRES_DUMP
    if connection.vendor == "sqlite":
        # SQLite's online backup: a consistent copy even while the site writes.
        with (
            sqlite3.connect(_sqlite_file()) as src,
            sqlite3.connect(destination / SQLITE_COPY) as dst,
        ):
            src.backup(dst)
        return SQLITE_COPY
    raise BackupError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu loại {connection.vendor}.")


def _sqlite_file() -> str:
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("Cơ sở dữ liệu SQLite nằm trong bộ nhớ, không có tệp để sao lưu.")
    return name


def _postgres_environment() -> dict:
    """Return the environment naming the server and the account for pg_dump and pg_restore.

    The password goes through the environment, never the command line, where `ps` shows it.
    """
    db = connection.settings_dict
    env = dict(os.environ)
    for variable, value in [
        ("PGHOST", db.get("HOST")),
        ("PGPORT", db.get("PORT")),
        ("PGUSER", db.get("USER")),
        ("PGPASSWORD", db.get("PASSWORD")),
        ("PGSSLMODE", db.get("OPTIONS", {}).get("sslmode")),
    ]:
        if value:
            env[variable] = str(value)
    return env


def _run_postgres_tool(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"Không tìm thấy chương trình {command[0]}: hãy cài gói postgresql-client."
        )
    result = subprocess.run(
        [command[0], "--no-password", *command[1:]],
        env=_postgres_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} báo lỗi (mã {result.returncode}): {result.stderr.strip()}")


def _archive_media(archive: Path, root) -> int:
    media_root = Path(root)
    count = 0
    with tarfile.open(archive, "w:gz") as tar:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    tar.add(path, arcname=path.relative_to(media_root).as_posix())
                    count += 1
    return count


def _extract_media(archive: Path, root) -> None:
    if not archive.is_file():
        raise BackupError(f"Thiếu tệp {archive.name} trong bản sao lưu.")
    media_root = Path(root)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        # The "data" filter refuses absolute paths, "..", links and devices: an archive
        # cannot write outside its folder.
        tar.extractall(media_root, filter="data")
