#!/usr/bin/env bash
# The headline run, one command: builds the module, starts the canned-response server in its own JVM pinned to CPU 0,
# runs every benchmark pinned to CPU 1 (JMH forks with fixed, pre-touched heaps), and writes results/<time>/results.md.
#
#   benchmarks/run-headline.sh                 # defaults below
#   FORKS=4 WI=5 I=10 benchmarks/run-headline.sh
#   SKIP_BUILD=1 QUICK=1 benchmarks/run-headline.sh   # shorter iterations, no rebuild
set -euo pipefail
cd "$(dirname "$0")/.."
FORKS=${FORKS:-2}      # JMH forks per benchmark (≥ 2 for the headline)
WI=${WI:-12}           # warm-up iterations (pinned to one CPU, JIT and benchmark share it: HTTP calls reach
                       # steady state after 7-10 s; 5 left the first measured iterations 2-4x slow)
W=${W:-1s}             # warm-up iteration time
I=${I:-5}              # measurement iterations
R=${R:-1s}             # measurement iteration time
WAITS=${WAITS:-400}    # simulated waits
COLD_RUNS=${COLD_RUNS:-10}
if [ "${QUICK:-0}" = 1 ]; then WI=3; I=4; fi
OUT=${OUT:-benchmarks/results/$(date -u +%Y%m%d-%H%M%S)}
JAR=benchmarks/target/benchmarks.jar
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests -Dbench.smoke.skip=true
fi
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

taskset -c 0 java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp "$JAR" dev.connectkit.benchmarks.BenchServer \
  "$OUT/server.url" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do [ -s "$OUT/server.url" ] && break; sleep 0.1; done
URL=$(cat "$OUT/server.url")
FORK_JVM="-Xms2g -Xmx2g -XX:+AlwaysPreTouch -Dbench.url=$URL"
PIN="taskset -c 1"
JMH="$PIN java -jar $JAR -f $FORKS -wi $WI -w $W -i $I -r $R -prof gc -jvmArgs"

{
  echo "## Headline run $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo '```'
  echo "command:  benchmarks/run-headline.sh  (FORKS=$FORKS WI=$WI W=$W I=$I R=$R WAITS=$WAITS COLD_RUNS=$COLD_RUNS)"
  echo "commit:   $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "jvm:      $(java -version 2>&1 | tr '\n' ' ')"
  echo "machine:  $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -srm)"
  echo "memory:   $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at start"
  echo "server:   taskset -c 0 java -Xms1g -Xmx1g -XX:+AlwaysPreTouch BenchServer (MockWebServer, TCP_NODELAY, canned)"
  echo "jmh:      taskset -c 1 java -jar benchmarks.jar -f $FORKS -wi $WI -w $W -i $I -r $R -prof gc -jvmArgs '$FORK_JVM'"
  echo '```'
  echo
} > "$OUT/results.md"

# 1. Per-call overhead and watch polls (one watch of all N; N watches of one name each).
$JMH "$FORK_JVM" -rf json -rff "$OUT/jmh.json" 'PerCallBenchmark|PeerBenchmark|TransportBenchmark|WatchScaleBenchmark|ConfigBuildBenchmark|DecodeBenchmark' -p watches=one \
  | tee "$OUT/jmh.log"
$JMH "$FORK_JVM" -rf json -rff "$OUT/jmh-each.json" WatchScaleBenchmark -p watches=each -p connectors=100,1000,10000 \
  | tee "$OUT/jmh-each.log"

java -cp "$JAR" dev.connectkit.benchmarks.Report "$OUT/jmh.json" "$OUT/jmh-each.json" >> "$OUT/results.md"
# 2. Wait latency (simulated time), 3. watch scale through the client, 4. cold start.
$PIN java -Xms2g -Xmx2g -cp "$JAR" dev.connectkit.benchmarks.WaitLatency "$WAITS" >> "$OUT/results.md"
$PIN java -Xms2g -Xmx2g -Dbench.url="$URL" -cp "$JAR" dev.connectkit.benchmarks.WatchScale 100 1000 \
  | sed '$d' >> "$OUT/results.md"
$PIN java -Xms2g -Xmx2g -Dbench.url="$URL" -cp "$JAR" dev.connectkit.benchmarks.WatchScale --one 10000 \
  | tail -n +5 | sed '/^$/d' >> "$OUT/results.md"
echo >> "$OUT/results.md"
$PIN java -Dbench.url="$URL" -cp "$JAR" dev.connectkit.benchmarks.ColdStart benchmarks/target "$COLD_RUNS" 2 \
  >> "$OUT/results.md"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at the end" >> "$OUT/results.md"
echo "results: $OUT/results.md"
