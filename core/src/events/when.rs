//! Event dates: the date expression of the event's clause (or sentence), resolved against the
//! article's publication date.

use crate::dates::{days_in_month, Date};

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A word in ASCII lower case, without an allocation: the date words are short, and a longer
/// word reads as the empty word (which none of them is).
struct Lower {
    buf: [u8; 12],
    len: usize,
}

impl Lower {
    fn of(w: &str) -> Lower {
        let mut buf = [0u8; 12];
        let len = if w.len() <= buf.len() { w.len() } else { 0 };
        buf[..len].copy_from_slice(&w.as_bytes()[..len]);
        buf[..len].make_ascii_lowercase();
        Lower { buf, len }
    }

    /// The lower-cased bytes, compared with the date words as they are (a `str` would validate
    /// them again at every word).
    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The index of the weekday that `lower` (a word's lower-cased bytes) names: the one day whose
/// first three letters it shares (no two share them), compared in full.
fn weekday(lower: &[u8]) -> Option<usize> {
    let key = lower.first_chunk::<3>()?;
    let i = WEEKDAYS
        .iter()
        .position(|d| d.as_bytes().first_chunk::<3>() == Some(key))?;
    (WEEKDAYS[i].as_bytes() == lower).then_some(i)
}

/// Whether `w` names a weekday or a month ("Tuesday", "March", "Sept.").
pub(crate) fn is_day_or_month(w: &str) -> bool {
    weekday(Lower::of(w).bytes()).is_some() || month_of(w).is_some()
}

/// The month that `w` names in full or by its abbreviation ("Sep", "Sept.", "september"): the
/// one month whose first three letters it shares (no two share them), then the whole word.
fn month_of(w: &str) -> Option<u8> {
    let l = Lower::of(w.trim_end_matches('.'));
    let l = l.bytes();
    let key = l.first_chunk::<3>()?;
    let i = MONTHS
        .iter()
        .position(|m| m.as_bytes().first_chunk::<3>() == Some(key))?;
    let m = MONTHS[i].as_bytes();
    (m == l || (m.starts_with(l) && (l.len() == 3 || l == b"sept"))).then_some(i as u8 + 1)
}

fn number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ',' || c == '.');
    if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// Whether `w` can be the word a date is read at (the one after "last", "in", a day's number):
/// an ISO date or a number (a digit or a sign first), a weekday, "today", "yesterday",
/// "tomorrow", "tonight", "week", "month" or "year" (four letters or more, opening with m, t, w,
/// f, s or y in either case), or a capitalised month's name or abbreviation (three letters or
/// more). Most words of a sentence are none of these, and are passed over by their first byte
/// and length without being lower-cased or compared.
fn may_name_date(w: &str) -> bool {
    let Some(&b) = w.as_bytes().first() else {
        return false;
    };
    match b {
        b'0'..=b'9' | b'+' | b'-' => true,
        b'a'..=b'z' | b'A'..=b'Z' => {
            (w.len() >= 4 && matches!(b | 0x20, b'm' | b't' | b'w' | b'f' | b's' | b'y'))
                || (w.len() >= 3
                    && matches!(b, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'))
        }
        _ => false,
    }
}

/// The date that `words` (the clause's words, in order) refer to, given the publication date:
/// weekday names are the closest past day (the publication day included), months the latest one
/// not after publication, "last week" seven days before, explicit dates as written. `None` when
/// the words name no date.
pub fn resolve_date(words: &[&str], published: Option<Date>) -> Option<String> {
    for (i, raw) in words.iter().enumerate() {
        if !may_name_date(raw) {
            continue;
        }
        let w_lower = Lower::of(raw);
        let prev_lower = Lower::of(if i > 0 { words[i - 1] } else { "" });
        let (w, prev) = (w_lower.bytes(), prev_lower.bytes());
        let next = words.get(i + 1).copied().unwrap_or("");
        // ISO date (its year opens with a digit or a sign: a failed parse formats an error, and
        // most words of ten letters are no date)
        if w.len() == 10 && matches!(w[0], b'0'..=b'9' | b'+' | b'-') {
            if let Some(d) = std::str::from_utf8(w)
                .ok()
                .and_then(|w| Date::parse(w).ok())
            {
                return Some(d.to_string());
            }
        }
        if let Some(wd) = weekday(w) {
            let p = published?;
            let back = (i64::from(p.weekday()) - wd as i64).rem_euclid(7);
            let back = if prev == b"next" {
                back - 7
            } else if prev == b"last" && back == 0 {
                7
            } else {
                back
            };
            return Some(p.add_days(-back).to_string());
        }
        match (prev, w) {
            (_, b"yesterday") => return published.map(|p| p.add_days(-1).to_string()),
            (_, b"today" | b"tonight") => return published.map(|p| p.to_string()),
            (_, b"tomorrow") => return published.map(|p| p.add_days(1).to_string()),
            (b"last", b"week") | (b"past", b"week") => {
                return published.map(|p| p.add_days(-7).to_string())
            }
            (b"this", b"week") => return published.map(|p| p.to_string()),
            (b"last", b"month") => {
                let p = published?;
                let (y, m) = if p.month <= 1 {
                    (p.year - 1, 12)
                } else {
                    (p.year, p.month - 1)
                };
                return Date::new(y, m, 0).map(|d| d.to_string());
            }
            (b"last", b"year") => return published.map(|p| format!("{:04}", p.year - 1)),
            _ => {}
        }
        let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
        if let Some(m) = capitalized.then(|| month_of(raw)).flatten() {
            // "May" as a month needs a number or "in" around it
            let day_after = number(next).filter(|&d| (1..=31).contains(&d));
            let day_before = if i > 0 {
                number(words[i - 1]).filter(|&d| (1..=31).contains(&d))
            } else {
                None
            };
            if m == 5 && day_after.is_none() && day_before.is_none() && prev != b"in" {
                continue;
            }
            let year_after = words
                .get(i + 2)
                .and_then(|w| number(w))
                .filter(|&y| y >= 1000)
                .or_else(|| number(next).filter(|&y| y >= 1000));
            let day = day_after.or(day_before);
            let year = match year_after {
                Some(y) => y as i32,
                None => {
                    let p = published?;
                    // the latest such month (or day) not after publication
                    let later =
                        m > p.month || (m == p.month && day.is_some_and(|d| d as u8 > p.day));
                    if later {
                        p.year - 1
                    } else {
                        p.year
                    }
                }
            };
            let day = day
                .filter(|&d| d as u8 <= days_in_month(year, m))
                .unwrap_or(0) as u8;
            return Date::new(year, m, day).map(|d| d.to_string());
        }
        if prev == b"in" {
            if let Some(y) = number(raw).filter(|&y| (1900..=2100).contains(&y)) {
                return Some(format!("{y:04}"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_dates() {
        let p = Date::parse("2016-12-05").ok();
        assert_eq!(
            resolve_date(&["said", "Monday"], p).as_deref(),
            Some("2016-12-05")
        );
        assert_eq!(
            resolve_date(&["said", "on", "Sunday"], p).as_deref(),
            Some("2016-12-04")
        );
        assert_eq!(
            resolve_date(&["in", "September"], p).as_deref(),
            Some("2016-09")
        );
        assert_eq!(
            resolve_date(&["last", "week"], p).as_deref(),
            Some("2016-11-28")
        );
        assert_eq!(
            resolve_date(&["on", "December", "4,", "2015"], p).as_deref(),
            Some("2015-12-04")
        );
        assert_eq!(resolve_date(&["in", "2013"], p).as_deref(), Some("2013"));
        assert_eq!(resolve_date(&["they", "may", "go"], p), None);
        // case and length: "ON WEDNESDAY", and a long word before a year
        assert_eq!(
            resolve_date(&["ON", "WEDNESDAY"], p).as_deref(),
            Some("2016-11-30")
        );
        assert_eq!(
            resolve_date(&["in", "2014", "notwithstanding", "Sept."], p).as_deref(),
            Some("2014")
        );
        assert_eq!(resolve_date(&["extraordinarily", "2011"], p), None);
    }

    #[test]
    fn every_date_word_passes_the_first_byte_filter() {
        // weekdays and the relative words in any case; months capitalised (a month is read
        // only so), in full or abbreviated
        let mut words: Vec<String> = Vec::new();
        let capitalised = |w: &str| format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]);
        for w in WEEKDAYS.iter().chain(&[
            "yesterday",
            "today",
            "tonight",
            "tomorrow",
            "week",
            "month",
            "year",
        ]) {
            words.extend([w.to_string(), capitalised(w), w.to_ascii_uppercase()]);
        }
        for m in MONTHS {
            let short = capitalised(&m[..3]);
            words.extend([capitalised(m), m.to_ascii_uppercase(), format!("{short}.")]);
            words.push(short);
        }
        words.push("Sept.".into());
        words.extend(["2016-12-05", "4,", "1990s", "+2016-01-01"].map(String::from));
        for w in &words {
            assert!(may_name_date(w), "{w}");
        }
        let p = Date::parse("2016-12-05").ok();
        // the word before a date word is read as it is, whatever it opens with
        assert_eq!(
            resolve_date(&["NEXT", "Friday"], p).as_deref(),
            Some("2016-12-09")
        );
        assert_eq!(
            resolve_date(&["by", "Oct.", "3,", "2014"], p).as_deref(),
            Some("2014-10-03")
        );
        assert_eq!(
            resolve_date(&["In", "1995,", "they", "left"], p).as_deref(),
            Some("1995")
        );
        assert_eq!(resolve_date(&["Amid", "Judges", "Nations"], p), None);
    }
}
