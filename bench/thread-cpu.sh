#!/usr/bin/env bash
# CPU seconds a running JVM spends per kind of thread, read from /proc every half second until it exits.
#
#   bench/thread-cpu.sh PID
#
# Prints one line: total, the job's own threads (partitions, publish, main), the JIT compilers (C2, C1), GC. JFR's
# samples show none of the compiler's time, which on 2 cores is a third of a 1M-entry run's CPU.
# A thread that ends between two reads loses at most its last half second.
set -uo pipefail

pid=$1
hz=$(getconf CLK_TCK)
declare -A ticks names
while [[ -d /proc/$pid/task ]]; do
    for task in /proc/"$pid"/task/*; do
        stat=$(cat "$task/stat" 2>/dev/null) || continue
        name=$(cat "$task/comm" 2>/dev/null) || continue
        fields=(${stat##*) }) # after "pid (comm) ": state is field 0, utime 11, stime 12
        ticks[${task##*/}]=$((fields[11] + fields[12]))
        names[${task##*/}]=$name
    done
    sleep 0.5
done
for tid in "${!ticks[@]}"; do
    printf '%s\t%s\n' "${names[$tid]}" "${ticks[$tid]}"
done | awk -F'\t' -v hz="$hz" '
    $1 ~ /^C2 Compiler/ { c2 += $2; next }
    $1 ~ /^C1 Compiler/ { c1 += $2; next }
    $1 ~ /^(GC Thread|VM Thread|G1 |Parallel)/ { gc += $2; next }
    { job += $2 }
    END { total = c2 + c1 + gc + job
          printf "%.1f s: job threads %.1f s, JIT compilers %.1f s (C2 %.1f, C1 %.1f), GC %.1f s\n",
                 total / hz, job / hz, (c2 + c1) / hz, c2 / hz, c1 / hz, gc / hz }'
