#!/usr/bin/env python3
"""The coach's weekly report (scripts/team_report.sql) over a GymLog team dataset, in Spark.

    python3 scripts/team_report_spark.py TEAM_DIR [OUT.csv]

Runs Spark in local mode (pip install pyspark; a Java runtime, e.g. Debian's
openjdk-17-jre-headless). spark.read.parquet(TEAM_DIR) discovers the Hive partitions
athlete=…/year=… (and skips the hidden .gymlog-staging folder); the report's SQL is the same
text DuckDB runs. Prints the row count and the time, writes the rows as CSV when asked.
"""
import csv
import pathlib
import sys
import time

from pyspark.sql import SparkSession


def main():
    team, out = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    sql = (pathlib.Path(__file__).parent / "team_report.sql").read_text()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("gymlog-team-report")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.time()
    spark.read.parquet(team).createOrReplaceTempView("events")
    rows = spark.sql(sql).collect()
    print(f"spark: {len(rows)} rows in {time.time() - started:.1f} s")
    if out:
        with open(out, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["athlete", "week", "workouts", "sets", "tonnage_kg"])
            for r in rows:
                writer.writerow([r["athlete"], r["week"].isoformat(), r["workouts"], r["sets"], f"{r['tonnage_kg']:.1f}"])
    spark.stop()


if __name__ == "__main__":
    main()
