//! TABARI / PETRARCH-1 dictionaries: verbs (with synsets and patterns), actors, agents and
//! discards. One reader per file kind; both dialects are accepted by each (TABARI's `;`
//! comments, `<SYNSETS>` and `{forms}` lines; PETRARCH's `#` comments, `<!-- -->` blocks,
//! `--- VERB [code] ---` group headers and `+` verb synonyms).

use rustc_hash::FxHashMap as HashMap;

use super::{
    parse_dict_date, ActorDef, AgentDef, DatedCode, DiscardDef, Elem, PWord, Pattern, Prefixes,
    Skipped, Verb, VerbCode,
};
use crate::error::Error;

/// A parsed verbs file.
#[derive(Debug, Clone, Default)]
pub struct VerbsFile {
    pub verbs: Vec<Verb>,
    /// Synonym sets: name (without `&`) and phrases (each a sequence of elements).
    pub synsets: Vec<(Box<str>, Vec<Vec<Elem>>)>,
    pub skipped: Skipped,
}

/// A parsed actors file.
#[derive(Debug, Clone, Default)]
pub struct ActorsFile {
    pub actors: Vec<ActorDef>,
    /// `<NOUN>` entries.
    pub nouns: Vec<Vec<PWord>>,
    /// `<ADJECTIVE>` entries.
    pub adjectives: Vec<Vec<PWord>>,
    pub skipped: Skipped,
}

type RawSynsets = Vec<(Box<str>, Vec<(usize, String)>)>;

/// The text of a line without its comment (`;` or `#` outside brackets), trimmed.
fn strip_comment(line: &str) -> &str {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ';' | '#' if depth <= 0 => return line[..i].trim(),
            _ => {}
        }
    }
    line.trim()
}

/// Iterates the lines of a dictionary file as (1-based line number, raw line, content without
/// comment), skipping `<!-- ... -->` blocks, lines that start with `#` or `/`, and everything
/// after `~FINISH`.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str, &str)> {
    let mut in_comment = false;
    let mut finished = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let raw = raw.trim_end_matches('\r');
        let t = raw.trim();
        if finished {
            return None;
        }
        if in_comment {
            if t.contains("-->") {
                in_comment = false;
            }
            return None;
        }
        if t.starts_with("<!--") || t.starts_with("<! --") {
            if !t.contains("-->") {
                in_comment = true;
            }
            return None;
        }
        if t.starts_with("~FINISH") || t.starts_with("~~") {
            finished = true;
            return None;
        }
        if t.is_empty() || t.starts_with('#') || t.starts_with('/') {
            return None;
        }
        let content = strip_comment(raw);
        if content.is_empty() {
            return None;
        }
        Some((i + 1, raw, content))
    })
}

/// Splits `PHRASE [code] [code] {forms}` into the phrase, the bracketed code blocks and the
/// braced part.
fn split_entry<'a>(
    file: &str,
    line: usize,
    s: &'a str,
) -> Result<(&'a str, Vec<&'a str>, Option<&'a str>), Error> {
    split_entry_in(file, line, s, false).map(|(p, c, f, _)| (p, c, f))
}

/// [`split_entry`]; with `lenient`, text after the codes ends the entry (the Phoenix actor
/// files carry notes there, `[MNCMED]  Newspapers/Magazines`) and the last value says so.
#[allow(clippy::type_complexity)]
fn split_entry_in<'a>(
    file: &str,
    line: usize,
    s: &'a str,
    lenient: bool,
) -> Result<(&'a str, Vec<&'a str>, Option<&'a str>, bool), Error> {
    let phrase_end = s.find(['[', '{']).unwrap_or(s.len());
    let phrase = s[..phrase_end].trim();
    let mut codes = Vec::new();
    let mut forms = None;
    let mut rest = &s[phrase_end..];
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| Error::lexicon(file, line, "missing ] after ["))?;
            codes.push(r[..end].trim());
            rest = &r[end + 1..];
        } else if let Some(r) = rest.strip_prefix('{') {
            let end = r
                .find('}')
                .ok_or_else(|| Error::lexicon(file, line, "missing } after {"))?;
            forms = Some(r[..end].trim());
            rest = &r[end + 1..];
        } else if rest.starts_with("---") {
            // the closing dashes of a PETRARCH group header
            break;
        } else if lenient && !codes.is_empty() {
            return Ok((phrase, codes, forms, true));
        } else {
            return Err(Error::lexicon(
                file,
                line,
                format!("unexpected text after the code: {:?}", rest.trim()),
            ));
        }
    }
    Ok((phrase, codes, forms, false))
}

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Parses the inside of a verb code block: `042`, `032:033`, `023?`, `031!`, `---`, `###`, `+++`.
pub(crate) fn parse_verb_code(file: &str, line: usize, s: &str) -> Result<VerbCode, Error> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    match compact.as_str() {
        "---" => return Ok(VerbCode::Null),
        "###" => return Ok(VerbCode::Discard),
        "+++" => return Ok(VerbCode::Complex),
        "" => return Err(Error::lexicon(file, line, "empty code []")),
        _ => {}
    }
    let mut body = compact.as_str();
    let mut subordinate = false;
    let mut dominant = false;
    loop {
        if let Some(b) = body.strip_suffix('?') {
            subordinate = true;
            body = b;
        } else if let Some(b) = body.strip_suffix('!') {
            dominant = true;
            body = b;
        } else {
            break;
        }
    }
    let mut parts = body.split(':');
    let code = parts.next().unwrap_or("");
    let paired = parts.next();
    if parts.next().is_some() {
        return Err(Error::lexicon(
            file,
            line,
            format!("a code pair has two codes, found {s:?}"),
        ));
    }
    let valid = |c: &str| !c.is_empty() && c.chars().all(is_code_char);
    if !valid(code) || paired.is_some_and(|p| !valid(p) && p != "---") {
        return Err(Error::lexicon(
            file,
            line,
            format!("codes contain only letters and digits, found {s:?}"),
        ));
    }
    Ok(VerbCode::Event {
        code: code.into(),
        paired: paired.filter(|p| *p != "---").map(Into::into),
        subordinate,
        dominant,
    })
}

/// Normalises a dictionary word: upper case, hyphens as connectors, straight apostrophes.
fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '-' => '_',
            '’' | '‘' | '`' => '\'',
            c => c.to_ascii_uppercase(),
        })
        .flat_map(char::to_uppercase)
        .collect()
}

/// Parses a plain phrase (actors, agents, nouns, verb roots, synset members without
/// references): words separated by blanks or connectors.
pub(crate) fn parse_phrase(file: &str, line: usize, s: &str) -> Result<Vec<PWord>, Error> {
    let elems = parse_elems(file, line, s, false)?;
    let mut words = Vec::with_capacity(elems.len());
    for e in elems {
        match e {
            Elem::Word(w) => words.push(w),
            _ => {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("unexpected pattern token in phrase {s:?}"),
                ))
            }
        }
    }
    if words.is_empty() {
        return Err(Error::lexicon(file, line, "missing phrase"));
    }
    Ok(words)
}

/// Parses pattern text into elements. `pattern` allows `* $ + % ^ &SET`; synset references
/// are left with `set = u32::MAX` and their name in a `Word` placeholder resolved by the caller.
fn parse_elems(file: &str, line: usize, s: &str, pattern: bool) -> Result<Vec<Elem>, Error> {
    let mut s = normalise(s);
    if s.contains("N'T") {
        // Treebank contractions (`DID N'T`, `CA N'T`) as the text writes them
        s = s.replace(" N'T", "N'T").replace("_N'T", "N'T");
    }
    let mut out: Vec<Elem> = Vec::new();
    for chunk in s.split_whitespace() {
        let bytes = chunk.as_bytes();
        let mut i = 0;
        let mut pieces_in_chunk = 0;
        while i < bytes.len() {
            // a piece runs to the next connector
            let start = i;
            while i < bytes.len() && bytes[i] != b'_' && bytes[i] != b'~' {
                i += 1;
            }
            let piece = &chunk[start..i];
            let mut under = false;
            let mut tilde = false;
            while i < bytes.len() && (bytes[i] == b'_' || bytes[i] == b'~') {
                if bytes[i] == b'_' {
                    under = true;
                } else {
                    tilde = true;
                }
                i += 1;
            }
            let more = i < bytes.len();
            if piece.is_empty() {
                // a leading connector ("_*"): joins the previous element to the next one
                if let Some(prev) = out.last_mut() {
                    if pieces_in_chunk == 0 && more {
                        prev.set_adjacent(true);
                    }
                }
                continue;
            }
            pieces_in_chunk += 1;
            let adjacent = more && (under || tilde);
            let elem = if pattern && piece == "*" {
                Elem::Verb { adjacent }
            } else if pattern && piece == "$" {
                Elem::Source { adjacent }
            } else if pattern && piece == "+" {
                Elem::Target { adjacent }
            } else if pattern && piece == "%" {
                Elem::Compound { adjacent }
            } else if pattern && piece == "^" {
                Elem::Skip { adjacent }
            } else if let Some(name) = piece.strip_prefix('&') {
                if name.is_empty() {
                    return Err(Error::lexicon(
                        file,
                        line,
                        "a synset reference needs a name after &",
                    ));
                }
                // placeholder: resolved against the synset names once the file is read
                Elem::Word(PWord {
                    text: format!("&{name}").into(),
                    stem: false,
                    no_endings: true,
                    adjacent,
                })
            } else {
                let (text, no_endings) = match piece.strip_suffix('=') {
                    Some(t) => (t, true),
                    None => (piece, false),
                };
                let text = text.trim_end_matches('\'');
                let text = text.strip_suffix("'S").unwrap_or(text);
                if text.is_empty() {
                    return Err(Error::lexicon(file, line, format!("empty word in {s:?}")));
                }
                if !pattern
                    && text
                        .chars()
                        .any(|c| matches!(c, '*' | '$' | '%' | '^' | '[' | ']' | '{' | '}'))
                {
                    return Err(Error::lexicon(
                        file,
                        line,
                        format!("unexpected character in phrase word {text:?}"),
                    ));
                }
                let stem = !(under || no_endings) || tilde;
                Elem::Word(PWord {
                    text: text.into(),
                    stem,
                    no_endings,
                    adjacent,
                })
            };
            out.push(elem);
        }
    }
    Ok(out)
}

/// Expands `{ a | b }` alternatives into one string per combination.
fn expand_alternatives(
    file: &str,
    line: usize,
    s: &str,
    out: &mut Vec<String>,
) -> Result<(), Error> {
    let Some(open) = s.find('{') else {
        out.push(s.to_string());
        return Ok(());
    };
    let close = s[open..]
        .find('}')
        .map(|c| open + c)
        .ok_or_else(|| Error::lexicon(file, line, "missing } in alternatives"))?;
    let inner = &s[open + 1..close];
    if inner.contains('{') {
        return Err(Error::lexicon(file, line, "alternatives cannot be nested"));
    }
    if out.len() > 4096 {
        return Err(Error::lexicon(
            file,
            line,
            "too many alternative combinations",
        ));
    }
    for alt in inner.split('|') {
        let joined = format!("{}{}{}", &s[..open], alt.trim(), &s[close + 1..]);
        expand_alternatives(file, line, &joined, out)?;
    }
    Ok(())
}

/// Letters of the fixed text of a pattern string (TABARI's length). In TABARI's files a
/// synset designator (`&CURRENCY`, text of varying length) does not count, so that "* DOLLAR"
/// is tried before "* &CURRENCY"; PETRARCH's blocks count its name.
fn pattern_length(s: &str, count_synsets: bool) -> usize {
    let mut n = 0;
    let mut in_synset = false;
    for c in s.chars() {
        if c == '&' {
            in_synset = !count_synsets;
        } else if c.is_alphanumeric() || (in_synset && c == '-') {
            n += usize::from(!in_synset);
        } else {
            in_synset = false;
        }
    }
    n
}

fn parse_pattern(
    file: &str,
    line: usize,
    text: &str,
    code: VerbCode,
    count_synsets: bool,
    out: &mut Vec<Pattern>,
) -> Result<(), Error> {
    let mut expanded = Vec::new();
    expand_alternatives(file, line, text, &mut expanded)?;
    for alt in expanded {
        let elems = parse_elems(file, line, &alt, true)?;
        let Some(v) = elems.iter().position(|e| matches!(e, Elem::Verb { .. })) else {
            return Err(Error::lexicon(
                file,
                line,
                format!("pattern has no verb marker *: {text:?}"),
            ));
        };
        if elems
            .iter()
            .filter(|e| matches!(e, Elem::Verb { .. }))
            .count()
            > 1
        {
            return Err(Error::lexicon(
                file,
                line,
                format!("pattern has more than one *: {text:?}"),
            ));
        }
        let mut before = elems;
        let mut after = before.split_off(v);
        let verb = after.remove(0);
        // `X_*`: the last element before the verb is adjacent; `*_X`: the verb is adjacent to
        // the first one after (kept as a flag on a leading pseudo-element: the verb itself)
        if verb.adjacent() {
            after.insert(0, Elem::Verb { adjacent: true });
        }
        let length = pattern_length(&alt, count_synsets);
        out.push(Pattern {
            needs: Prefixes::needed_by(&[&before, &after]),
            before,
            after,
            code: code.clone(),
            length,
            line,
        });
    }
    Ok(())
}

#[derive(PartialEq)]
enum Section {
    Main,
    Time,
}

/// PETRARCH keys its verbs by their root: a root in two blocks ("--- SHOT [---] ---" and
/// "--- SHOT [223] ---") is one verb with the patterns of both, and the code that is not null.
fn merge_repeated_verbs(verbs: &mut Vec<Verb>) {
    let key = |v: &Verb| -> Option<String> {
        let f = v.forms.first()?;
        Some(
            f.iter()
                .map(|w| format!("{}{}", w.text, if w.adjacent { "_" } else { " " }))
                .collect(),
        )
    };
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut keep = vec![true; verbs.len()];
    for i in 0..verbs.len() {
        let Some(k) = key(&verbs[i]) else { continue };
        match first.get(&k) {
            Some(&f) => {
                let later = std::mem::take(&mut verbs[i].patterns);
                verbs[f].patterns.extend(later);
                if verbs[f].code == VerbCode::Null && verbs[i].code != VerbCode::Null {
                    verbs[f].code = verbs[i].code.clone();
                }
                let forms: Vec<Vec<PWord>> = verbs[i].forms.drain(1..).collect();
                verbs[f].forms.extend(forms);
                keep[i] = false;
            }
            None => {
                first.insert(k, i);
            }
        }
    }
    let mut it = keep.iter();
    verbs.retain(|_| it.next().copied().unwrap_or(true));
}

/// Reads a TABARI or PETRARCH-1 verbs file.
pub fn parse_verbs(file: &str, text: &str) -> Result<VerbsFile, Error> {
    let mut vf = VerbsFile::default();
    let mut section = Section::Main;
    let mut synset: Option<usize> = None;
    let mut current: Option<usize> = None;
    let mut group_code: Option<VerbCode> = None;
    let mut raw_synsets: RawSynsets = Vec::new();
    let mut time_lines = 0;
    let mut nominal = false;
    // PETRARCH verb blocks (`--- NAME [code] ---`): the first verb and the block's patterns
    let mut block_start: Option<usize> = None;
    let mut blocks = false;
    let mut block_patterns: Vec<Pattern> = Vec::new();
    for (line, raw, s) in lines(text) {
        let upper = s.to_ascii_uppercase();
        if section == Section::Time {
            if upper.starts_with("</TIME>") {
                section = Section::Main;
                continue;
            }
            // a time phrase with a discard or complexity code has the effect a verb with it
            // has (manual 10.5); the shifts of the date are not applied
            if !s.starts_with('-') {
                let (phrase, codes, _) = split_entry(file, line, s)?;
                let code = codes.first().map(|c| parse_verb_code(file, line, c));
                if let Some(Ok(code @ (VerbCode::Discard | VerbCode::Complex))) = code {
                    vf.verbs.push(Verb {
                        forms: vec![parse_phrase(file, line, phrase)?],
                        code,
                        patterns: Vec::new(),
                        // a time phrase is no verb form: capitals and articles do not matter
                        nominal: true,
                        line,
                    });
                    continue;
                }
            }
            time_lines += 1;
            continue;
        }
        if upper.starts_with("<TIME>") {
            section = Section::Time;
            continue;
        }
        if upper.starts_with("<NOMINAL>") || upper.starts_with("</NOMINAL>") {
            nominal = upper.starts_with("<NOMINAL>");
            current = None;
            continue;
        }
        if upper.starts_with("<SYNSETS>") || upper.starts_with("</SYNSETS>") {
            synset = None;
            continue;
        }
        if upper.starts_with('<') {
            return Err(Error::lexicon(file, line, format!("unknown section {s:?}")));
        }
        if let Some(name) = s.strip_prefix('&') {
            let name = name
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches('_')
                .to_ascii_uppercase();
            if name.is_empty() {
                return Err(Error::lexicon(file, line, "synset without a name"));
            }
            raw_synsets.push((name.into(), Vec::new()));
            synset = Some(raw_synsets.len() - 1);
            current = None;
            continue;
        }
        if let Some(member) = s.strip_prefix('+') {
            if let Some(si) = synset {
                raw_synsets[si].1.push((line, member.trim().to_string()));
                continue;
            }
            // PETRARCH: a synonym of the current verb (with its own code when it has one)
            let Some(ci) = current else {
                return Err(Error::lexicon(file, line, "a + synonym before any verb"));
            };
            let (phrase, codes, _) = split_entry(file, line, member)?;
            let words = parse_phrase(file, line, phrase)?;
            if let Some(c) = codes.first() {
                let code = parse_verb_code(file, line, c)?;
                vf.verbs.push(Verb {
                    forms: vec![words],
                    code,
                    patterns: Vec::new(),
                    nominal: false,
                    line,
                });
            } else {
                vf.verbs[ci].forms.push(words);
            }
            continue;
        }
        if s.starts_with("---") {
            // PETRARCH group header: --- VERB [code] ---
            let inner = s.trim_matches('-').trim();
            let (_, codes, _) = split_entry(file, line, inner)?;
            let Some(c) = codes.first() else {
                return Err(Error::lexicon(
                    file,
                    line,
                    "verb group header without a [code]",
                ));
            };
            group_code = Some(parse_verb_code(file, line, c)?);
            blocks = true;
            flush_block(&mut vf.verbs, block_start, &mut block_patterns);
            block_start = Some(vf.verbs.len());
            current = None;
            synset = None;
            continue;
        }
        if let Some(p) = s.strip_prefix('-') {
            let Some(ci) = current else {
                return Err(Error::lexicon(file, line, "pattern before any verb"));
            };
            let (phrase, codes, _) = split_pattern(file, line, p)?;
            let code = parse_verb_code(file, line, codes)?;
            let mut pats = Vec::new();
            match parse_pattern(file, line, phrase, code, block_start.is_some(), &mut pats) {
                // in a PETRARCH block the patterns belong to every verb of the block
                Ok(()) if block_start.is_some() => block_patterns.extend(pats),
                Ok(()) => vf.verbs[ci].patterns.extend(pats),
                // a pattern line that cannot be read (`{ WAS | WERE ]`, `* COMMIT * AID` in
                // the CAMEO master file): the verb stays usable, the pattern is skipped and
                // counted with the place of the first one
                Err(_) => vf.skipped.add_at("unreadable patterns", file, line),
            }
            continue;
        }
        if s.starts_with('{') {
            let Some(ci) = current else {
                return Err(Error::lexicon(file, line, "verb forms before any verb"));
            };
            let inner = s.trim_start_matches('{');
            let inner = inner
                .find('}')
                .map(|e| &inner[..e])
                .ok_or_else(|| Error::lexicon(file, line, "missing } after verb forms"))?;
            for form in inner.split_whitespace() {
                let words = parse_phrase(file, line, form)?;
                vf.verbs[ci].forms.push(words);
            }
            continue;
        }
        if raw.starts_with([' ', '\t']) && s.starts_with('[') {
            return Err(Error::lexicon(file, line, "a code line without a verb"));
        }
        // a verb root: PHRASE [code] {forms}
        synset = None;
        let (phrase, codes, forms) = split_entry(file, line, s)?;
        let phrase = phrase.replace('+', " ");
        let words = parse_phrase(file, line, &phrase)?;
        let code = match codes.first() {
            Some(c) => parse_verb_code(file, line, c)?,
            None => match &group_code {
                Some(g) => g.clone(),
                None => {
                    return Err(Error::lexicon(
                        file,
                        line,
                        format!("verb {phrase:?} has no [code]"),
                    ))
                }
            },
        };
        let mut verb = Verb {
            forms: vec![words],
            code,
            patterns: Vec::new(),
            nominal,
            line,
        };
        if let Some(forms) = forms {
            for form in forms.split_whitespace() {
                verb.forms.push(parse_phrase(file, line, form)?);
            }
        }
        vf.verbs.push(verb);
        current = Some(vf.verbs.len() - 1);
    }
    flush_block(&mut vf.verbs, block_start, &mut block_patterns);
    if section == Section::Time {
        return Err(Error::lexicon(
            file,
            text.lines().count(),
            "missing </TIME>",
        ));
    }
    vf.skipped
        .add("TIME section shifts of the date (not applied)", time_lines);
    if blocks {
        merge_repeated_verbs(&mut vf.verbs);
    }
    resolve_synsets(file, &mut vf, raw_synsets)?;
    for v in &mut vf.verbs {
        // longest patterns first, file order among equals
        v.patterns.sort_by_key(|p| std::cmp::Reverse(p.length));
    }
    Ok(vf)
}

/// Gives the patterns of a PETRARCH verb block to every verb of the block.
fn flush_block(verbs: &mut [Verb], start: Option<usize>, patterns: &mut Vec<Pattern>) {
    if let Some(start) = start {
        if let Some(block) = verbs.get_mut(start..) {
            for v in block {
                v.patterns.extend(patterns.iter().cloned());
            }
        }
    }
    patterns.clear();
}

/// Splits `pattern [code] ; comment` (the comment is already stripped).
fn split_pattern<'a>(file: &str, line: usize, s: &'a str) -> Result<(&'a str, &'a str, ()), Error> {
    let open = s
        .rfind('[')
        .ok_or_else(|| Error::lexicon(file, line, "pattern without a [code]"))?;
    let close = s[open..]
        .find(']')
        .map(|c| open + c)
        .ok_or_else(|| Error::lexicon(file, line, "missing ] after ["))?;
    if !s[close + 1..].trim().is_empty() {
        return Err(Error::lexicon(
            file,
            line,
            format!(
                "unexpected text after the code: {:?}",
                s[close + 1..].trim()
            ),
        ));
    }
    Ok((s[..open].trim(), &s[open + 1..close], ()))
}

fn resolve_synsets(file: &str, vf: &mut VerbsFile, raw: RawSynsets) -> Result<(), Error> {
    let index: HashMap<Box<str>, u32> = raw
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n.clone(), i as u32))
        .collect();
    let resolve = |line: usize, elems: &mut Vec<Elem>, own: Option<u32>| -> Result<(), Error> {
        for e in elems.iter_mut() {
            if let Elem::Word(w) = e {
                if let Some(name) = w.text.strip_prefix('&') {
                    let name = name.trim_end_matches('_');
                    let Some(&set) = index.get(name) else {
                        return Err(Error::lexicon(
                            file,
                            line,
                            format!("unknown synset &{name}"),
                        ));
                    };
                    if Some(set) == own {
                        return Err(Error::lexicon(
                            file,
                            line,
                            format!("synset &{name} refers to itself"),
                        ));
                    }
                    *e = Elem::Synset {
                        set,
                        adjacent: w.adjacent,
                    };
                }
            }
        }
        Ok(())
    };
    for (i, (name, members)) in raw.into_iter().enumerate() {
        let mut phrases = Vec::with_capacity(members.len());
        for (line, m) in members {
            let mut elems = parse_elems(file, line, &m, true)?;
            if elems.is_empty() {
                return Err(Error::lexicon(file, line, "empty synset member"));
            }
            resolve(line, &mut elems, Some(i as u32))?;
            phrases.push(elems);
        }
        vf.synsets.push((name, phrases));
    }
    // references to later synsets would allow cycles: a member may only refer to earlier sets
    for (i, (_, phrases)) in vf.synsets.iter().enumerate() {
        for p in phrases {
            for e in p {
                if let Elem::Synset { set, .. } = e {
                    if *set as usize >= i {
                        return Err(Error::lexicon(
                            file,
                            0,
                            format!("synset {} refers to a later synset", vf.synsets[i].0),
                        ));
                    }
                }
            }
        }
    }
    for v in &mut vf.verbs {
        for p in &mut v.patterns {
            let line = p.line;
            resolve(line, &mut p.before, None)?;
            resolve(line, &mut p.after, None)?;
        }
    }
    Ok(())
}

/// Parses the inside of an actor code block: `USAGOV`, `GME/GMW`, `---`, `###`, `USAGOV >090120`,
/// `EGY <911231`, `UNO 920101-991231`.
fn parse_actor_code(file: &str, line: usize, s: &str) -> Result<DatedCode, Error> {
    let s = s.trim();
    let bad_date = |d: &str| {
        Error::lexicon(
            file,
            line,
            format!("bad date {d:?} in actor code [{s}] (YYMMDD or YYYYMMDD)"),
        )
    };
    let date = |d: &str| parse_dict_date(d).ok_or_else(|| bad_date(d));
    // the code part is everything before the first blank or date marker
    let split = s
        .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .unwrap_or(s.len());
    let (code_part, date_part) = (s[..split].trim(), s[split..].trim());
    // a bare date (a code missing) is an error
    if code_part.bytes().next().is_some_and(|b| b.is_ascii_digit()) && code_part.contains('-') {
        return Err(Error::lexicon(
            file,
            line,
            format!("actor code missing before the date in [{s}]"),
        ));
    }
    let compact: String = code_part.chars().filter(|c| !c.is_whitespace()).collect();
    let mut dc = DatedCode {
        codes: Vec::new(),
        discard: false,
        complex: false,
        from: None,
        to: None,
    };
    match compact.as_str() {
        "" => return Err(Error::lexicon(file, line, "empty actor code []")),
        "---" | "-" => {}
        "###" => dc.discard = true,
        "+++" => dc.complex = true,
        _ => {
            for c in compact.split('/') {
                let c = c.trim_start_matches('~').trim_end_matches('~');
                if c.is_empty() || !c.chars().all(is_code_char) {
                    return Err(Error::lexicon(
                        file,
                        line,
                        format!("actor codes contain only letters and digits, found [{s}]"),
                    ));
                }
                dc.codes.push(c.to_ascii_uppercase().into());
            }
        }
    }
    // "- - -" written with blanks
    if compact == "-" && date_part.starts_with('-') {
        let rest = date_part.trim_start_matches(['-', ' ']);
        if rest.is_empty() {
            return Ok(dc);
        }
        return parse_restriction(rest, dc, &date);
    }
    if date_part.is_empty() {
        return Ok(dc);
    }
    parse_restriction(date_part, dc, &date)
}

fn parse_restriction(
    d: &str,
    mut dc: DatedCode,
    date: &dyn Fn(&str) -> Result<crate::dates::Date, Error>,
) -> Result<DatedCode, Error> {
    let d: String = d.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(x) = d.strip_prefix('<') {
        dc.to = Some(date(x)?);
    } else if let Some(x) = d.strip_prefix('>') {
        dc.from = Some(date(x)?);
    } else if let Some((a, b)) = d.split_once('-') {
        if !a.is_empty() {
            dc.from = Some(date(a)?);
        }
        if !b.is_empty() {
            dc.to = Some(date(b)?);
        }
    } else {
        date(&d)?;
    }
    Ok(dc)
}

/// An actor code block; a block whose date cannot be read is skipped and counted (as TABARI
/// does), every other error is returned.
fn actor_code_or_skip(
    file: &str,
    line: usize,
    s: &str,
    skipped: &mut Skipped,
) -> Result<Option<DatedCode>, Error> {
    match parse_actor_code(file, line, s) {
        Ok(c) => Ok(Some(c)),
        Err(e) if e.message().starts_with("bad date") => {
            skipped.add_at("actor codes with an unreadable date", file, line);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Reads a TABARI / PETRARCH / Phoenix actors file.
pub fn parse_actors(file: &str, text: &str) -> Result<ActorsFile, Error> {
    #[derive(PartialEq)]
    enum Sec {
        Main,
        Noun,
        Adjective,
    }
    let mut af = ActorsFile::default();
    let mut sec = Sec::Main;
    let mut current: Option<usize> = None;
    let mut orphan = false;
    for (line, raw, s) in lines(text) {
        let upper = s.to_ascii_uppercase();
        if upper.starts_with('<') {
            match upper.trim_end_matches('>').trim_start_matches('<') {
                "NOUN" | "NOUNS" => sec = Sec::Noun,
                "ADJECTIVE" | "ADJ" | "ADJECTIVES" => sec = Sec::Adjective,
                "/NOUN" | "/NOUNS" | "/ADJECTIVE" | "/ADJ" | "/ADJECTIVES" => sec = Sec::Main,
                _ => return Err(Error::lexicon(file, line, format!("unknown section {s:?}"))),
            }
            current = None;
            continue;
        }
        match sec {
            Sec::Noun | Sec::Adjective => {
                let phrase = s.split('[').next().unwrap_or(s).trim();
                let words = parse_phrase(file, line, phrase)?;
                if sec == Sec::Noun {
                    af.nouns.push(words);
                } else {
                    af.adjectives.push(words);
                }
                continue;
            }
            Sec::Main => {}
        }
        let indented = raw.starts_with([' ', '\t']);
        if orphan && (s.starts_with('+') || (indented && s.starts_with('['))) {
            af.skipped
                .add_at("lines of a skipped actor entry", file, line);
            continue;
        }
        if indented && s.starts_with('[') {
            let Some(ci) = current else {
                return Err(Error::lexicon(
                    file,
                    line,
                    "a date-restricted code line without an actor",
                ));
            };
            let (_, codes, _) = split_entry(file, line, s)?;
            for c in codes {
                if let Some(dc) = actor_code_or_skip(file, line, c, &mut af.skipped)? {
                    af.actors[ci].codes.push(dc);
                }
            }
            continue;
        }
        if let Some(syn) = s.strip_prefix('+') {
            let Some(ci) = current else {
                return Err(Error::lexicon(file, line, "a + synonym before any actor"));
            };
            let (phrase, codes, _) = split_entry(file, line, syn)?;
            match parse_phrase(file, line, phrase) {
                Ok(p) => af.actors[ci].phrases.push(p),
                // a synonym with a stray bracket: skipped and counted, the entry stays usable
                Err(e) if e.message().starts_with("unexpected character") => {
                    af.skipped
                        .add_at("actor synonyms with stray characters", file, line)
                }
                Err(e) => return Err(e),
            }
            for c in codes {
                if let Some(dc) = actor_code_or_skip(file, line, c, &mut af.skipped)? {
                    af.actors[ci].codes.push(dc);
                }
            }
            continue;
        }
        let (phrase, codes, forms, trailing) = split_entry_in(file, line, s, true)?;
        if trailing {
            af.skipped
                .add_at("notes after an actor's code (ignored)", file, line);
        }
        if forms.is_some() {
            return Err(Error::lexicon(
                file,
                line,
                "{...} forms are not allowed in an actors file",
            ));
        }
        let words = match parse_phrase(file, line, phrase) {
            Ok(w) => w,
            // a name TABARI cannot match either ("E*TRADE"): skipped and counted, with its
            // synonym and date lines
            Err(e) if e.message().starts_with("unexpected character") => {
                af.skipped
                    .add_at("actor entries with stray characters", file, line);
                current = None;
                orphan = true;
                continue;
            }
            Err(e) => return Err(e),
        };
        orphan = false;
        let mut def = ActorDef {
            phrases: vec![words],
            codes: Vec::new(),
            line,
        };
        for c in codes {
            if let Some(dc) = actor_code_or_skip(file, line, c, &mut af.skipped)? {
                def.codes.push(dc);
            }
        }
        af.actors.push(def);
        current = Some(af.actors.len() - 1);
    }
    if sec != Sec::Main {
        return Err(Error::lexicon(
            file,
            text.lines().count(),
            "missing </NOUN> or </ADJECTIVE>",
        ));
    }
    // an actor that never got a code is an error at its line
    for a in &af.actors {
        if a.codes.is_empty()
            && !af
                .skipped
                .entries
                .iter()
                .any(|(r, _)| r.starts_with("actor codes with"))
        {
            return Err(Error::lexicon(file, a.line, "actor without a [code]"));
        }
    }
    af.actors.retain(|a| !a.codes.is_empty());
    Ok(af)
}

/// Reads a TABARI / PETRARCH / Phoenix agents file (with PETRARCH's `!NAME! = a, b` macros).
pub fn parse_agents(file: &str, text: &str) -> Result<(Vec<AgentDef>, Skipped), Error> {
    let mut agents: Vec<AgentDef> = Vec::new();
    let mut skipped = Skipped::default();
    let mut macros: Vec<(String, Vec<String>)> = Vec::new();
    for (line, _raw, s) in lines(text) {
        if s.starts_with('!') && !s.contains('[') {
            let Some((name, values)) = s.split_once('=') else {
                return Err(Error::lexicon(
                    file,
                    line,
                    "a !MACRO! line needs = and a list of words",
                ));
            };
            let name = name.trim().to_ascii_uppercase();
            if !(name.len() > 2 && name.ends_with('!')) {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("bad macro name {name:?}"),
                ));
            }
            macros.push((
                name,
                values
                    .split(',')
                    .map(|v| v.trim().to_ascii_uppercase())
                    .filter(|v| !v.is_empty())
                    .collect(),
            ));
            continue;
        }
        let (syn, body) = match s.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let (phrase, codes, plurals) = match split_entry(file, line, body) {
            Ok(x) => x,
            // `DEPARMENT_OF_ENVIRONMENT [~ENV}` in the Phoenix agents: skipped and counted
            Err(e) if e.message().starts_with("missing ]") => {
                skipped.add_at("agent lines with an unclosed [code", file, line);
                continue;
            }
            Err(e) => return Err(e),
        };
        let code = match codes.first() {
            Some(c) => Some(c.trim()),
            None if syn => None,
            None => {
                skipped.add_at("agent phrases without a [code]", file, line);
                continue;
            }
        };
        // expand macros
        let mut phrases = vec![phrase.to_ascii_uppercase()];
        for (name, values) in &macros {
            if phrases.iter().any(|p| p.contains(name.as_str())) {
                phrases = phrases
                    .iter()
                    .flat_map(|p| values.iter().map(move |v| p.replace(name.as_str(), v)))
                    .collect();
            }
        }
        let mut words = Vec::with_capacity(phrases.len());
        for p in &phrases {
            if p.contains('!') {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("unknown macro in {p:?}"),
                ));
            }
            words.push(parse_phrase(file, line, p)?);
        }
        // PETRARCH's `{plural ...}`: irregular plurals, which replace the regular ones (`{}`:
        // none)
        if let Some(pl) = plurals {
            for w in &mut words {
                if let Some(last) = w.last_mut() {
                    last.no_endings = true;
                    last.stem = false;
                }
            }
            for form in pl.split_whitespace() {
                let mut w = parse_phrase(file, line, &form.to_ascii_uppercase())?;
                if let Some(last) = w.last_mut() {
                    last.no_endings = true;
                    last.stem = false;
                }
                words.push(w);
            }
        }
        match code {
            Some(c) => {
                let c: String = c.chars().filter(|c| !c.is_whitespace()).collect();
                let suffix = c.starts_with('~');
                if !suffix && !c.ends_with('~') {
                    return Err(Error::lexicon(
                        file,
                        line,
                        format!("agent code needs ~ before or after it, found [{c}]"),
                    ));
                }
                let bare = c.trim_matches('~');
                if bare.is_empty() || !bare.chars().all(is_code_char) {
                    return Err(Error::lexicon(
                        file,
                        line,
                        format!("agent codes contain only letters and digits, found [{c}]"),
                    ));
                }
                agents.push(AgentDef {
                    phrases: words,
                    code: bare.to_ascii_uppercase().into(),
                    suffix,
                    line,
                });
            }
            None => {
                let Some(last) = agents.last_mut() else {
                    return Err(Error::lexicon(file, line, "a + synonym before any agent"));
                };
                last.phrases.extend(words);
            }
        }
    }
    Ok((agents, skipped))
}

/// Reads a discards file: one phrase a line, `+` for a story-level discard.
pub fn parse_discards(file: &str, text: &str) -> Result<Vec<DiscardDef>, Error> {
    let mut out = Vec::new();
    for (line, _raw, s) in lines(text) {
        let (story, body) = match s.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let phrase = body.split('[').next().unwrap_or(body).trim();
        out.push(DiscardDef {
            phrase: parse_phrase(file, line, phrase)?,
            story,
            line,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_connectors() {
        let mut pats = Vec::new();
        parse_pattern(
            "t",
            1,
            "SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS",
            VerbCode::Null,
            false,
            &mut pats,
        )
        .unwrap();
        assert_eq!(pats.len(), 2);
        let p = &pats[0];
        assert!(
            matches!(&p.before[0], Elem::Word(w) if &*w.text == "SUGGESTED" && !w.stem && w.adjacent)
        );
        assert!(matches!(p.before[1], Elem::Target { adjacent: false }));
        assert!(matches!(&p.after[0], Elem::Word(w) if &*w.text == "DEMAND" && w.adjacent));
        assert!(
            matches!(&p.after[1], Elem::Word(w) if &*w.text == "GENEVA" && !w.stem && w.adjacent)
        );
        assert!(matches!(&p.after[2], Elem::Word(w) if &*w.text == "CONVENTIONS" && w.stem));
    }

    #[test]
    fn verb_codes() {
        assert_eq!(parse_verb_code("t", 1, "- - -").unwrap(), VerbCode::Null);
        assert!(
            matches!(parse_verb_code("t", 1, "032:033").unwrap(), VerbCode::Event { paired: Some(p), .. } if &*p == "033")
        );
        assert!(matches!(
            parse_verb_code("t", 1, "023?").unwrap(),
            VerbCode::Event {
                subordinate: true,
                ..
            }
        ));
        assert!(parse_verb_code("t", 1, "0$1").is_err());
    }

    #[test]
    fn actor_codes() {
        let c = parse_actor_code("t", 1, "USAGOV >090120").unwrap();
        assert_eq!(c.codes, vec![Box::from("USAGOV")]);
        assert_eq!(c.from.unwrap().to_string(), "2009-01-20");
        let c = parse_actor_code("t", 1, "RUSGOV 19940922-20040712").unwrap();
        assert_eq!(c.to.unwrap().to_string(), "2004-07-12");
        assert!(parse_actor_code("t", 1, " 991201-010114").is_err());
        assert!(parse_actor_code("t", 1, "USA <99").is_err());
        assert!(parse_actor_code("t", 1, "- - -").unwrap().is_null());
    }
}
