#!/usr/bin/env bash
# Whole-process benchmark of `brief render` on the summit brief: N cold runs (a new process each; the
# OS file cache is warm), Korean only and both languages, printing median, min and max wall time and
# peak RSS. With --peers it also runs the peers harness (../shared/peers, Typst etc.) for the same brief.
#
#   tests/bench/process.sh [-n RUNS] [--peers] [--no-build]
#
# Env: BRIEF_EXE=path  time this executable instead of ./brief (e.g. a ReadyToRun publish);
#      BENCH_ENV="VAR=1 ..."  extra environment for the timed runs (e.g. DOTNET_TieredPGO=0).
# Until `brief render` works it says so and times the engine's 5-page sample instead
# (tests/Briefing.Benchmarks `startup --engine`), so the script always measures something.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

runs=10
peers=""
build="yes"
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --peers) peers="yes"; shift ;;
    --no-build) build=""; shift ;;
    *) echo "usage: $0 [-n RUNS] [--peers] [--no-build]" >&2; exit 2 ;;
  esac
done

brief_file="briefs/2025-10-30-korea-canada-summit.yaml"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
read -r -a extra_env <<<"${BENCH_ENV:-}"

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)   runs: $runs   env: ${BENCH_ENV:-(none)}"

if [ -n "$build" ]; then
  echo "# building the CLI (Release)..."
  dotnet build src/Briefing.Cli/Briefing.Cli.csproj -c Release -nologo -v q >"$tmp/build.log" 2>&1 \
    || { cat "$tmp/build.log" >&2; echo "build failed" >&2; exit 1; }
  # The launcher rebuilds when a source is newer than its stamp; the build above is that build.
  touch src/Briefing.Cli/bin/Release/net10.0/.launcher-stamp 2>/dev/null || true
fi

exe="${BRIEF_EXE:-./brief}"

# Times "$@" $runs times; prints wall median/min/max (ms), CPU (user+sys) median (ms; less sensitive to
# other processes on a shared machine than wall time) and peak RSS median/max (MB).
measure() {
  local label="$1"; shift
  local times="$tmp/times" rss="$tmp/rss"
  : >"$times"; : >"$rss"
  for _ in $(seq "$runs"); do
    rm -rf "$tmp/out"; mkdir -p "$tmp/out"
    local t0 t1
    t0=$(date +%s%N)
    env "${extra_env[@]}" /usr/bin/time -f "%M %U %S" -o "$tmp/time.txt" "$@" >/dev/null 2>"$tmp/stderr" \
      || { echo "$label: the command failed:" >&2; cat "$tmp/stderr" >&2; return 1; }
    t1=$(date +%s%N)
    echo "$(((t1 - t0) / 1000)) $(tail -n1 "$tmp/time.txt")" >>"$times"
  done
  python3 - "$label" "$times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[2]) if line.strip()]
wall = sorted(int(r[0]) / 1000 for r in rows)
rss = sorted(int(r[1]) / 1024 for r in rows)
cpu = statistics.median((float(r[2]) + float(r[3])) * 1000 for r in rows)
print(f"| {sys.argv[1]:<40} | {statistics.median(wall):8.1f} | {wall[0]:8.1f} | {wall[-1]:8.1f} | {cpu:7.0f} | {statistics.median(rss):7.1f} | {rss[-1]:7.1f} |")
PY
}

header() {
  printf "| %-40s | %8s | %8s | %8s | %7s | %7s | %7s |\n" "command ($runs cold runs; ms, MB)" "median" "min" "max" "CPU med" "RSS med" "RSS max"
  echo "|------------------------------------------|---------:|---------:|---------:|--------:|--------:|--------:|"
}

# Does `brief render` work yet? One try, and a PDF must come out.
mkdir -p "$tmp/probe"
renders="yes"
if env "${extra_env[@]}" "$exe" render "$brief_file" --lang ko --out "$tmp/probe" >"$tmp/probe.log" 2>&1 \
   && ls "$tmp/probe"/*.pdf >/dev/null 2>&1; then
  header
  measure "brief render --lang ko" "$exe" render "$brief_file" --lang ko --out "$tmp/out"
  measure "brief render --lang all" "$exe" render "$brief_file" --lang all --out "$tmp/out"
  measure "brief validate (load + validate only)" "$exe" validate "$brief_file" || true
else
  renders=""
  echo "# brief render does not work yet (skipped): $(head -n1 "$tmp/probe.log")"
  echo "# timing the engine's 5-page sample in one process instead (tests/Briefing.Benchmarks startup --engine)"
  dotnet build tests/Briefing.Benchmarks/Briefing.Benchmarks.csproj -c Release -nologo -v q >"$tmp/build.log" 2>&1 \
    || { cat "$tmp/build.log" >&2; exit 1; }
  header
  measure "engine sample: fonts + ICU + 2 renders" tests/Briefing.Benchmarks/bin/Release/net10.0/Briefing.Benchmarks startup --engine
fi
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$peers" ]; then
  harness="$root/../shared/peers/run.sh"
  [ -f "$harness" ] || harness="/work/shared/peers/run.sh"
  if [ ! -f "$harness" ]; then
    echo "# peers harness not found (../shared/peers/run.sh): skipped"
  else
    # Without a working render only the peers run (brief's row would only show its failure).
    only="${PEERS_ONLY:-typst,brief}"
    [ -n "$renders" ] || only="${PEERS_ONLY:-typst}"
    echo "# peers ($only in one run; BENCH_RUNS=$runs):"
    BENCH_RUNS="$runs" BRIEF_CWD="$root" \
      BRIEF_CMD="$exe render $brief_file --lang {lang} --out {out}" \
      PEERS_ONLY="$only" PEERS_LANGS="${PEERS_LANGS:-ko}" \
      bash "$harness" || echo "# the peers harness failed (see above)"
  fi
fi
