#!/usr/bin/env bash
# Measures the HTTP API of the packaged server on the local stack with wrk, in one run:
#   - startup time over a fresh home and again over the same home (the server's "ready ... ms" log line);
#   - three users holding 10,000, 100,000 and 1,000,000 READY photos, seeded straight into PostgreSQL
#     (benchmarks/seed-photos.sql, set-based, 100,000 rows per statement), then VACUUM (ANALYZE);
#   - GET /api/v1/photos?limit=50 for the 100,000-photo user and GET /health/live at WRK_CONNECTIONS (16);
#   - the first page at LOW_CONNECTIONS (4) for every library size, sorted by takenAt and filtered by a tag;
#   - resident memory of the JVM, every postgres process and redis-server, idle after seeding and after the load.
#
# Needs: the packaged server (./mvnw -B -ntp -q -pl app-server -am package -DskipTests), wrk, psql, curl, jq.
# Usage: benchmarks/http-api.sh [work directory]   (default: a new directory under /tmp; kept for the logs)
# Settings (environment): SIZES (three library sizes), JAVA_OPTS, WRK_THREADS, WRK_CONNECTIONS, LOW_CONNECTIONS, WARMUP, DURATION, LOW_DURATION.
# The seeder talks to the embedded PostgreSQL while the server runs: the port is line 4 of
# $PHOTOSTORE_HOME/postgres/postmaster.pid, the superuser is postgres, its password is in $PHOTOSTORE_HOME/postgres.password.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/app-server/target/photostore.jar"
SEED_SQL="$ROOT/benchmarks/seed-photos.sql"
WORK=${1:-$(mktemp -d /tmp/photostore-http-bench.XXXXXX)}
PHOTOSTORE_HOME="$WORK/home"
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xmx256m"}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
LOW_CONNECTIONS=${LOW_CONNECTIONS:-4}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
LOW_DURATION=${LOW_DURATION:-20s}
read -r -a SIZES <<<"${SIZES:-10000 100000 1000000}"
BATCH=100000
PASSWORD="benchmark-password-1"
SERVER_PID=""
EXTRA_PIDS=()

for tool in java wrk psql curl jq; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[[ -f "$JAR" ]] || { echo "build first: ./mvnw -B -ntp -q -pl app-server -am package -DskipTests" >&2; exit 2; }
[[ ! -e "$PHOTOSTORE_HOME" ]] || { echo "$PHOTOSTORE_HOME exists; give a new work directory" >&2; exit 2; }
mkdir -p "$WORK/app"
# The server runs from a copy under a name of its own, so that other jobs stopping "photostore.jar" by name leave it alone.
cp "$JAR" "$WORK/app/http-bench-server.jar"
ln -sfn "$ROOT/app-server/target/lib" "$WORK/app/lib"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
export PHOTOSTORE_HOME PORT

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$WORK/summary.txt" >&2; }

descendants() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        echo "$child"
        descendants "$child"
    done
}

postmaster_pid() {
    local file="$PHOTOSTORE_HOME/postgres/postmaster.pid"
    [[ -f "$file" ]] && sed -n 1p "$file" | tr -d ' ' || true
}

stack_pids() {
    {
        [[ -n "$SERVER_PID" ]] && echo "$SERVER_PID" && descendants "$SERVER_PID"
        local pm
        pm=$(postmaster_pid)
        [[ -n "$pm" ]] && kill -0 "$pm" 2>/dev/null && echo "$pm" && descendants "$pm"
    } | sort -un
}

# Prints "rss_mb pss_mb jvm_mb postgres_mb(n) redis_mb" for the JVM, its children and every postgres process.
memory() {
    local pid name rss pss total=0 totalp=0 jvm=0 pg=0 pgn=0 redis=0
    for pid in $(stack_pids); do
        [[ -r /proc/$pid/status ]] || continue
        name=$(awk '/^Name:/ {print $2}' "/proc/$pid/status")
        rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
        pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
        rss=${rss:-0}
        total=$((total + rss)); totalp=$((totalp + ${pss:-0}))
        case "$name" in
            java) jvm=$((jvm + rss)) ;;
            postgres) pg=$((pg + rss)); pgn=$((pgn + 1)) ;;
            redis-server*) redis=$((redis + rss)) ;;
        esac
    done
    echo "$((total / 1024)) $((totalp / 1024)) $((jvm / 1024)) $((pg / 1024))($pgn) $((redis / 1024))"
}

start_server() {
    local label=$1 logfile="$WORK/server-$1.log"
    java $JAVA_OPTS -jar "$WORK/app/http-bench-server.jar" >"$logfile" 2>&1 &
    SERVER_PID=$!
    local waited=0
    until grep -q "Photostore is ready at" "$logfile"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; see $logfile" >&2; exit 1; }
        ((waited++ < 1200)) || { echo "server not ready after 120 s" >&2; exit 1; }
        sleep 0.1
    done
    local ms
    ms=$(grep -o 'ready at .* (\([0-9]*\) ms after' "$logfile" | grep -o '([0-9]* ms' | tr -d '( ms')
    for pid in $(descendants "$SERVER_PID"); do
        [[ "$(ps -o comm= -p "$pid")" == redis-server* ]] && EXTRA_PIDS+=("$pid")
    done
    local cpu_ms=$(( $(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat") * 1000 / $(getconf CLK_TCK) ))
    log "start ($label): ready ${ms} ms after the JVM started; JVM CPU time by then ${cpu_ms} ms; load $(cut -d' ' -f1-3 /proc/loadavg)"
}

stop_server() {
    [[ -n "$SERVER_PID" ]] || return 0
    local pm
    pm=$(postmaster_pid)
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    if [[ -n "$pm" ]] && kill -0 "$pm" 2>/dev/null; then
        kill -INT "$pm" 2>/dev/null || true
        for _ in $(seq 150); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
    fi
    for pid in "${EXTRA_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    EXTRA_PIDS=()
}
trap stop_server EXIT INT TERM

sql() {
    PGHOST=127.0.0.1 PGPORT=$(sed -n 4p "$PHOTOSTORE_HOME/postgres/postmaster.pid") PGUSER=postgres \
        PGPASSWORD=$(cat "$PHOTOSTORE_HOME/postgres.password") PGDATABASE=photostore \
        psql -X -q -v ON_ERROR_STOP=1 "$@"
}

token() {
    curl -sf --max-time 30 -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/sessions" | jq -r .accessToken
}

# Runs wrk; prints "requests/s p50 p99 non-2xx" and keeps the raw output.
measure() {
    local name=$1 connections=$2 duration=$3 url=$4 auth=${5:-} out="$WORK/wrk-$1.txt"
    local args=(--latency -t"$WRK_THREADS" -c"$connections" -d"$duration" --timeout 10s)
    [[ -n "$auth" ]] && args+=(-H "Authorization: Bearer $auth")
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >"$out"
    wrk "${args[@]}" "$url" >>"$out"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out"
    local rps p50 p99 bad
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
    log "$(printf '%-28s c=%-3s %10s req/s  p50 %-9s p99 %-9s non-2xx %-5s load %s' "$name" "$connections" \
        "$rps" "$p50" "$p99" "${bad:-0}" "$(cut -d' ' -f1-3 /proc/loadavg)")"
}

log "work directory $WORK, port $PORT, JAVA_OPTS: $JAVA_OPTS"
log "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"

start_server first
declare -A OWNER
for size in "${SIZES[@]}"; do
    user="bench$size"
    OWNER[$size]=$(curl -sf --max-time 30 -H 'Content-Type: application/json' \
        -d "{\"username\":\"$user\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/users" | jq -r .id)
done

seed_start=$(date +%s)
for size in "${SIZES[@]}"; do
    for ((first = 1; first <= size; first += BATCH)); do
        last=$((first + BATCH - 1 < size ? first + BATCH - 1 : size))
        sql -v owner="${OWNER[$size]}" -v first="$first" -v last="$last" -v total="$size" -f "$SEED_SQL"
    done
    log "seeded $size photos for bench$size (${OWNER[$size]})"
done
sql -c 'VACUUM (ANALYZE) photos'
log "seeding and VACUUM (ANALYZE): $(($(date +%s) - seed_start)) s; table and indexes: $(sql -At -c \
    "SELECT pg_size_pretty(pg_total_relation_size('photos'))")"
sql -At -c "SELECT owner_id, count(*), count(*) FILTER (WHERE 'travel' = ANY (tags)) FROM photos GROUP BY 1" \
    >>"$WORK/summary.txt"

stop_server
start_server second

TOKEN_10K=$(token "bench${SIZES[0]}")
TOKEN_100K=$(token "bench${SIZES[1]}")
TOKEN_1M=$(token "bench${SIZES[2]}")
for t in "$TOKEN_10K" "$TOKEN_100K" "$TOKEN_1M"; do
    [[ "$(curl -sf --max-time 30 -H "Authorization: Bearer $t" "$BASE/api/v1/photos?limit=50" | jq '.items | length')" == 50 ]] \
        || { echo "a first page does not hold 50 photos" >&2; exit 1; }
done
curl -sf --max-time 30 -H "Authorization: Bearer $TOKEN_100K" "$BASE/api/v1/photos?limit=2&tag=travel" \
    | jq -c '.items[0]' >>"$WORK/summary.txt"
sleep 5
log "memory idle after seeding (MB): rss pss jvm postgres(n) redis = $(memory)"

LIST="$BASE/api/v1/photos?limit=50"
wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN_100K" "$LIST" >/dev/null
wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WARMUP" "$BASE/health/live" >/dev/null
for url in "$LIST&sort=takenAt&order=desc" "$LIST&tag=travel"; do
    wrk -t1 -c"$LOW_CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN_100K" "$url" >/dev/null
done

measure list-100k "$WRK_CONNECTIONS" "$DURATION" "$LIST" "$TOKEN_100K"
measure health-live "$WRK_CONNECTIONS" "$DURATION" "$BASE/health/live"
measure first-page-10k "$LOW_CONNECTIONS" "$LOW_DURATION" "$LIST" "$TOKEN_10K"
measure first-page-100k "$LOW_CONNECTIONS" "$LOW_DURATION" "$LIST" "$TOKEN_100K"
measure first-page-1m "$LOW_CONNECTIONS" "$LOW_DURATION" "$LIST" "$TOKEN_1M"
measure taken-desc-100k "$LOW_CONNECTIONS" "$LOW_DURATION" "$LIST&sort=takenAt&order=desc" "$TOKEN_100K"
measure tag-travel-100k "$LOW_CONNECTIONS" "$LOW_DURATION" "$LIST&tag=travel" "$TOKEN_100K"
log "memory after the load (MB): rss pss jvm postgres(n) redis = $(memory)"
# The plans of the statements the server issues for the measured pages (as CatalogListing builds them).
for case in "${SIZES[0]}|uploaded_at" "${SIZES[2]}|uploaded_at" "${SIZES[1]}|timeline_at" "${SIZES[1]}|uploaded_at|travel"; do
    IFS='|' read -r size column tag <<<"$case"
    filter=""
    [[ -n "$tag" ]] && filter="AND tags @> ARRAY['$tag']::text[]"
    {
        echo "== ${SIZES[*]}: bench$size ordered by $column desc ${tag:+tag $tag}"
        sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM photos WHERE owner_id = '${OWNER[$size]}' AND status = 'READY' \
            $filter ORDER BY $column DESC, id DESC LIMIT 51"
    } >>"$WORK/explain.txt"
done
log "query plans in $WORK/explain.txt; summary in $WORK/summary.txt"
