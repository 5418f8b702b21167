#!/usr/bin/env bash
# Times the Classroom workflow's own steps (.github/workflows/classroom.yml: "Build the grader" and
# "Grade every kata") in an exported student template, as a runner would run them, once with an
# empty NuGet cache and once with the cache the first run filled: the actions/cache step's case.
# Private NUGET_PACKAGES and HTTP cache folders stand in for a fresh runner, so the shared caches of
# this machine are neither used nor cleared. Numbers go to docs/classroom.md.
# Usage: tests/NeuralKatas.Tests/Classroom/measure-workflow.sh [SCRATCH]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
scratch="${1:-$(mktemp -d)}"
export DOTNET_NOLOGO=true DOTNET_CLI_TELEMETRY_OPTOUT=true MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false
export NUGET_PACKAGES="$scratch/nuget-packages" NUGET_HTTP_CACHE_PATH="$scratch/nuget-http"
rm -rf "$scratch/template" "$NUGET_PACKAGES" "$NUGET_HTTP_CACHE_PATH"
dotnet run --project "$repo/grader" --no-build -- classroom export "$scratch/template" > /dev/null
cd "$scratch/template"

step() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  GITHUB_OUTPUT="$scratch/output" GITHUB_STEP_SUMMARY="$scratch/summary" bash --noprofile --norc -eo pipefail -c "$*" > "$scratch/$name.log" 2>&1
  end=$(date +%s.%N)
  printf '%-28s %6.1f s\n' "$name" "$(echo "$end - $start" | bc)"
}

for run in cold warm; do
  rm -rf grader/bin grader/obj
  : > "$scratch/output"
  step "$run: Build the grader" "dotnet build grader -p:Plotting=false"
  step "$run: Grade every kata" "dotnet run --project grader --no-build -- classroom grade"
  if [ "$run" = cold ]; then
    printf '%-28s %6s MB (%s packages)\n' "downloaded" "$(du -sm "$NUGET_HTTP_CACHE_PATH" | cut -f1)" "$(find "$NUGET_HTTP_CACHE_PATH" -name '*.nupkg*' | wc -l)"
    printf '%-28s %6s MB\n' "cache to keep" "$(du -sm "$NUGET_PACKAGES" | cut -f1)"
  fi
done
printf '%-28s %6s bytes\n' "largest step output" "$(awk '{ print length($0) }' "$scratch/output" | sort -n | tail -1)"
