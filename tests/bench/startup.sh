#!/usr/bin/env bash
# Start-up experiments: times `brief render <summit> --lang ko` (a new process per run) under runtime
# settings and builds that change start-up: tiered PGO, quick JIT for loops, the framework's
# ReadyToRun code, tiered compilation, GC gen0 budget, background GC, and a ReadyToRun publish of the CLI.
#
#   tests/bench/startup.sh [-n RUNS] [--r2r DIR] [--aot DIR] [--only-builds]
#
# --r2r DIR: a ReadyToRun publish to compare, made with
#   dotnet publish src/Briefing.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o DIR
# --aot DIR: a Native AOT publish to compare, made with
#   dotnet publish src/Briefing.Cli -c Release -r linux-x64 -p:PublishAot=true -p:TreatWarningsAsErrors=false -o DIR
# --only-builds: only the default JIT build and the publishes given, no runtime variables.
# Prints median, min and max wall time in ms, the median CPU time (user+sys) and peak RSS. Runs the configurations interleaved (round-robin), so
# load from other processes on a shared machine spreads over all of them rather than one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs=7
r2r=""
aot=""
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --r2r) r2r="$2"; shift 2 ;;
    --aot) aot="$2"; shift 2 ;;
    --only-builds) only="yes"; shift ;;
    *) echo "usage: $0 [-n RUNS] [--r2r DIR] [--aot DIR] [--only-builds]" >&2; exit 2 ;;
  esac
done

brief_file="briefs/2025-10-30-korea-canada-summit.yaml"
jit="src/Briefing.Cli/bin/Release/net10.0/brief"
[ -x "$jit" ] || { echo "build the CLI first: dotnet build src/Briefing.Cli -c Release" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# label | executable | environment
configs=(
  "default (JIT build)|$jit|"
  "DOTNET_TieredPGO=0|$jit|DOTNET_TieredPGO=0"
  "DOTNET_TC_QuickJitForLoops=0|$jit|DOTNET_TC_QuickJitForLoops=0"
  "DOTNET_ReadyToRun=0 (no precompiled framework)|$jit|DOTNET_ReadyToRun=0"
  "DOTNET_TieredCompilation=0|$jit|DOTNET_TieredCompilation=0"
  "DOTNET_GCgen0size=0x4000000 (64 MB)|$jit|DOTNET_GCgen0size=0x4000000"
  "DOTNET_gcConcurrent=0 (no background GC)|$jit|DOTNET_gcConcurrent=0"
)
if [ -n "$only" ]; then
  configs=("${configs[0]}")
fi
if [ -n "$r2r" ]; then
  configs+=("ReadyToRun publish|$r2r/brief|")
  if [ -z "$only" ]; then
    configs+=("ReadyToRun publish + TieredPGO=0|$r2r/brief|DOTNET_TieredPGO=0")
    configs+=("ReadyToRun publish + gcConcurrent=0|$r2r/brief|DOTNET_gcConcurrent=0")
    configs+=("ReadyToRun + gcConcurrent=0 + TieredPGO=0|$r2r/brief|DOTNET_gcConcurrent=0 DOTNET_TieredPGO=0")
  fi
fi
if [ -n "$aot" ]; then
  configs+=("Native AOT publish|$aot/brief|")
fi

echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load before: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each, interleaved"
for i in "${!configs[@]}"; do : >"$tmp/$i"; done
for _ in $(seq "$runs"); do
  for i in "${!configs[@]}"; do
    IFS='|' read -r label exe envs <<<"${configs[$i]}"
    read -r -a envv <<<"$envs"
    rm -rf "$tmp/out"; mkdir -p "$tmp/out"
    t0=$(date +%s%N)
    env "${envv[@]}" /usr/bin/time -f "%M %U %S" -o "$tmp/rss" "$exe" render "$brief_file" --lang ko --out "$tmp/out" >/dev/null 2>"$tmp/err" \
      || { echo "$label failed:" >&2; cat "$tmp/err" >&2; exit 1; }
    t1=$(date +%s%N)
    echo "$(((t1 - t0) / 1000)) $(tail -n1 "$tmp/rss")" >>"$tmp/$i"
  done
done

printf "| %-46s | %8s | %8s | %8s | %7s | %7s |\n" "configuration (brief render --lang ko)" "median" "min" "max" "CPU med" "RSS MB"
echo "|------------------------------------------------|---------:|---------:|---------:|--------:|--------:|"
for i in "${!configs[@]}"; do
  IFS='|' read -r label _ _ <<<"${configs[$i]}"
  python3 - "$label" "$tmp/$i" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[2]) if line.strip()]
t = sorted(int(r[0]) / 1000 for r in rows)
rss = statistics.median(int(r[1]) for r in rows) / 1024
cpu = statistics.median((float(r[2]) + float(r[3])) * 1000 for r in rows)
print(f"| {sys.argv[1]:<46} | {statistics.median(t):8.1f} | {t[0]:8.1f} | {t[-1]:8.1f} | {cpu:7.0f} | {rss:7.1f} |")
PY
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
