//! Runs the field's validation suites (TABARI's `Validate.project`, PETRARCH's unit-test
//! records) through the coder: records coded exactly as expected, events matched, extra.

use std::path::Path;
use std::sync::Arc;

use super::DictSources;
use crate::error::Error;
use crate::events::coder::{code_document_forward, Coding};
use crate::lexicon::formats::{self, DictOptions, Expected, Record, Skipped};
use crate::lexicon::LexiconBuilder;
use crate::text::Document;
use crate::Extractor;

/// The result of a suite.
#[derive(Debug, Clone, Default)]
pub struct SuiteReport {
    pub records: usize,
    pub exact: usize,
    pub events_expected: usize,
    pub events_matched: usize,
    pub events_extra: usize,
    /// Failed records: (id, expected, got).
    pub failures: Vec<(String, String, String)>,
}

impl SuiteReport {
    /// Failures by category (the record id before its last `-`).
    pub fn by_category(&self) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        for (id, _, _) in &self.failures {
            let cat = id
                .rsplit_once('-')
                .map_or(id.as_str(), |(c, _)| c)
                .to_string();
            match out.iter_mut().find(|(c, _)| *c == cat) {
                Some(e) => e.1 += 1,
                None => out.push((cat, 1)),
            }
        }
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

fn read(path: &Path) -> Result<(String, String), Error> {
    formats::read_file(path)
}

fn score(report: &mut SuiteReport, rec: &Record, got: Vec<(String, String, String)>) {
    let Some(expected) = &rec.expected else {
        return;
    };
    report.records += 1;
    let exp: Vec<(String, String, String)> = match expected {
        Expected::Events(e) => e.clone(),
        Expected::Nothing(_) => Vec::new(),
    };
    let mut unmatched = got.clone();
    let mut matched = 0;
    for e in &exp {
        if let Some(i) = unmatched.iter().position(|g| g == e) {
            unmatched.remove(i);
            matched += 1;
        }
    }
    report.events_expected += exp.len();
    report.events_matched += matched;
    report.events_extra += unmatched.len();
    if matched == exp.len() && unmatched.is_empty() {
        report.exact += 1;
    } else {
        let fmt = |v: &[(String, String, String)]| {
            v.iter()
                .map(|(a, b, c)| format!("{a}/{b}/{c}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        report.failures.push((rec.id.clone(), fmt(&exp), fmt(&got)));
    }
}

/// Codes one record; `forward` carries TABARI's forwarded actor between the records of one
/// story (ids that differ only after their last `-`).
fn code(
    extractor: &Extractor,
    rec: &Record,
    options: &DictOptions,
    forward: &mut (String, Option<Box<str>>),
) -> Vec<(String, String, String)> {
    let dict = extractor.lexicon().events();
    if !dict.has_actors() {
        return extractor
            .code_events(&rec.text, rec.date, Some(options))
            .into_iter()
            .map(|e| {
                (
                    e.source_code.unwrap_or_else(|| "---".into()),
                    e.target_code.unwrap_or_else(|| "---".into()),
                    e.code,
                )
            })
            .collect();
    }
    let story = rec.id.rsplit_once('-').map_or("", |(s, _)| s);
    if forward.0 != story || !options.forward {
        *forward = (story.to_string(), None);
    }
    let doc = Document::new(&rec.text);
    let coding = Coding {
        dict,
        options,
        date: rec.date,
    };
    code_document_forward(&doc, None, &coding, &mut forward.1)
        .into_iter()
        .map(|e| {
            (
                e.source_code.map_or_else(|| "---".into(), String::from),
                e.target_code.map_or_else(|| "---".into(), String::from),
                e.code.into(),
            )
        })
        .collect()
}

/// An extractor over a suite's own dictionaries (nothing of the default lexicon), and its options.
fn suite_extractor(sources: DictSources) -> Result<(Extractor, DictOptions), Error> {
    let mut b = LexiconBuilder::default();
    b.add_dictionary_files(sources)?;
    let extractor = Extractor::new(Arc::new(b.build()?));
    let options = extractor.lexicon().events().options().clone();
    Ok((extractor, options))
}

/// Codes TABARI's validation suite (`Validate.project`) up to `FINAL-01`.
pub fn run_tabari(project: &Path) -> Result<SuiteReport, Error> {
    let dir = project.parent().unwrap_or(Path::new("."));
    let (pname, ptext) = read(project)?;
    let p = formats::parse_tabari_project(&pname, &ptext)?;
    let load = |names: &[String]| -> Result<Vec<(String, String)>, Error> {
        names.iter().map(|n| read(&dir.join(n))).collect()
    };
    let sources = DictSources {
        verbs: load(&p.verbs)?,
        actors: load(&p.actors)?,
        agents: load(&p.agents)?,
        discards: Vec::new(),
        options: load(&p.options)?,
        ..Default::default()
    };
    let (extractor, mut options) = suite_extractor(sources)?;
    let mut report = SuiteReport::default();
    let mut forward = (String::new(), None);
    let mut skipped = Skipped::default();
    for t in &p.text {
        let (tname, ttext) = read(&dir.join(t))?;
        for rec in formats::parse_tabari_records(&tname, &ttext, Some("FINAL-01"))? {
            for o in &rec.options {
                options.apply(&tname, rec.line, o, &mut skipped)?;
            }
            let got = code(&extractor, &rec, &options, &mut forward);
            score(&mut report, &rec, got);
        }
    }
    Ok(report)
}

/// Codes PETRARCH's XML unit-test records with the dictionaries its `<Environment>` names.
pub fn run_petrarch(records: &Path) -> Result<SuiteReport, Error> {
    let dir = records.parent().unwrap_or(Path::new("."));
    let (rname, rtext) = read(records)?;
    let env = |tag: &str| -> Vec<String> {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        rtext
            .find(&open)
            .and_then(|a| {
                rtext[a..]
                    .find(&close)
                    .map(|b| rtext[a + open.len()..a + b].trim().to_string())
            })
            .into_iter()
            .collect()
    };
    let load = |names: Vec<String>| -> Result<Vec<(String, String)>, Error> {
        names.iter().map(|n| read(&dir.join(n))).collect()
    };
    let sources = DictSources {
        verbs: load(env("Verbfile"))?,
        actors: load(env("Actorfile"))?,
        agents: load(env("Agentfile"))?,
        discards: load(env("Discardfile"))?,
        options: Vec::new(),
        ..Default::default()
    };
    let (extractor, mut options) = suite_extractor(sources)?;
    options.petrarch = true;
    // PETRARCH's settings where the records do not set them: its configuration file, when it
    // is beside the records
    if let Ok((_, config)) = read(&dir.join("PETR_config.ini")) {
        for line in config.lines() {
            if let Some((k, v)) = line.split_once('=') {
                options.apply_config(k, v.split('#').next().unwrap_or(""));
            }
        }
    }
    let mut report = SuiteReport::default();
    let mut forward = (String::new(), None);
    for rec in formats::parse_petrarch_records(&rname, &rtext)? {
        for o in &rec.options {
            if let Some((k, v)) = o.split_once('=') {
                options.apply_config(k, v);
            }
        }
        let got = code(&extractor, &rec, &options, &mut forward);
        score(&mut report, &rec, got);
    }
    Ok(report)
}
