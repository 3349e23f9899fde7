//! The translation layer: every string the window shows goes through [`tr`] (or [`trf`] when it
//! has values in it). The English text in the source is the key, as in gettext, so screens read
//! naturally; the messages themselves are Fluent files under `resources/translations/` (one per
//! language, `en.ftl` included), so a translation can reorder values and choose plural forms:
//! `{ $rows -> [one] { $rows } rad *[other] { $rows } rader }`. `en.ftl` names each message's key
//! (`# key: English text`) and gives it a Fluent id; the other languages translate the ids.
//!
//! A text missing from a language falls back to English; `cargo test --test translations`
//! fails when one is missing, when a language keeps a message no longer used, or when it drops
//! or renames a placeholder. The CLI speaks English: it never switches the language.
//!
//! Texts made far from the window (progress stages, what-if warnings, notices) are kept as a
//! [`Message`], a template with typed values, and put into words when shown.

mod message;
pub use message::{Arg, Message};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt::Write as _;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The languages the window can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Swedish,
    Dutch,
}

impl Language {
    /// Every language, in the order the settings list them.
    pub const ALL: [Language; 3] = [Language::English, Language::Swedish, Language::Dutch];

    /// The language's own name (shown untranslated, as language pickers do).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Swedish => "Svenska",
            Language::Dutch => "Nederlands",
        }
    }

    /// The BCP 47 language code.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Swedish => "sv",
            Language::Dutch => "nl",
        }
    }

    /// The language of a locale such as `sv-SE`, `nl_NL.UTF-8` or `en-US`, if it is one of ours.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's messages (Fluent), compiled in.
    fn ftl(self) -> &'static str {
        match self {
            Language::English => include_str!("../../../resources/translations/en.ftl"),
            Language::Swedish => include_str!("../../../resources/translations/sv.ftl"),
            Language::Dutch => include_str!("../../../resources/translations/nl.ftl"),
        }
    }

    /// The mark between the whole and the decimal part of a number.
    pub fn decimal_mark(self) -> char {
        match self {
            Language::English => '.',
            Language::Swedish | Language::Dutch => ',',
        }
    }

    /// The mark between groups of three digits (a no-break space in Swedish, so a number never
    /// breaks over two lines).
    pub fn group_mark(self) -> char {
        match self {
            Language::English => ',',
            Language::Swedish => '\u{a0}',
            Language::Dutch => '.',
        }
    }

    fn index(self) -> u8 {
        match self {
            Language::English => 0,
            Language::Swedish => 1,
            Language::Dutch => 2,
        }
    }

    fn from_index(index: u8) -> Language {
        Language::ALL
            .get(usize::from(index))
            .copied()
            .unwrap_or_default()
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Switches the language of everything shown from now on.
pub fn set_language(language: Language) {
    CURRENT.store(language.index(), Ordering::Relaxed);
}

/// The language in use.
pub fn language() -> Language {
    Language::from_index(CURRENT.load(Ordering::Relaxed))
}

/// The English keys of `en.ftl` (its `# key:` lines) and the Fluent id of each.
fn keys() -> &'static HashMap<&'static str, &'static str> {
    static KEYS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    KEYS.get_or_init(|| parse_keys(Language::English.ftl()))
}

/// `key → id` from an ftl file whose messages each follow a `# key: English text` line.
fn parse_keys(ftl: &'static str) -> HashMap<&'static str, &'static str> {
    let mut keys = HashMap::default();
    let mut key = None;
    for line in ftl.lines() {
        if let Some(k) = line.strip_prefix("# key: ") {
            key = Some(k);
        } else if let (Some(k), Some((id, _))) = (key, line.split_once(" =")) {
            if !id.starts_with([' ', '#']) && !id.is_empty() {
                keys.insert(k, id);
            }
            key = None;
        }
    }
    keys
}

/// One language's messages, and those without values already formatted.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<&'static str, &'static str>,
    /// Keys whose message is the key itself, values in the same places and no plural forms:
    /// filled in directly, without Fluent (most English messages; explaining 100,000 invoices
    /// writes a sentence per reason).
    as_written: HashSet<&'static str>,
}

/// Does `pattern` say exactly `key`: the same text, each `{ $name }` where the key has
/// `{name}`, no choices?
fn says_as_written(pattern: &fluent_syntax::ast::Pattern<&str>, key: &str) -> bool {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut written = String::with_capacity(key.len());
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => written.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                written.push('{');
                written.push_str(id.name);
                written.push('}');
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } if !value.contains('\\') => written.push_str(value),
            PatternElement::Placeable { .. } => return false,
        }
    }
    written == key
}

fn load(language: Language) -> Catalogue {
    let resource = FluentResource::try_new(language.ftl().to_string())
        // A file with a broken message keeps the others (tests catch the broken one).
        .unwrap_or_else(|(resource, _)| resource);
    let code = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![code]);
    // The marks that isolate right-to-left values would show as boxes in the window's fonts.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    let mut plain = HashMap::default();
    let mut as_written = HashSet::default();
    for (&key, &id) in keys() {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        if language == Language::English && says_as_written(pattern, key) {
            as_written.insert(key);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            // Formatted once per language and kept for the program's life: a few hundred
            // short texts, so `tr` returns them without allocating every frame.
            plain.insert(key, &*Box::leak(text.into_owned().into_boxed_str()));
        }
    }
    Catalogue {
        bundle,
        plain,
        as_written,
    }
}

fn catalogue(language: Language) -> &'static Catalogue {
    static LOADED: [OnceLock<Catalogue>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    let slot = &LOADED[usize::from(language.index()) % Language::ALL.len()];
    slot.get_or_init(|| load(language))
}

/// Marks `english` as a text that is looked up with [`tr`] later (a field's name in a table of
/// specifications): it is the key itself, and the translation files list it like a `tr` text.
pub const fn key(english: &'static str) -> &'static str {
    english
}

/// `english` in the current language (English itself when there is no translation).
pub fn tr(english: &'static str) -> &'static str {
    if let Some(text) = test_catalogue::lookup(english) {
        return text;
    }
    let language = language();
    remembered(english, language, Question::Translation, |english| {
        catalogue(language)
            .plain
            .get(english)
            .copied()
            .unwrap_or(english)
    })
}

/// What [`remembered`] is asked of a literal.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Question {
    /// Its translation ([`tr`]).
    Translation,
    /// Whether it is filled in as written ([`trf`]).
    AsWritten,
}

/// A literal (its address and length), the language and the question asked of it.
type Asked = (usize, usize, u8, Question);

/// What `find` says of the literal `key` in `language`, remembered per thread by the literal's
/// address: a sentence written for every reason of 100,000 invoices then costs no string hash.
/// (Two copies of one literal are simply remembered twice.)
fn remembered(
    key: &'static str,
    language: Language,
    question: Question,
    find: impl FnOnce(&'static str) -> &'static str,
) -> &'static str {
    use std::cell::RefCell;
    thread_local! {
        static SEEN: RefCell<HashMap<Asked, &'static str>> = RefCell::new(HashMap::default());
    }
    // One literal may be asked both questions (`tr("Invoices")` and a message with that
    // template, which the linker may store once): the answers are kept apart.
    let address = (key.as_ptr() as usize, key.len(), language.index(), question);
    if let Some(found) = SEEN.with_borrow(|seen| seen.get(&address).copied()) {
        return found;
    }
    let found = find(key);
    SEEN.with_borrow_mut(|seen| seen.insert(address, found));
    found
}

/// `template` in the current language with each `{name}` replaced by its value, so translators
/// can move the values within the sentence and choose plural forms by them:
/// `trf("{rows} rows", &[("rows", &n)])`.
pub fn trf(template: &'static str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    if let Some(text) = test_catalogue::lookup(template) {
        return fill(text, values);
    }
    let language = language();
    // A message that says its key is filled in directly; the answer is remembered by address.
    const FLUENT: &str = "";
    let as_written = remembered(template, language, Question::AsWritten, |template| {
        if catalogue(language).as_written.contains(template) {
            template
        } else {
            FLUENT
        }
    });
    if !as_written.is_empty() {
        return fill(template, values);
    }
    translate(language, template, values)
}

/// `template` in `language` (see [`trf`]).
pub fn translate(
    language: Language,
    template: &str,
    values: &[(&str, &dyn std::fmt::Display)],
) -> String {
    let catalogue = catalogue(language);
    if catalogue.as_written.contains(template) {
        return fill(template, values);
    }
    let pattern = keys()
        .get(template)
        .and_then(|id| catalogue.bundle.get_message(id))
        .and_then(|m| m.value());
    let Some(pattern) = pattern else {
        return fill(template, values);
    };
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(*name, argument(language, &value.to_string()));
    }
    let mut errors = Vec::new();
    catalogue
        .bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// A value as Fluent gets it: a whole number as a number (plural forms choose by it; it reads
/// the same in every language), a decimal with the language's decimal mark, the rest as text.
fn argument(language: Language, text: &str) -> FluentValue<'static> {
    // Fluent keeps numbers as f64: beyond 2^53 a whole number would be printed rounded.
    const EXACT: i64 = 1 << 53;
    if let Ok(n) = text.parse::<i64>()
        && n.to_string() == text
        && (-EXACT..=EXACT).contains(&n)
    {
        return FluentValue::from(n);
    }
    // "1.900" may be a count the Dutch way (a group mark, not a decimal one): a point is read
    // as a decimal mark only where a group mark cannot stand (not after a lone zero, nor
    // after more than three digits, nor before other than three).
    let decimal = text
        .strip_prefix('-')
        .unwrap_or(text)
        .split_once('.')
        .is_some_and(|(whole, fraction)| {
            !whole.is_empty()
                && !fraction.is_empty()
                && whole.bytes().all(|b| b.is_ascii_digit())
                && fraction.bytes().all(|b| b.is_ascii_digit())
                && (whole == "0" || whole.len() > 3 || fraction.len() != 3)
        });
    if decimal && language.decimal_mark() != '.' {
        return FluentValue::from(text.replace('.', &language.decimal_mark().to_string()));
    }
    FluentValue::from(text.to_string())
}

/// Replaces each `{name}` in `template` with its value; unknown names stay as they are.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v, close))
        });
        match value {
            Some((v, close)) => {
                // Written straight into the sentence: no string per value.
                let _ = write!(out, "{v}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A catalogue that unit tests install on their own thread, so a test can show that a text made
/// far from the screens (an import problem, a model error) is really looked up, without
/// switching the language of tests running in parallel. Not compiled outside `cargo test`.
#[cfg(test)]
pub(crate) mod test_catalogue {
    use std::cell::RefCell;
    use std::collections::HashMap;

    type Catalogue = HashMap<&'static str, &'static str>;

    thread_local! {
        static INSTALLED: RefCell<Option<Catalogue>> = const { RefCell::new(None) };
    }

    /// Puts the previous catalogue back, also when the test fails inside [`with`].
    struct Restore(Option<Catalogue>);

    impl Drop for Restore {
        fn drop(&mut self) {
            INSTALLED.set(self.0.take());
        }
    }

    /// `{"English text": "translated text"}` as a catalogue.
    pub(crate) fn parse(json: &str) -> Catalogue {
        let parsed: HashMap<String, String> = serde_json::from_str(json).unwrap_or_default();
        parsed
            .into_iter()
            .map(|(k, v)| -> (&'static str, &'static str) {
                (Box::leak(k.into_boxed_str()), Box::leak(v.into_boxed_str()))
            })
            .collect()
    }

    /// Runs `f` with `json` (`{"English text": "translated text"}`) as this thread's
    /// translations.
    pub(crate) fn with<T>(json: &str, f: impl FnOnce() -> T) -> T {
        let _restore = Restore(INSTALLED.replace(Some(parse(json))));
        f()
    }

    pub(super) fn lookup(english: &str) -> Option<&'static str> {
        INSTALLED.with_borrow(|c| c.as_ref().and_then(|c| c.get(english).copied()))
    }
}

#[cfg(not(test))]
mod test_catalogue {
    pub(super) fn lookup(_: &str) -> Option<&'static str> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_literal_both_translated_and_used_as_a_template_keeps_both_answers() {
        const LITERAL: &str = "Invoices";
        let translated = remembered(
            LITERAL,
            Language::Dutch,
            Question::Translation,
            |_| "Facturen",
        );
        assert_eq!(translated, "Facturen");
        // The same literal as a message's template: not "filled in as written" because it was
        // translated before.
        let as_written = remembered(LITERAL, Language::Dutch, Question::AsWritten, |_| "");
        assert_eq!(as_written, "");
        assert_eq!(
            remembered(LITERAL, Language::Dutch, Question::Translation, |_| "other"),
            "Facturen"
        );
    }

    #[test]
    fn english_reads_as_the_key() {
        assert_eq!(
            translate(
                Language::English,
                "Exported {rows} predictions to {path}.",
                &[("rows", &12), ("path", &"a.csv")]
            ),
            "Exported 12 predictions to a.csv."
        );
        assert_eq!(
            catalogue(Language::English).plain.get("Train").copied(),
            Some("Train")
        );
    }

    #[test]
    fn swedish_and_dutch_translate_with_their_own_words() {
        let swedish = catalogue(Language::Swedish).plain.get("Train").copied();
        let dutch = catalogue(Language::Dutch).plain.get("Train").copied();
        assert!(swedish.is_some_and(|t| t != "Train"), "{swedish:?}");
        assert!(dutch.is_some_and(|t| t != "Train"), "{dutch:?}");
    }

    #[test]
    fn english_messages_that_say_their_key_skip_fluent_and_plurals_do_not() {
        let english = catalogue(Language::English);
        assert!(
            !english
                .as_written
                .contains("Exported {rows} predictions to {path}.")
        );
        assert!(
            english
                .as_written
                .contains("Showing {shown} of {total} open invoices")
        );
        assert!(english.as_written.contains(" days"));
        assert!(catalogue(Language::Swedish).as_written.is_empty());
        assert_eq!(
            translate(
                Language::English,
                "Exported {rows} predictions to {path}.",
                &[("rows", &1), ("path", &"a.csv")]
            ),
            "Exported 1 prediction to a.csv."
        );
    }

    #[test]
    fn a_text_no_language_has_falls_back_to_english() {
        assert_eq!(
            translate(Language::Dutch, "No such text {n}", &[("n", &3)]),
            "No such text 3"
        );
    }

    #[test]
    fn whole_numbers_choose_plural_forms_and_decimals_take_the_language_mark() {
        assert_eq!(argument(Language::Swedish, "12"), FluentValue::from(12_i64));
        // "007" and "1e16" are not written as numbers are: they stay as they are.
        assert_eq!(argument(Language::Swedish, "007"), FluentValue::from("007"));
        assert_eq!(argument(Language::Dutch, "1e16"), FluentValue::from("1e16"));
        assert_eq!(
            argument(Language::Dutch, "-12.5"),
            FluentValue::from("-12,5")
        );
        assert_eq!(
            argument(Language::English, "12.5"),
            FluentValue::from("12.5")
        );
        assert_eq!(argument(Language::Dutch, "v1.2"), FluentValue::from("v1.2"));
        // A Dutch count keeps its group mark.
        assert_eq!(
            argument(Language::Dutch, "1.900"),
            FluentValue::from("1.900")
        );
        assert_eq!(
            argument(Language::Dutch, "0.125"),
            FluentValue::from("0,125")
        );
        let huge = i64::MAX.to_string();
        assert_eq!(
            argument(Language::English, &huge),
            FluentValue::from(huge.clone())
        );
    }

    #[test]
    fn locales_of_the_operating_system_map_to_languages() {
        assert_eq!(Language::from_locale("sv-SE"), Some(Language::Swedish));
        assert_eq!(Language::from_locale("nl_NL.UTF-8"), Some(Language::Dutch));
        assert_eq!(Language::from_locale("nl-BE"), Some(Language::Dutch));
        assert_eq!(Language::from_locale("en-GB"), Some(Language::English));
        assert_eq!(Language::from_locale("de-DE"), None);
        assert_eq!(Language::from_locale(""), None);
    }

    #[test]
    fn keys_name_their_fluent_ids() {
        let keys =
            parse_keys("# key: Train\ntrain = Train\n\n# key: {n} rows\nn-rows = { $n } rows\n");
        assert_eq!(keys.get("Train"), Some(&"train"));
        assert_eq!(keys.get("{n} rows"), Some(&"n-rows"));
    }

    #[test]
    fn values_can_move_and_unknown_names_stay() {
        assert_eq!(
            fill("{b} before {a}", &[("a", &1), ("b", &"two")]),
            "two before 1"
        );
        assert_eq!(fill("{x} and {", &[]), "{x} and {");
        assert_eq!(fill("no values", &[("a", &1)]), "no values");
    }

    #[test]
    fn a_test_catalogue_is_used_on_its_thread_only() {
        let inside = test_catalogue::with(r#"{"{n} rows": "{n} rader"}"#, || {
            trf("{n} rows", &[("n", &3)])
        });
        assert_eq!(inside, "3 rader");
        assert_eq!(trf("{n} rows", &[("n", &3)]), "3 rows");
    }
}
