//! Cue words that introduce quotes and reported speech.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// How a cue introduces what is said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// A verb of saying: said, told, warned, tweeted.
    Speech,
    /// A verb of thinking or believing that also reports a stance: believes, thinks, hopes.
    Belief,
}

/// `lemma: forms` (each line one verb; the class follows after `/`).
const CUE_VERBS: &str = "
say: says said saying
tell: tells told telling
add: adds added adding
explain: explains explained explaining
ask: asks asked asking
argue: argues argued arguing
warn: warns warned warning
note: notes noted noting
write: writes wrote writing written
tweet: tweets tweeted tweeting
post: posted
acknowledge: acknowledges acknowledged acknowledging
insist: insists insisted insisting
state: states stated stating
declare: declares declared declaring
claim: claims claimed claiming
announce: announces announced announcing
reply: replies replied replying
recall: recalls recalled recalling
respond: responds responded responding
answer: answers answered answering
admit: admits admitted admitting
assert: asserts asserted asserting
contend: contends contended contending
maintain: maintains maintained maintaining
suggest: suggests suggested suggesting
report: reports reported reporting
confirm: confirms confirmed confirming
deny: denies denied denying
predict: predicts predicted predicting
promise: promises promised promising
pledge: pledges pledged pledging
vow: vows vowed vowing
threaten: threatens threatened threatening
urge: urges urged urging
demand: demands demanded demanding
concede: concedes conceded conceding
observe: observes observed observing
remark: remarks remarked remarking
comment: comments commented commenting
continue: continued
stress: stresses stressed stressing
emphasize: emphasizes emphasized emphasizing emphasises emphasised emphasising
complain: complains complained complaining
charge: charges charged
allege: alleges alleged alleging
accuse: accuses accused accusing
caution: cautions cautioned cautioning
counter: counters countered countering
retort: retorts retorted retorting
quip: quips quipped quipping
joke: jokes joked joking
shout: shouts shouted shouting
yell: yells yelled yelling
chant: chants chanted chanting
scream: screams screamed screaming
cry: cries cried
whisper: whispers whispered whispering
exclaim: exclaims exclaimed exclaiming
mutter: mutters muttered muttering
boom: boomed
surmise: surmises surmised
demur: demurred
scoff: scoffs scoffed
opine: opines opined
bellow: bellowed
gush: gushed
marvel: marvels marveled marvelled
grumble: grumbles grumbled
boast: boasts boasted boasting
brag: brags bragged bragging
lament: laments lamented lamenting
mourn: mourned
testify: testifies testified testifying
reveal: reveals revealed revealing
disclose: discloses disclosed disclosing
indicate: indicates indicated indicating
describe: describes described describing
call: calls called calling
dismiss: dismisses dismissed
reiterate: reiterates reiterated reiterating
repeat: repeats repeated repeating
echo: echoes echoed echoing
conclude: concludes concluded concluding
rule: rules ruled ruling
mention: mentions mentioned mentioning
speculate: speculates speculated speculating
estimate: estimates estimated estimating
advise: advises advised advising
recommend: recommends recommended recommending
propose: proposes proposed proposing
agree: agrees agreed agreeing
disagree: disagrees disagreed disagreeing
object: objects objected objecting
protest: protests protested protesting
plead: pleads pleaded pleading pled
implore: implores implored imploring
beg: begs begged begging
inform: informs informed informing
assure: assures assured assuring
reassure: reassures reassured reassuring
guarantee: guarantees guaranteed
concur: concurs concurred
affirm: affirms affirmed affirming
reaffirm: reaffirms reaffirmed reaffirming
tout: touts touted touting
hail: hails hailed hailing
branded: branded
labeled: labeled labelled
denounce: denounces denounced denouncing
condemn: condemns condemned condemning
criticize: criticizes criticized criticizing criticises criticised criticising
praise: praises praised praising
slammed: slammed
blasted: blasted
mocked: mocked
deride: derides derided deriding
dubbed: dubbed
termed: termed
characterize: characterizes characterized characterizing characterises characterised
hint: hints hinted hinting
imply: implies implied implying
insinuate: insinuates insinuated insinuating
signal: signals signaled signalled signaling
predict: forecast forecasts
wonder: wonders wondered wondering
question: questions questioned questioning
muse: muses mused musing
read: reads
begin: began begins
conclude: concluded
interject: interjected
show: shows showed
find: finds found
believe: believes believed believing /belief
think: thinks thought thinking /belief
feel: feels felt feeling /belief
hope: hopes hoped hoping /belief
fear: fears feared fearing /belief
worry: worries worried worrying /belief
expect: expects expected expecting /belief
know: knows knew /belief
doubt: doubts doubted doubting /belief
suspect: suspects suspected suspecting /belief
want: wants wanted wanting /belief
";

/// Phrases (lower case) that attribute like a cue before the source: `according to NAME`.
pub const SOURCE_PREPOSITIONS: &[&str] = &["according to", "in the words of", "quoting", "per"];

static CUES: LazyLock<HashMap<&'static str, (&'static str, CueClass)>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in CUE_VERBS.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (line, class) = match line.strip_suffix("/belief") {
            Some(rest) => (rest.trim(), CueClass::Belief),
            None => (line, CueClass::Speech),
        };
        let Some((lemma, forms)) = line.split_once(':') else {
            continue;
        };
        let lemma = lemma.trim();
        map.entry(lemma).or_insert((lemma, class));
        for form in forms.split_whitespace() {
            map.entry(form).or_insert((lemma, class));
        }
    }
    map
});

/// For each pair of first letters `a`..`z` and each length below 32 bytes, the last bytes of
/// the cue forms of that shape (see `last_bit`): most words are rejected here without hashing.
/// The length and the last byte are asked together, of the forms with the word's first letters:
/// a word with one form's length and another's last byte is no cue shape.
static SHAPES: LazyLock<Box<[u32; 26 * 26 * 32]>> = LazyLock::new(|| {
    let mut shapes = Box::new([0u32; 26 * 26 * 32]);
    for form in CUES.keys() {
        let bytes = form.as_bytes();
        if let (Some(i), Some(&b), true) = (letters_index(bytes), bytes.last(), bytes.len() < 32) {
            shapes[i * 32 + bytes.len()] |= last_bit(b);
        }
    }
    shapes
});

/// The index of a word's first two letters (both `a`..`z`) in `SHAPES`.
fn letters_index(word: &[u8]) -> Option<usize> {
    match word {
        [a, b, ..] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => {
            Some(usize::from(a - b'a') * 26 + usize::from(b - b'a'))
        }
        _ => None,
    }
}

/// The lemma and class of a one-word cue (lower case).
pub fn cue(word_lower: &str) -> Option<(&'static str, CueClass)> {
    if !may_be_cue(word_lower.as_bytes()) {
        return None;
    }
    CUES.get(word_lower).copied()
}

/// Whether a lower-case word (its bytes) may be a one-word cue: its first two letters, its
/// length and its last byte are those of a cue form. Most words are rejected here, before the
/// word is hashed (or sliced from the text).
#[inline]
pub fn may_be_cue(word_lower: &[u8]) -> bool {
    let (Some(i), Some(&last)) = (letters_index(word_lower), word_lower.last()) else {
        return false;
    };
    word_lower.len() < 32 && SHAPES[i * 32 + word_lower.len()] & last_bit(last) != 0
}

/// The bit of a form's last byte in `SHAPES`: one per letter `a`..`z`, one for any other byte.
fn last_bit(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        1 << 26
    }
}

/// Whether a lower-case word is a verb of saying (not only of believing).
pub fn is_speech_verb(word_lower: &str) -> bool {
    matches!(cue(word_lower), Some((_, CueClass::Speech)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_map_to_lemmas() {
        assert_eq!(cue("said"), Some(("say", CueClass::Speech)));
        assert_eq!(cue("tweeted").map(|c| c.0), Some("tweet"));
        assert_eq!(cue("believes"), Some(("believe", CueClass::Belief)));
        assert_eq!(cue("acknowledged").map(|c| c.0), Some("acknowledge"));
        assert!(cue("table").is_none());
        // shorter than the filter's two letters, or not opening with letters
        for w in ["", "s", "-said", "sa"] {
            assert!(cue(w).is_none(), "{w}");
        }
    }

    #[test]
    fn shape_filter_keeps_every_form() {
        for form in CUES.keys() {
            assert!(cue(form).is_some(), "{form}");
        }
    }
}
