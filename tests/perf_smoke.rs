//! The performance harness (`cargo run --example perf`) on tiny histories with a few samples:
//! not a timed test — it checks that the table and its JSON have every line, so the harness
//! cannot rot. The real window's figures are skipped here (no window in a test).

#[path = "../examples/perf/run/mod.rs"]
#[allow(dead_code)]
mod perf;

#[test]
fn the_harness_prints_every_line_and_writes_them_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("perf.json");
    let options = perf::Options { json: Some(json.clone()), ..perf::Options::quick() };
    let table = perf::run(&options).unwrap();

    let mut expected: Vec<String> = [
        "log a set p50",
        "log a set p99",
        "log a set max",
        "UI-thread time per logged set p50",
        "logged set on disk (\"saved\") p99",
        "UI-thread time to start a workout with Squat, first",
        "UI-thread time per logged set p50, fsync +20 ms",
        "logged set on disk (\"saved\") p99, fsync +20 ms",
        "export backup",
        "backup size per event",
        "restore backup into an empty store",
        "import Strong CSV",
        "import the stress history's Strong CSV",
        "memory peak, importing the stress history's Strong CSV",
        "frame: Workout p99",
        "frame: Programs p99",
        "frame: History p99",
        "frame: Progress p99",
        "frame: Insights p99",
        "frame: Exercises p99",
        "frame: Body p99",
        "frame: Settings p99",
        "frame: Exercises: Squat records p99",
        "frame: History: a workout being corrected p99",
        "frame: Programs: following StrongLifts, plan ahead and replay p99",
        "frame: Workout: live, repeating the last p99",
        "frame: Insights: a 100,000-row answer p99",
        "frame after saving a workout (median)",
        "frame after a correction (median)",
        "correction: recounted figures on screen (median)",
        "frame while a sync runs p99",
    ]
    .map(String::from)
    .to_vec();
    expected.extend(perf::programs::figure_names());
    expected.extend(perf::window::figure_names(&options));
    let figures: Vec<&str> = table.lines.iter().map(|l| l.figure.as_str()).collect();
    assert_eq!(figures, expected);
    for line in &table.lines {
        let measured_here = !line.figure.contains("fsync +20 ms")
            && !line.figure.starts_with("start-up")
            && !line.figure.starts_with("memory")
            && !line.figure.starts_with("the history's")
            && !line.figure.starts_with("scale");
        assert_eq!(line.measured.is_some(), measured_here, "{}", line.figure);
        if !measured_here {
            assert_eq!(line.status(), "SKIP");
        }
    }
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let lines = written["lines"].as_array().unwrap();
    assert_eq!(lines.len(), expected.len());
    for (line, figure) in lines.iter().zip(&expected) {
        assert_eq!(line["figure"], figure.as_str());
        assert!(["PASS", "FAIL", "SKIP", "—"].contains(&line["status"].as_str().unwrap()));
    }
    assert_eq!(written["samples"]["log_set_ms"].as_array().unwrap().len(), options.log_samples);
    assert!(written["machine"]["cores"].as_u64().unwrap() >= 1);
}
