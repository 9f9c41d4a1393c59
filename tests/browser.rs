//! The `summary -f html` page in a real browser: headless Chromium loads it from a file, and
//! the test checks that nothing is logged to the console (no script error), that every chart
//! and the map are drawn with a size, that the trips table sorts, and that the figures shown
//! equal those of `summary -f json`.
//!
//! Chromium comes from `scripts/setup-chromium.sh` (Debian's `chromium`, which `.ci/run`
//! installs), from `AMBTSREIZEN_CHROMIUM`, or from `PATH`. Without one the test is skipped
//! with a message, unless `CI=true`: there a missing Chromium is a failure.
//!
//! No DevTools client is needed: a small probe script is put in a copy of the page (the page
//! itself is tested unchanged) that measures the drawn SVGs after `load` and writes what it
//! found into the DOM, which `--dump-dom` prints; console messages reach stderr with
//! `--enable-logging=stderr`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use rust_decimal::Decimal;
use serde_json::Value;

const PDF_2024: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";
const PDF_2022: &str = "fixtures/editions/overview-chromium-2022/report.pdf";

fn chromium() -> Result<PathBuf, String> {
    let works = |p: &Path| {
        Command::new(p).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
    };
    if let Some(p) = std::env::var_os("AMBTSREIZEN_CHROMIUM") {
        let p = PathBuf::from(p);
        return if works(&p) { Ok(p) } else { Err(format!("AMBTSREIZEN_CHROMIUM={} does not run", p.display())) };
    }
    for name in ["chromium", "chromium-browser"] {
        let p = PathBuf::from(name);
        if works(&p) {
            return Ok(p);
        }
    }
    Err("no chromium on PATH; run scripts/setup-chromium.sh".to_string())
}

/// Measures the page after `load` and writes the findings as JSON into `<pre id="probe">`.
const PROBE: &str = r#"<script>
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
window.addEventListener('load', function () {
  var r = { errors: window.__errors, svgs: {}, figures: {}, sorted: null };
  Array.prototype.forEach.call(document.querySelectorAll('svg'), function (svg) {
    var box = svg.getBoundingClientRect();
    r.svgs[svg.id] = { width: box.width, height: box.height,
                       shapes: svg.querySelectorAll('rect, path, circle').length };
  });
  Array.prototype.forEach.call(document.querySelectorAll('.value[id]'), function (el) {
    r.figures[el.id] = el.textContent;
  });
  // Sort the trips by costs, twice: the second click gives the most expensive first.
  var table = document.getElementById('trips');
  var heads = table.tHead.rows[0].cells;
  var column = -1;
  for (var i = 0; i < heads.length; i++) { if (heads[i].textContent === 'Kosten') { column = i; } }
  if (column >= 0) {
    heads[column].querySelector('button').click();
    heads[column].querySelector('button').click();
    r.sorted = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return row.cells[column].getAttribute('data-sort');
    });
    r.first_trip = table.tBodies[0].rows[0].id;
  }
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
});
</script>"#;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ambtsreizen")).args(args).output().expect("run ambtsreizen")
}

/// `€ 130.001`, `€ 1.239,50`, `23,32 t`, `32` as printed on the Dutch page, as a number.
fn shown(text: &str) -> Decimal {
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',' || *c == '−')
        .map(|c| match c {
            ',' => '.',
            '−' => '-',
            c => c,
        })
        .collect();
    digits.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn exact(v: &Value) -> Decimal {
    v.to_string().parse().unwrap_or_else(|e| panic!("{v}: {e}"))
}

#[test]
fn the_html_summary_renders_in_chromium() {
    let chromium = match chromium() {
        Ok(p) => p,
        Err(why) if std::env::var("CI").is_ok_and(|v| v == "true") => panic!("CI=true but {why}"),
        Err(why) => {
            eprintln!("skipping the browser test: {why}");
            return;
        }
    };
    let dir = std::env::temp_dir().join(format!("ambtsreizen-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let page = dir.join("verslag.html");
    let o = run(&["summary", "-f", "html", "-o", page.to_str().expect("utf-8"), PDF_2022, PDF_2024]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&["summary", "-f", "json", PDF_2022, PDF_2024]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let json: Value = serde_json::from_slice(&o.stdout).expect("summary json");

    // The page as written, with the probe as the first script.
    let html = std::fs::read_to_string(&page).expect("page");
    let probed = dir.join("probed.html");
    std::fs::write(&probed, html.replacen("<head>", &format!("<head>\n{PROBE}"), 1)).expect("write probe");

    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).expect("profile dir");
    let screenshot = dir.join("page.png");
    let chrome = |extra: &[String], target: &Path| {
        let mut command = Command::new(&chromium);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(format!("file://{}", target.display()));
        command.output().expect("run chromium")
    };
    let o = chrome(&["--window-size=1280,1600".to_string(), "--dump-dom".to_string()], &probed);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "chromium failed: {stderr}");
    let console: Vec<&str> = stderr.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:?}");
    let dom = String::from_utf8_lossy(&o.stdout);
    let start = dom.find("<pre id=\"probe\">").map(|i| i + "<pre id=\"probe\">".len()).expect("the probe ran");
    let end = start + dom[start..].find("</pre>").expect("probe end");
    let probe_text =
        dom[start..end].replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    let probe: Value = serde_json::from_str(&probe_text).unwrap_or_else(|e| panic!("{e}: {probe_text}"));
    assert_eq!(probe["errors"], Value::Array(vec![]), "script errors");

    // Each chart and the map are drawn, with a size and shapes.
    for (id, min_shapes) in [("chart-costs", 2), ("chart-co2", 3), ("chart-modes", 2), ("map", 170)] {
        let svg = &probe["svgs"][id];
        assert!(svg["width"].as_f64().is_some_and(|w| w > 200.0), "{id}: {svg}");
        assert!(svg["height"].as_f64().is_some_and(|h| h > 50.0), "{id}: {svg}");
        assert!(svg["shapes"].as_u64().is_some_and(|n| n >= min_shapes), "{id}: {svg}");
    }
    // The countries with trips are shaded (not the colour of no trips).
    assert!(html.contains("data-code=\"FR\" d=\"M") && !html.contains("data-code=\"FR\" d=\"M\" fill=\"#e4e4e4\""));

    // The figures shown are the JSON summary's.
    let by_year = json["by_year"].as_array().expect("by_year");
    assert_eq!(by_year.len(), 2);
    for year in by_year {
        let key = year["key"].as_str().expect("key");
        for (field, decimals) in [("trips", 0), ("days", 0), ("total_eur", 2), ("co2_tonnes", 2)] {
            let id = format!("fig-{key}-{field}");
            let text = probe["figures"][&id].as_str().unwrap_or_else(|| panic!("no {id} in {}", probe["figures"]));
            assert_eq!(shown(text), exact(&year[field]).round_dp(decimals), "{id}: {text}");
        }
    }
    // The 2022 edition prints no compensation column: no figure, not € 0.
    assert_eq!(probe["figures"]["fig-2022-co2_compensation_eur"], "—");
    let all = probe["figures"]["fig-all-total_eur"].as_str().expect("all years");
    assert_eq!(shown(all), exact(&json["totals"]["total_eur"]));
    assert_eq!(shown(probe["figures"]["fig-2024-total_eur"].as_str().unwrap_or_default()), Decimal::from(130001));

    // Sorting: most expensive first after two clicks.
    let sorted: Vec<Decimal> = probe["sorted"]
        .as_array()
        .expect("the trips table sorted")
        .iter()
        .filter_map(|v| v.as_str().filter(|s| !s.is_empty()).map(|s| s.parse().expect("number")))
        .collect();
    assert!(sorted.len() >= 40, "{}", sorted.len());
    assert!(sorted.windows(2).all(|w| w[0] >= w[1]), "{sorted:?}");
    assert_eq!(probe["first_trip"], "trip-2024-03");

    // A screenshot of the page as written (no probe) is a real picture.
    let o = chrome(&["--window-size=1280,1600".to_string(), format!("--screenshot={}", screenshot.display())], &page);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let png = std::fs::read(&screenshot).expect("screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "{} bytes", png.len());

    let _ = std::fs::remove_dir_all(&dir);
}
