#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Startup benchmark: starts the built product N times (default 5) on a virtual display and reports, per run and as
# medians, the time from running the launcher script to a usable window (the workbench logs "window ready" when the
# window is open and its event loop idle) and the part of it spent inside the JVM. The first run is a warm-up.
# Usage: releng/bench/startup.sh [PRODUCT_DIR] [N] [--with-sample]
#   --with-sample: measure a returning user's start, with the sample production restored in its editor
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${1:-$root/releng/org.backlot.product/target/products/org.backlot.product/linux/gtk/x86_64/backlot}
n=${2:-5}
with_sample=${3:-}
[ -x "$product/backlot" ] || { echo "startup: no product at $product (run ./backlot build)" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "startup: needs Xvfb (apt-get install xvfb)" >&2; exit 1; }
d=97; while [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
home=$(mktemp -d); log=$(mktemp)
trap 'kill $xvfb 2>/dev/null; rm -rf "$home" "$log"' EXIT
sleep 1
if [ "$with_sample" = --with-sample ]; then
  # a first session that writes and opens the sample, then closes normally, so that the next starts restore it
  DISPLAY=:$d BACKLOT_HOME="$home" BACKLOT_VMARGS="-Dbacklot.exitWhenReady=12000" timeout 120 "$product/backlot" > "$log" 2>&1
  [ -f "$home/samples/last-pot-of-tea.backlot" ] || { echo "startup: the sample was not written" >&2; exit 1; }
fi
walls=(); jvms=()
for i in $(seq 0 "$n"); do
  : > "$log"
  start=$(date +%s%3N)
  # the suite closes itself normally once its window is ready, so caches are saved as after a user's session
  DISPLAY=:$d BACKLOT_HOME="$home" BACKLOT_VMARGS="-Dbacklot.exitWhenReady=true ${BACKLOT_VMARGS:-}" \
    timeout 120 "$product/backlot" > "$log" 2>&1
  line=$(grep -m1 "window ready" "$log")
  [ -n "$line" ] || { echo "startup: run $i: no window (log follows)" >&2; cat "$log" >&2; exit 1; }
  jvm=$(echo "$line" | sed 's/.*ready \([0-9]*\) ms.*/\1/'); at=$(echo "$line" | sed 's/.*, at \([0-9]*\).*/\1/')
  wall=$((at - start))
  if [ "$i" = 0 ]; then echo "startup: warm-up run: ${wall} ms to a usable window (${jvm} ms in the JVM)"; continue; fi
  echo "startup: run $i: ${wall} ms to a usable window (${jvm} ms in the JVM)"
  walls+=("$wall"); jvms+=("$jvm")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
echo "startup: median of $n warm starts: $(median "${walls[@]}") ms from ./backlot to a usable window, $(median "${jvms[@]}") ms in the JVM"
