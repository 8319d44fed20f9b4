#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server that this script starts and always stops.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
# Usage: scripts/with-postgres.sh pytest -x
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
workdir=$(mktemp -d /tmp/idesluss-postgres.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$workdir"
  as_owner=(runuser -u postgres --)
fi

stop() {
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap stop EXIT

"${as_owner[@]}" "$pg_bin/initdb" -D "$workdir/data" -U postgres --auth=trust -E UTF8 \
  --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w \
  -o "-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') is running on port $port"

DATABASE_URL="postgres://postgres@127.0.0.1:$port/idesluss" "$@"
