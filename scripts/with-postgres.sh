#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster, then stops and deletes the cluster.
#
#   scripts/with-postgres.sh npm test
#
# The command sees FOYER_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:<port>/foyer_test.
# The cluster lives in a fresh temporary directory, listens on 127.0.0.1 and a Unix socket in that
# directory only, on a free port, with trust authentication and durability switched off: it holds
# test data and nothing else.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB_NAME=foyer_test

die() {
  echo "with-postgres: $*" >&2
  exit 1
}

if [[ $# -eq 0 ]]; then
  die "usage: scripts/with-postgres.sh <command> [args...]   (e.g. scripts/with-postgres.sh npm test)"
fi

is_root() { [[ $(id -u) -eq 0 ]]; }

if [[ ! -x $PG_BIN/initdb || ! -x $PG_BIN/pg_ctl ]]; then
  if is_root && command -v apt-get >/dev/null; then
    echo "with-postgres: PostgreSQL 15 not found in $PG_BIN; installing postgresql-15" >&2
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql-15
  fi
  [[ -x $PG_BIN/initdb ]] ||
    die "PostgreSQL 15 server binaries are missing from $PG_BIN. Install them with" \
      "'sudo apt-get install -y postgresql-15' (or set PG_BIN to the directory holding initdb and pg_ctl)."
fi

# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
if is_root; then
  id postgres >/dev/null 2>&1 ||
    die "running as root needs a 'postgres' system user to own the cluster (the postgresql-15 package creates it)."
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

free_port() {
  node -e 'const s = require("net").createServer();
s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

CALLER_DIR=$PWD
WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/foyer-pg.XXXXXX")
chmod 700 "$WORK_DIR"
if is_root; then chown postgres: "$WORK_DIR"; fi
DATA_DIR=$WORK_DIR/data
LOG_FILE=$WORK_DIR/postgres.log
STARTED=

cleanup() {
  local status=$?
  if [[ -f $DATA_DIR/postmaster.pid ]]; then
    # Immediate: nothing in this cluster is worth a checkpoint.
    (cd "$WORK_DIR" && as_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m immediate -w stop >/dev/null 2>&1) ||
      echo "with-postgres: could not stop the PostgreSQL server of $DATA_DIR" >&2
  fi
  rm -rf "$WORK_DIR"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The owner may not be able to read the caller's working directory (e.g. /root).
cd "$WORK_DIR"

as_owner "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  --no-sync >"$WORK_DIR/initdb.log" 2>&1 ||
  { cat "$WORK_DIR/initdb.log" >&2; die "initdb failed (output above)"; }

# Another process can take the port between picking and binding it: try a few.
for attempt in 1 2 3; do
  PORT=$(free_port)
  if as_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start -o \
    "-p $PORT -k $WORK_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null; then
    STARTED=1
    break
  fi
  echo "with-postgres: PostgreSQL did not start on port $PORT (attempt $attempt)" >&2
done
if [[ -z $STARTED ]]; then
  tail -n 30 "$LOG_FILE" >&2 || true
  die "PostgreSQL failed to start; its log is above."
fi

"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB_NAME" ||
  die "could not create database $DB_NAME"

export FOYER_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PORT/$DB_NAME"
echo "with-postgres: PostgreSQL 15 ready, FOYER_TEST_POSTGRES_URL=$FOYER_TEST_POSTGRES_URL" >&2

cd "$CALLER_DIR"
set +e
"$@"
status=$?
set -e
exit "$status"
