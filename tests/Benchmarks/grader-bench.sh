#!/usr/bin/env bash
# The grader's performance, side by side in one run (shared/DESIGN.md, "Performance"):
#
#  1. one complete submission (solutions/) graded with isolation on
#       - warm: graded again and again in one process, after a warm-up (GraderBench harness);
#       - cold: `dotnet neuralkatas.dll grade solutions/` as a fresh process (built already);
#     against `dotnet test` on the same submission: the five kata test projects with
#     -p:Solutions=true, built once beforehand, then timed warm (incremental build + test) and
#     with --no-build; summed over the five katas. Target: grading >= 30x faster.
#  2. a batch of 100 generated submissions (gen_submissions.py, deterministic by seed) graded by
#     `dotnet neuralkatas.dll batch DIR --out OUT --parallel 2` as a fresh process, timed, with the
#     grader's resident set (VmRSS) sampled every 200 ms. Target: <= 30 s, memory flat.
#     Then the same batch in process (GraderBench memory), with the GC heap after each submission.
#
#   tests/Benchmarks/grader-bench.sh [--runs N] [--count N] [--no-memory-detail] [--grader-dll PATH]
#
# --grader-dll times another build of the grader for the cold grade and the batch (for example a
# ReadyToRun publish: dotnet publish grader -c Release -r linux-x64 --self-contained false
# -p:PublishReadyToRun=true -o DIR); the warm harness always uses the project reference.
# CPU seconds (user + sys, the process and its workers) are printed beside wall-clock seconds:
# on a shared machine they are the steadier number, and CPU / cores bounds the wall time from below.
#
# Everything it writes goes to $NEURALKATAS_BENCH_DIR (default: a fresh folder under /tmp); the
# kata test projects build into an --artifacts-path there, so katas/*/bin and obj are not touched.
set -euo pipefail

runs=5
count=100
memory_detail=1
grader_dll=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --count) count="$2"; shift 2 ;;
    --no-memory-detail) memory_detail=0; shift ;;
    --grader-dll) grader_dll="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--count N] [--no-memory-detail] [--grader-dll PATH]" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${NEURALKATAS_BENCH_DIR:-$(mktemp -d /tmp/neuralkatas-grader-bench.XXXXXX)}"
mkdir -p "$work"
results="$work/results.txt"
: >"$results"
python=/usr/bin/python3
katas=(01-sigmoid 02-init 03-forward 04-backprop 05-train)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "$*" >&2; }
now() { date +%s.%N; }
record() { echo "$1=$2" >>"$results"; }
cpu() { awk '{ printf "%.3f", $1 + $2 }' "$1"; }   # user + sys from /usr/bin/time -f '%U %S'
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", b - a }'; }

say "Work folder: $work"
say "Building the grader and the harness (Release) ..."
dotnet build "$root/grader/NeuralKatas.Grader.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
dotnet build "$here/GraderBench/NeuralKatas.GraderBench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >>"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
grader="${grader_dll:-$root/grader/bin/Release/net10.0/neuralkatas.dll}"
record grader_dll "$grader"
harness="$here/GraderBench/bin/Release/net10.0/NeuralKatas.GraderBench.dll"

# ---- 1. dotnet test on the submission, five kata projects -------------------------------------
say "Building the five kata test projects once (dotnet test -p:Solutions=true) ..."
for kata in "${katas[@]}"; do
  dotnet test "$root/katas/$kata" -p:Solutions=true --artifacts-path "$work/artifacts" >"$work/dotnet-test-first.$kata.log" 2>&1 \
    || { tail -30 "$work/dotnet-test-first.$kata.log"; exit 1; }
done

say "Timing dotnet test, $runs runs of the five katas (warm, then --no-build) ..."
for run in $(seq "$runs"); do
  for mode in warm nobuild; do
    extra=()
    [ "$mode" = nobuild ] && extra=(--no-build)
    total=0
    for kata in "${katas[@]}"; do
      start=$(now)
      dotnet test "$root/katas/$kata" -p:Solutions=true --artifacts-path "$work/artifacts" "${extra[@]}" >"$work/dotnet-test.$kata.log" 2>&1 \
        || { tail -30 "$work/dotnet-test.$kata.log"; exit 1; }
      seconds=$(elapsed "$start" "$(now)")
      record "dotnet_test_${mode}_${kata}" "$seconds"
      total=$(awk -v a="$total" -v b="$seconds" 'BEGIN { printf "%.4f", a + b }')
    done
    record "dotnet_test_${mode}_sum" "$total"
  done
done
# NUnit's own test durations inside testhost, from the last warm run's summary lines.
for kata in "${katas[@]}"; do
  duration=$(sed -n 's/.*Duration: \([0-9.]*\) \(m\?s\).*/\1 \2/p' "$work/dotnet-test.$kata.log" | tail -1)
  record "dotnet_test_nunit_duration_${kata}" "${duration// /}"
done

# ---- 1. the grader, cold: a fresh process per grade ---------------------------------------------
say "Timing the grader cold, $runs fresh processes (after one untimed run) ..."
dotnet "$grader" grade "$root/solutions" -f json -o "$work/grade-solutions.json" >/dev/null 2>&1 \
  || { dotnet "$grader" grade "$root/solutions"; exit 1; }
for run in $(seq "$runs"); do
  start=$(now)
  /usr/bin/time -f '%U %S' -o "$work/cold.time" dotnet "$grader" grade "$root/solutions" -f json -o "$work/grade-solutions.json" >/dev/null 2>&1
  record grader_cold "$(elapsed "$start" "$(now)")"
  record grader_cold_cpu "$(cpu "$work/cold.time")"
done
# A fresh grader process that does no grading: the floor a cold grade pays before any work.
for run in $(seq "$runs"); do
  start=$(now)
  dotnet "$grader" --help >/dev/null 2>&1
  record grader_process_floor "$(elapsed "$start" "$(now)")"
done

# ---- 1. the grader, warm: one process, many grades ----------------------------------------------
say "Timing the grader warm (2 warm-up grades, then 10 timed, with a per-stage breakdown) ..."
(cd "$work" && dotnet "$harness" warm "$root" "$root/solutions" 2 10) >"$work/warm.log" 2>&1 \
  || { cat "$work/warm.log"; exit 1; }
grep '=' "$work/warm.log" >>"$results"

# ---- 2. a batch of generated submissions ---------------------------------------------------------
say "Generating $count submissions ..."
"$python" "$here/gen_submissions.py" "$root" "$work/submissions" --count "$count" >"$work/generate.log"
cat "$work/generate.log" >&2

say "Grading them with the batch command (--parallel 2), sampling the grader's memory every 200 ms ..."
rm -rf "$work/batch-out"
start=$(now)
/usr/bin/time -f '%U %S' -o "$work/batch.time" dotnet "$grader" batch "$work/submissions" --out "$work/batch-out" --parallel 2 >"$work/batch.log" 2>&1 &
timer=$!
pid=""
while [ -z "$pid" ] && kill -0 "$timer" 2>/dev/null; do
  pid=$(cat "/proc/$timer/task/"*/children 2>/dev/null | awk '{ print $1 }')
  [ -z "$pid" ] && sleep 0.01
done
: >"$work/rss.tsv"
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
  rss=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null || true)
  done_count=$(grep -c '^\[' "$work/batch.log" 2>/dev/null || true)
  workers=0
  for child in $(cat "/proc/$pid/task/"*/children 2>/dev/null); do
    kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$child/status" 2>/dev/null || true)
    workers=$((workers + ${kb:-0}))
  done
  [ -n "$rss" ] && printf '%s\t%s\t%s\t%s\n' "$(elapsed "$start" "$(now)")" "$rss" "${done_count:-0}" "$workers" >>"$work/rss.tsv"
  sleep 0.2
done
wait "$timer" || { tail -30 "$work/batch.log"; exit 1; }
record batch_seconds "$(elapsed "$start" "$(now)")"
record batch_cpu "$(cpu "$work/batch.time")"
record batch_graded "$(grep -c '^\[' "$work/batch.log")"
record batch_errors "$(grep -c ': error$' "$work/batch.log" || true)"

if [ "$memory_detail" = 1 ]; then
  say "The same batch in process, GC heap after each submission ..."
  (cd "$work" && dotnet "$harness" memory "$root" "$work/submissions" 2) >"$work/memory.log" 2>&1 \
    || { cat "$work/memory.log"; exit 1; }
  grep -E '^[a-z_0-9]+=' "$work/memory.log" >>"$results"
fi

# ---- the table ------------------------------------------------------------------------------------
say ""
"$python" - "$results" "$work/rss.tsv" "$count" <<'PY'
import statistics, sys
from collections import defaultdict

values = defaultdict(list)
for line in open(sys.argv[1]):
    key, _, value = line.strip().partition("=")
    values[key].append(value)
def num(key, i=-1): return float(values[key][i])
def median(key): return statistics.median(float(v) for v in values[key])
def least(key): return min(float(v) for v in values[key])

katas = ["01-sigmoid", "02-init", "03-forward", "04-backprop", "05-train"]
runs = len(values["dotnet_test_warm_sum"])
test_warm, test_nobuild = median("dotnet_test_warm_sum"), median("dotnet_test_nobuild_sum")
cold, warm = median("grader_cold"), num("warm_grade_median_seconds")

print(f"grader: {values['grader_dll'][-1]}")
print(f"One complete submission (solutions/), isolation on; medians of {runs} runs (min in brackets)")
print(f"{'':46} {'seconds':>16} {'dotnet test / this':>20}")
def row(label, seconds, low=None):
    low_text = f" ({low:6.3f})" if low is not None else " " * 9
    print(f"{label:46} {seconds:7.3f}{low_text} {test_warm / seconds:12.1f}x warm {test_nobuild / seconds:6.1f}x no-build")
print(f"{'dotnet test, 5 katas, warm (incremental build)':46} {test_warm:7.3f} ({least('dotnet_test_warm_sum'):6.3f})")
for kata in katas:
    print(f"{'   ' + kata:46} {median('dotnet_test_warm_' + kata):7.3f}          NUnit inside: {values['dotnet_test_nunit_duration_' + kata][-1]}")
print(f"{'dotnet test --no-build, 5 katas':46} {test_nobuild:7.3f} ({least('dotnet_test_nobuild_sum'):6.3f})")
row("grader, cold: fresh `grade` process", cold, least("grader_cold"))
print(f"{'   its CPU time (user + sys, with the worker)':46} {median('grader_cold_cpu'):7.3f}")
row("grader, warm: one process, median of 10", warm, num("warm_grade_min_seconds"))
print("where a warm grade goes (medians; run one after another, not summed):")
print(f"{'   5 in-memory Roslyn compiles':46} {num('compile_5_katas_median_seconds'):7.3f}")
print(f"{'   1 worker process, 5 katas':46} {num('worker_5_katas_median_seconds'):7.3f}")
print(f"{'   1 worker process, 01-sigmoid only':46} {num('worker_1_kata_median_seconds'):7.3f}")
print(f"{'   the 5 katas tests in a warm process':46} {num('tests_in_process_median_seconds'):7.3f}")
print(f"{'   a grader process doing nothing (--help)':46} {median('grader_process_floor'):7.3f}")
target = 30
print(f"target >= {target}x faster than warm dotnet test: "
      f"warm {'met' if test_warm / warm >= target else 'NOT met'} ({test_warm / warm:.1f}x), "
      f"cold {'met' if test_warm / cold >= target else 'NOT met'} ({test_warm / cold:.1f}x)")
print()

samples = [tuple(float(x) for x in line.split("\t")) for line in open(sys.argv[2]) if line.strip()]
count = int(sys.argv[3])
seconds = num("batch_seconds")
first = [s for s in samples if s[2] < 10]
last = [s for s in samples if s[2] >= count - 10]
def mib(rows, col, f): return f(r[col] for r in rows) / 1024 if rows else float("nan")
print(f"Batch: {int(num('batch_graded'))} submissions, `batch --parallel 2`, fresh process")
print(f"{'wall time':46} {seconds:7.2f} s   ({seconds / count:.3f} s per submission)")
print(f"{'CPU time (user + sys, grader and workers)':46} {num('batch_cpu'):7.2f} s   ({num('batch_cpu') / count:.3f} s per submission; / 2 cores = {num('batch_cpu') / 2:.1f} s)")
print(f"{'target <= 30 s':46} {'met' if seconds <= 30 else 'NOT met'}")
print(f"{'grader RSS while grading the first 10 (mean/max)':46} {mib(first, 1, statistics.mean):7.1f} / {mib(first, 1, max):.1f} MiB")
print(f"{'grader RSS while grading the last 10 (mean/max)':46} {mib(last, 1, statistics.mean):7.1f} / {mib(last, 1, max):.1f} MiB")
print(f"{'grader RSS peak over the batch':46} {mib(samples, 1, max):7.1f} MiB   ({len(samples)} samples)")
print(f"{'workers RSS, summed, peak':46} {mib(samples, 3, max):7.1f} MiB")
if "heap_first10_mib" in values:
    print(f"{'in process: GC heap after first 10 / last 10':46} {num('heap_first10_mib'):7.1f} / {num('heap_last10_mib'):.1f} MiB")
    print(f"{'in process: RSS after first 10 / last 10':46} {num('rss_first10_mib'):7.1f} / {num('rss_last10_mib'):.1f} MiB")
    print(f"{'in process: batch wall time':46} {num('in_process_batch_seconds'):7.2f} s")
PY
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), dotnet $(dotnet --version), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "logs and raw numbers: $work"
