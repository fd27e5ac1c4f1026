//! Calendar dates: parsing `published`, role spells, and (for events) resolving relative dates.

use std::fmt;

use crate::error::Error;

/// A calendar date. `month` and `day` may be 0 for a date known only to the year or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if month > 12 || (month == 0 && day != 0) || day > days_in_month(year, month.max(1)) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a time part after `T` or a space is ignored).
    pub fn parse(s: &str) -> Result<Date, Error> {
        let s = s.trim();
        let s = s.split(['T', ' ']).next().unwrap_or(s);
        let mut parts = s.split('-');
        let bad = || Error::date(format!("not an ISO date (YYYY-MM-DD): {s:?}"));
        let year: i32 = parts
            .next()
            .filter(|p| p.len() == 4)
            .and_then(|p| p.parse().ok())
            .ok_or_else(bad)?;
        let month: u8 = match parts.next() {
            Some(p) => p
                .parse()
                .ok()
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(bad)?,
            None => 0,
        };
        let day: u8 = match parts.next() {
            Some(p) => p.parse().ok().filter(|d| *d >= 1).ok_or_else(bad)?,
            None => 0,
        };
        if parts.next().is_some() {
            return Err(bad());
        }
        Date::new(year, month, day).ok_or_else(bad)
    }

    /// The first day this date can mean (month or day 0 taken as 1).
    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month.max(1),
            day: self.day.max(1),
        }
    }

    /// The last day this date can mean.
    pub fn last_day(self) -> Date {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        Date {
            year: self.year,
            month,
            day,
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian) of a full date.
    pub fn days(self) -> i64 {
        let d = self.first_day();
        let y = i64::from(d.year) - i64::from(d.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(d.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days since 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Day of the week, Monday = 0 .. Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3)
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print() {
        assert_eq!(Date::parse("2016-12-05").unwrap().to_string(), "2016-12-05");
        assert_eq!(Date::parse("2016-09").unwrap().to_string(), "2016-09");
        assert_eq!(
            Date::parse("2016-12-05T10:00:00Z").unwrap().to_string(),
            "2016-12-05"
        );
        assert!(Date::parse("2016-02-30").is_err());
        assert!(Date::parse("yesterday").is_err());
    }

    #[test]
    fn day_arithmetic() {
        let d = Date::parse("2016-12-05").unwrap();
        assert_eq!(d.weekday(), 0); // a Monday
        assert_eq!(d.add_days(-1).to_string(), "2016-12-04");
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(
            Date::parse("2000-03-01").unwrap().add_days(-1).to_string(),
            "2000-02-29"
        );
    }
}
