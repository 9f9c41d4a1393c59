//! The SQLite output in a real Datasette, as a journalist would browse it: the most expensive
//! trip sorts first, facets count right, `trips_flat` is served, the metadata is read.
//!
//! Datasette comes from `scripts/setup-datasette.sh` (a pinned version in
//! `target/datasette-venv`, which `.ci/run` installs), or from `AMBTSREIZEN_DATASETTE`, or
//! from `PATH`. Without one the test is skipped with a message, unless `CI=true`: there a
//! missing Datasette is a failure, so CI never passes without having run it.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const PDF: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";

/// The datasette executable to use, or why there is none.
fn datasette() -> Result<PathBuf, String> {
    let works = |p: &Path| {
        Command::new(p).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
    };
    if let Some(p) = std::env::var_os("AMBTSREIZEN_DATASETTE") {
        let p = PathBuf::from(p);
        return if works(&p) { Ok(p) } else { Err(format!("AMBTSREIZEN_DATASETTE={} does not run", p.display())) };
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/datasette-venv/bin/datasette");
    if works(&venv) {
        return Ok(venv);
    }
    let on_path = PathBuf::from("datasette");
    if works(&on_path) {
        return Ok(on_path);
    }
    Err(format!("no datasette at {} nor on PATH; run scripts/setup-datasette.sh", venv.display()))
}

/// The server process, stopped when dropped, also when an assertion fails.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("address").port()
}

impl Server {
    fn start(datasette: &Path, db: &Path, metadata: &Path) -> Server {
        let port = free_port();
        let child = Command::new(datasette)
            .arg("serve")
            .arg(db)
            .arg("-m")
            .arg(metadata)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start datasette");
        let mut server = Server { child, port };
        // A loaded machine can take a while to start Python.
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if server.try_get("/-/versions.json").is_some() {
                return server;
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                let mut err = String::new();
                if let Some(mut e) = server.child.stderr.take() {
                    let _ = e.read_to_string(&mut err);
                }
                panic!("datasette exited with {status}: {err}");
            }
            assert!(Instant::now() < deadline, "datasette did not answer on port {port} within 90 s");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Status and body of a GET, or `None` when nothing answers yet.
    fn try_get(&self, path: &str) -> Option<(u16, String)> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(60))).ok()?;
        // HTTP/1.0: the body ends when the server closes the connection, never chunked.
        write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{}\r\n\r\n", self.port).ok()?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).ok()?;
        let text = String::from_utf8_lossy(&response).into_owned();
        let (head, body) = text.split_once("\r\n\r\n")?;
        let status = head.split_whitespace().nth(1)?.parse().ok()?;
        Some((status, body.to_string()))
    }

    fn json(&self, path: &str) -> Value {
        let (status, body) = self.try_get(path).unwrap_or_else(|| panic!("no answer to {path}"));
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    }
}

/// Facet counts as (value, count), from Datasette 0.6x's `facet_results`.
fn facet(response: &Value, column: &str) -> Vec<(String, u64)> {
    let results = &response["facet_results"][column]["results"];
    results
        .as_array()
        .unwrap_or_else(|| panic!("no facet {column} in {response}"))
        .iter()
        .map(|r| {
            (
                r["value"].as_str().map(str::to_string).unwrap_or_else(|| r["value"].to_string()),
                r["count"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn datasette_sorts_facets_and_serves_the_views() {
    let datasette = match datasette() {
        Ok(p) => p,
        Err(why) if std::env::var("CI").is_ok_and(|v| v == "true") => panic!("CI=true but {why}"),
        Err(why) => {
            eprintln!("skipping the Datasette test: {why}");
            return;
        }
    };
    let report = ambtsreizen::extract_path(PDF).expect("extract");
    let dir = std::env::temp_dir().join(format!("ambtsreizen-datasette-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let db = dir.join("ambtsreizen.db");
    let o = Command::new(env!("CARGO_BIN_EXE_ambtsreizen"))
        .args(["extract", "-f", "sqlite", "-o"])
        .arg(&db)
        .arg(PDF)
        .output()
        .expect("run ambtsreizen");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let metadata = dir.join("ambtsreizen.metadata.json");
    assert!(metadata.exists(), "extract -f sqlite writes the metadata beside the database");

    let server = Server::start(&datasette, &db, &metadata);

    // Most expensive first: 2024-03 (€ 22 360), not 2024-07 (€ 960) as text sorting gave.
    let top = server.json("/ambtsreizen/trips.json?_sort_desc=total_eur&_shape=array&_size=3");
    let ids: Vec<&str> = top.as_array().expect("rows").iter().filter_map(|r| r["trip_id"].as_str()).collect();
    let mut by_cost: Vec<_> = report.trips.iter().filter_map(|t| t.costs.total.map(|c| (c, t.id.as_str()))).collect();
    by_cost.sort_by_key(|b| std::cmp::Reverse(b.0));
    let want: Vec<&str> = by_cost.iter().take(3).map(|(_, id)| *id).collect();
    assert_eq!(ids, want);
    assert_eq!(ids[0], "2024-03");
    assert_eq!(top[0]["total_eur"], 22360);

    // A range filter on an amount works numerically.
    let expensive = server.json("/ambtsreizen/trips.json?total_eur__gt=10000&_shape=array&_size=max");
    let over: usize = report.trips.iter().filter(|t| t.costs.total.is_some_and(|c| c > 10000.into())).count();
    assert_eq!(expensive.as_array().map(Vec::len), Some(over));
    assert!(over >= 1);

    // Facets: transport modes of trips_flat, and countries, with their counts.
    let flat = server.json("/ambtsreizen/trips_flat.json?_facet=transport_modes&_size=max");
    let mut want_modes: Vec<(String, u64)> = Vec::new();
    for row in ambtsreizen::output::flat_rows(&report) {
        match want_modes.iter_mut().find(|(m, _)| *m == row.transport_modes) {
            Some((_, n)) => *n += 1,
            None => want_modes.push((row.transport_modes.clone(), 1)),
        }
    }
    let mut got_modes = facet(&flat, "transport_modes");
    got_modes.sort();
    want_modes.sort();
    assert_eq!(got_modes, want_modes);
    assert!(got_modes.iter().any(|(m, n)| m == "plane" && *n >= 10), "{got_modes:?}");

    let countries = server.json("/ambtsreizen/trip_countries.json?_facet=country&_size=0");
    let fr = facet(&countries, "country").into_iter().find(|(c, _)| c == "FR").map(|(_, n)| n);
    let want_fr = report.trips.iter().map(|t| t.countries.iter().filter(|c| *c == "FR").count() as u64).sum::<u64>();
    assert_eq!(fr, Some(want_fr));

    // trips_flat: every trip, the CSV columns, numbers as numbers.
    let rows = flat["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), report.trips.len());
    let columns: Vec<&str> = flat["columns"].as_array().expect("columns").iter().filter_map(Value::as_str).collect();
    assert_eq!(columns, ambtsreizen::output::CSV_COLUMNS);
    let shanghai = rows.iter().find(|r| r[0] == "2024-16").expect("2024-16");
    assert_eq!(shanghai[16].as_f64(), Some(111.7));

    // The current edition's view: each trip once.
    let current = server.json("/ambtsreizen/trips_flat_current.json?_shape=array&_size=max");
    assert_eq!(current.as_array().map(Vec::len), Some(report.trips.len()));

    // Sums in SQL agree with the exact totals.
    let sum = server.json("/ambtsreizen.json?sql=select+round(sum(total_eur),2)+as+s+from+trips&_shape=array");
    assert_eq!(sum[0]["s"].as_f64(), Some(130001.0));

    // The metadata is served: descriptions and the source.
    let meta = server.json("/-/metadata.json");
    assert!(meta["source"].as_str().is_some_and(|s| s.contains("Rotterdam")), "{meta}");
    let (status, html) = server.try_get("/ambtsreizen/trips").expect("trips page");
    assert_eq!(status, 200, "the HTML table renders: {html}");
    // Tonnes as tonnes: 2024-03's 23,32 t, not pint's rescaled "23320.0 kg" or "mt".
    let (_, page) = server.try_get("/ambtsreizen/trips?trip_id=2024-03").expect("trip page");
    assert!(page.contains(">23.32<"), "{page}");
    assert!(!page.contains("&nbsp;mt") && !page.contains("&nbsp;kg") && !page.contains("&nbsp;t<"), "{page}");

    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}
