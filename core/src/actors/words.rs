//! Closed word lists the actor rules read: function words, name particles, organisation and place
//! heads, and capitalised words that are not names.

/// Capitalised at the start of a sentence, never the start of a name.
pub const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "Whereas",
    "Although", "Though", "Because", "Since", "As", "After", "Before", "Until", "Unless", "Once",
    "Then", "Thus", "Hence", "Still", "Also", "Even", "Only", "Just", "This", "That", "These",
    "Those", "There", "Here", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
    "Their", "Our", "My", "Your", "Who", "Whom", "Whose", "What", "Which", "Where", "Why", "How",
    "In", "On", "At", "By", "For", "From", "To", "With", "Without", "Of", "Off", "Over", "Under",
    "Into", "Onto", "Upon", "About", "Above", "Below", "Between", "Among", "Against", "Amid",
    "During", "Through", "Throughout", "Despite", "Instead", "However", "Meanwhile", "Moreover",
    "Furthermore", "Nevertheless", "Nonetheless", "Indeed", "Perhaps", "Maybe", "Yes", "No", "Not",
    "Now", "Today", "Tonight", "Yesterday", "Tomorrow", "Last", "Next", "Earlier", "Later", "Some",
    "Many", "Most", "More", "Much", "Few", "Several", "All", "Any", "Each", "Every", "Both",
    "Either", "Neither", "Other", "Another", "Such", "Like", "Unlike", "According", "Asked",
    "Speaking", "Mr", "Mrs", "Ms", "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had",
    "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should", "Shall", "May", "Might",
    "Must", "Let", "Please", "Well", "Oh", "Dear", "Sir", "Madam", "Per", "Via", "Whether",
    "Nobody", "Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Nothing", "Everything",
    "Something", "Anything", "None", "One", "Two", "Three", "Four", "Five", "First", "Second",
    "Third", "Finally", "Already", "Again", "Ever", "Never", "Always", "Often", "Sometimes",
    "Within", "Across", "Along", "Around", "Behind", "Beyond", "Near", "Toward", "Towards",
];

/// Capitalised words that are never names on their own.
pub const NOT_NAMES: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
    "Nov.", "Dec.", "AM", "PM", "A.M.", "P.M.", "a.m.", "p.m.", "OK", "TV", "CEO", "GDP", "PhD",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd.", "God",
    "Internet", "Web", "English", "Christmas", "Easter", "Ramadan", "Eid", "Covid", "COVID",
    "COVID-19", "Twitter", "Facebook", "Instagram", "YouTube",
];

/// Lower-case particles inside personal and Arabic names (`al-Assad`, `bin Salman`, `van Gogh`).
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da", "di", "del",
    "della", "dos", "das", "du", "la", "le", "ter", "ten", "y", "ul", "ud",
];

/// Connectors allowed inside an organisation name (`Bank of America`, `Institute for the Study of War`).
pub const ORG_CONNECTORS: &[&str] = &["of", "for", "on", "the", "and", "de", "du", "des", "del", "&"];

/// Last words of organisation names.
pub const ORG_HEADS: &[&str] = &[
    "Institute", "Institution", "Forum", "Ministry", "Party", "Council", "Front", "Army", "Agency",
    "University", "College", "School", "Academy", "Bank", "Corp", "Corp.", "Corporation", "Inc",
    "Inc.", "Ltd", "Ltd.", "LLC", "Co.", "Company", "Group", "Association", "Foundation", "Fund",
    "Center", "Centre", "Committee", "Commission", "Union", "League", "Organization",
    "Organisation", "Office", "Department", "Bureau", "Service", "Services", "Authority",
    "Administration", "Board", "Court", "Tribunal", "Assembly", "Parliament", "Congress",
    "Senate", "Movement", "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Forces",
    "Guard", "Guards", "Police", "Network", "Alliance", "Coalition", "Federation", "Society",
    "Times", "Post", "Journal", "News", "Herald", "Tribune", "Telegraph", "Gazette", "Press",
    "Daily", "Magazine", "Review", "Radio", "Television", "Channel", "Network", "Airlines",
    "Airways", "Motors", "Industries", "Holdings", "Partners", "Capital", "Systems",
    "Technologies", "Labs", "Laboratory", "Laboratories", "Hospital", "Clinic", "Church",
    "Mosque", "Club", "Team", "Federation", "Cabinet", "Secretariat", "Directorate", "Command",
    "Unit", "Initiative", "Project", "Program", "Programme", "Trust", "Watch", "Monitor",
    "Observatory", "Consortium", "Exchange", "Reserve", "Mission", "Caucus", "Chamber",
];

/// Last words of place names (`Idlib Province`, `Ural Mountains`).
pub const PLACE_HEADS: &[&str] = &[
    "Province", "province", "Governorate", "governorate", "Region", "region", "District",
    "district", "County", "City", "Valley", "River", "Mountains", "Mountain", "Mount", "Island",
    "Islands", "Sea", "Ocean", "Strait", "Gulf", "Bay", "Peninsula", "Square", "Street", "Avenue",
    "Road", "Airport", "Lake", "Desert", "Heights", "Coast", "Highway", "Bridge", "Park",
    "Plaza", "Canal", "Basin", "Delta", "Oblast", "Prefecture", "Territory", "Territories",
    "Camp", "Base", "Port", "Harbor", "Harbour", "Village", "Town", "Neighborhood", "Quarter",
];

/// Prepositions after which a name is most often a place.
pub const LOCATIVE: &[&str] = &[
    "in", "at", "near", "from", "outside", "inside", "across", "around", "to", "into", "toward",
    "towards", "throughout", "within", "via", "through",
];

/// Pronouns that refer to a person.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers"];

/// Pronouns that refer to a group or organisation.
pub const GROUP_PRONOUNS: &[&str] = &["they", "them", "their", "we", "it"];

pub fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
