//! One table: figure, budget, target, measured, baseline, ratio, PASS/FAIL — printed and as
//! JSON, with the raw samples the charts in docs/performance.md are drawn from.

use serde_json::{Value, json};

/// A limit on a figure: on the value itself, or on its ratio to the baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    /// At most this (in the line's unit).
    Max(f64),
    /// At most this many times the baseline.
    Ratio(f64),
}

impl Limit {
    fn text(self, unit: &str) -> String {
        match self {
            Limit::Max(v) => format!("≤ {} {unit}", number(v)),
            Limit::Ratio(r) => format!("≤ {r:.2}×"),
        }
    }

    fn holds(self, measured: f64, baseline: Option<f64>) -> bool {
        match (self, baseline) {
            (Limit::Max(v), _) => measured <= v,
            (Limit::Ratio(r), Some(b)) if b > 0.0 => measured / b <= r,
            (Limit::Ratio(_), _) => false,
        }
    }
}

fn number(v: f64) -> String {
    if v.abs() >= 100.0 {
        format!("{v:.0}")
    } else if v.abs() >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

/// One figure.
#[derive(Debug, Clone)]
pub struct Line {
    pub figure: String,
    pub unit: &'static str,
    /// `None`: not measured here (said why in `note`).
    pub measured: Option<f64>,
    pub baseline: Option<f64>,
    pub budget: Option<Limit>,
    pub target: Option<Limit>,
    pub note: String,
}

impl Line {
    pub fn new(figure: impl Into<String>, unit: &'static str, measured: Option<f64>) -> Line {
        Line { figure: figure.into(), unit, measured, baseline: None, budget: None, target: None, note: String::new() }
    }

    pub fn baseline(mut self, baseline: f64) -> Line {
        self.baseline = Some(baseline);
        self
    }

    pub fn budget(mut self, limit: Limit) -> Line {
        self.budget = Some(limit);
        self
    }

    pub fn target(mut self, limit: Limit) -> Line {
        self.target = Some(limit);
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Line {
        self.note = note.into();
        self
    }

    pub fn ratio(&self) -> Option<f64> {
        Some(self.measured? / self.baseline.filter(|b| *b > 0.0)?)
    }

    /// PASS / FAIL against the budget; SKIP when not measured; "—" without a budget.
    pub fn status(&self) -> &'static str {
        match (self.measured, self.budget) {
            (None, _) => "SKIP",
            (Some(_), None) => "—",
            (Some(m), Some(b)) if b.holds(m, self.baseline) => "PASS",
            (Some(_), Some(_)) => "FAIL",
        }
    }

    /// Whether the target is met (None without a target or a measurement).
    pub fn target_met(&self) -> Option<bool> {
        Some(self.target?.holds(self.measured?, self.baseline))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub lines: Vec<Line>,
    /// Raw samples for the charts: name → values.
    pub samples: Vec<(String, Vec<f64>)>,
}

impl Table {
    pub fn new() -> Table {
        Table::default()
    }

    pub fn push(&mut self, line: Line) {
        let measured = line.measured.map_or("—".to_string(), |m| format!("{} {}", number(m), line.unit));
        println!("  {:<46} {measured:>14}  {}", line.figure, line.status());
        self.lines.push(line);
    }

    pub fn samples(&mut self, name: &str, values: Vec<f64>) {
        self.samples.push((name.to_string(), values));
    }

    /// The figures over their budget.
    pub fn failed(&self) -> Vec<String> {
        self.lines.iter().filter(|l| l.status() == "FAIL").map(|l| l.figure.clone()).collect()
    }

    pub fn print(&self) {
        println!();
        println!(
            "{:<46} {:>12} {:>12} {:>14} {:>14} {:>7}  {:<6} target",
            "figure", "budget", "target", "measured", "baseline", "ratio", "status"
        );
        for l in &self.lines {
            let limit = |x: Option<Limit>| x.map_or("—".to_string(), |x| x.text(l.unit));
            let value = |x: Option<f64>| x.map_or("—".to_string(), |x| format!("{} {}", number(x), l.unit));
            let target = match l.target_met() {
                Some(true) => "met",
                Some(false) => "missed",
                None => "",
            };
            println!(
                "{:<46} {:>12} {:>12} {:>14} {:>14} {:>7}  {:<6} {target}{}",
                l.figure,
                limit(l.budget),
                limit(l.target),
                value(l.measured),
                value(l.baseline),
                l.ratio().map_or("—".to_string(), |r| format!("{r:.2}×")),
                l.status(),
                if l.note.is_empty() { String::new() } else { format!("  ({})", l.note) },
            );
        }
    }

    pub fn to_json(&self) -> Value {
        let lines: Vec<Value> = self
            .lines
            .iter()
            .map(|l| {
                let limit = |x: Option<Limit>| match x {
                    Some(Limit::Max(v)) => json!({"max": v}),
                    Some(Limit::Ratio(r)) => json!({"ratio": r}),
                    None => Value::Null,
                };
                json!({
                    "figure": l.figure, "unit": l.unit, "budget": limit(l.budget), "target": limit(l.target),
                    "measured": l.measured, "baseline": l.baseline, "ratio": l.ratio(),
                    "status": l.status(), "target_met": l.target_met(), "note": l.note,
                })
            })
            .collect();
        let samples: serde_json::Map<String, Value> =
            self.samples.iter().map(|(name, values)| (name.clone(), json!(values))).collect();
        json!({
            "date": chrono::Utc::now().to_rfc3339(),
            "machine": machine(),
            "lines": lines,
            "samples": samples,
        })
    }
}

/// Cores, memory and CPU model, from /proc where there is one.
pub fn machine() -> Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1)).map(str::trim);
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_kib: Option<u64> =
        meminfo.lines().find(|l| l.starts_with("MemTotal")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok());
    json!({
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "memory_gib": mem_kib.map(|k| (k as f64 / 1024.0 / 1024.0 * 10.0).round() / 10.0),
        "cpu": model,
        "os": std::env::consts::OS,
    })
}
