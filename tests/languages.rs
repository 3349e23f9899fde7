//! The languages: `resources/translations/en.ftl` holds exactly the texts the source shows (each
//! under its `# key:`), and Swedish and Dutch have every one of its messages with the same
//! placeholders, none left over, plural forms that follow the count, and numbers in their own
//! marks.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::rust_files;
use fluent_syntax::ast;
use payment_insights::i18n::{Language, translate};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn ftl(language: &str) -> String {
    std::fs::read_to_string(root().join(format!("resources/translations/{language}.ftl")))
        .unwrap_or_else(|e| panic!("{language}.ftl: {e}"))
}

/// The Rust string literal starting at `text[0] == '"'`, unescaped (`\"`, `\\`, `\n`, `\u{..}`
/// and a line continuation), or `None` when it is not one.
fn string_literal(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()?.1 {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                'n' => out.push('\n'),
                't' => out.push('\t'),
                '\'' => out.push('\''),
                'u' => {
                    let mut hex = String::new();
                    for (_, h) in chars.by_ref() {
                        match h {
                            '{' => {}
                            '}' => break,
                            h => hex.push(h),
                        }
                    }
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                '\n' => {
                    while chars.peek().is_some_and(|(_, w)| w.is_whitespace()) {
                        chars.next();
                    }
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    None
}

/// Every text the window looks up: the first literal of each `tr(` and `trf(` call, and each
/// text marked `key(` or made a `Message::new(` to be looked up later.
fn source_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for dir in ["src", "crates/core/src"] {
        for file in rust_files(&root().join(dir)) {
            let source = std::fs::read_to_string(&file).unwrap();
            for call in ["tr(", "trf(", "key(", "Message::new("] {
                for (at, _) in source.match_indices(call) {
                    let before = source[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = source[at + call.len()..].trim_start();
                    if rest.starts_with('"')
                        && let Some(key) = string_literal(rest)
                    {
                        keys.insert(key);
                    }
                }
            }
        }
    }
    keys
}

/// `# key:` of en.ftl → its message id.
fn en_keys() -> BTreeMap<String, String> {
    let text = ftl("en");
    let mut keys = BTreeMap::new();
    let mut key: Option<&str> = None;
    for line in text.lines() {
        if let Some(k) = line.strip_prefix("# key: ") {
            key = Some(k);
        } else if let Some(k) = key.take()
            && let Some((id, _)) = line.split_once(" =")
        {
            keys.insert(k.to_string(), id.to_string());
        }
    }
    keys
}

/// Each message of an ftl text with the variables it uses; and the problems found (a message
/// the parser cannot read, a choice without a default).
fn messages(text: &str) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            let problems = errors
                .iter()
                .map(|e| format!("unreadable: {e:?}"))
                .collect();
            return (variables_of(&resource).0, problems);
        }
    };
    variables_of(&resource)
}

fn variables_of(
    resource: &ast::Resource<&str>,
) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut names = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut names, &mut problems);
                }
                out.insert(message.id.name.to_string(), names);
            }
            ast::Entry::Junk { content } => problems.push(format!("unreadable: {content}")),
            _ => {}
        }
    }
    (out, problems)
}

fn pattern_variables(
    pattern: &ast::Pattern<&str>,
    names: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, names, problems);
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&str>,
    names: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, names, problems),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, names, problems);
            if !variants.iter().any(|v| v.default) {
                problems.push("a choice without a default (*[other])".to_string());
            }
            for variant in variants {
                pattern_variables(&variant.value, names, problems);
            }
        }
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    names: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, names, problems);
        }
        _ => {}
    }
}

/// How `translation` differs from `english`: missing and extra messages, changed placeholders,
/// unreadable text.
fn differences(english: &str, translation: &str) -> Vec<String> {
    let (en, mut problems) = messages(english);
    let (other, other_problems) = messages(translation);
    problems.extend(other_problems);
    for (id, names) in &en {
        match other.get(id) {
            None => problems.push(format!("missing: {id}")),
            Some(theirs) if theirs != names => problems.push(format!(
                "placeholders of {id}: English {names:?}, translation {theirs:?}"
            )),
            Some(_) => {}
        }
    }
    for id in other.keys().filter(|id| !en.contains_key(*id)) {
        problems.push(format!("no longer used: {id}"));
    }
    problems
}

#[test]
fn en_ftl_holds_exactly_the_texts_the_source_shows() {
    let source = source_keys();
    let keys = en_keys();
    assert!(source.len() > 600, "only {} texts found", source.len());
    let missing: Vec<&String> = source.iter().filter(|k| !keys.contains_key(*k)).collect();
    let unused: Vec<&String> = keys.keys().filter(|k| !source.contains(*k)).collect();
    assert!(
        missing.is_empty() && unused.is_empty(),
        "en.ftl is out of date: run `python3 resources/translations/extract_messages.py`.\n\
         Texts without a message: {missing:#?}\nMessages no text uses: {unused:#?}"
    );
    // Each key's message exists, and uses the placeholders its English text has.
    let (english, problems) = messages(&ftl("en"));
    assert!(problems.is_empty(), "{problems:#?}");
    for (key, id) in &keys {
        let names = english
            .get(id)
            .unwrap_or_else(|| panic!("no message {id} for {key:?}"));
        let written: BTreeSet<String> = key
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
            .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .collect();
        assert_eq!(names, &written, "placeholders of {id} ({key:?})");
    }
}

#[test]
fn swedish_and_dutch_have_every_message_with_the_same_placeholders() {
    let english = ftl("en");
    for language in ["sv", "nl"] {
        let problems = differences(&english, &ftl(language));
        assert!(problems.is_empty(), "{language}.ftl: {problems:#?}");
    }
}

#[test]
fn the_comparison_finds_a_missing_message_a_renamed_placeholder_and_a_leftover() {
    let english =
        "a = One { $rows } row\nb = Two\nc = { $n ->\n    [one] one\n   *[other] { $n } many\n}\n";
    assert!(differences(english, english).is_empty());
    let broken =
        "a = En { $rader } rad\nc = { $n ->\n    [one] en\n   *[other] { $n } många\n}\nd = Kvar\n";
    let problems = differences(english, broken);
    assert!(
        problems.iter().any(|p| p.starts_with("placeholders of a")),
        "{problems:?}"
    );
    assert!(problems.contains(&"missing: b".to_string()), "{problems:?}");
    assert!(
        problems.contains(&"no longer used: d".to_string()),
        "{problems:?}"
    );
    let no_default = "a = { $rows ->\n    [one] one\n    [other] many\n}\nb = Two\nc = C { $n }\n";
    assert!(
        differences(english, no_default)
            .iter()
            .any(|p| p.contains("default") || p.contains("unreadable")),
        "a choice without a default passed"
    );
}

#[test]
fn plural_forms_follow_the_count_in_every_language() {
    let key = "Check the mapping of {files} file(s), then import";
    let one = |language| translate(language, key, &[("files", &1)]);
    let three = |language| translate(language, key, &[("files", &3)]);
    assert_eq!(
        one(Language::English),
        "Check the mapping of the file, then import"
    );
    assert_eq!(
        three(Language::English),
        "Check the mapping of 3 files, then import"
    );
    for language in [Language::Swedish, Language::Dutch] {
        assert_ne!(
            one(language),
            three(language).replace('3', "1"),
            "{language:?}"
        );
        for text in [one(language), three(language)] {
            assert!(
                !text.contains("(s)") && !text.contains('{'),
                "{language:?}: {text}"
            );
        }
    }
    assert!(
        three(Language::Swedish).contains("3 filer"),
        "{}",
        three(Language::Swedish)
    );
    assert!(
        three(Language::Dutch).contains("3 bestanden"),
        "{}",
        three(Language::Dutch)
    );
}

#[test]
fn the_domain_terms_are_the_established_ones() {
    let plain = |language, key| translate(language, key, &[]);
    for (key, swedish, dutch) in [("On time", "I tid", "Op tijd"), ("Late", "Sent", "Te laat")] {
        assert_eq!(plain(Language::Swedish, key), swedish);
        assert_eq!(plain(Language::Dutch, key), dutch);
    }
    let very_late = |language| translate(language, "Very late (> {n} days)", &[("n", &30)]);
    assert!(very_late(Language::Swedish).starts_with("Mycket sent"));
    assert!(very_late(Language::Dutch).starts_with("Zeer laat"));
    let due = |language| plain(language, "Due date").to_lowercase();
    assert!(due(Language::Swedish).contains("förfallodatum"));
    assert!(due(Language::Dutch).contains("vervaldatum"));
    let discount = |language| plain(language, "Offer a cash discount").to_lowercase();
    assert!(discount(Language::Swedish).contains("kassarabatt"));
    assert!(discount(Language::Dutch).contains("contantkorting"));
    let flag = |language| plain(language, "Flag for collections when P(on time) is below");
    assert!(flag(Language::Swedish).to_lowercase().contains("inkasso"));
    assert!(flag(Language::Dutch).to_lowercase().contains("incasso"));
}
