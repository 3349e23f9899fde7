//! What is wrong with a JSON file the app keeps (models, the list of published versions,
//! settings, mappings, policies), in words: the JSON library's own text ("EOF while parsing a
//! value at line 2 column 0") never reaches the user.

use crate::i18n::Message;

/// Why `serde_json` could not read a file, with the line where it stopped.
pub fn json_problem(error: &serde_json::Error) -> String {
    json_message(error).to_string()
}

/// [`json_problem`] kept as a message, to be put into words when shown.
pub fn json_message(error: &serde_json::Error) -> Message {
    let line = error.line();
    let column = error.column();
    match error.classify() {
        serde_json::error::Category::Eof => {
            Message::new("it ends too early, at line {line}: the file was cut short")
                .arg("line", line)
        }
        serde_json::error::Category::Syntax => {
            Message::new("it is not valid JSON at line {line}, column {column}")
                .arg("line", line)
                .arg("column", column)
        }
        serde_json::error::Category::Data => Message::new(
            "line {line} holds a value of the wrong kind, or a value the file needs is missing",
        )
        .arg("line", line),
        serde_json::error::Category::Io => Message::new("the system could not read it"),
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
