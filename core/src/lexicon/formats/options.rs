//! Coding options: TABARI's `.options` commands and PETRARCH's `<Config>` settings.

use super::Skipped;
use crate::error::Error;

/// How many events a sentence yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CodeBy {
    /// The first event of each conjunction-delimited clause (TABARI's default).
    #[default]
    Clause,
    /// The first event of the sentence.
    Sentence,
    /// Every event found.
    All,
}

/// Lengths (in words) of comma-delimited clauses that are removed before coding: a clause is
/// removed when `min < words <= max` (`b…` at the start of a sentence, `e…` at its end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommaLimits {
    pub min: usize,
    pub max: usize,
    pub bmin: usize,
    pub bmax: usize,
    pub emin: usize,
    pub emax: usize,
}

impl Default for CommaLimits {
    fn default() -> Self {
        CommaLimits {
            min: 2,
            max: 10,
            bmin: 128,
            bmax: 0,
            emin: 2,
            emax: 10,
        }
    }
}

impl CommaLimits {
    pub fn off() -> Self {
        CommaLimits {
            min: 0,
            max: 0,
            bmin: 0,
            bmax: 0,
            emin: 0,
            emax: 0,
        }
    }
}

/// Conditions under which a sentence is too complex to code (0 = inactive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Complexity {
    pub verbs: usize,
    pub actors: usize,
    pub pronouns: usize,
    pub conjunctions: usize,
    pub no_actor_prior: bool,
    pub no_actor_after: bool,
    pub no_verb: bool,
}

/// Options that change how a dictionary codes a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictOptions {
    pub code_by: CodeBy,
    pub comma: CommaLimits,
    pub complex: Complexity,
    /// `DEFAULT: SOURCE [code]`: used when no source is found (`PRIOR`: when no actor precedes
    /// the verb).
    pub default_source: Option<(Box<str>, bool)>,
    /// `DEFAULT: TARGET [code]` (`AFTER`: when no actor follows the verb).
    pub default_target: Option<(Box<str>, bool)>,
    /// `SET: CONVERT AGENTS = TRUE`: an agent without an actor becomes an actor with its code.
    pub convert_agents: bool,
    /// PETRARCH's `require_dyad`: events need both a source and a target.
    pub require_dyad: bool,
    /// `SET: MINIMUM WORDS = n`: sentences of fewer words (a comma counts as one) are not
    /// coded. TABARI's default with an options file is 8; 0 (off) otherwise.
    pub min_words: usize,
    /// `FORWARD: ...`: a subject pronoun without an antecedent refers to the first actor of
    /// the previous sentence of the story.
    pub forward: bool,
    /// PETRARCH's rules where they differ from TABARI's: an agent without an actor is an
    /// actor of unknown country (`---` and the agent's code: "a senior official said" is
    /// `---GOV`), and an agent that qualifies a list of actors ("the ambassadors of Arnor,
    /// Osgiliath and Gondor") qualifies each of them.
    pub petrarch: bool,
}

impl Default for DictOptions {
    fn default() -> Self {
        DictOptions {
            code_by: CodeBy::Clause,
            comma: CommaLimits::default(),
            complex: Complexity::default(),
            default_source: None,
            default_target: None,
            convert_agents: false,
            require_dyad: true,
            min_words: 0,
            forward: false,
            petrarch: false,
        }
    }
}

fn bracketed(s: &str) -> Option<&str> {
    let a = s.find('[')?;
    let b = s[a..].find(']')? + a;
    Some(s[a + 1..b].trim())
}

fn number_after(file: &str, line: usize, s: &str, key: &str) -> Result<Option<usize>, Error> {
    let Some(i) = s.find(key) else {
        return Ok(None);
    };
    let rest = s[i + key.len()..].trim_start();
    let rest = rest
        .strip_prefix('=')
        .or_else(|| rest.strip_prefix('['))
        .unwrap_or(rest)
        .trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits
        .parse()
        .map(Some)
        .map_err(|_| Error::lexicon(file, line, format!("{key} needs a number")))
}

impl DictOptions {
    /// Applies one options command (`COMPLEX: ...`, `COMMA: ...`, `DEFAULT: ...`, `SET: ...`).
    /// Commands that do not change coding (labels, output formats) are counted in `skipped`.
    pub fn apply(
        &mut self,
        file: &str,
        line: usize,
        command: &str,
        skipped: &mut Skipped,
    ) -> Result<(), Error> {
        let c = command.trim().to_ascii_uppercase();
        let Some((head, body)) = c.split_once(':') else {
            return Err(Error::lexicon(
                file,
                line,
                format!("an option is COMMAND: value, found {command:?}"),
            ));
        };
        let body = body.trim();
        match head.trim() {
            "COMPLEX" => {
                let mut cx = Complexity::default();
                // VERBS[n] etc.; names are matched as whole words
                let num = |key: &str| -> Result<usize, Error> {
                    Ok(body
                        .split_whitespace()
                        .find(|w| w.starts_with(key) && w[key.len()..].starts_with('['))
                        .map_or(Ok(None), |w| number_after(file, line, w, key))?
                        .unwrap_or(0))
                };
                cx.verbs = num("VERBS")?;
                cx.actors = num("ACTORS")?;
                cx.pronouns = num("PRONOUNS")?;
                cx.conjunctions = num("CONJ")?;
                let words: Vec<&str> = body.split_whitespace().collect();
                cx.no_actor_prior = words.contains(&"NOACTPRIOR");
                cx.no_actor_after = words.contains(&"NOACTAFTER");
                cx.no_verb = words.contains(&"NOVERB");
                self.complex = cx;
            }
            "COMMA" => {
                if body.starts_with("OFF") {
                    self.comma = CommaLimits::off();
                } else {
                    let mut l = CommaLimits::default();
                    // BMIN/EMIN contain MIN: read the prefixed keys from a copy with them removed
                    let strip = |s: &str, k: &str| -> String {
                        let mut out = s.to_string();
                        while let Some(i) = out.find(k) {
                            out.replace_range(i..i + k.len(), "#");
                        }
                        out
                    };
                    let plain = strip(&strip(&strip(&strip(body, "BMIN"), "BMAX"), "EMIN"), "EMAX");
                    if let Some(v) = number_after(file, line, body, "BMIN")? {
                        l.bmin = v;
                    }
                    if let Some(v) = number_after(file, line, body, "BMAX")? {
                        l.bmax = v;
                    }
                    if let Some(v) = number_after(file, line, body, "EMIN")? {
                        l.emin = v;
                    }
                    if let Some(v) = number_after(file, line, body, "EMAX")? {
                        l.emax = v;
                    }
                    if let Some(v) = number_after(file, line, &plain, "MIN")? {
                        l.min = v;
                    }
                    if let Some(v) = number_after(file, line, &plain, "MAX")? {
                        l.max = v;
                    }
                    self.comma = l;
                }
            }
            "DEFAULT" => {
                if body.starts_with("OFF") {
                    self.default_source = None;
                    self.default_target = None;
                } else {
                    let (src, tgt) = match body.find("TARGET") {
                        Some(i) => (&body[..i], Some(&body[i..])),
                        None => (body, None),
                    };
                    if src.contains("SOURCE") {
                        let code = bracketed(src).ok_or_else(|| {
                            Error::lexicon(file, line, "DEFAULT: SOURCE needs a [code]")
                        })?;
                        self.default_source = Some((code.into(), src.contains("PRIOR")));
                    }
                    if let Some(t) = tgt {
                        let code = bracketed(t).ok_or_else(|| {
                            Error::lexicon(file, line, "DEFAULT: TARGET needs a [code]")
                        })?;
                        self.default_target = Some((code.into(), t.contains("AFTER")));
                    }
                }
            }
            "SET" => {
                let compact: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
                let value = compact.split_once('=').map(|(_, v)| v.trim());
                let truth = || value.is_some_and(|v| v.starts_with('T') || v == "ON" || v == "1");
                if compact.starts_with("CODE BY CLAUSE") {
                    self.code_by = CodeBy::Clause;
                } else if compact.starts_with("CODE BY SENTENCE") {
                    self.code_by = CodeBy::Sentence;
                } else if compact.starts_with("CODE ALL") {
                    self.code_by = CodeBy::All;
                } else if compact.starts_with("CONVERT AGENT") {
                    self.convert_agents = truth();
                } else if compact.starts_with("MINIMUM WORDS") {
                    self.min_words = number_after(file, line, &compact, "=")?.unwrap_or(0);
                } else {
                    skipped.add_at("options that do not change coding (SET)", file, line);
                }
            }
            "FORWARD" => self.forward = !body.split_whitespace().any(|w| w == "OFF"),
            "LABEL" | "OUTPUT" | "NONEVENTS" | "ISSUES" | "FREQUENCY" | "ATTRIBUTION" => {
                skipped.add(
                    "options that do not change coding (labels, output, issues)",
                    1,
                );
            }
            other => {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("unknown option command {other:?}"),
                ))
            }
        }
        Ok(())
    }

    /// Applies one PETRARCH `<Config option=... value=...>` setting.
    pub fn apply_config(&mut self, option: &str, value: &str) -> bool {
        let v: Option<usize> = value.trim().parse().ok();
        let t = value.trim().eq_ignore_ascii_case("true");
        match option.trim().to_ascii_lowercase().as_str() {
            "require_dyad" => self.require_dyad = t,
            "comma_min" => self.comma.min = v.unwrap_or(self.comma.min),
            "comma_max" => self.comma.max = v.unwrap_or(self.comma.max),
            "comma_bmin" => self.comma.bmin = v.unwrap_or(self.comma.bmin),
            "comma_bmax" => self.comma.bmax = v.unwrap_or(self.comma.bmax),
            "comma_emin" => self.comma.emin = v.unwrap_or(self.comma.emin),
            "comma_emax" => self.comma.emax = v.unwrap_or(self.comma.emax),
            _ => return false,
        }
        true
    }
}

/// TABARI's default minimum sentence length (manual, 8.2.3).
const TABARI_MIN_WORDS: usize = 8;

/// Reads a TABARI `.options` file.
pub fn parse_options(file: &str, text: &str) -> Result<(DictOptions, Skipped), Error> {
    let mut o = DictOptions {
        min_words: TABARI_MIN_WORDS,
        ..DictOptions::default()
    };
    let mut skipped = Skipped::default();
    for (i, raw) in text.lines().enumerate() {
        let s = raw.trim();
        if s.is_empty() || s.starts_with("//") || s.starts_with('#') || s.starts_with(';') {
            continue;
        }
        if s.starts_with("~~") || s.starts_with("~FINISH") {
            break;
        }
        o.apply(file, i + 1, s, &mut skipped)?;
    }
    Ok((o, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands() {
        let (o, sk) = parse_options("o", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\nCOMMA: MIN = 1 MAX = 8 EMIN=3 EMAX=10\nLABEL: 010=YIELD\nDEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]\n").unwrap();
        assert_eq!(o.complex.verbs, 5);
        assert_eq!(o.complex.conjunctions, 4);
        assert!(o.complex.no_actor_prior);
        assert_eq!(
            (
                o.comma.min,
                o.comma.max,
                o.comma.emin,
                o.comma.emax,
                o.comma.bmin
            ),
            (1, 8, 3, 10, 128)
        );
        assert_eq!(o.default_source, Some(("DEFSRC".into(), true)));
        assert_eq!(o.default_target, Some(("DEFTAR".into(), false)));
        assert_eq!(sk.total(), 1);
        let err = parse_options("o.options", "\nBOGUS: X\n").unwrap_err();
        assert_eq!((err.file(), err.line()), (Some("o.options"), Some(2)));
    }
}
