#!/usr/bin/env bash
# Fuzzes CallWarden's parsers with afl++ and SharpFuzz (issue #9 part 8; docs/fuzzing.md).
#   fuzz/run.sh <target[,target…]|all> <seconds>
# Builds tests/CallWarden.Fuzz, copies its output to fuzz/out/bin and instruments CallWarden's and
# the parsing libraries' assemblies there, then runs afl-fuzz on each target for <seconds> with the
# seeds in tests/CallWarden.Fuzz/seeds/<target>. Prints per target: executions, execs/s, crashes,
# hangs, paths (from afl's fuzzer_stats) and the load average; replays every finding; ends with
# "fuzz: N clean, M with findings". Exits 1 when a target has a crash or a hang or afl-fuzz did not run.
# FUZZ_JOBS (default 1) targets run at once; FUZZ_TIMEOUT_MS (default 5000) is afl's hang limit.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(number sms calltime rulepattern kannel mail csv screen sip sdp wav prompts)
usage() { echo "usage: fuzz/run.sh <$(IFS='|'; echo "${targets[*]}")|all>[,…] <seconds>" >&2; exit 2; }
[ $# -eq 2 ] || usage
[[ "$2" =~ ^[1-9][0-9]*$ ]] || usage
seconds=$2
if [ "$1" = all ]; then
  selected=("${targets[@]}")
else
  IFS=, read -r -a selected <<<"$1"
  for target in "${selected[@]}"; do [[ " ${targets[*]} " == *" $target "* ]] || usage; done
fi
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install -y --no-install-recommends afl++" >&2; exit 1; }

out=fuzz/out
bin=$out/bin
echo "== fuzz: building tests/CallWarden.Fuzz"
dotnet build -v q -nologo tests/CallWarden.Fuzz >"$out.build.log" 2>&1 || { cat "$out.build.log"; exit 1; }
build=tests/CallWarden.Fuzz/bin/Debug/net10.0
rm -rf "$bin" && mkdir -p "$bin"
cp -r "$build/." "$bin/"

# Instrument CallWarden's parsing assemblies and the libraries they parse with (libphonenumber,
# MimeKit), so that afl sees their branches; the harness assembly and the runtime stay as they are.
dotnet tool restore >/dev/null
for assembly in CallWarden.Core CallWarden.Channels CallWarden.Voice PhoneNumbers MimeKit; do
  dotnet tool run sharpfuzz "$bin/$assembly.dll" >/dev/null
done
# Of the web assembly only the screening request reader and its problem details.
dotnet tool run sharpfuzz "$bin/CallWarden.Web.dll" CallWarden.Web.Screening CallWarden.Web.Problems >/dev/null

export AFL_SKIP_BIN_CHECK=1          # the forkserver is the dotnet host, not an afl-compiled binary
export AFL_NO_UI=1 AFL_QUIET=1
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=60000  # starting .NET on a busy machine takes seconds
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fuzz_one() {
  local target=$1 findings=$out/findings/$1
  rm -rf "$findings" && mkdir -p "$findings"
  afl-fuzz -i "tests/CallWarden.Fuzz/seeds/$target" -o "$findings" -t "${FUZZ_TIMEOUT_MS:-5000}" -m none -V "$seconds" \
    -- "$(command -v dotnet)" "$bin/CallWarden.Fuzz.dll" "$target" >"$findings/afl.log" 2>&1
  cut -d' ' -f1-3 /proc/loadavg >"$findings/loadavg"
}

pids=()
for target in "${selected[@]}"; do
  echo "== fuzz: $target for ${seconds}s"
  fuzz_one "$target" &
  pids+=($!)
  if [ "${#pids[@]}" -ge "${FUZZ_JOBS:-1}" ]; then wait "${pids[0]}" || true; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$2"; }
clean=0 dirty=()
printf '%-12s %8s %12s %9s %8s %6s %6s  %s\n' target seconds executions execs/s crashes hangs paths "load average at the end"
for target in "${selected[@]}"; do
  stats=$out/findings/$target/default/fuzzer_stats
  if [ ! -f "$stats" ]; then
    printf '%-12s afl-fuzz did not run:\n' "$target"; tail -20 "$out/findings/$target/afl.log"
    dirty+=("$target"); continue
  fi
  crashes=$(stat saved_crashes "$stats") hangs=$(stat saved_hangs "$stats")
  printf '%-12s %8s %12s %9s %8s %6s %6s  %s\n' "$target" "$(stat run_time "$stats")" "$(stat execs_done "$stats")" \
    "$(stat execs_per_sec "$stats")" "$crashes" "$hangs" "$(stat corpus_count "$stats")" "$(cat "$out/findings/$target/loadavg")"
  if [ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]; then clean=$((clean + 1)); else dirty+=("$target"); fi
done

# Each finding replayed outside afl by the uninstrumented build: its exception and where it was
# thrown, for the log and the regression test (a hang shows "ok" here when it needed afl's load).
for target in "${dirty[@]}"; do
  shopt -s nullglob
  files=("$out/findings/$target"/default/{crashes,hangs}/id:*)
  shopt -u nullglob
  [ "${#files[@]}" -gt 0 ] || continue
  echo "== fuzz: findings of $target (inputs in $out/findings/$target/default/)"
  timeout 300 dotnet "$build/CallWarden.Fuzz.dll" "$target" "${files[@]}" 2>&1 \
    | awk '/^[^ ]/ { frames = 0; print; next } frames < 4 { frames++; print }' || true
done
echo "fuzz: $clean clean, ${#dirty[@]} with findings"
[ "${#dirty[@]}" -eq 0 ]
