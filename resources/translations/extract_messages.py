#!/usr/bin/env python3
"""Writes resources/translations/en.ftl: every text the window shows, as Fluent messages.

The English text in the source (`tr("...")`, `trf("...", ...)`, `key("...")`,
`Message::new("...")`) is the key the code looks a
message up by; each gets a stable Fluent id made from its first words (and a short hash when two
texts would get the same id). Run it from the repository's root after adding or changing texts;
`cargo test --test translations` fails until en.ftl matches the source, and until every other
language has every message of en.ftl with the same placeholders.

Messages already in en.ftl keep their English (which may use Fluent plural selectors) when the
key is unchanged, so hand-written plurals survive a rerun.
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "src" / "ui", ROOT / "src" / "app", ROOT / "crates" / "core" / "src"]
CALL = re.compile(r'\b(?:trf?|key|Message::new)\(\s*"((?:[^"\\]|\\.)*)"', re.S)


def keys():
    found = set()
    for base in SOURCES:
        for path in sorted(base.rglob("*.rs")):
            if "bin" in path.relative_to(ROOT).parts:
                continue
            text = path.read_text(encoding="utf-8")
            for m in CALL.finditer(text):
                raw = re.sub(r"\\\n\s*", "", m.group(1))
                found.add(bytes(raw, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8"))
    return sorted(found)


def slug(key):
    words = re.findall(r"[a-z0-9]+", key.lower().replace("'", ""))
    return "-".join(words[:6]) or "text"


def short_hash(key):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]


def ftl_value(key):
    """The English text as a Fluent pattern: `{name}` becomes `{ $name }`; spaces at either end
    are kept as string literals (Fluent trims them otherwise)."""
    out = re.sub(r"\{([a-z_][a-z0-9_]*)\}", r"{ $\1 }", key)
    lead = len(out) - len(out.lstrip(" "))
    trail = len(out) - len(out.rstrip(" "))
    core = out.strip(" ")
    if core and core[0] in "[*.":
        core = '{ "' + core[0] + '" }' + core[1:]
    return '{ " " }' * lead + core + '{ " " }' * trail


def existing(path):
    """id -> (key comment, value lines) of an ftl file written by this script."""
    messages = {}
    if not path.exists():
        return messages
    key = None
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# key: "):
            key = line[len("# key: "):]
        elif re.match(r"^[a-z][a-z0-9-]* =", line) and key is not None:
            ident = line.split(" =", 1)[0]
            value = [line]
            while i + 1 < len(lines) and lines[i + 1].startswith(" "):
                i += 1
                value.append(lines[i])
            messages[key] = (ident, "\n".join(value))
            key = None
        i += 1
    return messages


def main():
    target = ROOT / "resources" / "translations" / "en.ftl"
    old = existing(target)
    ks = keys()
    slugs = {}
    for k in ks:
        slugs.setdefault(slug(k), []).append(k)
    out = [
        "# Payment Insights in English: the source every translation follows.",
        "# Written by extract_messages.py from the texts in the source code; each message's",
        "# `# key:` line is the English text the code looks it up by (do not change it). The",
        "# message itself may be reworded, and may use plural selectors.",
        "",
    ]
    for k in ks:
        s = slug(k)
        ident = s if len(slugs[s]) == 1 else f"{s}-{short_hash(k)}"
        if ident[0].isdigit():
            ident = "n" + ident
        out.append(f"# key: {k}")
        if k in old and old[k][0] == ident:
            out.append(old[k][1])
        else:
            out.append(f"{ident} = {ftl_value(k)}")
        out.append("")
    target.write_text("\n".join(out), encoding="utf-8")
    print(f"{len(ks)} messages written to {target.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
