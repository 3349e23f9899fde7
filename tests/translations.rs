//! Every string the window shows goes through the translation layer (`i18n::tr`/`trf`), so a
//! language can be added without touching screens. This scans the sources of the screens and the
//! app for string literals (and `format!` texts) handed straight to egui's text APIs. A genuine
//! non-text literal (`""`, `"—"`, an id) carries the comment `// i18n: not text` on its line.

use std::path::{Path, PathBuf};

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

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .path()
        })
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
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
