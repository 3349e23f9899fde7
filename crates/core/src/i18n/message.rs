//! A text for the user kept as its English template and its values until it is shown: the
//! library returns a [`Message`] (a progress stage, a what-if warning, a notice) and the window
//! puts it into words when it draws it, in the language of that moment. A change of language
//! then reaches texts made before it without redoing the work that made them.
//!
//! A literal template given to `Message::new` is marked for translation as a `tr` text is: the
//! extractor lists it in `en.ftl`.

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::{Language, language, translate, trf};
use crate::data::format;

/// A value in a message, formatted in the language the message is shown in.
#[derive(Clone)]
pub enum Arg {
    /// Shown as it is: a name, a file, a path, an invoice number.
    Text(String),
    /// A whole number as it is (plural forms choose by it): a version, a few days.
    Whole(i64),
    /// A count with the language's thousands mark: `1,900` / `1 900` / `1.900`.
    Count(usize),
    /// A decimal number with this many decimals, in the language's marks.
    Decimal(f64, usize),
    /// A measured value as briefly as it reads exactly enough: at most two decimals, no
    /// trailing zeros, thousands marks from 10,000 (a range learned in training).
    Number(f64),
    /// An amount with two decimals and thousands marks.
    Money(f64),
    /// A share (0..=1) as a whole percentage with the language's sign.
    Percent(f64),
    /// A day in the language's date format.
    Date(NaiveDate),
    /// Another message (a fixed term such as "cash discount", a job's name), translated on its
    /// own.
    Message(Message),
    /// Messages listed with commas (the jobs a new import stopped).
    List(Vec<Message>),
    /// A value that puts itself into words when shown: an error of the library, whose
    /// `Display` speaks the language of the moment.
    Shown(Arc<dyn fmt::Display + Send + Sync>),
}

impl Arg {
    /// An error (or other value) kept as it is and put into words when shown.
    pub fn shown(value: impl fmt::Display + Send + Sync + 'static) -> Arg {
        Arg::Shown(Arc::new(value))
    }
}

impl fmt::Debug for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(text) => write!(f, "Text({text:?})"),
            Arg::Whole(n) => write!(f, "Whole({n})"),
            Arg::Count(n) => write!(f, "Count({n})"),
            Arg::Decimal(value, places) => write!(f, "Decimal({value}, {places})"),
            Arg::Number(value) => write!(f, "Number({value})"),
            Arg::Money(amount) => write!(f, "Money({amount})"),
            Arg::Percent(share) => write!(f, "Percent({share})"),
            Arg::Date(day) => write!(f, "Date({day})"),
            Arg::Message(message) => write!(f, "Message({message:?})"),
            Arg::List(messages) => write!(f, "List({messages:?})"),
            Arg::Shown(value) => write!(f, "Shown({value})"),
        }
    }
}

impl Arg {
    fn render(&self, language: Language) -> String {
        match self {
            Arg::Text(text) => text.clone(),
            Arg::Whole(n) => n.to_string(),
            Arg::Count(n) => format::count_in(language, *n),
            Arg::Decimal(value, places) => format::decimal_in(language, *value, *places),
            Arg::Number(value) => format::brief_in(language, *value),
            Arg::Money(amount) => format::money_in(language, *amount),
            Arg::Percent(share) => format::percent_in(language, *share),
            Arg::Date(day) => format::date_in(language, *day),
            Arg::Message(message) => message.render_in(language),
            Arg::List(messages) => messages
                .iter()
                .map(|m| m.render_in(language))
                .collect::<Vec<_>>()
                .join(", "),
            // The value speaks the language in use: a message shown in another language (a
            // test) shows it in that one.
            Arg::Shown(value) => format!("{value:#}"),
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(message)
    }
}

macro_rules! whole_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Whole(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
whole_args!(i32, i64, u32, u64, usize);

/// An English template (the key of its translations) with its values.
#[derive(Clone, Debug)]
pub struct Message {
    template: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// The template of a text that is shown as it is (see [`Message::verbatim`]).
const VERBATIM: &str = "{text}";

impl Message {
    /// The message `template` (English, with `{name}` placeholders filled by [`Message::arg`]).
    pub fn new(template: &'static str) -> Message {
        Message {
            template,
            args: Vec::new(),
        }
    }

    /// A text that has no translation: an operating system's own words, a text a file holds.
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message::new(VERBATIM).arg("text", Arg::Text(text.into()))
    }

    /// A value that puts itself into words when shown (an error kept as it is).
    pub fn shown(value: impl fmt::Display + Send + Sync + 'static) -> Message {
        Message::new(VERBATIM).arg("text", Arg::shown(value))
    }

    /// The value of the placeholder `{name}`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The English template, the key its translations are found by.
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// The message in `language`.
    pub fn render_in(&self, language: Language) -> String {
        let values = self.values(language);
        let values: Vec<(&str, &dyn fmt::Display)> = values
            .iter()
            .map(|(name, value)| (*name, value as &dyn fmt::Display))
            .collect();
        translate(language, self.template, &values)
    }

    fn values(&self, language: Language) -> Vec<(&'static str, String)> {
        self.args
            .iter()
            .map(|(name, value)| (*name, value.render(language)))
            .collect()
    }
}

/// The message in the current language.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let values = self.values(language());
        let values: Vec<(&str, &dyn fmt::Display)> = values
            .iter()
            .map(|(name, value)| (*name, value as &dyn fmt::Display))
            .collect();
        f.write_str(&trf(self.template, &values))
    }
}

/// Two messages are equal when they say the same in English (a report built from a template
/// equals one a test writes out).
impl PartialEq for Message {
    fn eq(&self, other: &Message) -> bool {
        self.render_in(Language::English) == other.render_in(Language::English)
    }
}

/// A message equals a text when it says that text in the current language (tests compare a
/// report's messages with the words a user reads).
impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.to_string().as_str() == *other
    }
}

/// Written out as the text it says in the current language (the CLI's JSON is English).
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_take_the_marks_of_the_language_the_message_is_shown_in() {
        let exported = Message::new("Exported {rows} predictions to {path}.")
            .arg("rows", Arg::Count(12_500))
            .arg("path", "/tmp/out.csv");
        assert_eq!(
            exported.render_in(Language::English),
            "Exported 12,500 predictions to /tmp/out.csv."
        );
        assert!(
            exported
                .render_in(Language::Swedish)
                .contains("12\u{a0}500")
        );
        assert!(exported.render_in(Language::Dutch).contains("12.500"));
        let outside = Message::new(
            "{name} = {v} is outside the range seen in training ({lo}–{hi}); the effect is an extrapolation.",
        )
        .arg("name", Message::new("Cash discount (%)"))
        .arg("v", Arg::Number(7.5))
        .arg("lo", Arg::Number(0.0))
        .arg("hi", Arg::Number(2.5));
        let dutch = outside.render_in(Language::Dutch);
        assert!(dutch.contains("7,5") && dutch.contains("2,5"), "{dutch}");
        assert!(
            dutch.contains(&Message::new("Cash discount (%)").render_in(Language::Dutch)),
            "{dutch}"
        );
        assert!(outside.render_in(Language::English).contains("(0–2.5)"));
    }

    #[test]
    fn a_measured_value_is_brief_in_every_language() {
        let shown = |language, value: f64| Arg::Number(value).render(language);
        assert_eq!(shown(Language::English, 2.5), "2.5");
        assert_eq!(shown(Language::Swedish, 2.5), "2,5");
        assert_eq!(shown(Language::Dutch, 30.0), "30");
        assert_eq!(shown(Language::English, 0.333_333), "0.33");
        assert_eq!(shown(Language::English, -1.05), "-1.05");
        assert_eq!(shown(Language::English, 250_000.0), "250,000");
        assert_eq!(shown(Language::Dutch, 250_000.0), "250.000");
    }

    #[test]
    fn a_nested_message_and_a_known_template_are_translated() {
        let message = Message::new("Done");
        assert_eq!(message.render_in(Language::English), "Done");
        assert_ne!(message.render_in(Language::Swedish), "Done");
        assert_ne!(message.render_in(Language::Dutch), "Done");
        let outer = Message::new("{what} was cancelled; nothing was changed.")
            .arg("what", Message::new("Training"));
        let dutch = outer.render_in(Language::Dutch);
        assert!(!dutch.contains("Training"), "{dutch}");
        assert!(dutch.contains(&Message::new("Training").render_in(Language::Dutch)));
    }

    #[test]
    fn a_verbatim_text_is_shown_as_it_is_in_every_language() {
        let message = Message::verbatim("Permission denied (os error 13)");
        for language in Language::ALL {
            assert_eq!(
                message.render_in(language),
                "Permission denied (os error 13)"
            );
        }
        assert_eq!(message.to_string(), "Permission denied (os error 13)");
    }
}
