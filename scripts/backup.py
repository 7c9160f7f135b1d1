"""`make backup` and `make restore`: the database and the uploaded media, as one set.

    python scripts/backup.py backup [--into backups]        -> backups/<UTC time>/
    python scripts/backup.py restore backups/<UTC time>     (replaces database and media)

A backup is a folder with
- `database.dump`: PostgreSQL's custom format (`pg_dump -Fc`: compressed, restorable
  table by table with `pg_restore`), or `database.sqlite3` made with SQLite's online
  backup API (safe while the site runs);
- `media.tar.gz`: MEDIA_ROOT (images, documents); with S3 media (S3_BUCKET) the bucket's
  own versioning or replication is the backup, and this archive is left out;
- `manifest.json`: when, which database engine, the latest migration of each app, sizes.

Restore replaces the database named by DATABASE_URL (created if missing; on PostgreSQL
every object is dropped and recreated: `pg_restore --clean --if-exists`) and MEDIA_ROOT.
It uses the same settings as the site (DJANGO_SETTINGS_MODULE, DATABASE_URL, MEDIA_ROOT),
and PostgreSQL's pg_dump/pg_restore of the server's major version or newer.
"""

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "movingcities.settings.dev")


def settings():
    import django

    django.setup()
    from django.conf import settings as django_settings

    return django_settings


def pg_env(db):
    """Connection settings for pg_dump/pg_restore/psql as libpq environment variables."""
    env = dict(os.environ)
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"),
                      ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[name] = str(db[key])
    sslmode = (db.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = sslmode
    return env


def run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{command[0]} failed:\n{result.stderr.strip()}")
    return result.stdout


def latest_migrations():
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    latest = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


def media_root(conf):
    """MEDIA_ROOT when uploads live on this disk; None with object storage (S3)."""
    if conf.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
        return Path(conf.MEDIA_ROOT)
    return None


def backup(into, db, media):
    """Back `db` (a DATABASES entry) and the folder `media` (or None) up into `into`/<time>."""
    target = Path(into) / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target.mkdir(parents=True)
    manifest = {
        "created": datetime.now(UTC).isoformat(),
        "engine": db["ENGINE"],
        "migrations": latest_migrations(),
    }
    if db["ENGINE"].endswith("postgresql"):
        dump = target / "database.dump"
        run(["pg_dump", "-Fc", "--no-owner", "--no-privileges", "-f", str(dump), db["NAME"]],
            pg_env(db))
    else:
        dump = target / "database.sqlite3"
        source = sqlite3.connect(db["NAME"])
        with sqlite3.connect(dump) as copy:
            source.backup(copy)
        source.close()
    manifest["database"] = {"file": dump.name, "bytes": dump.stat().st_size}
    if media is not None:
        archive = target / "media.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            if media.is_dir():
                tar.add(media, arcname="media")
        manifest["media"] = {"file": archive.name, "bytes": archive.stat().st_size}
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
    print(f"Backed up to {target}")
    return target


def restore(source, db, media):
    """Replace the database `db` and the folder `media` with the backup in `source`."""
    source = Path(source)
    manifest = json.loads((source / "manifest.json").read_text())
    if db["ENGINE"] != manifest["engine"]:
        raise SystemExit(f"The backup is of {manifest['engine']}; DATABASE_URL is {db['ENGINE']}.")
    dump = source / manifest["database"]["file"]
    if db["ENGINE"].endswith("postgresql"):
        env = pg_env(db)
        exists = run(["psql", "-d", "postgres", "-tAc",
                      f"SELECT 1 FROM pg_database WHERE datname = '{db['NAME']}'"], env)
        if not exists.strip():
            run(["createdb", db["NAME"]], env)
        run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
             "--single-transaction", "-d", db["NAME"], str(dump)], env)
    else:
        with sqlite3.connect(dump) as backup_copy, sqlite3.connect(db["NAME"]) as live:
            backup_copy.backup(live)
    if "media" in manifest and media is not None:
        media = Path(media)
        media.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=media.parent) as unpack:
            with tarfile.open(source / manifest["media"]["file"]) as tar:
                tar.extractall(unpack, filter="data")
            restored = Path(unpack) / "media"
            if media.exists():
                shutil.rmtree(media)
            if restored.exists():
                shutil.move(str(restored), media)
            else:
                media.mkdir(parents=True)
    print(f"Restored {source} into {db['NAME']}" + (f" and {media}" if media else ""))


def main():
    parser = argparse.ArgumentParser(description="Back up or restore database and media.")
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup")
    make.add_argument("--into", default="backups", help="folder for backups (default backups/)")
    back = commands.add_parser("restore")
    back.add_argument("source", help="a folder made by `backup`")
    options = parser.parse_args()
    conf = settings()
    if options.command == "backup":
        backup(options.into, conf.DATABASES["default"], media_root(conf))
    else:
        restore(options.source, conf.DATABASES["default"], media_root(conf))


if __name__ == "__main__":
    main()
