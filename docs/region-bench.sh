#!/usr/bin/env bash
# Rows per second of a region run with 1, 2 and 4 `./pubstats worker` processes (issue 13), on the PostgreSQL and
# RabbitMQ of this machine (127.0.0.1:5432 as postgres, 127.0.0.1:5672 guest/guest), each run on a fresh database.
#   docs/region-bench.sh [COUNTIES] [BUREAUS] [ROWS]       (default 8 counties × 30 bureaus × 200 rows = 48,000 rows)
# Prints one line per worker count: seconds of the manager's run, rows per second. Needs psql and the built classes
# (./mvnw -o -q test-compile); runs the launcher with PUBSTATS_CLASSPATH, so no jar is built.
set -euo pipefail
cd "$(dirname "$0")/.."
counties="${1:-8}"; bureaus="${2:-30}"; rows="${3:-200}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
export PUBSTATS_CLASSPATH="$PWD/target/classes:$PWD/target/test-classes:$(cat "$work/cp.txt")"
java -cp "$PUBSTATS_CLASSPATH" org.pubstats.bench.BenchInbox --region "$work/inbox" "$counties" "$bureaus" "$rows"
total=$(( counties * (bureaus * rows + (bureaus > 1 ? rows / 2 * 2 : 0)) ))
export SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_PORT=5672 SPRING_RABBITMQ_USERNAME=guest SPRING_RABBITMQ_PASSWORD=guest
export SPRING_DATASOURCE_USERNAME=postgres
for workers in 1 2 4; do
  db="pubstats_region_bench_$$_$workers"
  psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db" postgres
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db"
  export PUBSTATS_REMOTE_QUEUE="pubstats.bench.$$.$workers"
  pids=()
  for w in $(seq "$workers"); do
    PUBSTATS_HOME="$work/home-$w" ./pubstats worker > "$work/worker-$workers-$w.log" 2>&1 &
    pids+=($!)
  done
  for w in $(seq "$workers"); do
    for _ in $(seq 120); do grep -q "worker 已启动" "$work/worker-$workers-$w.log" && break; sleep 1; done
  done
  start=$(date +%s.%N)
  PUBSTATS_HOME="$work/home-m" ./pubstats run --region --remote --inbox "$work/inbox" --year 2018 --out "$work/out-$workers" \
    > "$work/manager-$workers.log" 2>&1 || { cat "$work/manager-$workers.log"; exit 1; }
  end=$(date +%s.%N)
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE $db WITH (FORCE)" postgres
  awk -v w="$workers" -v s="$start" -v e="$end" -v n="$total" \
    'BEGIN { printf "%d worker(s): %d rows in %.1f s, %.0f rows/s\n", w, n, e - s, n / (e - s) }'
done
