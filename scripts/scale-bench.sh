#!/usr/bin/env bash
# The scale-out benchmark of docs/scaling.md: one Neo4j in its own process with English ESCO, and
# the application tier in front of it, one instance pinned to one core against two instances
# pinned to a core each, under the public read mix (wrk). Prints requests/s and the processor time
# each process spent per request. Usage:
#   scripts/scale-bench.sh [ESCO release folder] [seconds per run] [rounds]
# Ports: HTTP 8280 and 8281, Bolt 7887 (override with PORT_A, PORT_B, BOLT_PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
esco="${1:-../shared/esco-1.2.0}"
seconds="${2:-30}"
rounds="${3:-3}"
port_a="${PORT_A:-8280}"
port_b="${PORT_B:-8281}"
bolt_port="${BOLT_PORT:-7887}"
work=target/scale-bench
password=external-neo4j-password
opens="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"
opens="$opens --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED"
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests package
  ./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

wait_for() { # log file, pattern
  for _ in $(seq 1 1200); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "Gave up waiting for '$2' in $1"; exit 1
}

# Processor time of a process so far, in milliseconds (utime + stime from /proc/<pid>/stat).
cpu_ms() {
  awk -v tick="$(getconf CLK_TCK)" '{printf "%d\n", ($14 + $15) * 1000 / tick}' "/proc/$1/stat"
}

fresh=false
[ -d "$work/store" ] || fresh=true
java $opens -Xmx1g -cp "$classpath" org.competenceatlas.external.Neo4jServerProcess \
  "$work/store" 512MB "$bolt_port" >"$work/neo4j.log" 2>&1 &
neo4j_pid=$!
pids+=("$neo4j_pid")
wait_for "$work/neo4j.log" "NEO4J READY"
bolt="bolt://127.0.0.1:$bolt_port"
external=(--atlas.neo4j.embedded.enabled=false "--spring.neo4j.uri=$bolt"
  --spring.neo4j.authentication.password="$password" --atlas.seed.enabled=false)
if $fresh; then
  echo "Importing $esco into the external Neo4j ..."
  java -jar target/competence-atlas.jar import-esco --dir="$esco" "${external[@]}" \
    >"$work/import.log" 2>&1
fi

heap_used_mb() { # pid: live objects on the heap (the class histogram collects first)
  jcmd "$1" GC.class_histogram | awk '/^Total/ {printf "%.0f\n", $3 / 1048576}'
}
rss_mb() { awk '/VmRSS/ {printf "%.0f\n", $2 / 1024}' "/proc/$1/status"; }

# What the transfer index costs one instance: heap and resident memory before and after it is built.
taskset -c 0 java $opens -Xmx1g -jar target/competence-atlas.jar --server.port="$port_a" \
  --atlas.transfer.warm-up=false "${external[@]}" >"$work/index.log" 2>&1 &
index_pid=$!
pids+=("$index_pid")
wait_for "$work/index.log" "Started CompetenceAtlasApplication"
sleep 5
heap_before=$(heap_used_mb "$index_pid"); rss_before=$(rss_mb "$index_pid")
cpu_before=$(cpu_ms "$index_pid")
curl -s -o /dev/null -H 'Content-Type: application/json' "http://127.0.0.1:$port_a/graphql" \
  -d '{"query":"{ transitions(from: {occupationId: \"none\"}, first: 1) { totalCount } }"}'
wait_for "$work/index.log" "Transfer index built"
cpu_after=$(cpu_ms "$index_pid")
heap_after=$(heap_used_mb "$index_pid"); rss_after=$(rss_mb "$index_pid")
echo "transfer index: $(grep -o 'Transfer index built in [0-9]* ms' "$work/index.log")," \
  "$((cpu_after - cpu_before)) ms processor time (the request included);" \
  "live heap $heap_before -> $heap_after MB, RSS $rss_before -> $rss_after MB"
kill "$index_pid"; wait "$index_pid" 2>/dev/null || true

start_app() { # name, core, port
  taskset -c "$2" java $opens -Xmx1g -jar target/competence-atlas.jar --server.port="$3" \
    "${external[@]}" >"$work/$1.log" 2>&1 &
  pids+=("$!")
  started_pid=$!
}
start_app a 0 "$port_a"
app_a=$started_pid
start_app b 1 "$port_b"
app_b=$started_pid
wait_for "$work/a.log" "Transfer index built"
wait_for "$work/b.log" "Transfer index built"

java -cp "$classpath" org.competenceatlas.transfer.bench.TransferBenchmark \
  "http://127.0.0.1:$port_a" "$bolt" "$password" --phases=data >"$work/data.log" 2>&1

# One run: wrk against the given ports (16 connections in all), 30 s; prints one line.
run() { # label, ports...
  local label=$1
  shift
  local connections=$((16 / $#))
  local before_a before_b before_n after_a after_b after_n started ended
  before_a=$(cpu_ms "$app_a"); before_b=$(cpu_ms "$app_b"); before_n=$(cpu_ms "$neo4j_pid")
  local outputs=() drivers=()
  for port in "$@"; do
    local out="$work/wrk-$label-$port.txt"
    outputs+=("$out")
    wrk -t1 -c"$connections" -d"${seconds}s" --timeout 30s \
      -s src/test/resources/bench/transfer-mix.lua "http://127.0.0.1:$port" >"$out" 2>&1 &
    drivers+=("$!")
  done
  wait "${drivers[@]}"
  after_a=$(cpu_ms "$app_a"); after_b=$(cpu_ms "$app_b"); after_n=$(cpu_ms "$neo4j_pid")
  local requests=0 errors=0
  for out in "${outputs[@]}"; do
    requests=$((requests + $(awk '/requests in/ {print $1}' "$out")))
    errors=$((errors + $(awk '/GraphQL or HTTP errors/ {gsub(",", ""); for (i = 1; i < NF; i++) if ($i == "errors") s += $(i + 1)} END {print s + 0}' "$out")))
  done
  awk -v label="$label" -v r="$requests" -v s="$seconds" -v e="$errors" \
    -v a="$((after_a - before_a))" -v b="$((after_b - before_b))" -v n="$((after_n - before_n))" \
    -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN {printf "%-13s %7.1f req/s  errors %d  app ms/request %.2f  neo4j ms/request %.2f  load %s\n",
            label, r / s, e, (a + b) / r, n / r, load}'
}

echo "Warm-up ($seconds s on each instance)"
run warm-up-a "$port_a" >/dev/null
run warm-up-b "$port_b" >/dev/null
for round in $(seq 1 "$rounds"); do
  run "one-instance" "$port_a"
  run "two-instances" "$port_a" "$port_b"
done
