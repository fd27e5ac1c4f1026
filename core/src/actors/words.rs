//! Closed word lists the actor rules read: function words, name particles, organisation and place
//! heads, and capitalised words that are not names.

use std::sync::LazyLock;

use crate::wordmap::WordSet;

/// Capitalised at the start of a sentence, never the start of a name.
pub const FUNCTION_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "But",
    "Or",
    "Nor",
    "So",
    "Yet",
    "If",
    "When",
    "While",
    "Whereas",
    "Although",
    "Though",
    "Because",
    "Since",
    "As",
    "After",
    "Before",
    "Until",
    "Unless",
    "Once",
    "Then",
    "Thus",
    "Hence",
    "Still",
    "Also",
    "Even",
    "Only",
    "Just",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "Who",
    "Whom",
    "Whose",
    "What",
    "Which",
    "Where",
    "Why",
    "How",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "To",
    "With",
    "Without",
    "Of",
    "Off",
    "Over",
    "Under",
    "Into",
    "Onto",
    "Upon",
    "About",
    "Above",
    "Below",
    "Between",
    "Among",
    "Against",
    "Amid",
    "During",
    "Through",
    "Throughout",
    "Despite",
    "Instead",
    "However",
    "Meanwhile",
    "Moreover",
    "Furthermore",
    "Further",
    "Rather",
    "Otherwise",
    "Likewise",
    "Besides",
    "Therefore",
    "Elsewhere",
    "Nevertheless",
    "Nonetheless",
    "Indeed",
    "Perhaps",
    "Maybe",
    "Yes",
    "No",
    "Not",
    "Now",
    "Today",
    "Tonight",
    "Yesterday",
    "Tomorrow",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Some",
    "Many",
    "Most",
    "More",
    "Much",
    "Few",
    "Several",
    "All",
    "Any",
    "Each",
    "Every",
    "Both",
    "Either",
    "Neither",
    "Other",
    "Another",
    "Such",
    "Like",
    "Unlike",
    "According",
    "Asked",
    "Speaking",
    "Mr",
    "Mrs",
    "Ms",
    "Is",
    "Are",
    "Was",
    "Were",
    "Be",
    "Been",
    "Has",
    "Have",
    "Had",
    "Do",
    "Does",
    "Did",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "Shall",
    "May",
    "Might",
    "Must",
    "Let",
    "Please",
    "Well",
    "Oh",
    "Dear",
    "Sir",
    "Madam",
    "Per",
    "Via",
    "Whether",
    "Nobody",
    "Everyone",
    "Everybody",
    "Someone",
    "Somebody",
    "Anyone",
    "Nothing",
    "Everything",
    "Something",
    "Anything",
    "None",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "First",
    "Second",
    "Third",
    "Finally",
    "Already",
    "Again",
    "Ever",
    "Never",
    "Always",
    "Often",
    "Sometimes",
    "Within",
    "Across",
    "Along",
    "Around",
    "Behind",
    "Beyond",
    "Near",
    "Toward",
    "Towards",
];

/// Capitalised words that are never names on their own.
pub const NOT_NAMES: &[&str] = &[
    "I",
    // the pronoun's contractions, one token with either apostrophe
    "I'm",
    "I’m",
    "I've",
    "I’ve",
    "I'd",
    "I’d",
    "I'll",
    "I’ll",
    // numbers written as words ("Twenty-four percent said", "Thousands of people")
    "Twenty",
    "Thirty",
    "Forty",
    "Fifty",
    "Sixty",
    "Seventy",
    "Eighty",
    "Ninety",
    "Hundreds",
    "Thousands",
    "Millions",
    "Dozens",
    // things, not actors
    "Sharia",
    "Shariah",
    "Humvee",
    "Humvees",
    "Kalashnikov",
    "Kalashnikovs",
    "Quran",
    "Koran",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "AM",
    "PM",
    "A.M.",
    "P.M.",
    "a.m.",
    "p.m.",
    "OK",
    "TV",
    "CEO",
    "GDP",
    "PhD",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Jr.",
    "Sr.",
    "Inc.",
    "Co.",
    "Corp.",
    "Ltd.",
    "God",
    "Internet",
    "Web",
    "English",
    "Christmas",
    "Easter",
    "Islam",
    "Christianity",
    "Judaism",
    "Hinduism",
    "Buddhism",
    "Hajj",
    "Ramadan",
    "Eid",
    "Covid",
    "COVID",
    "COVID-19",
    "SARS",
    "CoV",
    "MERS",
    "H5N1",
    "H1N1",
    "VIP",
    "VIPs",
    "IQ",
    "GMT",
    "UTC",
    "HTML",
    "POTUS",
    "FLOTUS",
    "DNA",
    "HIV",
    "AIDS",
    "PC",
    "ID",
    "USB",
    "GPS",
    "SUV",
    "FAQ",
    "PDF",
    "URL",
    "LGBT",
    "LGBTQ",
    "AI",
    "IT",
    "PR",
    "HR",
    "RIP",
    "ASAP",
    "MVP",
    "CCTV",
    "ICU",
    "ER",
    "IVF",
    "PhD",
    "MBA",
    "BBQ",
    "DIY",
    "OMG",
    "LOL",
    "EST",
    "PST",
    "CST",
    "BST",
    "CET",
    "CEST",
    "EDT",
    "PDT",
    "CDT",
    "MDT",
    "MST",
    "AEST",
    "AEDT",
    "JST",
    "KST",
    // words of a conversation, capitalised where a speaker's turn opens ("((WN)) Okay.")
    "Okay",
    "Yeah",
    "Yes",
    "Thank",
    "Thanks",
    "Hello",
    "Goodbye",
    "Bye",
    "Sorry",
    "Please",
    "Wow",
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
];

/// Adjectives of religions and confessions, capitalised but no names ("Muslim pilgrims").
pub const RELIGION_ADJECTIVES: &[&str] = &[
    "Muslim",
    "Hindu",
    "Sikh",
    "Sunni",
    "Shia",
    "Shiite",
    "Shi'ite",
    "Alawite",
    "Druze",
    "Protestant",
    "Catholic",
    "Orthodox",
    "Evangelical",
    "Anglican",
    "Methodist",
    "Baptist",
    "Lutheran",
    "Mormon",
    "Coptic",
    "Jain",
    "Yazidi",
    "Salafi",
    "Wahhabi",
    "Zionist",
    "Jihadi",
];

/// Nouns of weapons, vehicles and goods that a capitalised model or brand name modifies
/// ("Shahed drones", "Patriot missiles"): the name before them is no actor.
pub const EQUIPMENT_NOUNS: &[&str] = &[
    "drone",
    "drones",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "tank",
    "tanks",
    "helicopter",
    "helicopters",
    "launcher",
    "launchers",
    "system",
    "systems",
    "rifle",
    "rifles",
    "vehicle",
    "vehicles",
    "satellite",
    "satellites",
    "terminal",
    "terminals",
    "warplane",
    "warplanes",
    "bomber",
    "bombers",
    "howitzer",
    "howitzers",
    "shells",
    "munitions",
    "crude",
    "vaccine",
    "vaccines",
    "phone",
    "phones",
    "app",
    "browser",
    "software",
];

/// Lower-case particles inside personal and Arabic names (`al-Assad`, `bin Salman`, `van Gogh`).
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da", "di", "del",
    "della", "dos", "das", "du", "la", "le", "ter", "ten", "y", "ul", "ud", "dela", "delos", "los",
];

/// Connectors allowed inside an organisation name (`Bank of America`, `Institute for the Study of War`).
pub const ORG_CONNECTORS: &[&str] = &[
    "of", "for", "on", "the", "and", "de", "du", "des", "del", "&",
];

/// Last words of organisation names.
pub const ORG_HEADS: &[&str] = &[
    "Institute",
    "Institution",
    "Forum",
    "Ministry",
    "Municipality",
    "Party",
    "Council",
    "Front",
    "Army",
    "Agency",
    "University",
    "College",
    "School",
    "Academy",
    "Bank",
    "Corp",
    "Corp.",
    "Corporation",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "LLC",
    "Co.",
    "Company",
    "Group",
    "Association",
    "Foundation",
    "Fund",
    "Center",
    "Centre",
    "Committee",
    "Commission",
    "Union",
    "League",
    "Organization",
    "Organisation",
    "Office",
    "Department",
    "Bureau",
    "Service",
    "Services",
    "Authority",
    "Administration",
    "Board",
    "Court",
    "Tribunal",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Movement",
    "Brigade",
    "Brigades",
    "Battalion",
    "Regiment",
    "Division",
    "Forces",
    "Guard",
    "Guards",
    "Police",
    "Network",
    "Alliance",
    "Coalition",
    "Federation",
    "Society",
    "Times",
    "Post",
    "Journal",
    "News",
    "Herald",
    "Tribune",
    "Telegraph",
    "Gazette",
    "Sentinel",
    "Chronicle",
    "Courier",
    "Examiner",
    "Inquirer",
    "Enquirer",
    "Observer",
    "Bulletin",
    "Register",
    "Press",
    "Daily",
    "Magazine",
    "Review",
    "Radio",
    "Television",
    "Channel",
    "Network",
    "Airlines",
    "Airways",
    "Railway",
    "Railways",
    "Motors",
    "Industries",
    "Holdings",
    "Partners",
    "Capital",
    "Systems",
    "Technologies",
    "Labs",
    "Laboratory",
    "Laboratories",
    "Hospital",
    "Clinic",
    "Church",
    "Club",
    "Team",
    "Federation",
    "Cabinet",
    "Secretariat",
    "Directorate",
    "Command",
    "Unit",
    "Initiative",
    "Project",
    "Program",
    "Programme",
    "Trust",
    "Watch",
    "Monitor",
    "Observatory",
    "Consortium",
    "Exchange",
    "Reserve",
    "Mission",
    "Caucus",
    "Chamber",
    "Corps",
    "Museum",
    "Gallery",
    "Galleries",
    "Library",
    "Theatre",
    "Theater",
    "Orchestra",
    "Band",
    "Conference",
    "Embassy",
    "Consulate",
    // the same heads in other languages, first in the name ("Instituto Bellavista")
    "Instituto",
    "Istituto",
    "Institut",
    "Universidad",
    "Università",
    "Universität",
    "Université",
    "Banco",
    "Banca",
    "Partido",
    "Partito",
    "Parti",
    "Partei",
    "Movimento",
    "Movimiento",
    "Fundación",
    "Fondazione",
    "Fondation",
    "Stiftung",
    "Ministerio",
    "Ministério",
    "Ministero",
    "Ministère",
    "Ministerium",
    "Defensoría",
    "Defensoria",
    "Fiscalía",
    "Procuraduría",
    "Contraloría",
    "Secretaría",
    "Superintendencia",
    "Comisión",
    "Comissão",
    "Asamblea",
    "Assemblée",
    "Cámara",
    "Câmara",
    "Consejo",
    "Consiglio",
    "Conseil",
    "Comité",
    "Comitato",
    "Frente",
    "Société",
    "Compagnie",
    "Gruppo",
    "Grupo",
    "Associazione",
    "Asociación",
    "Lega",
    "Liga",
    "Tribunale",
    "Corte",
];

/// Trade words that end a company's name ("Kestrel Foods", "Halden Pharmaceuticals"): heads of
/// organisations' names ([`is_org_head`]), and after a company the lexicon knows, its suffixes.
pub const TRADE_WORDS: &[&str] = &[
    "Securities",
    "Investments",
    "Foods",
    "Beverages",
    "Brands",
    "Pharmaceuticals",
    "Therapeutics",
    "Petroleum",
    "Chemicals",
    "Entertainment",
    "Studios",
    "Logistics",
    "Enterprises",
    "Ventures",
];

/// Last words of football clubs' names ("Harton Rovers", "Kestrel United"); "City" and "Town"
/// name places as often, and are left to the lexicon.
const CLUB_ENDINGS: &[&str] = &[
    "United",
    "Rovers",
    "Wanderers",
    "Athletic",
    "Albion",
    "Hotspur",
    "Villa",
    "Rangers",
    "Argyle",
    "FC",
    "AFC",
];

/// First words of football clubs' names abroad ("Sporting Dunmore", "Dynamo Kelvar").
const CLUB_OPENINGS: &[&str] = &[
    "Real",
    "Atletico",
    "Atlético",
    "Sporting",
    "Dynamo",
    "Dinamo",
    "Olympique",
    "Borussia",
];

/// Whether a name whose first word is `first` and last `last` (the same for one word) is named
/// as football clubs are: "Harton Rovers", "Sporting Dunmore".
pub fn is_club_name(first: &str, last: &str) -> bool {
    contains(CLUB_ENDINGS, last) || is_club_opening(first)
}

/// Whether `w` ends football clubs' names and names the club alone, as news calls it after
/// its full name ("United" of "Kestrel United"; not "FC").
pub fn is_club_ending_word(w: &str) -> bool {
    contains(CLUB_ENDINGS, w) && !matches!(w, "FC" | "AFC")
}

/// Whether `w` opens football clubs' names abroad: "Sporting", "Dynamo".
pub fn is_club_opening(w: &str) -> bool {
    contains(CLUB_OPENINGS, w)
}

/// Industries that end a company's name ("Peabody Energy", "Halvorsen Shipping") and are no
/// heads of organisations' names: longer names hold them in the middle ("Program on Energy and
/// Development"), so they type a name of two or three words, not cut a run.
pub const INDUSTRY_WORDS: &[&str] = &[
    "Energy",
    "Mining",
    "Shipping",
    "Telecom",
    "Insurance",
    "Resources",
    "Electric",
];

/// Whether a name of two or three words ending in `w` is a company's, which news then calls by
/// its first word ("Peabody" for "Peabody Energy", "Kestrel" for "Kestrel Foods"): an industry,
/// a trade word, or a company's head.
pub fn is_company_ending(w: &str) -> bool {
    contains(INDUSTRY_WORDS, w)
        || contains(TRADE_WORDS, w)
        || matches!(
            w,
            "Airlines"
                | "Airways"
                | "Motors"
                | "Holdings"
                | "Corp"
                | "Corporation"
                | "Company"
                | "Inc"
                | "Technologies"
                | "Systems"
                | "Industries"
                | "Capital"
                | "Partners"
                | "Group"
        )
}

/// Last words of place names besides the region heads: sites and features (`Ural Mountains`,
/// `Aleppo Airport`).
pub const SITE_HEADS: &[&str] = &[
    "Valley",
    "River",
    "Mountains",
    "Mountain",
    "Mount",
    "Island",
    "Islands",
    "Sea",
    "Ocean",
    "Strait",
    "Gulf",
    "Bay",
    "Peninsula",
    "Square",
    "Street",
    "Avenue",
    "Road",
    "Boulevard",
    "Airport",
    "Lake",
    "Desert",
    "Heights",
    "Coast",
    "Highway",
    "Bridge",
    "Park",
    "Plaza",
    "Canal",
    "Basin",
    "Delta",
    "Camp",
    "Base",
    "Port",
    "Harbor",
    "Harbour",
    "Village",
    "Town",
    "Neighborhood",
    "Quarter",
    "Mosque",
    "Cathedral",
    "Temple",
    "Shrine",
    "Stadium",
    "Arena",
    "Station",
    "Palace",
    "Memorial",
    "Monument",
    "Prison",
    "Crossing",
    "Checkpoint",
    "Mall",
    "Beach",
    "Falls",
    "Forest",
    "Hotel",
    "Canyon",
    "Dam",
    "Plateau",
    "Belt",
];

/// Place heads after a place's name that name the same place, or the area it governs ("Idlib
/// Province", "Kabul City"); the other heads name a site of its own ("Volgograd Arena", "Aleppo
/// Airport").
const REGION_HEADS: &[&str] = &[
    "Province",
    "province",
    "Governorate",
    "governorate",
    "Region",
    "region",
    "District",
    "district",
    "County",
    "City",
    "Oblast",
    "Prefecture",
    "Territory",
    "Territories",
];

/// Last words of names of events, awards, laws and works, which are not actors (`World Cup`,
/// `Nobel Prize`, `Clean Air Act`, `Harvest Festival`).
pub const EVENT_HEADS: &[&str] = &[
    "Cup",
    "Prize",
    "Award",
    "Awards",
    "Festival",
    "Day",
    "Year",
    "Championship",
    "Championships",
    "Olympics",
    "Games",
    "Expo",
    "Fair",
    "Series",
    "Act",
    "Bill",
    "Law",
    "Amendment",
    "Resolution",
    "Study",
    "Treaty",
    "Agreement",
    "Accord",
    "Accords",
    "Protocol",
    "Summit",
    "Talks",
    "Tournament",
    "Marathon",
    "Election",
    "Elections",
    "Crisis",
    "Spring",
    "War",
    "Revolution",
    "Show",
    "Week",
    "Season",
    "Olympiad",
    "Open",
    "Trophy",
    "Medal",
    "Plan",
    "Doctrine",
    "Man",
    "Woman",
];

/// Names of widely used products (software, devices, consoles), which are no actors though
/// written like names ("Firefox", "Windows XP", "PlayStation VR"); their makers are ("Mozilla").
pub const PRODUCTS: &[&str] = &[
    "Firefox",
    "Mozilla Firefox",
    "Chrome",
    "Google Chrome",
    "Safari",
    "Internet Explorer",
    "IE",
    "Microsoft Edge",
    "Opera",
    "Windows",
    "Microsoft Windows",
    "Windows XP",
    "Windows Vista",
    "Microsoft Office",
    "Android",
    "iOS",
    "macOS",
    "Linux",
    "Ubuntu",
    "Debian",
    "Fedora",
    "CentOS",
    "iPhone",
    "iPad",
    "iPod",
    "MacBook",
    "Kindle",
    "Xbox",
    "Xbox One",
    "PlayStation",
    "PlayStation VR",
    "Nintendo Switch",
    "Wii",
    "Minecraft",
    "Fortnite",
    "Photoshop",
    "Bitcoin",
];

/// Prepositions after which a name is most often a place.
pub const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "outside",
    "inside",
    "across",
    "around",
    "to",
    "into",
    "toward",
    "towards",
    "throughout",
    "within",
    "via",
    "through",
];

/// Nouns of relations between governments, before "with" and a capital that stands for one
/// ("relations with Moscow", "talks with Kyiv").
pub const RELATION_NOUNS: &[&str] = &[
    "relations",
    "ties",
    "talks",
    "negotiations",
    "deal",
    "agreement",
    "accord",
    "dispute",
    "tensions",
    "cooperation",
    "contacts",
    "rift",
    "standoff",
    "row",
    "spat",
    "feud",
    "dialogue",
    "alliance",
    "partnership",
    "rapprochement",
    "confrontation",
    "war",
    "conflict",
    "trade",
];

/// Lower-case nouns before "of" and a place's name: "the town of Kelvara", "the outskirts of
/// Dravik", "north of Pelmar", "the mayor of Tessaly".
pub const PLACE_NOUNS: &[&str] = &[
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "district",
    "province",
    "region",
    "county",
    "state",
    "port",
    "capital",
    "suburb",
    "suburbs",
    "outskirts",
    "island",
    "neighbourhood",
    "neighborhood",
    "governorate",
    "municipality",
    "settlement",
    "hub",
    "stronghold",
    "enclave",
    "area",
    "streets",
    "centre",
    "center",
    "heart",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "residents",
    "mayor",
    "governor",
];

/// Lower-case nouns for what a person does, written right before the name ("actor Corwin
/// Ashby", "striker Marco Bellini", "curator Greta Ostrander").
pub const PERSON_NOUNS: &[&str] = &[
    "actor",
    "celebrity",
    "actress",
    "author",
    "writer",
    "novelist",
    "poet",
    "playwright",
    "artist",
    "painter",
    "sculptor",
    "photographer",
    "musician",
    "singer",
    "rapper",
    "songwriter",
    "composer",
    "guitarist",
    "drummer",
    "pianist",
    "filmmaker",
    "designer",
    "architect",
    "illustrator",
    "cartoonist",
    "curator",
    "comedian",
    "presenter",
    "broadcaster",
    "host",
    "player",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "forward",
    "coach",
    "teammate",
    "referee",
    "captain",
    "cyclist",
    "runner",
    "sprinter",
    "swimmer",
    "boxer",
    "golfer",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "blogger",
    "publisher",
    "professor",
    "researcher",
    "scientist",
    "economist",
    "analyst",
    "historian",
    "philosopher",
    "lawyer",
    "attorney",
    "barrister",
    "solicitor",
    "prosecutor",
    "judge",
    "doctor",
    "surgeon",
    "nurse",
    "student",
    "teacher",
    "activist",
    "campaigner",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "billionaire",
    "investor",
    "founder",
    "co-founder",
    "cosplayer",
    "priest",
    "cleric",
    "pastor",
    "bishop",
    "preacher",
    "rabbi",
    "imam",
    "detective",
    "officer",
    "soldier",
    "pilot",
    "diplomat",
    "envoy",
    "mayor",
    "councillor",
    "councilman",
    "lawmaker",
    "legislator",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "member",
    "candidate",
    "nominee",
    "chef",
    "model",
    "dancer",
    "astronaut",
    "engineer",
    "inventor",
    "witness",
    "victim",
    "survivor",
    "suspect",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "cousin",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "boyfriend",
    "girlfriend",
    "fiancé",
    "fiancée",
    "widow",
    "colleague",
    "friend",
    "neighbour",
    "neighbor",
];

/// Common surnames ending in -s that are no English plural: opening a sentence before a verb of
/// saying ("Davis said", "Roberts told reporters") they are a person, not a common noun as
/// "Critics said" is. Surnames that are also plurals ("Banks", "Woods", "Burns") are not listed.
pub const SURNAMES_IN_S: &[&str] = &[
    "Adams",
    "Alves",
    "Atkins",
    "Ayers",
    "Daniels",
    "Davies",
    "Davis",
    "Dawkins",
    "Edwards",
    "Ellis",
    "Evans",
    "Fernandes",
    "Flores",
    "Fuentes",
    "Gibbs",
    "Gomes",
    "Gonzales",
    "Harris",
    "Hawkins",
    "Higgins",
    "Hopkins",
    "Hughes",
    "Jacobs",
    "Jenkins",
    "Jones",
    "Marques",
    "Mathis",
    "Matthews",
    "Mendes",
    "Meyers",
    "Morales",
    "Morris",
    "Myers",
    "Nichols",
    "Nunes",
    "Owens",
    "Perkins",
    "Peters",
    "Phillips",
    "Ramos",
    "Reyes",
    "Reynolds",
    "Richards",
    "Roberts",
    "Rodrigues",
    "Rogers",
    "Santos",
    "Simmons",
    "Stevens",
    "Torres",
    "Vargas",
    "Watkins",
    "Wilkins",
    "Williams",
    "Willis",
];

/// Words for a relative: a name right after one is the relative's ("his son Tomas Verlaine", "her
/// niece Roza Verlaine"), another person than the one the family is named for.
pub const KIN_WORDS: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "widow",
    "widower",
    "stepson",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepbrother",
    "stepsister",
    "half-brother",
    "half-sister",
    "sons",
    "daughters",
    "brothers",
    "sisters",
    "grandchild",
    "grandchildren",
    "child",
    "children",
];

/// Pronouns that refer to a person.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers"];

/// Pronouns that refer to a group or organisation.
pub const GROUP_PRONOUNS: &[&str] = &["they", "them", "their", "we", "it"];

/// Whether `list` holds `word`: the length and the first byte are compared before the bytes (most
/// words of a list differ from a text's word there, and a call to `memcmp` per word of the same
/// length was a few percent of the extraction's time).
pub fn contains(list: &[&str], word: &str) -> bool {
    let first = word.as_bytes().first();
    list.iter()
        .any(|w| w.len() == word.len() && w.as_bytes().first() == first && *w == word)
}

static NOT_NAMES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_NAMES));
static FUNCTION_WORDS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FUNCTION_WORDS));
static ORG_HEADS_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ORG_HEADS, TRADE_WORDS].concat()));
static PLACE_HEADS_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[REGION_HEADS, SITE_HEADS].concat()));
static EVENT_HEADS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(EVENT_HEADS));

/// `contains(EVENT_HEADS, word)`, fast.
pub fn is_event_head(word: &str) -> bool {
    EVENT_HEADS_SET.contains(word)
}

static PERSON_NOUNS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PERSON_NOUNS));

static PRODUCTS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PRODUCTS));

/// `contains(PRODUCTS, name)`, fast (asked of every short run of capitalised words).
pub fn is_product(name: &str) -> bool {
    PRODUCTS_SET.contains(name)
}

/// `contains(PERSON_NOUNS, word)`, fast.
pub fn is_person_noun(word: &str) -> bool {
    PERSON_NOUNS_SET.contains(word)
}

/// A Roman numeral of two to five letters: "II", "XVII" (not "I", the pronoun, nor "MIX").
pub fn is_roman_numeral(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// `contains(NOT_NAMES, word)`, fast.
pub fn is_not_name(word: &str) -> bool {
    NOT_NAMES_SET.contains(word)
}

/// `contains(FUNCTION_WORDS, word)`, fast.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS_SET.contains(word)
}

/// A lower-case word that may stand before a title in an apposition without an article ("NAME,
/// former governor of ...", "NAME, senior fellow at ..."): not a word of a clause or of a
/// description of the time ("NAME, as governor, ...", "NAME, now director of ...", "NAME, whose
/// spokeswoman ...").
pub fn is_bare_role_modifier(word: &str) -> bool {
    !matches!(
        word,
        "as" | "now"
            | "then"
            | "once"
            | "later"
            | "formerly"
            | "currently"
            | "still"
            | "also"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "for"
            | "be"
            | "been"
            | "being"
            | "who"
            | "whose"
            | "whom"
            | "which"
            | "that"
            | "this"
            | "these"
            | "those"
            | "and"
            | "or"
            | "but"
            | "to"
            | "in"
            | "on"
            | "at"
            | "of"
            | "with"
            | "by"
            | "from"
            | "not"
            | "himself"
            | "herself"
            | "themselves"
            | "i"
            | "he"
            | "she"
            | "they"
            | "we"
            | "it"
            | "you"
            | "when"
            | "while"
            | "if"
            | "like"
            | "than"
            | "one"
            | "each"
            | "every"
            | "some"
            | "any"
            | "no"
            | "both"
    )
}

/// A verb that opens a clause's predicate ("are", "has", "will"), lower case.
pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "did"
            | "does"
            | "do"
    )
}

/// A U.S. party's name before a body's one-word name: "the Republican Congress" is the U.S.
/// Congress, not a body of the article's own.
pub fn is_us_party(word: &str) -> bool {
    matches!(word, "Republican" | "Democratic" | "GOP")
}

/// `contains(ORG_HEADS, word) || contains(TRADE_WORDS, word)`, fast.
pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS_SET.contains(word)
}

static NAME_PARTICLES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NAME_PARTICLES));

/// `contains(NAME_PARTICLES, word)`, fast.
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES_SET.contains(word)
}

/// A last word of place names, a region's or a site's (`Idlib Province`, `Ural Mountains`), fast.
pub fn is_place_head(word: &str) -> bool {
    PLACE_HEADS_SET.contains(word)
}

/// A place head that names a site of its own after a place's name ("Arena" of "Volgograd
/// Arena"), not the place itself ("Province" of "Idlib Province").
pub fn is_site_head(word: &str) -> bool {
    SITE_HEADS_SET.contains(word)
}

static SITE_HEADS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SITE_HEADS));

static RELIGION_ADJECTIVES_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(RELIGION_ADJECTIVES));

/// `contains(RELIGION_ADJECTIVES, word)`, fast.
pub fn is_religion_adjective(word: &str) -> bool {
    RELIGION_ADJECTIVES_SET.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_agree_with_the_lists() {
        type Check = fn(&str) -> bool;
        let place_heads = [REGION_HEADS, SITE_HEADS].concat();
        let org_heads = [ORG_HEADS, TRADE_WORDS].concat();
        let lists: [(&[&str], Check); 7] = [
            (EVENT_HEADS, is_event_head),
            (NAME_PARTICLES, is_name_particle),
            (PERSON_NOUNS, is_person_noun),
            (NOT_NAMES, is_not_name),
            (FUNCTION_WORDS, is_function_word),
            (&org_heads, is_org_head),
            (&place_heads, is_place_head),
        ];
        let probes = [
            "",
            "A",
            "a",
            "The",
            "the",
            "Province",
            "Institute",
            "Monday",
            "al",
            "Al",
            "bint",
            "X".repeat(40).leak(),
        ];
        for (list, f) in lists {
            for w in list
                .iter()
                .chain(FUNCTION_WORDS)
                .chain(NOT_NAMES)
                .chain(&probes)
            {
                assert_eq!(f(w), contains(list, w), "{w}");
            }
        }
    }
}
