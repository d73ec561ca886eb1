#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for the store tests (run as root on Debian 12).
# usage: postgres.sh install|start|stop (start is a no-op when the cluster is already up)     env: PGW (cluster dir), CALLWARDEN_PG_PORT (default 25432)
# After start, tests read CALLWARDEN_TEST_POSTGRES (printed by 'start'); the role may create
# databases, so each test class works in a database of its own.
set -euo pipefail
PGW=${PGW:-/tmp/callwarden-pg}; PORT=${CALLWARDEN_PG_PORT:-25432}
BIN=/usr/lib/postgresql/15/bin
as_pg() { runuser -u postgres -- "$@"; }

case "${1:-}" in
  install)
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-15 postgresql-client-15 >/dev/null ;;
  start)
    # Already running here: leave it (and its data) alone; wiping a live cluster's directory breaks it.
    if [ -f "$PGW/data/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$PGW/data" status >/dev/null 2>&1; then
      echo "Host=127.0.0.1;Port=$PORT;Username=callwarden;Password=callwarden;Database=callwarden"; exit 0
    fi
    rm -rf "$PGW"; mkdir -p "$PGW"; chown postgres:postgres "$PGW"
    as_pg "$BIN/initdb" -D "$PGW/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 --no-sync >"$PGW/initdb.log"
    as_pg "$BIN/pg_ctl" -D "$PGW/data" -l "$PGW/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGW -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    as_pg psql -h "$PGW" -p "$PORT" -U postgres -qAt \
      -c "CREATE ROLE callwarden LOGIN CREATEDB PASSWORD 'callwarden';" \
      -c "CREATE DATABASE callwarden OWNER callwarden;"
    echo "Host=127.0.0.1;Port=$PORT;Username=callwarden;Password=callwarden;Database=callwarden" ;;
  stop)
    if [ -f "$PGW/data/postmaster.pid" ]; then as_pg "$BIN/pg_ctl" -D "$PGW/data" -m fast -w stop >/dev/null; fi
    rm -rf "$PGW" ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
