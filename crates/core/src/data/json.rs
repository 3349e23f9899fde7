//! What is wrong with a JSON file the app keeps (models, the list of published versions,
//! settings, mappings, policies), in words: the JSON library's own text ("EOF while parsing a
//! value at line 2 column 0") never reaches the user.

use crate::i18n::{tr, trf};

/// Why `serde_json` could not read a file, with the line where it stopped.
pub fn json_problem(error: &serde_json::Error) -> String {
    let line = error.line();
    let column = error.column();
    match error.classify() {
        serde_json::error::Category::Eof => trf(
            "it ends too early, at line {line}: the file was cut short",
            &[("line", &line)],
        ),
        serde_json::error::Category::Syntax => trf(
            "it is not valid JSON at line {line}, column {column}",
            &[("line", &line), ("column", &column)],
        ),
        serde_json::error::Category::Data => trf(
            "line {line} holds a value of the wrong kind, or a value the file needs is missing",
            &[("line", &line)],
        ),
        serde_json::error::Category::Io => tr("the system could not read it").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> String {
        let error = serde_json::from_str::<Vec<u32>>(text).err();
        error.map(|e| json_problem(&e)).unwrap_or_default()
    }

    #[test]
    fn each_kind_of_damage_is_told_with_its_line() {
        assert_eq!(
            problem("[1,\n"),
            "it ends too early, at line 2: the file was cut short"
        );
        assert_eq!(
            problem("[1,\n 2 x]"),
            "it is not valid JSON at line 2, column 4"
        );
        assert_eq!(
            problem("[1,\n \"two\"]"),
            "line 2 holds a value of the wrong kind, or a value the file needs is missing"
        );
    }
}
