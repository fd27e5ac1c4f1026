//! Test records of the field's validation suites: TABARI `.project` and `.text` files, and
//! PETRARCH's XML unit-test records. Used by the conformance tests and benchmark.

use crate::dates::Date;
use crate::error::Error;

/// What a record expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// Events `(source, target, code)`.
    Events(Vec<(String, String, String)>),
    /// No event (`{---}`, `{+++}` complex, `{###}` discard).
    Nothing(&'static str),
}

/// One validation record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub date: Option<Date>,
    pub text: String,
    /// `None` for records that only carry options or have only disabled (`-{...}`) expectations.
    pub expected: Option<Expected>,
    /// Option commands the record sets (TABARI `{ OPTION: ... }`; PETRARCH `<Config>` as
    /// `name=value`), applied before the record is coded and kept for the following ones.
    pub options: Vec<String>,
    pub line: usize,
}

/// The file names a TABARI `.project` file lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Project {
    pub actors: Vec<String>,
    pub verbs: Vec<String>,
    pub agents: Vec<String>,
    pub options: Vec<String>,
    pub text: Vec<String>,
}

/// Reads a TABARI `.project` file (`<actorsfile> NAME` lines; the rest is session history).
pub fn parse_tabari_project(file: &str, text: &str) -> Result<Project, Error> {
    let mut p = Project::default();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        let Some(rest) = l.strip_prefix('<') else {
            continue;
        };
        let Some((tag, value)) = rest.split_once('>') else {
            continue;
        };
        let value = value.trim().to_string();
        let slot = match tag.trim().to_ascii_lowercase().as_str() {
            "actorsfile" => &mut p.actors,
            "verbsfile" => &mut p.verbs,
            "agentsfile" => &mut p.agents,
            "optionsfile" => &mut p.options,
            "textfile" => &mut p.text,
            _ => continue,
        };
        if value.is_empty() {
            return Err(Error::lexicon(
                file,
                i + 1,
                format!("<{tag}> without a file name"),
            ));
        }
        slot.push(value);
    }
    Ok(p)
}

fn record_date(s: &str) -> Option<Date> {
    super::parse_dict_date(s)
}

/// Parses the `{ ... }` expectations of a TABARI record's comment.
fn expectations(comment: &str, options: &mut Vec<String>) -> Option<Expected> {
    let mut events = Vec::new();
    let mut nothing: Option<&'static str> = None;
    let mut any = false;
    let bytes = comment.as_bytes();
    let mut i = 0;
    while let Some(off) = comment[i..].find('{') {
        let open = i + off;
        let Some(close) = comment[open..].find('}').map(|c| open + c) else {
            // `{ OPTION: SET: MINIMUM WORDS = 4  */`: an option left open runs to the line end
            if let Some(opt) = comment[open + 1..].trim_start().strip_prefix("OPTION:") {
                let opt = opt.lines().next().unwrap_or("").trim_end_matches("*/");
                options.push(opt.trim().to_string());
            }
            break;
        };
        let inner = comment[open + 1..close].trim();
        i = close + 1;
        // a `-{` is a disabled expectation
        let disabled = open > 0 && bytes[open - 1] == b'-';
        if let Some(opt) = inner.strip_prefix("OPTION:") {
            options.push(opt.trim().to_string());
            continue;
        }
        if disabled {
            continue;
        }
        let compact: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
        match compact.as_str() {
            "---" => {
                nothing.get_or_insert("null");
                any = true;
                continue;
            }
            "+++" => {
                nothing = Some("complex");
                any = true;
                continue;
            }
            "###" => {
                nothing = Some("discard");
                any = true;
                continue;
            }
            _ => {}
        }
        let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
        if parts.len() == 3 && !parts[2].is_empty() {
            events.push((
                parts[0].to_string(),
                parts[1].to_string(),
                parts[2].to_string(),
            ));
            any = true;
        }
    }
    if !events.is_empty() {
        Some(Expected::Events(events))
    } else if any {
        Some(Expected::Nothing(nothing.unwrap_or("null")))
    } else {
        None
    }
}

/// The words of a wrapped record text on one line, separated by single blanks.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a TABARI `.text` validation file: records `YYMMDD  ID` + text lines, then a
/// `/* ... */` comment with the expected `{ SRC / TGT / CODE }` events. Records after
/// `stop_at` (an id such as `FINAL-01`) are not returned.
pub fn parse_tabari_records(
    file: &str,
    text: &str,
    stop_at: Option<&str>,
) -> Result<Vec<Record>, Error> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i].trim_end_matches('\r');
        let mut head = l.split_whitespace();
        let (Some(date), Some(id)) = (head.next(), head.next()) else {
            i += 1;
            continue;
        };
        if !(date.len() == 6 && date.bytes().all(|b| b.is_ascii_digit()))
            || l.starts_with([' ', '\t'])
        {
            i += 1;
            continue;
        }
        let start_line = i + 1;
        if stop_at.is_some_and(|s| s == id) {
            break;
        }
        i += 1;
        let mut body = String::new();
        while i < lines.len()
            && !lines[i].trim_start().starts_with("/*")
            && !lines[i].trim().is_empty()
        {
            body.push_str(lines[i].trim_end_matches('\r'));
            body.push('\n');
            i += 1;
        }
        let mut comment = String::new();
        if i < lines.len() && lines[i].trim_start().starts_with("/*") {
            // an unclosed comment ends where the next record begins
            while i < lines.len() && !(i > start_line && is_record_header(lines[i])) {
                comment.push_str(lines[i]);
                comment.push('\n');
                if lines[i].contains("*/") {
                    i += 1;
                    break;
                }
                i += 1;
            }
        }
        let mut options = Vec::new();
        let expected = expectations(&comment, &mut options);
        let Some(d) = record_date(date) else {
            return Err(Error::lexicon(
                file,
                start_line,
                format!("bad record date {date:?}"),
            ));
        };
        out.push(Record {
            id: id.to_string(),
            date: Some(d),
            // a record is one paragraph wrapped over lines: one line of text for the coder
            text: one_line(&body),
            expected,
            options,
            line: start_line,
        });
    }
    Ok(out)
}

/// A TABARI record's first line: a six-digit date and an id, from the first column.
fn is_record_header(line: &str) -> bool {
    let mut head = line.split_whitespace();
    matches!((head.next(), head.next()), (Some(date), Some(_))
        if date.len() == 6 && date.bytes().all(|b| b.is_ascii_digit()))
        && !line.starts_with([' ', '\t'])
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(&tag[i..j])
}

/// Reads PETRARCH's XML unit-test records (`<Sentence>` with `<EventCoding>` and `<Text>`;
/// `<Config>` settings between records).
pub fn parse_petrarch_records(file: &str, text: &str) -> Result<Vec<Record>, Error> {
    let mut out = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut pos = 0;
    let line_of = |byte: usize| text[..byte].matches('\n').count() + 1;
    // skip the environment block
    if let Some(e) = text.find("</Environment>") {
        pos = e;
    }
    loop {
        let next_sentence = text[pos..].find("<Sentence ").map(|i| pos + i);
        let next_config = text[pos..].find("<Config ").map(|i| pos + i);
        match (next_sentence, next_config) {
            (_, Some(c)) if next_sentence.is_none_or(|s| c < s) => {
                let end = text[c..].find('>').map_or(text.len(), |e| c + e);
                let tag = &text[c..end];
                if let (Some(o), Some(v)) = (attr(tag, "option"), attr(tag, "value")) {
                    pending.push(format!("{o}={v}"));
                }
                pos = end;
            }
            (Some(s), _) => {
                let end = text[s..]
                    .find("</Sentence>")
                    .map(|e| s + e)
                    .ok_or_else(|| {
                        Error::lexicon(file, line_of(s), "<Sentence> without </Sentence>")
                    })?;
                let block = &text[s..end];
                let head_end = block.find('>').unwrap_or(block.len());
                let head = &block[..head_end];
                let id = attr(head, "id").unwrap_or("").to_string();
                let date = attr(head, "date").and_then(record_date);
                let mut events = Vec::new();
                let mut p = 0;
                while let Some(k) = block[p..].find("<EventCoding") {
                    let t0 = p + k;
                    let t1 = block[t0..].find('>').map_or(block.len(), |e| t0 + e);
                    let tag = &block[t0..t1];
                    let get = |n: &str| attr(tag, n).unwrap_or("").to_string();
                    let (src, tgt, code) = (get("sourcecode"), get("targetcode"), get("eventcode"));
                    if !code.is_empty() || !src.is_empty() {
                        events.push((src, tgt, code));
                    }
                    p = t1;
                }
                let txt = match (block.find("<Text>"), block.find("</Text>")) {
                    (Some(a), Some(b)) if a < b => block[a + 6..b]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    _ => {
                        return Err(Error::lexicon(
                            file,
                            line_of(s),
                            "<Sentence> without <Text>",
                        ))
                    }
                };
                let no_event =
                    block.contains("noevents=\"true\"") || events.iter().all(|e| e.2.is_empty());
                let expected = if events.is_empty() || no_event {
                    Some(Expected::Nothing("null"))
                } else {
                    Some(Expected::Events(events))
                };
                out.push(Record {
                    id,
                    date,
                    text: one_line(&txt),
                    expected,
                    options: std::mem::take(&mut pending),
                    line: line_of(s),
                });
                pos = end;
            }
            _ => break,
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabari_record() {
        let text = "950103  DEMO-04\nDagolath's minister left for\nMinas Tirith.\n/*\\n---\n\\n{ DAG / GON / 032 } 950103\n\\n{ GON / DAG / 033 }   */\n\n950101  X-1\nText.\n/* { OPTION: SET: CODE ALL } {+++} */\n";
        let r = parse_tabari_records("v", text, None).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0].expected,
            Some(Expected::Events(vec![
                ("DAG".into(), "GON".into(), "032".into()),
                ("GON".into(), "DAG".into(), "033".into())
            ]))
        );
        assert_eq!(r[0].date.unwrap().to_string(), "1995-01-03");
        assert_eq!(r[1].options, vec!["SET: CODE ALL".to_string()]);
        assert_eq!(r[1].expected, Some(Expected::Nothing("complex")));
    }
}
