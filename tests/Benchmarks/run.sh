#!/usr/bin/env bash
# Times the reference C# Training.Train and the seed tutorial's NumPy code on the same XOR task
# (2-4-1, learning rate 1.0, 10 000 epochs), one after the other on this machine, and prints both
# medians and their ratio. The design's target (shared/DESIGN.md, "Performance") is C# >= 100x faster.
#
#   tests/Benchmarks/run.sh           C# under BenchmarkDotNet (about 40 s), then NumPy (a few seconds)
#   tests/Benchmarks/run.sh --quick   C# under a Stopwatch loop instead (a few seconds)
#
# Full output of each side goes to tests/Benchmarks/bin/ (git ignores bin/).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
logs="$here/bin"
mkdir -p "$logs"

csharp_args=()
case "${1:-}" in
  "") ;;
  --quick) csharp_args=(--quick) ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac

# Debian's numpy, run by Debian's python: the pyenv python3 first on PATH has no numpy.
python=/usr/bin/python3
if ! "$python" -c 'import numpy' 2>/dev/null; then
  echo "Installing Debian's python3-numpy ..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  # threadpoolctl only reports which BLAS numpy uses; the timing does not need it.
  $sudo apt-get install -y -qq python3-numpy python3-threadpoolctl >/dev/null
fi

echo "Building the C# benchmark (Release) ..."
dotnet build "$here/NeuralKatas.Benchmarks.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >"$logs/run.build.log" 2>&1 \
  || { cat "$logs/run.build.log"; exit 1; }
exe="$here/bin/Release/net10.0/NeuralKatas.Benchmarks"

echo "Timing C# (log: $logs/run.csharp.log) ..."
# From bin/, so nothing a tool writes into the current directory lands in the work tree.
(cd "$logs" && "$exe" "${csharp_args[@]}") >"$logs/run.csharp.log" 2>&1 \
  || { tail -40 "$logs/run.csharp.log"; exit 1; }

echo "Timing NumPy (log: $logs/run.numpy.log) ..."
# The machine sets OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE for old OpenBLAS builds; they would slow a
# current one, so they are unset for this command alone. seed_xor.py prints the BLAS it really loaded.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$here/seed_xor.py" --runs 11 >"$logs/run.numpy.log" 2>&1 \
  || { cat "$logs/run.numpy.log"; exit 1; }

value() { sed -n "s/^$1=//p" "$2" | tail -1; }
cs_median=$(value median_seconds "$logs/run.csharp.log")
cs_min=$(value min_seconds "$logs/run.csharp.log")
np_median=$(value median_seconds "$logs/run.numpy.log")
np_min=$(value min_seconds "$logs/run.numpy.log")

echo
grep -E '^\| *(Method|TrainXor)|^[0-9]+ calls|^per call' "$logs/run.csharp.log" || true
grep -E '^numpy ' "$logs/run.numpy.log" || true
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), dotnet $(dotnet --version)"
echo
awk -v cm="$cs_median" -v cn="$cs_min" -v nm="$np_median" -v nn="$np_min" 'BEGIN {
  printf "%-44s %12s %12s\n", "XOR 2-4-1, lr 1.0, 10 000 epochs", "median", "min"
  printf "%-44s %9.3f ms %9.3f ms\n", "C#  reference Training.Train", cm * 1000, cn * 1000
  printf "%-44s %9.3f ms %9.3f ms\n", "NumPy  seed tutorial train_network", nm * 1000, nn * 1000
  printf "%-44s %11.1fx %11.1fx\n", "ratio (NumPy / C#)", nm / cm, nn / cn
  printf "target: C# at least 100x faster (median ratio): %s\n", (nm / cm >= 100 ? "met" : "NOT met")
}'
