//! The translation layer: every string the window shows goes through [`tr`] (or [`trf`] when it
//! has values in it). The English text is the key, as in gettext, so screens read naturally and
//! a missing translation falls back to English instead of showing a key. A language is a JSON
//! catalogue under `resources/translations/` (`{"English text": "translated text"}`); adding
//! Swedish or Dutch means adding the catalogue and a [`Language`] variant, not touching screens.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use serde::{Deserialize, Serialize};

/// The languages the window can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
}

impl Language {
    /// Every language, in the order the settings list them.
    pub const ALL: [Language; 1] = [Language::English];

    /// The language's own name (shown untranslated, as language pickers do).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
        }
    }

    /// The catalogue's JSON text; `None` for English, the language of the keys.
    fn catalogue_json(self) -> Option<&'static str> {
        match self {
            Language::English => None,
        }
    }

    fn index(self) -> u8 {
        match self {
            Language::English => 0,
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

type Catalogue = HashMap<&'static str, &'static str>;

/// Parses a catalogue once; its strings live as long as the program (a catalogue is small and
/// loaded at most once per language).
fn parse_catalogue(json: &str) -> Catalogue {
    let parsed: HashMap<String, String> = serde_json::from_str(json).unwrap_or_default();
    parsed
        .into_iter()
        .map(|(k, v)| -> (&'static str, &'static str) {
            (Box::leak(k.into_boxed_str()), Box::leak(v.into_boxed_str()))
        })
        .collect()
}

fn catalogue(language: Language) -> Option<&'static Catalogue> {
    static LOADED: [OnceLock<Option<Catalogue>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    LOADED
        .get(usize::from(language.index()))?
        .get_or_init(|| language.catalogue_json().map(parse_catalogue))
        .as_ref()
}

/// `english` in the current language (English itself when there is no translation).
pub fn tr(english: &'static str) -> &'static str {
    test_catalogue::lookup(english)
        .or_else(|| catalogue(language()).and_then(|c| c.get(english).copied()))
        .unwrap_or(english)
}

/// `template` in the current language with each `{name}` replaced by its value, so translators
/// can move the values within the sentence: `trf("{rows} rows", &[("rows", &n)])`.
pub fn trf(template: &'static str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    fill(tr(template), values)
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
    use super::{Catalogue, parse_catalogue};
    use std::cell::RefCell;

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

    /// Runs `f` with `json` (a catalogue as in `resources/translations/`) as this thread's
    /// translations.
    pub(crate) fn with<T>(json: &str, f: impl FnOnce() -> T) -> T {
        let _restore = Restore(INSTALLED.replace(Some(parse_catalogue(json))));
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
    fn english_is_the_key_itself() {
        set_language(Language::English);
        assert_eq!(tr("Train"), "Train");
        assert_eq!(
            trf(
                "{rows} predictions in {file}",
                &[("rows", &12), ("file", &"a.csv")]
            ),
            "12 predictions in a.csv"
        );
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
    fn a_catalogue_translates_and_falls_back_to_english() {
        let catalogue = parse_catalogue(r#"{"Train": "Träna", "{n} rows": "{n} rader"}"#);
        assert_eq!(catalogue.get("Train"), Some(&"Träna"));
        assert_eq!(fill(catalogue["{n} rows"], &[("n", &3)]), "3 rader");
        assert_eq!(catalogue.get("Publish"), None);
        assert!(parse_catalogue("not json").is_empty());
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
