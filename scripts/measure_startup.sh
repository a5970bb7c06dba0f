#!/usr/bin/env bash
# Start-up of a gymlog binary on the reference history (ten years of demo training), as a
# lifter starts it: the real window under Xvfb (software GL), timed from the spawn to the first
# frame and to the history being ready, with its memory, by the window's own probe
# (GYMLOG_PROBE, src/ui/probe.rs). Prints each run and the medians.
#
#   scripts/measure_startup.sh BINARY [RUNS]      e.g. /var/tmp/gymlog-target/release/gymlog 7
#
# Needs Xvfb (or a $DISPLAY) and python3.
set -euo pipefail
bin=${1:?usage: scripts/measure_startup.sh BINARY [RUNS]}
runs=${2:-7}
work=$(mktemp -d)
cleanup() { [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  display=:$((90 + RANDOM % 9))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=$display
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
fi
"$bin" --data-dir "$work/data" --config-dir "$work/config" demo --years 10 --seed 1 >/dev/null
events=$("$bin" --data-dir "$work/data" --config-dir "$work/config" stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
echo "startup: $bin on the reference history ($events events), $runs runs"
for i in $(seq "$runs"); do
  spawned=$(date +%s%6N)
  GYMLOG_PROBE=$work/probe-$i.json "$bin" --data-dir "$work/data" --config-dir "$work/config" >/dev/null 2>&1
  python3 - "$work/probe-$i.json" "$spawned" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); t0 = int(sys.argv[2])
print(f"startup: first frame {(p['first_frame_us'] - t0) / 1000:.0f} ms, history ready {(p['ready_us'] - t0) / 1000:.0f} ms, "
      f"peak {p['vm_hwm_kib'] / 1024:.0f} MiB, steady {p['vm_rss_kib'] / 1024:.0f} MiB")
PY
  echo "$spawned" > "$work/spawned-$i"
done
python3 - "$work" "$runs" <<'PY'
import json, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
rows = []
for i in range(1, runs + 1):
    p = json.load(open(f"{work}/probe-{i}.json")); t0 = int(open(f"{work}/spawned-{i}").read())
    rows.append(((p["first_frame_us"] - t0) / 1000, (p["ready_us"] - t0) / 1000, p["vm_hwm_kib"] / 1024, p["vm_rss_kib"] / 1024))
med = [statistics.median(c) for c in zip(*rows)]
print(f"startup: median first frame {med[0]:.0f} ms, history ready {med[1]:.0f} ms, peak {med[2]:.0f} MiB, steady {med[3]:.0f} MiB")
PY
