#!/usr/bin/env python3
"""Draws docs/performance.png from the JSON `cargo run --example perf -- --json FILE` writes:
set-logging latency (GymLog against a bare INSERT + commit, each sample in the order taken),
frame times per screen (median and p99), and the scale curve (history ready and peak memory).

    pip install matplotlib
    python3 scripts/perf_chart.py perf.json docs/performance.png
"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(source, dest):
    data = json.load(open(source))
    samples = data["samples"]
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))

    ax = axes[0]
    ax.plot(samples["log_set_ms"], ".", markersize=2, label="GymLog: append + commit")
    ax.plot(samples["log_set_baseline_ms"], ".", markersize=2, label="bare INSERT + commit")
    ax.set_title("Logging a set (ms), samples interleaved")
    ax.set_xlabel("sample")
    ax.set_ylabel("ms")
    ax.axhline(10, color="red", linewidth=1, label="budget p99 10 ms")
    ax.legend(fontsize=8)

    ax = axes[1]
    frames = {k[len("frame_ms: "):]: v for k, v in samples.items() if k.startswith("frame_ms: ")}
    names = list(frames)
    med = [sorted(v)[len(v) // 2] for v in frames.values()]
    p99 = [sorted(v)[min(len(v) - 1, round((len(v) - 1) * 0.99))] for v in frames.values()]
    ys = range(len(names))
    ax.barh([y + 0.2 for y in ys], p99, height=0.4, label="p99")
    ax.barh([y - 0.2 for y in ys], med, height=0.4, label="median")
    ax.set_yticks(list(ys), names, fontsize=7)
    ax.axvline(8, color="red", linewidth=1, label="budget 8 ms")
    ax.axvline(4, color="orange", linewidth=1, label="target 4 ms")
    ax.set_title("CPU time of a frame (ms), 10-year history")
    ax.legend(fontsize=8)

    ax = axes[2]
    key = next((k for k in samples if k.startswith("scale:")), None)
    if key:
        curve = samples[key]
        rows = [curve[i:i + 6] for i in range(0, len(curve), 6)]
        events = [r[0] for r in rows]
        ax.plot(events, [r[2] / 1000 for r in rows], "o-", label="history ready (s)")
        ax.plot(events, [r[1] / 1000 for r in rows], "o-", label="first frame (s)")
        ax.plot(events, [r[5] for r in rows], "o-", label="export (s)")
        ax.set_xscale("log")
        ax.set_xlabel("events")
        ax.set_ylabel("s")
        ax2 = ax.twinx()
        ax2.plot(events, [r[3] for r in rows], "s--", color="purple", label="peak memory (MiB)")
        ax2.set_ylabel("MiB")
        ax2.legend(loc="center right", fontsize=8)
        ax.legend(loc="upper left", fontsize=8)
        ax.set_title("Scale")
    fig.suptitle(f"GymLog performance — {data['date'][:10]}, {data['machine']['cores']} cores, {data['machine']['cpu']}", fontsize=10)
    fig.tight_layout()
    fig.savefig(dest, dpi=110)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
