#!/bin/sh
# Backups of the portal: ./deploy/backup.sh DIR
#  - catalogue-<stamp>.jsonl.gz: `flask catalogue export`, restorable with `catalogue restore`
#    into an empty database of either kind (SQLite or PostgreSQL);
#  - portal-<stamp>.dump: pg_dump of the whole database (custom format, for pg_restore).
# Keeps 14 days. The search index is never backed up: it is rebuilt from the database.
set -eu
dir=${1:?usage: backup.sh DIR}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$dir"
cd "$(dirname "$0")/.."
.venv/bin/flask --app portal catalogue export "$dir/catalogue-$stamp.jsonl.gz"
# DATABASE_URL is SQLAlchemy's form; pg_dump wants libpq's.
pg_dump --format=custom --file="$dir/portal-$stamp.dump" \
    "$(printf '%s' "$DATABASE_URL" | sed 's/^postgresql+psycopg:/postgresql:/')"
find "$dir" -name 'catalogue-*.jsonl.gz' -mtime +14 -delete
find "$dir" -name 'portal-*.dump' -mtime +14 -delete
