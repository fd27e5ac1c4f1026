//! Reads the embedded default lexicon (`data/*.tsv`, formats in `data/README.md`).

use super::{Entry, EntryKind, Form, Holder, LexiconBuilder, Spell};
use crate::dates::Date;
use crate::error::Error;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("data/countries.tsv");
const ORGANIZATIONS: &str = include_str!("data/organizations.tsv");
const PEOPLE: &str = include_str!("data/people.tsv");
const ROLES: &str = include_str!("data/roles.tsv");
const PLACES: &str = include_str!("data/places.tsv");
const GIVEN_NAMES: &str = include_str!("data/given_names.txt");

/// The data lines of a file: (1-based line number, tab-separated fields), comments and blanks skipped.
fn rows<'a>(text: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            None
        } else {
            Some((i + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn columns(file: &str, line: usize, fields: &[&str], min: usize, max: usize) -> Result<(), Error> {
    if fields.len() < min || fields.len() > max {
        let want = if min == max {
            min.to_string()
        } else {
            format!("{min} to {max}")
        };
        return Err(Error::lexicon(
            file,
            line,
            format!(
                "expected {want} tab-separated columns, found {}",
                fields.len()
            ),
        ));
    }
    Ok(())
}

fn alternatives(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn country_code(file: &str, line: usize, field: &str) -> Result<Option<String>, Error> {
    if field.is_empty() {
        return Ok(None);
    }
    if field.len() == 3 && field.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(Some(field.to_string()))
    } else {
        Err(Error::lexicon(
            file,
            line,
            format!("country code must be three capital letters, found {field:?}"),
        ))
    }
}

fn first_name<'a>(file: &str, line: usize, field: &'a str) -> Result<&'a str, Error> {
    alternatives(field)
        .next()
        .ok_or_else(|| Error::lexicon(file, line, "empty name"))
}

/// Parses `CODE:Role:FROM:TO;...`.
pub(crate) fn parse_spells(file: &str, line: usize, field: &str) -> Result<Vec<Spell>, Error> {
    let mut spells = Vec::new();
    for spell in field.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let parts: Vec<&str> = spell.split(':').map(str::trim).collect();
        if parts.len() != 4 || parts[0].is_empty() {
            return Err(Error::lexicon(
                file,
                line,
                format!("a spell is CODE:Role:FROM:TO, found {spell:?}"),
            ));
        }
        let date = |s: &str| -> Result<Option<Date>, Error> {
            if s.is_empty() {
                Ok(None)
            } else {
                Date::parse(s)
                    .map(Some)
                    .map_err(|e| Error::lexicon(file, line, e.message().to_string()))
            }
        };
        let (from, to) = (date(parts[2])?, date(parts[3])?);
        if let (Some(f), Some(t)) = (from, to) {
            if f.first_day() > t.last_day() {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("spell ends before it starts: {spell:?}"),
                ));
            }
        }
        spells.push(Spell {
            code: parts[0].to_string(),
            role: parts[1].to_string(),
            from,
            to,
        });
    }
    Ok(spells)
}

/// The adjectives and demonyms of the embedded countries with the country's code
/// (`("Israeli", "ISR")`); rows without a valid code are passed over.
pub(crate) fn country_adjectives() -> impl Iterator<Item = (&'static str, &'static str)> {
    rows(COUNTRIES).flat_map(|(_, f)| {
        let code = f
            .first()
            .copied()
            .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
            .unwrap_or("");
        let adjectives = if code.is_empty() {
            ""
        } else {
            f.get(2).copied().unwrap_or("")
        };
        alternatives(adjectives).map(move |a| (a, code))
    })
}

/// The country whose government a seat of government names ("Kremlin" -> RUS, "Downing Street"
/// -> GBR), as written in the default countries' fifth column.
pub(crate) fn seat_of_government(name: &str) -> Option<&'static str> {
    static SEATS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        rows(COUNTRIES)
            .flat_map(|(_, f)| {
                let code = f.first().copied().unwrap_or("");
                alternatives(f.get(4).copied().unwrap_or("")).map(move |s| (s, code))
            })
            .collect()
    });
    SEATS.get(name).copied()
}

pub(super) fn builder() -> Result<LexiconBuilder, Error> {
    let mut b = LexiconBuilder::default();
    load_countries(&mut b, "countries.tsv", COUNTRIES)?;
    load_organizations(&mut b, "organizations.tsv", ORGANIZATIONS)?;
    load_people(&mut b, "people.tsv", PEOPLE)?;
    load_roles(&mut b, "roles.tsv", ROLES)?;
    load_places(&mut b, "places.tsv", PLACES)?;
    load_given_names(&mut b, "given_names.txt", GIVEN_NAMES)?;
    Ok(b)
}

fn load_given_names(b: &mut LexiconBuilder, file: &str, text: &str) -> Result<(), Error> {
    for (line, f) in rows(text) {
        columns(file, line, &f, 1, 2)?;
        let female = match f.get(1).copied().unwrap_or("") {
            "f" => Some(true),
            "m" => Some(false),
            "" => None,
            other => {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("gender must be f, m or empty, found {other:?}"),
                ))
            }
        };
        b.add_given_name(f[0], female);
    }
    Ok(())
}

fn load_countries(b: &mut LexiconBuilder, file: &str, text: &str) -> Result<(), Error> {
    for (line, f) in rows(text) {
        columns(file, line, &f, 2, 5)?;
        let code = country_code(file, line, f[0])?
            .ok_or_else(|| Error::lexicon(file, line, "missing country code"))?;
        let mut entry = Entry::new(first_name(file, line, f[1])?, EntryKind::Country);
        entry.country = Some(code.clone());
        entry.code = Some(code);
        let e = b.add_entry(entry);
        for name in alternatives(f[1]) {
            b.add_form(e, name, Form::Name);
        }
        for adjective in alternatives(f.get(2).copied().unwrap_or("")) {
            b.add_form(e, adjective, Form::Adjective);
        }
        // a seat of government names the country as its capital does; the event coder reads it
        // as the government ([`seat_of_government`])
        for capital in alternatives(f.get(3).copied().unwrap_or(""))
            .chain(alternatives(f.get(4).copied().unwrap_or("")))
        {
            b.add_form(e, capital, Form::Capital);
        }
    }
    Ok(())
}

fn load_organizations(b: &mut LexiconBuilder, file: &str, text: &str) -> Result<(), Error> {
    for (line, f) in rows(text) {
        columns(file, line, &f, 4, 4)?;
        let kind = match f[1] {
            "organization" => EntryKind::Organization,
            "group" => EntryKind::Group,
            "media" => EntryKind::Media,
            other => {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("type must be organization, group or media, found {other:?}"),
                ))
            }
        };
        let mut entry = Entry::new(first_name(file, line, f[3])?, kind);
        entry.code = (!f[0].is_empty()).then(|| f[0].to_string());
        entry.country = country_code(file, line, f[2])?;
        let e = b.add_entry(entry);
        for name in alternatives(f[3]) {
            b.add_form(e, name, Form::Name);
        }
    }
    Ok(())
}

fn load_people(b: &mut LexiconBuilder, file: &str, text: &str) -> Result<(), Error> {
    for (line, f) in rows(text) {
        columns(file, line, &f, 2, 3)?;
        let mut entry = Entry::new(first_name(file, line, f[0])?, EntryKind::Person);
        entry.country = country_code(file, line, f[1])?;
        entry.spells = parse_spells(file, line, f.get(2).copied().unwrap_or(""))?;
        let e = b.add_entry(entry);
        for name in alternatives(f[0]) {
            b.add_form(e, name, Form::Name);
        }
    }
    Ok(())
}

fn load_roles(b: &mut LexiconBuilder, file: &str, text: &str) -> Result<(), Error> {
    for (line, f) in rows(text) {
        columns(file, line, &f, 3, 3)?;
        let holder = match f[2] {
            "person" => Holder::Person,
            "group" => Holder::Group,
            other => {
                return Err(Error::lexicon(
                    file,
                    line,
                    format!("holder must be person or group, found {other:?}"),
                ))
            }
        };
        for phrase in alternatives(f[0]) {
            let mut entry = Entry::new(phrase, EntryKind::Role);
            entry.sector = (!f[1].is_empty()).then(|| f[1].to_string());
            entry.holder = holder;
            let e = b.add_entry(entry);
            b.add_form(e, phrase, Form::Name);
        }
    }
    Ok(())
}

fn load_places(b: &mut LexiconBuilder, file: &str, text: &str) -> Result<(), Error> {
    for (line, f) in rows(text) {
        columns(file, line, &f, 2, 3)?;
        let mut entry = Entry::new(first_name(file, line, f[0])?, EntryKind::Place);
        entry.country = country_code(file, line, f[1])?;
        let e = b.add_entry(entry);
        for name in alternatives(f[0]) {
            b.add_form(e, name, Form::Name);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_lexicon_parses() {
        let b = builder().expect("default lexicon");
        let lex = b.build().expect("compiles");
        assert!(lex
            .entries()
            .iter()
            .any(|e| e.name == "Russia" && e.kind == EntryKind::Country));
    }

    #[test]
    fn errors_name_file_and_line() {
        let mut b = LexiconBuilder::default();
        let err = load_countries(&mut b, "c.tsv", "# comment\nRUS\tRussia\nrussia\tRussia\n")
            .unwrap_err();
        assert_eq!((err.file(), err.line()), (Some("c.tsv"), Some(3)));
        let err = parse_spells("p.tsv", 7, "RUSGOV:President:2012-13-01:").unwrap_err();
        assert_eq!(err.line(), Some(7));
    }

    #[test]
    fn given_names_carry_their_gender() {
        let lex = builder()
            .and_then(LexiconBuilder::build)
            .expect("default lexicon");
        assert_eq!(lex.given_name_is_female("Olga"), Some(true));
        assert_eq!(lex.given_name_is_female("Sergei"), Some(false));
        assert!(lex.is_given_name("Jean") && lex.given_name_is_female("Jean").is_none());
        assert_eq!(lex.given_name_is_female("Moscow"), None);
        let mut b = LexiconBuilder::default();
        let err = load_given_names(&mut b, "g.txt", "Olga\tf\nSergei\tx\n").unwrap_err();
        assert_eq!(err.line(), Some(2));
    }

    #[test]
    fn spells_pick_the_date() {
        let spells = parse_spells(
            "p",
            1,
            "RUSGOV:President:2000-05-07:2008-05-07;RUSGOV:Prime Minister:2008-05-08:2012-05-07",
        )
        .unwrap();
        let d = Date::parse("2010-01-01").unwrap();
        let mut e = Entry::new("x", EntryKind::Person);
        e.spells = spells;
        assert_eq!(
            e.spell_at(Some(d)).map(|s| s.role.as_str()),
            Some("Prime Minister")
        );
        // after every spell, a minister holds no office ...
        let later = Date::parse("2013-01-01").unwrap();
        assert_eq!(e.code_at(Some(later)), None);
        // ... but the leader of an armed group stays its member
        e.spells = parse_spells("p", 1, "SYRREBXYZ:Commander:2011-01-01:2014-06-30").unwrap();
        assert_eq!(e.code_at(Some(d)), None);
        let after = Date::parse("2016-03-01").unwrap();
        assert_eq!(e.code_at(Some(after)), Some("SYRREBXYZ"));
        let before = Date::parse("2009-03-01").unwrap();
        assert_eq!(e.code_at(Some(before)), None);
    }
}
