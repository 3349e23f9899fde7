//! Word lists and the plausible, unique company names made from them.

use std::collections::HashSet;

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::*;

pub(super) const PREFIXES: [&str; 28] = [
    "Nordic",
    "Baltic",
    "Northern",
    "Atlantic",
    "Alpine",
    "Central",
    "Royal",
    "United",
    "Coastal",
    "Continental",
    "Euro",
    "Global",
    "Summit",
    "Evergreen",
    "Silverline",
    "Blue River",
    "Greenfield",
    "Westbrook",
    "Eastgate",
    "Highland",
    "Lakeside",
    "Polar",
    "Sunrise",
    "Iron Bridge",
    "Oak Valley",
    "Red Cedar",
    "Harbour",
    "Meridian",
];

pub(super) fn trade_words(group: Segment) -> &'static [&'static str] {
    match group {
        Segment::Retail => &[
            "Home Goods",
            "Fashion",
            "Outdoor",
            "Garden Centre",
            "Books",
            "Pharmacy",
            "Electronics",
            "Grocers",
            "Sports",
            "Furniture",
            "Interiors",
            "Toys",
        ],
        Segment::Wholesale => &[
            "Trading",
            "Distribution",
            "Supply",
            "Imports",
            "Foods",
            "Beverages",
            "Wholesale",
            "Paper Supply",
            "Hardware",
            "Fresh Produce",
            "Building Materials",
        ],
        Segment::Manufacturing => &[
            "Timber",
            "Steel",
            "Plastics",
            "Machinery",
            "Components",
            "Textiles",
            "Packaging",
            "Precision Parts",
            "Chemicals",
            "Glassworks",
            "Tooling",
            "Castings",
        ],
        Segment::Services | Segment::PublicSector => &[
            "Logistics",
            "Consulting",
            "Facility Services",
            "Engineering",
            "IT Services",
            "Cleaning",
            "Transport",
            "Security",
            "Marketing",
            "Staffing",
            "Catering",
        ],
    }
}

pub(super) fn surnames(country: &str) -> &'static [&'static str] {
    match country {
        "SE" => &[
            "Andersson",
            "Lindqvist",
            "Berg",
            "Holm",
            "Ekström",
            "Nyberg",
            "Sandberg",
        ],
        "NL" => &[
            "Van Dijk",
            "De Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "Van der Berg",
            "Mulder",
        ],
        "DE" => &[
            "Schmidt", "Müller", "Becker", "Hoffmann", "Wagner", "Krüger", "Richter",
        ],
        "GB" => &[
            "Taylor",
            "Whitfield",
            "Hughes",
            "Barnes",
            "Ashworth",
            "Pennington",
        ],
        "US" => &[
            "Miller",
            "Carter",
            "Henderson",
            "Brooks",
            "Sullivan",
            "Whitaker",
        ],
        "FR" => &[
            "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau",
        ],
        "DK" => &["Sørensen", "Jensen", "Kristensen", "Møller", "Dahl"],
        "FI" => &["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine"],
        "BE" => &["Peeters", "Janssens", "Maes", "Claes", "Wouters"],
        _ => &["Nowak", "Kowalski", "Wiśniewski", "Zieliński", "Mazur"],
    }
}

pub(super) fn legal_forms(country: &str) -> &'static [&'static str] {
    match country {
        "SE" => &["AB"],
        "NL" => &["BV", "BV", "NV"],
        "DE" => &["GmbH", "GmbH", "AG", "KG"],
        "GB" => &["Ltd", "Ltd", "PLC"],
        "US" => &["Inc", "LLC", "Corp"],
        "FR" => &["SA", "SARL", "SAS"],
        "DK" => &["A/S", "ApS"],
        "FI" => &["Oy", "Oyj"],
        "BE" => &["NV", "BV"],
        _ => &["Sp. z o.o.", "S.A."],
    }
}

pub(super) fn cities(country: &str) -> &'static [&'static str] {
    match country {
        "SE" => &[
            "Malmö",
            "Uppsala",
            "Västerås",
            "Örebro",
            "Linköping",
            "Umeå",
        ],
        "NL" => &[
            "Utrecht",
            "Eindhoven",
            "Groningen",
            "Tilburg",
            "Breda",
            "Zwolle",
        ],
        "DE" => &[
            "Bremen",
            "Dortmund",
            "Leipzig",
            "Nürnberg",
            "Kassel",
            "Freiburg",
        ],
        "GB" => &["Leeds", "Bristol", "Norwich", "York", "Cardiff", "Derby"],
        "US" => &["Dayton", "Tacoma", "Madison", "Boise", "Spokane", "Toledo"],
        "FR" => &["Lyon", "Lille", "Nantes", "Rennes", "Dijon", "Grenoble"],
        "DK" => &["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle"],
        "FI" => &["Tampere", "Turku", "Oulu", "Espoo", "Lahti"],
        "BE" => &["Gent", "Leuven", "Brugge", "Namur", "Hasselt"],
        _ => &["Poznań", "Gdańsk", "Wrocław", "Łódź", "Lublin"],
    }
}

pub(super) fn public_body(rng: &mut ChaCha8Rng, country: &str) -> String {
    let city = pick(rng, cities(country));
    let pattern = rng.gen_range(0..6);
    match (country, pattern) {
        ("SE", 0 | 1) => format!("{city} kommun"),
        ("NL", 0 | 1) => format!("Gemeente {city}"),
        ("DE", 0 | 1) => format!("Stadt {city}"),
        ("FR", 0 | 1) => format!("Ville de {city}"),
        ("DK", 0 | 1) => format!("{city} Kommune"),
        (_, 0) => format!("City of {city}"),
        (_, 1) => format!("{city} City Council"),
        (_, 2) => format!("{city} University Hospital"),
        (_, 3) => format!("{city} University"),
        (_, 4) => format!("{city} Regional Water Authority"),
        _ => format!("{city} Public Transport"),
    }
}

pub(super) fn company_name(rng: &mut ChaCha8Rng, group: Segment, country: &str) -> String {
    if group == Segment::PublicSector {
        return public_body(rng, country);
    }
    let legal = pick(rng, legal_forms(country));
    let trade = pick(rng, trade_words(group));
    match rng.gen_range(0..10) {
        0..=3 => format!("{} {trade} {legal}", pick(rng, &PREFIXES)),
        4..=6 => format!("{} {trade} {legal}", pick(rng, surnames(country))),
        7 => format!(
            "{} & {} {legal}",
            pick(rng, surnames(country)),
            pick(rng, surnames(country))
        ),
        8 => format!("{} {trade} {legal}", pick(rng, cities(country))),
        _ => format!("{} Group {legal}", pick(rng, surnames(country))),
    }
}

/// A name not used yet: a few fresh draws, then a numbered branch as a last resort.
pub(super) fn unique_name(
    rng: &mut ChaCha8Rng,
    group: Segment,
    country: &str,
    used: &mut HashSet<String>,
) -> String {
    let mut name = company_name(rng, group, country);
    for _ in 0..12 {
        if !used.contains(&name) {
            break;
        }
        name = company_name(rng, group, country);
    }
    let mut candidate = name.clone();
    let mut branch = 2;
    while used.contains(&candidate) {
        candidate = format!("{name} {branch}");
        branch += 1;
    }
    used.insert(candidate.clone());
    candidate
}
