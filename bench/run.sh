#!/usr/bin/env bash
# Benchmark of the real memory-import job on generated input.
#
#   bench/run.sh USERS PER_USER [extra job args...]
#
# Environment:
#   BENCH_XMX=2g     heap limit of the job (-Xmx)
#   BENCH_SEED=42    generator seed
#   BENCH_JFR=1      record a JFR profile (bench/work/run.jfr) and print the hottest methods
#   BENCH_KEEP=1     keep the run's output folder (default: deleted before the next run only)
#   BENCH_CDS=0      run the jar as built, without the extracted layout and class-data archive (start-up ~2 s slower)
#   BENCH_JIT=0      run without the smaller C2 inlining budgets the README recommends for large runs
#
# Prints: entries, wall seconds, entries/s end to end, the job's per-step times and rates, CPU by kind of thread,
# peak RSS, peak heap.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: bench/run.sh USERS PER_USER [extra job args...]" >&2
    exit 2
fi
users=$1
per_user=$2
shift 2

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=bench/work
seed=${BENCH_SEED:-42}
xmx=${BENCH_XMX:-2g}
jar=target/memory-import.jar
mkdir -p "$work"

# 1. the jar: built only when missing
if [[ ! -f $jar ]]; then
    echo "bench: $jar missing, building it (mvn -B -q -DskipTests package)"
    mvn -B -q -DskipTests package
fi

# 1b. start-up: the jar extracted and a class-data-sharing archive of the classes a run loads, made by a run on the
# bundled input/ with paraphrase matching on, so the model's classes too (Spring Boot's documented CDS set-up); remade
# whenever the jar is newer
launch=(-jar "$jar")
if [[ ${BENCH_CDS:-1} == 1 ]]; then
    app=$work/app
    if [[ ! -f $app/app.jsa || $jar -nt $app/app.jsa ]]; then
        rm -rf "$app" "$work/cds-out"
        java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
        java -XX:ArchiveClassesAtExit="$app/app.jsa" -jar "$app/memory-import.jar" --input=input \
            --output="$work/cds-out" > "$work/cds.log" 2>&1
        rm -rf "$work/cds-out"
    fi
    launch=(-XX:SharedArchiveFile="$app/app.jsa" -jar "$app/memory-import.jar")
fi

# 2. the generator: compiled on its own (it needs nothing but the JDK), so a stale target/test-classes does not matter
gen_src=src/test/java/memoryimport/bench/ExportGenerator.java
gen_classes=$work/classes
if [[ ! -f $gen_classes/memoryimport/bench/ExportGenerator.class || $gen_src -nt $gen_classes/memoryimport/bench/ExportGenerator.class ]]; then
    mkdir -p "$gen_classes"
    javac -d "$gen_classes" "$gen_src"
fi

# 3. the input: generated once per (users, per user, seed) and reused; the marker is a hidden file, which the job skips
input=$work/input-$users-$per_user-$seed
gen_hash=$(sha1sum "$gen_src" | cut -c1-12)
if [[ ! -f $input/.complete ]] || [[ $(cat "$input/.complete") != "$gen_hash" ]]; then
    rm -rf "$input"
    java -cp "$gen_classes" memoryimport.bench.ExportGenerator "$input" "$users" "$per_user" "$seed"
    echo "$gen_hash" > "$input/.complete"
else
    echo "bench: reusing $input"
fi
echo "bench: input $(du -sh "$input" | cut -f1), $(find "$input" -type f ! -name '.*' | wc -l) files"

# 4. a fresh output folder (the job's HSQLDB lives under it, and a completed run is never repeated)
output=$work/out
rm -rf "$output"
gclog=$work/gc.log
log=$work/run.log
timelog=$work/time.txt
rm -f "$gclog" "$timelog"
: > "$log" # emptied now: the follower below must not start on the last run's log before the job's own redirect

jvm=(-Xmx"$xmx" -XX:+UseParallelGC -Xlog:gc:file="$gclog")
if [[ ${BENCH_JIT:-1} == 1 ]]; then
    # README, *Large runs*: on 2 cores C2 compiling took a third of a 1M-entry run's CPU; these budgets halve that
    jvm+=(-XX:FreqInlineSize=100 -XX:MaxInlineLevel=5 -XX:InlineSmallCode=1000)
fi
if [[ ${BENCH_JFR:-0} == 1 ]]; then
    rm -f "$work/run.jfr"
    jvm+=(-XX:StartFlightRecording=filename="$work/run.jfr",settings=profile)
fi
# with paraphrase matching on, the job also times the model alone on the texts it embedded (after the run; taken out
# of the wall time below)
cmd=(java "${jvm[@]}" "${launch[@]}" --input="$input" --output="$output" --memory-import.time-model-alone=true "$@")
echo "bench: ${cmd[*]}"

# 5. run, timing wall clock, peak RSS (/usr/bin/time -v when it exists, else VmHWM sampled from /proc) and the CPU of
# each kind of thread
start=$(date +%s.%N)
set +e
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$timelog" "${cmd[@]}" > "$log" 2>&1 &
else
    "${cmd[@]}" > "$log" 2>&1 &
fi
pid=$!
tail -f -n +1 --pid="$pid" "$log" &
tailer=$!
java_pid=$pid
if [[ -x /usr/bin/time ]]; then
    java_pid=
    while [[ -z $java_pid ]] && kill -0 "$pid" 2>/dev/null; do
        java_pid=$(pgrep -P "$pid" -x java)
        sleep 0.05
    done
fi
threads=$work/threads.txt
rm -f "$threads"
[[ -n $java_pid ]] && bench/thread-cpu.sh "$java_pid" > "$threads" &
sampler=$!
hwm=0
while kill -0 "$pid" 2>/dev/null; do
    if [[ ! -x /usr/bin/time ]]; then
        v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [[ -n $v && $v -gt $hwm ]] && hwm=$v
    fi
    sleep 0.5
done
wait "$pid"
rc=$?
end=$(date +%s.%N)
wait "$sampler" "$tailer"
[[ -x /usr/bin/time ]] || echo "Maximum resident set size (kbytes): $hwm" > "$timelog"
set -e

# 6. figures
alone_s=$(sed -n 's/^  model alone .*nothing else running: \([0-9.]*\) s.*/\1/p' "$log" | tail -1)
wall=$(awk -v s="$start" -v e="$end" -v a="${alone_s:-0}" 'BEGIN {printf "%.1f", e - s - a}')
entries=$(awk '$1 == "entries" && $2 ~ /^[0-9]+$/ {print $2; exit}' "$log")
entries=${entries:-0}
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$timelog")
# -Xlog:gc lines end in "BEFORE->AFTER(COMMITTED) PAUSE"; the largest BEFORE is the peak heap in use, the largest
# AFTER the largest live set seen after a collection; after a full collection only what is reachable is left, so the
# largest AFTER of those is the memory the job really holds
heap=$(awk '
    function mb(v,    u, x) { u = substr(v, length(v)); x = substr(v, 1, length(v) - 1);
                               return u == "G" ? x * 1024 : u == "K" ? x / 1024 : x + 0 }
    match($0, /[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)/) {
      split(substr($0, RSTART, RLENGTH), a, /->|\(|\)/); b = mb(a[1]); f = mb(a[2]); c = mb(a[3]);
      if (b > pb) pb = b; if (f > pa) pa = f; if (c > pc) pc = c; gcs++
      if ($0 ~ /Pause Full/) { if (f > fa) fa = f; fulls++ } }
    END { printf "%.0f %.0f %.0f %d %.0f %d", pb, pa, pc, gcs, fa, fulls }' "$gclog" 2>/dev/null)
read -r heap_peak heap_live heap_committed gcs full_live full_gcs <<< "${heap:-0 0 0 0 0 0}"
steps=$(sed -n 's/^  steps *//p' "$log" | tail -1)
job_s=$(sed -n 's/^memory-import: run .* in \([0-9.]*\) s.*/\1/p' "$log" | tail -1)

echo
echo "=== bench: $users users x $per_user entries (seed $seed, -Xmx$xmx, $(nproc) cores, $([[ ${BENCH_CDS:-1} == 1 ]] && echo 'extracted jar + CDS archive' || echo 'plain jar'), $([[ ${BENCH_JIT:-1} == 1 ]] && echo 'smaller inlining budgets' || echo 'default JIT')) ==="
printf '  job exit code        %s\n' "$rc"
printf '  entries              %s\n' "$entries"
printf '  wall                 %s s (JVM start to exit%s)\n' "$wall" "${alone_s:+, less the $alone_s s of the model-alone timing}"
printf '  job run              %s s (as the job reports it: job start to end, without JVM and Spring start-up)\n' "${job_s:-?}"
printf '  end to end           %s entries/s\n' "$(awk -v n="$entries" -v w="$wall" 'BEGIN {printf "%.0f", (w > 0 ? n / w : 0)}')"
printf '  steps                %s\n' "${steps:-(no summary line)}"
sed -n 's/^  \(paraphrase\|model alone\) */  \1: /p' "$log" | tail -2
printf '  CPU                  %s\n' "$(cat "$threads" 2>/dev/null || echo '?')"
printf '  peak RSS             %s MB\n' "$(awk -v k="${rss_kb:-0}" 'BEGIN {printf "%.0f", k / 1024}')"
printf '  peak heap in use     %s MB (largest heap before a GC; %s GCs)\n' "$heap_peak" "$gcs"
printf '  largest live heap    %s MB (largest heap after a GC; committed at most %s MB)\n' "$heap_live" "$heap_committed"
printf '  live after full GC   %s MB (largest heap after a full GC, %s full GCs: what the job holds)\n' "$full_live" "$full_gcs"

# 7. profile: hottest top frames, and hottest frames of the job's own code (first memoryimport frame of a sample)
if [[ ${BENCH_JFR:-0} == 1 && -f $work/run.jfr ]]; then
    set +o pipefail # head closes the pipe early
    echo
    echo "=== JFR: $work/run.jfr — top frames of execution samples ==="
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$work/run.jfr" > "$work/samples.txt"
    awk '/stackTrace = \[/ {getline; sub(/^ +/, ""); sub(/ +line:.*/, ""); print}' "$work/samples.txt" \
        | sort | uniq -c | sort -rn | head -30
    echo
    echo "=== JFR: first memoryimport frame of each sample ==="
    awk '/stackTrace = \[/ {inside = 1; found = 0; next}
         inside && /^ *\]/ {inside = 0; next}
         inside && !found && /^ +memoryimport\./ {l = $0; sub(/^ +/, "", l); sub(/ +line:.*/, "", l); print l; found = 1}' \
        "$work/samples.txt" | sort | uniq -c | sort -rn | head -20
fi

[[ ${BENCH_KEEP:-0} == 1 ]] || echo "bench: output in $output (deleted by the next run)"
exit "$rc"
