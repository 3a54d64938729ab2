//! `ctg portfolio`: every CTG under the folders given, on one screen, for a
//! Caf. The fixture is a Caf's folder as one looks: CTGs side by side and
//! nested, French and English, one broken, one whose COPIL has not met this
//! year, a hidden folder, a symbolic link, and folders given that overlap.

use std::path::{Path, PathBuf};

use crate::support::{ANA, BOB, COPIL, PE, PE_1, copy_dir as copy, ctg};

const AT: &str = "2026-11-28";

fn write(path: PathBuf, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// `caf/`: `salon/` (French; 1.5 of 2.0 FTE, no COPIL in 2026, one action
/// overdue), `vaucluse/durance/` (English, nested; 1.0 of 1.0), `test/`
/// (English; bob's file broken: 1.0 of 1.5, errors), a CTG in a hidden
/// folder and a link to `salon/`, neither counted.
fn caf() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let caf = tmp.path().join("caf");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/portfolio");
    copy(&examples.join("pays-salonais"), &caf.join("salon"));
    copy(
        &examples.join("val-de-durance"),
        &caf.join("vaucluse/durance"),
    );
    let test = caf.join("test");
    write(test.join("copil.toml"), COPIL);
    write(test.join("officers/ana.toml"), ANA);
    write(
        test.join("officers/bob.toml"),
        &BOB.replace("fte = 0.5", "fte = \"half\""),
    );
    write(test.join("commissions/pe.toml"), PE);
    write(test.join("actions/pe-1.toml"), PE_1);
    write(caf.join(".archive/old/copil.toml"), COPIL);
    #[cfg(unix)]
    std::os::unix::fs::symlink(caf.join("salon"), caf.join("salon-link")).unwrap();
    tmp
}

fn portfolio(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let out = ctg()
        .current_dir(cwd)
        .args(["--at", AT, "portfolio"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json(cwd: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let (code, out, err) = portfolio(cwd, &all);
    assert!(!out.is_empty(), "{err}");
    (code, serde_json::from_str(&out).unwrap())
}

#[test]
fn every_ctg_once_with_its_figures_and_the_total() {
    let tmp = caf();
    // `caf` and `caf/salon` overlap: salon counts once.
    let (code, v) = json(tmp.path(), &["caf", "caf/salon"]);
    // The broken CTG has errors: exit 1, as a Caf's CI should fail.
    assert_eq!(code, 1);
    assert_eq!(v["date"], "2026-11-28");
    let dirs: Vec<&str> = v["ctgs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["dir"].as_str().unwrap())
        .collect();
    // Sorted by name: « CTG du Pays salonais » < « CTG Test » < « CTG Val… ».
    assert_eq!(dirs, ["caf/salon", "caf/test", "caf/vaucluse/durance"]);
    let salon = &v["ctgs"][0];
    assert_eq!(salon["name"], "CTG du Pays salonais (exemple)");
    assert_eq!(
        salon["communes"],
        serde_json::json!(["Salon-de-Provence", "Lançon-Provence", "Pélissanne"])
    );
    assert_eq!(
        (salon["year"].clone(), salon["years"].clone()),
        (3.into(), 4.into())
    );
    assert_eq!(
        salon["fte"],
        serde_json::json!({"target": 2.0, "total": 1.5, "gap": -0.5, "not_cofunded": 0.0})
    );
    assert_eq!(salon["officers"], 2);
    assert_eq!(
        salon["copil"],
        serde_json::json!({"last_held": "2025-06-10", "next_planned": null,
            "held_last_year": 1, "held_this_year": 0, "min_per_year": 1})
    );
    assert_eq!(
        salon["actions"],
        serde_json::json!({"total": 2, "done": 1, "overdue": 1, "blocked": 0})
    );
    assert_eq!(salon["problems"]["errors"], 0);
    let test = &v["ctgs"][1];
    assert_eq!(
        test["fte"]["total"], 1.0,
        "bob's broken file counts nothing"
    );
    assert!(test["problems"]["errors"].as_u64().unwrap() >= 1);
    assert_eq!(
        v["total"],
        serde_json::json!({
            "ctgs": 3,
            "fte": {"target": 4.5, "total": 3.5, "gap": -1.0, "not_cofunded": 0.0},
            "officers": 4,
            "actions": {"total": 4, "done": 1, "overdue": 1, "blocked": 0},
            "problems": {
                "errors": test["problems"]["errors"],
                "warnings": v["ctgs"].as_array().unwrap().iter()
                    .map(|c| c["problems"]["warnings"].as_u64().unwrap()).sum::<u64>()
            },
            "ctgs_with_errors": 1
        })
    );
}

#[test]
fn links_hidden_folders_and_record_folders_are_not_searched() {
    let tmp = caf();
    // A copil.toml inside a CTG's record folder is a stray file of that
    // CTG, not another CTG.
    write(
        tmp.path()
            .join("caf/vaucluse/durance/actions/old/copil.toml"),
        COPIL,
    );
    let (_, out, err) = portfolio(tmp.path(), &["caf", "--format", "csv"]);
    let dirs: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(dirs, ["caf/salon", "caf/test", "caf/vaucluse/durance"]);
    #[cfg(unix)]
    assert_eq!(
        err.matches("symbolic links to folders are not followed")
            .count(),
        1,
        "{err}"
    );
    assert!(err.contains("caf/salon-link"), "{err}");
}

#[test]
fn sorting_by_gap_overdue_and_problems() {
    let tmp = caf();
    let order = |sort: &str| {
        let (_, v) = json(tmp.path(), &["caf", "--sort", sort]);
        v["ctgs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["dir"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    // The most short first: salon and test are both 0.5 short (by name),
    // durance is on target.
    assert_eq!(
        order("gap"),
        ["caf/salon", "caf/test", "caf/vaucluse/durance"]
    );
    assert_eq!(order("overdue")[0], "caf/salon");
    assert_eq!(order("problems")[0], "caf/test");
}

#[test]
fn nothing_found_exits_2_and_says_where_it_looked() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("empty")).unwrap();
    let (code, out, err) = portfolio(tmp.path(), &["empty"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with("error: no CTG found under empty\n"),
        "{err}"
    );
}

#[test]
fn dir_is_not_used_and_says_so() {
    let tmp = caf();
    let out = ctg()
        .current_dir(tmp.path())
        .env("CTG_DIR", "caf/salon")
        .args(["--at", AT, "portfolio", "caf/vaucluse", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("does not use --dir or CTG_DIR"), "{err}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
}

#[test]
fn csv_reads_back_with_every_figure() {
    let tmp = caf();
    let (_, out, _) = portfolio(tmp.path(), &["caf", "--format", "csv"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "name,dir,start,end,year,years,communes,fte_target,fte_total,fte_gap,fte_not_cofunded,officers,copil_last_held,copil_next_planned,copil_held_last_year,copil_held_this_year,copil_min_per_year,actions_total,actions_done,actions_overdue,actions_blocked,errors,warnings"
    );
    assert_eq!(
        lines[1],
        "CTG du Pays salonais (exemple),caf/salon,2024-01-01,2027-12-31,3,4,Salon-de-Provence; Lançon-Provence; Pélissanne,2.0,1.5,-0.5,0.0,2,2025-06-10,,1,0,1,2,1,1,0,0,2"
    );
    assert_eq!(lines.len(), 4, "no total row in CSV: {out}");
}

#[test]
fn table_fits_the_screen_and_says_what_it_left_out() {
    let tmp = caf();
    for columns in ["80", "100", "250"] {
        let out = ctg()
            .current_dir(tmp.path())
            .env("COLUMNS", columns)
            .args(["--at", AT, "--lang", "fr", "portfolio", "caf"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let width: usize = columns.parse().unwrap();
        for line in text.lines().filter(|l| !l.starts_with("Colonnes omises")) {
            assert!(line.chars().count() <= width, "{columns}: {line}");
        }
        assert!(text.starts_with("3 CTG au 28/11/2026\n"), "{text}");
        // What a Caf asks always stays: the gap, this year's COPIL, the
        // overdue actions, the errors (headers may wrap, figures never).
        for kept in ["Écart", "2026", "retard", "Erreurs", "-0,50", "0/1 !"] {
            assert!(text.contains(kept), "{columns}: {text}");
        }
        assert!(
            text.contains("CTG du Pays salonais") && text.contains("0/1 !"),
            "{text}"
        );
        if width < 200 {
            assert!(
                text.contains("Colonnes omises pour tenir en"),
                "{columns}: {text}"
            );
        }
    }
}

#[test]
fn language_is_the_ctgs_when_they_share_one() {
    let tmp = caf();
    let (_, fr, _) = portfolio(tmp.path(), &["caf/salon"]);
    assert!(fr.starts_with("1 CTG au 28/11/2026\n"), "{fr}");
    let (_, mixed, _) = portfolio(tmp.path(), &["caf"]);
    assert!(mixed.starts_with("3 CTGs on 2026-11-28\n"), "{mixed}");
    // CTGs of both languages: the user's locale decides.
    let out = ctg()
        .current_dir(tmp.path())
        .env("LANG", "fr_FR.UTF-8")
        .args(["--at", AT, "portfolio", "caf"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("3 CTG au 28/11/2026\n"), "{text}");
    let out = ctg()
        .current_dir(tmp.path())
        .args([
            "--at",
            AT,
            "--lang",
            "fr",
            "portfolio",
            "caf",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Toutes les CTG d'un coup d'œil\n"), "{md}");
    assert!(md.contains("| Total |"), "{md}");
}

#[test]
fn html_page_links_reports_and_is_written_atomically_once() {
    let tmp = caf();
    write(tmp.path().join("caf/salon/report.html"), "<html></html>");
    let page = tmp.path().join("caf/portfolio.html");
    let (code, out, err) = portfolio(
        tmp.path(),
        &["caf", "--format", "html", "-o", "caf/portfolio.html"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("<svg class=\"chart "),
        "the chart of FTE against target"
    );
    assert!(html.contains("<a href=\"salon/report.html\">CTG du Pays salonais (exemple)</a>"));
    assert!(!html.to_lowercase().contains("<script"));
    // Not replaced without --force.
    let (code, _, err) = portfolio(
        tmp.path(),
        &["caf", "--format", "html", "-o", "caf/portfolio.html"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("portfolio.html"), "{err}");
    let (code, _, _) = portfolio(
        tmp.path(),
        &[
            "caf",
            "--format",
            "html",
            "-o",
            "caf/portfolio.html",
            "--force",
        ],
    );
    assert_eq!(code, 1);
}

/// The page prints on A4 with nothing cut off, in a real browser.
#[test]
fn html_page_prints_on_a4_in_a_real_browser() {
    let Some(chromium) = crate::report::chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!("chromium is not installed: .ci/run must install it");
        }
        eprintln!("SKIPPED html_page_prints_on_a4: chromium is not installed");
        return;
    };
    let tmp = caf();
    let (_, _, err) = portfolio(tmp.path(), &["caf", "--format", "html", "-o", "caf/p.html"]);
    let page = tmp.path().join("caf/p.html");
    assert!(page.is_file(), "{err}");
    let pdf = tmp.path().join("p.pdf");
    crate::report::run_chromium(
        &chromium,
        &page,
        &tmp.path().join("profile"),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    // Three CTGs: one page, across (A4 landscape is 842 x 595 points), so
    // that every column of the table is printed.
    assert_eq!(crate::report::pdf_pages(&text), 1);
    let media = text
        .split("/MediaBox [")
        .nth(1)
        .and_then(|b| b.split(']').next())
        .unwrap()
        .split_whitespace()
        .filter_map(|n| n.parse::<f64>().ok())
        .collect::<Vec<_>>();
    assert!(
        (media[2] - 842.0).abs() < 1.0 && (media[3] - 595.0).abs() < 1.0,
        "{media:?}"
    );
}

/// On paper the table cannot scroll: at the width A4 landscape prints
/// (297 mm less the margins, about 1030 pixels), no table scrolls sideways
/// and nothing sticks out of the page. The page is framed by a test page
/// whose script measures it (the portfolio's page itself has none).
#[test]
fn html_table_fits_the_printed_width_in_a_real_browser() {
    let Some(chromium) = crate::report::chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!("chromium is not installed: .ci/run must install it");
        }
        eprintln!("SKIPPED html_table_fits_the_printed_width: chromium is not installed");
        return;
    };
    let tmp = caf();
    let (_, _, err) = portfolio(tmp.path(), &["caf", "--format", "html", "-o", "caf/p.html"]);
    assert!(tmp.path().join("caf/p.html").is_file(), "{err}");
    let probe = tmp.path().join("caf/probe.html");
    std::fs::write(&probe, PROBE).unwrap();
    let result = crate::report::probe_result(&chromium, &probe, &tmp.path().join("profile"));
    assert_eq!(result, "ok 1 chart", "at the printed width: {result}");
}

const PROBE: &str = r#"<!DOCTYPE html><html><body>
<iframe id="page" src="p.html" style="width:1030px;height:900px;border:0"></iframe>
<pre id="result">not measured</pre>
<script>
document.getElementById('page').onload = function () {
  var out = [];
  try {
    var win = this.contentWindow, doc = win.document, width = win.innerWidth;
    if (doc.documentElement.scrollWidth > width) out.push('page scrolls sideways: ' + doc.documentElement.scrollWidth);
    doc.querySelectorAll('.table-wrap').forEach(function (wrap, i) {
      if (wrap.scrollWidth > wrap.clientWidth) out.push('table ' + i + ' scrolls: ' + wrap.scrollWidth + ' > ' + wrap.clientWidth);
    });
    var charts = doc.querySelectorAll('svg.chart');
    if (!out.length) out.push('ok ' + charts.length + (charts.length === 1 ? ' chart' : ' charts'));
  } catch (e) { out.push('error ' + e); }
  document.getElementById('result').textContent = out.join('\n');
};
</script></body></html>"#;

/// `--reports`: each CTG's report written into a folder, byte for byte the
/// page `ctg report` writes for it, and linked from the portfolio's page. A
/// report `ctg` wrote is replaced on the next run; a user's file only with
/// `--force` (the others are still written, and the run ends with 2).
/// Without the page that links them, nothing is written.
#[test]
fn reports_are_written_linked_and_never_replace_a_users_file() {
    let tmp = caf();
    let args = |page: &'static str, force: bool| {
        let mut args = vec!["caf", "--format", "html", "-o", page, "--reports", "bilans"];
        if force {
            args.push("--force");
        }
        args
    };
    let (code, _, err) = portfolio(tmp.path(), &args("page.html", false));
    assert_eq!(code, 1, "the test CTG has errors: {err}");
    assert!(err.contains("3 reports written in bilans"), "{err}");
    let bilans = tmp.path().join("bilans");
    let mut names: Vec<String> = std::fs::read_dir(&bilans)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["durance.html", "salon.html", "test.html"]);
    for (name, dir) in [
        ("salon.html", "caf/salon"),
        ("durance.html", "caf/vaucluse/durance"),
        ("test.html", "caf/test"),
    ] {
        let alone = ctg()
            .current_dir(tmp.path())
            .args(["--at", AT, "--dir", dir, "report"])
            .output()
            .unwrap();
        assert_eq!(
            std::fs::read(bilans.join(name)).unwrap(),
            alone.stdout,
            "{name} is not what `ctg report` writes"
        );
    }
    let page = std::fs::read_to_string(tmp.path().join("page.html")).unwrap();
    assert!(
        page.contains(r#"<a href="bilans/salon.html">CTG du Pays salonais (exemple)</a>"#),
        "{page}"
    );
    assert!(page.contains(r#"href="bilans/durance.html""#));
    assert!(page.contains(r#"href="bilans/test.html""#));

    // A user's file where a report goes: kept, said, exit 2; the others
    // (which ctg wrote) are replaced without --force.
    std::fs::write(bilans.join("salon.html"), "mine").unwrap();
    let (code, _, err) = portfolio(tmp.path(), &args("page2.html", false));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bilans/salon.html already exists"), "{err}");
    assert!(err.contains("2 reports written in bilans"), "{err}");
    assert_eq!(
        std::fs::read_to_string(bilans.join("salon.html")).unwrap(),
        "mine"
    );
    let page2 = std::fs::read_to_string(tmp.path().join("page2.html")).unwrap();
    assert!(
        !page2.contains("bilans/salon.html"),
        "no link to a file ctg did not write"
    );
    assert!(page2.contains(r#"href="bilans/durance.html""#));
    // An existing page is refused before any report is written.
    std::fs::write(bilans.join("durance.html"), "mine too").unwrap();
    let (code, _, err) = portfolio(tmp.path(), &args("page2.html", false));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("page2.html already exists"), "{err}");
    assert_eq!(
        std::fs::read_to_string(bilans.join("durance.html")).unwrap(),
        "mine too"
    );
    // --force replaces both.
    let (code, _, err) = portfolio(tmp.path(), &args("page2.html", true));
    assert_eq!(code, 1, "{err}");
    assert!(
        std::fs::read_to_string(bilans.join("salon.html"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    // Without --format html, refused, and no folder made.
    let (code, _, err) = portfolio(tmp.path(), &["caf", "--reports", "elsewhere"]);
    assert_eq!(code, 2);
    assert!(err.contains("--reports goes with --format html"), "{err}");
    assert!(!tmp.path().join("elsewhere").exists());
}

/// A CTG whose convention does not cover the year gets no report and no
/// link, and stderr says how to report on one of its years; the exit status
/// is the portfolio's own.
#[test]
fn a_convention_that_ended_gets_no_report_and_says_how_to_make_one() {
    let tmp = caf();
    let copil = tmp.path().join("caf/salon/copil.toml");
    let text = std::fs::read_to_string(&copil).unwrap();
    std::fs::write(&copil, text.replace("end = 2027-12-31", "end = 2025-12-31")).unwrap();
    let (code, _, err) = portfolio(
        tmp.path(),
        &[
            "caf",
            "--format",
            "html",
            "-o",
            "page.html",
            "--reports",
            "bilans",
        ],
    );
    assert_eq!(code, 1, "the test CTG's errors, nothing more: {err}");
    assert!(
        err.contains("caf/salon: no report written\n  its convention (2024–2025) does not cover 2026\n  for one of its years: ctg --dir caf/salon report --year 2025 -o FILE"),
        "{err}"
    );
    assert!(err.contains("2 reports written in bilans"), "{err}");
    assert!(!tmp.path().join("bilans/salon.html").exists());
    let page = std::fs::read_to_string(tmp.path().join("page.html")).unwrap();
    assert!(!page.contains("bilans/salon.html"));
}
