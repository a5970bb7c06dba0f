#!/usr/bin/env python3
"""The markdown table of docs/performance.md from two runs of the harness:

    cargo run --example perf -- --json run1.json && cargo run --example perf -- --json run2.json
    python3 scripts/perf_table.py run1.json run2.json
"""
import json
import sys


def amount(value, unit):
    if value is None:
        return "—"
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "B":
        return f"{value:.1f} B"
    if abs(value) >= 100:
        return f"{value:.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def limit(line, key):
    value = line.get(key)
    if value is None:
        return "—"
    (kind, number), = value.items()
    if kind == "ratio":
        return f"≤ {number:.2f}×"
    return f"{'≤' if kind == 'max' else '≥'} {amount(number, line['unit'])}"


def main(first, second):
    runs = [json.load(open(path)) for path in (first, second)]
    print(f"run 1: {runs[0]['date']}, run 2: {runs[1]['date']}; {runs[0]['machine']}\n")
    print("| figure | budget | target | run 1 | baseline 1 | ratio 1 | run 2 | baseline 2 | ratio 2 | status (1 / 2) | target |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    second_lines = {line["figure"]: line for line in runs[1]["lines"]}
    for line in runs[0]["lines"]:
        other = second_lines.get(line["figure"], {})
        cells = [line["figure"], limit(line, "budget"), limit(line, "target")]
        for run in (line, other):
            cells += [
                amount(run.get("measured"), run.get("unit", "")),
                amount(run.get("baseline"), run.get("unit", "")),
                "—" if run.get("ratio") is None else f"{run['ratio']:.2f}×",
            ]
        cells.append(f"{line['status']} / {other.get('status', '—')}")
        met = [r.get("target_met") for r in (line, other)]
        cells.append("" if met == [None, None] else " / ".join("met" if m else "missed" for m in met))
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
