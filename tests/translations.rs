//! Every string the window shows goes through the translation layer (`i18n::tr`/`trf`), so a
//! language can be added without touching screens. This scans the sources of the screens and the
//! app for string literals (and `format!` texts) handed straight to egui's text APIs, and the
//! library for sentences built where its messages are made (error attributes, import problems
//! and actions, error constructors, `Display` impls) without going through `tr`/`trf`. A genuine
//! non-text literal (`""`, `"—"`, an id) carries the comment `// i18n: not text` on its line.

mod common;
use common::rust_files;
use std::collections::BTreeSet;
use std::path::Path;

/// Calls that show text, with the index of the argument that is the text.
const TEXT_CALLS: &[(&str, usize)] = &[
    (".label(", 0),
    (".button(", 0),
    (".heading(", 0),
    (".strong(", 0),
    (".weak(", 0),
    (".small_button(", 0),
    (".link(", 0),
    (".checkbox(", 1),
    (".radio_value(", 2),
    (".selectable_label(", 1),
    (".selectable_value(", 2),
    (".colored_label(", 1),
    (".on_hover_text(", 0),
    (".on_disabled_hover_text(", 0),
    ("RichText::new(", 0),
    (".selected_text(", 0),
    (".text(", 0),
    (".collapsing(", 0),
    ("Label::new(", 0),
    ("Button::new(", 0),
    ("Checkbox::new(", 1),
    (".hint_text(", 0),
    ("ComboBox::from_label(", 0),
    (".x_axis_label(", 0),
    (".y_axis_label(", 0),
    ("Line::new(", 0),
    ("BarChart::new(", 0),
    (".set_title(", 0),
    ("card_ui(", 1),
    ("labelled_drag(", 1),
];

const OPT_OUT: &str = "// i18n: not text";

/// `source` with the insides of comments, string and char literals replaced by spaces (same
/// byte offsets and lines), so patterns and parentheses are only found in code.
fn code_only(source: &str) -> Vec<u8> {
    let s = source.as_bytes();
    let mut out = s.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to.min(s.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'/' if s.get(i + 1) == Some(&b'/') => {
                let end = s[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(s.len(), |n| i + n);
                blank(&mut out, i, end);
                i = end;
            }
            b'/' if s.get(i + 1) == Some(&b'*') => {
                let end = source[i + 2..]
                    .find("*/")
                    .map_or(s.len(), |n| i + 2 + n + 2);
                blank(&mut out, i, end);
                i = end;
            }
            b'r' if (i == 0 || !ident(s[i - 1]))
                && matches!(s.get(i + 1), Some(b'"') | Some(b'#')) =>
            {
                let hashes = s[i + 1..].iter().take_while(|&&b| b == b'#').count();
                if s.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let open = i + 1 + hashes;
                let closing = format!("\"{}", "#".repeat(hashes));
                let end = source[open + 1..]
                    .find(&closing)
                    .map_or(s.len(), |n| open + 1 + n);
                blank(&mut out, open + 1, end);
                i = end + closing.len();
            }
            b'"' => {
                let mut j = i + 1;
                while j < s.len() && s[j] != b'"' {
                    j += if s[j] == b'\\' { 2 } else { 1 };
                }
                blank(&mut out, i + 1, j);
                i = j + 1;
            }
            b'\'' => {
                // A char literal ('x', '\n', '"'); otherwise a lifetime.
                let end = if s.get(i + 1) == Some(&b'\\') {
                    s[i + 2..]
                        .iter()
                        .position(|&b| b == b'\'')
                        .map(|n| i + 2 + n)
                } else {
                    let len = source[i + 1..].chars().next().map_or(1, char::len_utf8);
                    (s.get(i + 1 + len) == Some(&b'\'')).then_some(i + 1 + len)
                };
                match end {
                    Some(end) => {
                        blank(&mut out, i + 1, end);
                        i = end + 1;
                    }
                    None => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// The byte ranges of the arguments of the call whose `(` is at `open`.
fn arguments(code: &[u8], open: usize) -> Vec<(usize, usize)> {
    let mut args = Vec::new();
    let mut depth = 0;
    let mut start = open + 1;
    for (i, &b) in code.iter().enumerate().skip(open) {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    args.push((start, i));
                    break;
                }
            }
            b',' if depth == 1 => {
                args.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    args
}

/// Does a `format!` template have words outside its `{…}` placeholders (so it is a sentence)?
fn has_words(template: &str) -> bool {
    let mut depth = 0;
    template.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

/// Text handed to a text API without `tr`/`trf`: (line, the literal as written).
fn untranslated(source: &str) -> Vec<(usize, String)> {
    let code = code_only(source);
    let code_text = String::from_utf8_lossy(&code);
    let line_of = |at: usize| source[..at].matches('\n').count() + 1;
    let line_text = |line: usize| source.lines().nth(line - 1).unwrap_or("");
    let mut found = Vec::new();
    for &(pattern, index) in TEXT_CALLS {
        let starts_with_ident = pattern.starts_with(|c: char| c.is_alphanumeric());
        for (at, _) in code_text.match_indices(pattern) {
            let before = code_text[..at].chars().next_back();
            if starts_with_ident && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let open = at + pattern.len() - 1;
            let Some(&(from, to)) = arguments(&code, open).get(index) else {
                continue;
            };
            let arg = source[from..to].trim().trim_start_matches('&');
            let literal_at = to - source[from..to].trim_start().len();
            let text = if arg.starts_with('"') || arg.starts_with("r\"") || arg.starts_with("r#") {
                Some(arg)
            } else if let Some(inner) = arg.strip_prefix("format!(") {
                let template = inner.trim_start();
                has_words(template.split('"').nth(1).unwrap_or("")).then_some(arg)
            } else {
                None
            };
            if let Some(text) = text {
                let line = line_of(literal_at);
                if line_text(line).contains(OPT_OUT) || line_text(line_of(at)).contains(OPT_OUT) {
                    continue;
                }
                let first_line = text.lines().next().unwrap_or("");
                found.push((line, first_line.to_string()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn screens_and_app_show_no_untranslated_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    let mut scanned = 0;
    for dir in ["src/ui", "src/app"] {
        for file in rust_files(&root.join(dir)) {
            let source = std::fs::read_to_string(&file).unwrap();
            scanned += 1;
            let name = file
                .strip_prefix(root)
                .unwrap_or(&file)
                .display()
                .to_string();
            for (line, literal) in untranslated(&source) {
                problems.push(format!("{name}:{line}: {literal}"));
            }
        }
    }
    assert!(scanned >= 10, "only {scanned} source files found");
    assert!(
        problems.is_empty(),
        "Visible text not wrapped in tr(\"…\")/trf(\"…\", …) (mark genuine non-text with \
         `{OPT_OUT}`):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scan_finds_bare_literals_and_respects_wrapping_and_the_opt_out() {
    let source = r##"
fn screen_ui(ui: &mut egui::Ui) {
    ui.label("Bare");
    ui.label(tr("Wrapped"));
    ui.checkbox(
        &mut on,
        "Wrapped by rustfmt onto its own line",
    );
    ui.checkbox(&mut on, tr("Fine"));
    ui.label(format!("{} of {} rows", a, b));
    ui.label(format!("{a} {b}"));
    ui.label(trf("{rows} rows", &[("rows", &n)]));
    ui.label(""); // i18n: not text
    ui.label(name);
    // ui.label("in a comment");
    let s = "ui.label(\"inside a string\")";
    ui.add(egui::Button::new(r#"Raw"#));
    ui.radio_value(&mut x, Some('('), "Char paren");
    card_ui(ui, "Card", &value, None);
    discard_ui(ui, "not a text call");
    ui.strong(&"Borrowed".to_string());
}
"##;
    let found: Vec<(usize, String)> = untranslated(source);
    let expected = vec![
        (3, "\"Bare\"".to_string()),
        (7, "\"Wrapped by rustfmt onto its own line\"".to_string()),
        (10, "format!(\"{} of {} rows\", a, b)".to_string()),
        (17, "r#\"Raw\"#".to_string()),
        (18, "\"Char paren\"".to_string()),
        (19, "\"Card\"".to_string()),
        (21, "\"Borrowed\".to_string()".to_string()),
    ];
    assert_eq!(found, expected);
}

/// Calls and attributes whose arguments are a message for the user: error attributes, import
/// report lines, the stages of long jobs (shown under the progress bar) and what-if warnings.
const MESSAGE_CALLS: &[&str] = &[
    "#[error(",
    "report.push(",
    "store_err(",
    "Progress::new(",
    "warnings.push(",
];
/// `Display` impls: what they write is what the user reads (`{error:#}`, the report table).
const DISPLAY_IMPLS: &[&str] = &[
    "impl fmt::Display for ",
    "impl std::fmt::Display for ",
    "impl Display for ",
];
/// Enums whose variants carry text for the user, besides every `…Error` enum.
const MESSAGE_ENUMS: &[&str] = &["Problem", "Action", "Comparison"];
/// Structs whose fields are text for the user (the what-if result carries its formula).
const MESSAGE_STRUCTS: &[&str] = &["FileSummary", "WhatIf"];

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The identifier that ends just before `end`.
fn ident_before(code: &str, end: usize) -> &str {
    let bytes = code.as_bytes();
    let start = (0..end)
        .rev()
        .take_while(|&i| is_ident(bytes[i]))
        .last()
        .unwrap_or(end);
    &code[start..end]
}

/// The identifier that starts at `start`.
fn ident_after(code: &str, start: usize) -> &str {
    let len = code.as_bytes()[start..]
        .iter()
        .take_while(|&&b| is_ident(b))
        .count();
    &code[start..start + len]
}

/// The index of the bracket that closes the one at `open` (the end of `code` if none does).
fn closing(code: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, &b) in code.iter().enumerate().skip(open) {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// The index of the first non-blank byte from `from` on.
fn skip_blank(code: &[u8], from: usize) -> usize {
    from + code[from..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count()
}

/// The byte ranges (bracket to bracket) where `code` builds a message for the user.
fn message_spans(code: &str) -> Vec<(usize, usize)> {
    let bytes = code.as_bytes();
    let mut spans = Vec::new();
    for pattern in MESSAGE_CALLS {
        for (at, _) in code.match_indices(pattern) {
            if is_ident(pattern.as_bytes()[0]) && at > 0 && is_ident(bytes[at - 1]) {
                continue;
            }
            let Some(paren) = pattern.find('(') else {
                continue;
            };
            spans.push((at + paren, closing(bytes, at + paren)));
        }
    }
    for pattern in DISPLAY_IMPLS {
        for (at, _) in code.match_indices(pattern) {
            if let Some(brace) = code[at..].find('{') {
                spans.push((at + brace, closing(bytes, at + brace)));
            }
        }
    }
    // `SomeError::Variant(…)` / `Problem::Variant { … }`, in code and in patterns alike.
    for (at, _) in code.match_indices("::") {
        let kind = ident_before(code, at);
        if !(kind.ends_with("Error") || MESSAGE_ENUMS.contains(&kind)) {
            continue;
        }
        let variant = ident_after(code, at + 2);
        if variant.is_empty() {
            continue;
        }
        let open = skip_blank(bytes, at + 2 + variant.len());
        if matches!(bytes.get(open), Some(b'(' | b'{')) {
            spans.push((open, closing(bytes, open)));
        }
    }
    for name in MESSAGE_STRUCTS {
        for (at, _) in code.match_indices(name) {
            if at > 0 && is_ident(bytes[at - 1]) || is_ident(bytes[at + name.len()]) {
                continue;
            }
            // A struct literal, not `-> FileSummary {` (a function body) or a definition.
            let before = code[..at].trim_end();
            if ["->", "struct", "for"].iter().any(|w| before.ends_with(w)) {
                continue;
            }
            let open = skip_blank(bytes, at + name.len());
            if bytes.get(open) == Some(&b'{') {
                spans.push((open, closing(bytes, open)));
            }
        }
    }
    spans
}

/// Does a literal (as written, escapes included) have words outside its `{…}` placeholders?
fn literal_has_words(written: &str) -> bool {
    let mut plain = String::with_capacity(written.len());
    let mut chars = written.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
            plain.push(' ');
        } else {
            plain.push(c);
        }
    }
    has_words(&plain)
}

/// Is the literal starting at `start` (its `r`, `b` or opening quote) the first argument of
/// `tr(`/`trf(`?
fn is_translated(code: &str, start: usize) -> bool {
    let bytes = code.as_bytes();
    let mut i = start;
    while i > 0 && bytes[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    if i == 0 || bytes[i - 1] != b'(' {
        return false;
    }
    let mut end = i - 1;
    while end > 0 && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    match ident_before(code, end) {
        "tr" | "trf" | "key" => true,
        // `Message::new("…")`: the extractor lists its template like a `tr` text.
        "new" => code[..end - "new".len()].ends_with("Message::"),
        _ => false,
    }
}

/// The byte ranges of the values of each `trf(template, values)` call.
fn trf_values(code: &str) -> Vec<(usize, usize)> {
    let bytes = code.as_bytes();
    code.match_indices("trf(")
        .filter(|&(at, _)| at == 0 || !is_ident(bytes[at - 1]))
        .filter_map(|(at, _)| arguments(bytes, at + 3).get(1).copied())
        .collect()
}

/// Is the literal starting at `start` a placeholder name, `("name", &value)` in a `trf` call's
/// values?
fn is_placeholder_name(code: &str, start: usize, written: &str, values: &[(usize, usize)]) -> bool {
    let bytes = code.as_bytes();
    let mut i = start;
    while i > 0 && bytes[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    !written.is_empty()
        && written.bytes().all(is_ident)
        && i > 0
        && bytes[i - 1] == b'('
        && values.iter().any(|&(from, to)| from <= start && start < to)
}

/// Is the literal starting at `start` a placeholder name, `.arg("name", value)` on a
/// `Message`?
fn is_message_arg_name(code: &str, start: usize, written: &str) -> bool {
    let bytes = code.as_bytes();
    let mut i = start;
    while i > 0 && bytes[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    if written.is_empty() || !written.bytes().all(is_ident) || i == 0 || bytes[i - 1] != b'(' {
        return false;
    }
    let mut end = i - 1;
    while end > 0 && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    ident_before(code, end) == "arg" && code[..end - "arg".len()].trim_end().ends_with('.')
}

/// Where the file's test module (`#[cfg(test)] mod …`, at the end by convention) starts.
fn test_module_start(code: &str) -> usize {
    code.match_indices("#[cfg(test)]")
        .find(|(at, attribute)| {
            code[at + attribute.len()..]
                .trim_start()
                .starts_with("mod ")
        })
        .map_or(code.len(), |(at, _)| at)
}

/// Sentences in the library's messages that bypass `tr`/`trf`: (line, the literal as written).
/// The test module is left out.
fn untranslated_messages(source: &str) -> Vec<(usize, String)> {
    let code = code_only(source);
    let code_text = String::from_utf8_lossy(&code).into_owned();
    let code_text = &code_text[..test_module_start(&code_text)];
    let values = trf_values(code_text);
    let line_of = |at: usize| source[..at].matches('\n').count() + 1;
    let line_text = |line: usize| source.lines().nth(line - 1).unwrap_or("");
    let mut literals = BTreeSet::new();
    for (from, to) in message_spans(code_text) {
        let mut i = from;
        while i < to.min(code_text.len()) {
            if code[i] != b'"' {
                i += 1;
                continue;
            }
            // Contents are blanked in `code`, so the next quote closes this literal.
            let Some(length) = code[i + 1..].iter().position(|&b| b == b'"') else {
                break;
            };
            let close = i + 1 + length;
            let mut start = i;
            while start > 0 && code[start - 1] == b'#' {
                start -= 1;
            }
            if start > 0 && matches!(code[start - 1], b'r' | b'b') {
                start -= 1;
            }
            literals.insert((start, i + 1, close));
            i = close + 1;
        }
    }
    let mut found = Vec::new();
    for (start, from, to) in literals {
        let written = &source[from..to];
        if !literal_has_words(written)
            || is_translated(code_text, start)
            || is_placeholder_name(code_text, start, written, &values)
            || is_message_arg_name(code_text, start, written)
        {
            continue;
        }
        let line = line_of(from);
        if line_text(line).contains(OPT_OUT) {
            continue;
        }
        let end = source[to..]
            .find(|c: char| c != '"' && c != '#')
            .map_or(source.len(), |n| to + n);
        let literal = &source[start..end];
        found.push((line, literal.lines().next().unwrap_or("").to_string()));
    }
    found
}

#[test]
fn library_messages_are_translated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    let mut scanned = 0;
    let mut spans = 0;
    // The CLI (src/bin) speaks English only and is left out.
    for dir in ["src", "crates/core/src"] {
        for file in rust_files(&root.join(dir)) {
            let source = std::fs::read_to_string(&file).unwrap();
            scanned += 1;
            spans += message_spans(&String::from_utf8_lossy(&code_only(&source))).len();
            let name = file
                .strip_prefix(root)
                .unwrap_or(&file)
                .display()
                .to_string();
            for (line, literal) in untranslated_messages(&source) {
                problems.push(format!("{name}:{line}: {literal}"));
            }
        }
    }
    assert!(scanned >= 30, "only {scanned} source files found");
    // The import report, the error enums and their constructors: far more than this, so a
    // scan that stops finding them fails here instead of passing on nothing.
    assert!(spans >= 100, "only {spans} message sites found");
    assert!(
        problems.is_empty(),
        "Message text not wrapped in tr(\"…\")/trf(\"…\", …) (mark genuine non-text with \
         `{OPT_OUT}`):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_message_scan_finds_bare_sentences_and_respects_tr() {
    let source = r##"
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{file} is empty.")]
    Empty { file: String },
    #[error("{}", trf("{file} has no rows.", &[("file", &.file)]))]
    NoRows { file: String },
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Other(String),
    #[error(
        "{}",
        tr("Cancelled.")
    )]
    Cancelled,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Action::RowSkipped => "row skipped".to_string(),
            Action::Repaired(how) => trf("value repaired: {how}", &[("how", how)]),
            Action::Kept => tr( "kept as it is" ).to_string(),
            Action::Cleared => r#"value left empty"#.to_string(),
            Action::Other => "UTF-8".into(), // i18n: not text
        })
    }
}

fn add(report: &mut ImportReport, column: usize, expected: usize, e: &str) {
    let note = "not a sink, not checked";
    report.push(
        file,
        None,
        Some(&format!("column {column}")),
        None,
        Problem::ImpossibleValue { reason: "must be positive".into() },
        Action::Repaired(format!("values after column {expected} ignored")),
    );
    report.push(file, None, Some(&trf("column {column}", &[("column", &column)])), None,
        Problem::ImpossibleValue { reason: tr("must be positive").into() }, Action::Cleared);
    let err = ModelError::Store { file: path.clone(), problem: "cannot write".to_string() };
    let fine = ModelError::Store { file: path.clone(), problem: e.to_string() };
    let list = names.join(", ");
    // report.push("in a comment")
}

#[cfg(test)]
fn only_in_tests() {}

fn summary(d: &Dialect) -> FileSummary {
    let key = "a function body, not a message";
    FileSummary { format: format!("CSV, {d}"), role: role.label().to_string() }
}

fn stages(progress: &dyn Fn(Progress), file: &str, warnings: &mut Vec<String>) {
    progress(Progress::new("Reading files", 0.0));
    progress(Progress::new(tr("Done"), 1.0));
    progress(Progress::new(&format!("Checking {file}"), 0.5));
    progress(Progress::new(&trf("Checking {file}", &[("file", &file)]), 0.5));
    warnings.push(format!("{file} is outside the range."));
    warnings.push(trf("{file} is outside the range.", &[("file", &file)]));
    let w = WhatIf { formula: format!("cost = amount × {file}"), warnings: vec![] };
    let fine = WhatIf { formula: trf("cost = amount × {file}", &[("file", &file)]), warnings };
    progress(Progress::new(Message::new("Checking {file}").arg("file", file), 0.5));
    warnings.push(Message::verbatim("a sentence nobody translates"));
    warnings.push(Message::new("No open invoice matches."));
}

#[cfg(test)]
mod tests {
    fn t() { let e = ModelError::Solver("test text".into()); }
}
"##;
    let found = untranslated_messages(source);
    let expected = vec![
        (4, "\"{file} is empty.\"".to_string()),
        (22, "\"row skipped\"".to_string()),
        (25, "r#\"value left empty\"#".to_string()),
        (36, "\"column {column}\"".to_string()),
        (38, "\"must be positive\"".to_string()),
        (39, "\"values after column {expected} ignored\"".to_string()),
        (43, "\"cannot write\"".to_string()),
        (54, "\"CSV, {d}\"".to_string()),
        (58, "\"Reading files\"".to_string()),
        (60, "\"Checking {file}\"".to_string()),
        (62, "\"{file} is outside the range.\"".to_string()),
        (64, "\"cost = amount × {file}\"".to_string()),
        (67, "\"a sentence nobody translates\"".to_string()),
    ];
    assert_eq!(found, expected);
}
