#!/usr/bin/env bash
# The team-dataset check (docs/datasets.md), too heavy for cargo test: 20 demo athletes × 10
# years exported with `gymlog export --dataset`, the coach's report (scripts/team_report.sql)
# run by DuckDB and by Spark in local mode, and their numbers compared row by row.
#
#   scripts/check_team_dataset.sh [ATHLETES] [YEARS]      (default 20 10)
#
# Needs: python3 with duckdb and pyspark (pip install duckdb pyspark), a Java runtime
# (apt-get install openjdk-17-jre-headless).
set -euo pipefail
cd "$(dirname "$0")/.."
athletes=${1:-20}
years=${2:-10}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/gymlog-target}
cargo build --locked --quiet
bin=$CARGO_TARGET_DIR/debug/gymlog
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
team=$work/team

echo "check: $athletes athletes × $years years into $team"
started=$(date +%s.%N)
single=0
for i in $(seq 1 "$athletes"); do
  home=$work/athlete-$i
  "$bin" --data-dir "$home/data" --config-dir "$home/config" demo --years "$years" --seed "$i" >/dev/null
  t0=$(date +%s.%N)
  "$bin" --data-dir "$home/data" --config-dir "$home/config" export --dataset "$team" --athlete "Athlete $i" >/dev/null 2>&1
  t1=$(date +%s.%N)
  "$bin" --data-dir "$home/data" --config-dir "$home/config" export --out "$work/single-$i.parquet" >/dev/null 2>&1
  t2=$(date +%s.%N)
  single=$(python3 -c "print($single + ($t2 - $t1))")
  dataset=$(python3 -c "print(${dataset:-0} + ($t1 - $t0))")
done
echo "check: the dataset exports took $(printf %.1f "$dataset") s in all; 20 single backups $(printf %.1f "$single") s"
du -sh "$team" | sed 's/^/check: dataset size /'

python3 - "$team" "$work/duckdb.csv" <<'PY'
import csv, sys, time, duckdb
team, out = sys.argv[1], sys.argv[2]
con = duckdb.connect()
con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{team}/athlete=*/year=*/*.parquet', hive_partitioning = true)")
started = time.time()
rows = con.execute(open("scripts/team_report.sql").read()).fetchall()
print(f"duckdb: {len(rows)} rows in {time.time() - started:.1f} s")
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["athlete", "week", "workouts", "sets", "tonnage_kg"])
    for r in rows:
        w.writerow([r[0], r[1].isoformat(), r[2], r[3], f"{r[4]:.1f}"])
PY
python3 scripts/team_report_spark.py "$team" "$work/spark.csv"

python3 - "$work/duckdb.csv" "$work/spark.csv" <<'PY'
import csv, sys
a = list(csv.reader(open(sys.argv[1])))
b = list(csv.reader(open(sys.argv[2])))
assert a[0] == b[0], (a[0], b[0])
assert len(a) == len(b), f"DuckDB {len(a) - 1} rows, Spark {len(b) - 1}"
bad = [(x, y) for x, y in zip(a[1:], b[1:])
       if x[:4] != y[:4] or abs(float(x[4]) - float(y[4])) > 0.05]
assert not bad, f"{len(bad)} rows differ, first: {bad[0]}"
athletes = len({r[0] for r in a[1:]})
workouts = sum(int(r[2]) for r in a[1:])
sets = sum(int(r[3]) for r in a[1:])
tonnage = sum(float(r[4]) for r in a[1:])
print(f"check: PASS — DuckDB and Spark agree on all {len(a) - 1} rows: {athletes} athletes, "
      f"{workouts} workouts, {sets} sets, {tonnage:,.1f} kg")
for r in a[1:3]:
    print("check: first rows:", ", ".join(r))
PY

# The coach's view in GymLog itself (Insights -> Open team folder, here `gymlog query --team`):
# the per-athlete team tables, made by the lifter's own views, must count the same workouts
# and sets as the report.
t0=$(date +%s.%N)
"$bin" query --team "$team" --format csv \
  "SELECT w.athlete, w.workouts, coalesce(s.sets, 0) AS sets
   FROM (SELECT athlete, count(*) AS workouts FROM team_workouts GROUP BY athlete) w
   LEFT JOIN (SELECT athlete, count(*) AS sets FROM team_sets GROUP BY athlete) s USING (athlete)
   ORDER BY athlete" > "$work/coach.csv"
t1=$(date +%s.%N)
echo "check: gymlog query --team opened the folder and answered in $(python3 -c "print(f'{$t1 - $t0:.1f}')") s"
python3 - "$work/duckdb.csv" "$work/coach.csv" <<'PY'
import csv, sys
from collections import defaultdict
report = defaultdict(lambda: [0, 0])
for r in list(csv.reader(open(sys.argv[1])))[1:]:
    report[r[0]][0] += int(r[2])
    report[r[0]][1] += int(r[3])
coach = {r[0].replace(" ", "_"): [int(r[1]), int(r[2])] for r in list(csv.reader(open(sys.argv[2])))[1:]}
assert coach == dict(report), f"the coach's view differs: {coach} vs {dict(report)}"
print(f"check: PASS — the coach's view (team_workouts, team_sets) agrees for all {len(coach)} athletes")
PY
