#!/usr/bin/env bash
# The warm grade server of grader/nk against grading in a fresh process and against `dotnet test`
# (docs/performance.md, "The grade server"):
#
#  1. `grader/nk grade solutions` as a fresh process, in pairs: with NEURALKATAS_SERVER=0 (no server:
#     what every command cost before), then the first command with the server on (none running: it
#     grades by itself and starts one, which is let warm up and stopped before the next pair); then,
#     with a server warm, again and again (answered by it);
#  2. `grader/nk run 1` after an edit of katas/01-sigmoid/Activation.cs (a comment appended, so the
#     learner cache misses), and `grader/nk list` with nothing changed, without and with the server;
#  3. the learner's own `grader/nk grade` of a complete submission (the solutions copied into katas/):
#     with every kata changed (so the cache misses) and with nothing changed, without and with the
#     server, then 3 × N times in a row with every kata changed and the server warm, then as a
#     learner works (the server grades each save ahead): 2 s after a grade, every kata saved, and
#     the command 0, 0.5 or 2 s after the save, N times each; and `hint`, which reads the cache;
#  4. `dotnet test katas/NN -p:Solutions=true` for the five katas, one after the other, built once
#     and then timed warm (the command DESIGN.md compares with).
#
#   tests/Benchmarks/server-bench.sh [--runs N]
#
# Everything runs in a copy of katas/ and solutions/ under a fresh folder in /tmp (the repository's
# own katas/ is never touched), with NEURALKATAS_HOME there; the servers it starts are stopped at
# the end. A learner's command without the server runs in a second copy (alone/), which no server
# watches: in the first, the warm server would grade the same save ahead on the same cores.
# Wall-clock seconds from `date +%s.%N`, and the load average before each block.
set -euo pipefail

runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N]" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
nk="$repo/grader/nk"
work="$(mktemp -d /tmp/nk-server-bench-XXXXXX)"
alone="$work/alone"
for copy in "$work" "$alone"; do
  mkdir -p "$copy"
  cp -r "$repo/katas" "$repo/solutions" "$copy/"
  for file in Directory.Build.props Directory.Packages.props global.json .editorconfig; do cp "$repo/$file" "$copy/"; done
  find "$copy/katas" "$copy/solutions" \( -name bin -o -name obj -o -name .backup -o -name pictures \) -prune -exec rm -rf {} +
done
export NEURALKATAS_HOME="$work/home" NO_COLOR=1
cd "$work"

# A server exits within half a second of its socket's deletion, and its compile servers and workers with it.
stop_servers() {
  rm -f "$NEURALKATAS_HOME"/servers/*/socket
  for _ in $(seq 100); do
    pgrep -f "serve --course $work\$" >/dev/null || return 0
    sleep 0.2
  done
}
trap stop_servers EXIT

seconds() {
  local start
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  echo "$(date +%s.%N) - $start" | bc
}
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
wait_warm() {
  for _ in $(seq 600); do
    grep -qs "warmed up" "$NEURALKATAS_HOME"/servers/*/log && truncate -s 0 "$NEURALKATAS_HOME"/servers/*/log && return 0
    sleep 0.2
  done
  echo "the server did not warm up" >&2
  return 1
}
katas=(01-sigmoid 02-init 03-forward 04-backprop 05-train)
# A learner's command without a server, in the copy no server watches; the same command with one.
unserved() { (cd "$alone" && NEURALKATAS_SERVER=0 seconds "$nk" "$@"); }
both() { local label="$1"; shift; echo "$label, no server: $(unserved "$@")"; echo "$label, server warm: $(seconds "$nk" "$@")"; }
edit() { printf '\n// edit %s\n' "$1" >> katas/01-sigmoid/Activation.cs; }

NEURALKATAS_SERVER=0 "$nk" --help >/dev/null   # publishes grader/bin/nk/ first when its sources changed

echo "== grade solutions, fresh process, without a server and as the first command with one ($(load))"
for i in $(seq "$runs"); do
  echo "no server:              $(NEURALKATAS_SERVER=0 seconds "$nk" grade solutions)"
  echo "first, server starting: $(seconds "$nk" grade solutions)"
  wait_warm
  stop_servers
done
echo "== grade solutions, fresh process, the server warm ($(load))"
seconds "$nk" grade solutions >/dev/null
wait_warm
for i in $(seq "$runs"); do echo "server warm: $(seconds "$nk" grade solutions)"; done

echo "== run 1 after an edit of katas/01-sigmoid/Activation.cs, and list with nothing changed ($(load))"
for i in $(seq "$runs"); do
  (cd "$alone" && edit "a$i"); echo "run 1, no server:   $(unserved run 1)"
  edit "b$i"; echo "run 1, server warm: $(seconds "$nk" run 1)"
done
for i in $(seq "$runs"); do both "list" list; done

echo "== the learner's own grade of a complete submission: every kata changed (the cache misses), then nothing changed ($(load))"
for copy in "$work" "$alone"; do for k in "${katas[@]}"; do cp "$copy"/solutions/"$k"/*.cs "$copy"/katas/"$k"/; done; done
edit_all() { for k in "${katas[@]}"; do printf '\n// edit %s\n' "$1" >> "$(ls katas/"$k"/*.cs | head -1)"; done; }
for i in $(seq "$runs"); do
  (cd "$alone" && edit_all "c$i"); echo "grade, all changed, no server:   $(unserved grade)"
  edit_all "d$i"; echo "grade, all changed, server warm: $(seconds "$nk" grade)"
done
# As a learner works: edit, grade, edit, grade, with nothing else in between (the pairs above
# alternate with a command that grades without the server, whose processes are still ending).
for i in $(seq $((3 * runs))); do
  edit_all "e$i"; echo "grade, all changed, server warm, in a row: $(seconds "$nk" grade)"
done
# As a learner works: reads the last grade (2 s), saves, and asks for the next grade at once, or
# after a moment; the server starts grading at the save.
for gap in 0 0.5 2; do
  for i in $(seq "$runs"); do
    sleep 2; edit_all "f$gap-$i"; sleep "$gap"
    echo "grade, all changed, the command $gap s after the save: $(seconds "$nk" grade)"
  done
done
for i in $(seq "$runs"); do
  both "grade, nothing changed" grade
  echo "hint 2 (no kata graded): $(seconds "$nk" hint 2)"
  echo "hint (the first kata not passing: none): $(seconds "$nk" hint)"
done
echo "requests the server answered: $(cat "$NEURALKATAS_HOME"/servers/*/requests)"
stop_servers

echo "== dotnet test of the five katas, -p:Solutions=true, warm ($(load))"
for k in "${katas[@]}"; do dotnet test "katas/$k" -p:Solutions=true >/dev/null 2>&1; done
for i in $(seq 3); do
  start=$(date +%s.%N)
  for k in "${katas[@]}"; do dotnet test "katas/$k" -p:Solutions=true >/dev/null 2>&1; done
  echo "dotnet test, 5 katas: $(echo "$(date +%s.%N) - $start" | bc)"
done
echo "($(load) at the end; work folder $work)"
