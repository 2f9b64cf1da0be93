#!/usr/bin/env python3
"""Keeps Warren's .ts files complete after lupdate.

    ninja update_translations          # refresh the .ts files from the sources (lupdate)
    python3 i18n/fill.py               # en = source, then list what zh_CN still lacks
    python3 i18n/fill.py --export todo.json   # unfinished zh_CN entries as a JSON template
    python3 i18n/fill.py --import todo.json   # fill them from that template
    python3 i18n/fill.py --check       # exit 1 if anything is unfinished (CI)

Strings that moved to another context (a class renamed, a tr() wrapper fixed) keep their
translation: unfinished zh_CN entries are looked up by source text and comment in the committed
warren_zh_CN.ts (git HEAD) and in any --memory .ts file, and reported as "reused" for review.

Existing translations are never touched (except with --import --force). warren_en.ts gets the
source text as its translation; numerus entries get a singular and a plural form ("%n node(s)" ->
"%n node" / "%n nodes"). The JSON template maps "context\\x04source\\x04comment" keys to a
translation string, or to a list of forms for numerus entries (Chinese has one form).
"""

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
EN = HERE / "warren_en.ts"
ZH = HERE / "warren_zh_CN.ts"
SEP = "\x04"


def load(path):
    return ET.parse(path)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def element(node, indent):
    """One element the way lupdate writes it."""
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in node.attrib.items())
    children = list(node)
    if children:
        inner = "".join(element(c, indent + "    ") for c in children)
        return f"{indent}<{node.tag}{attrs}>\n{inner}{indent}</{node.tag}>\n"
    if node.text is None and node.tag != "translation":
        return f"{indent}<{node.tag}{attrs}/>\n"
    return f"{indent}<{node.tag}{attrs}>{escape(node.text or '')}</{node.tag}>\n"


def save(tree, path):
    root = tree.getroot()
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', f"<TS{attrs}>\n"]
    for context in root.findall("context"):
        out.append("<context>\n")
        for child in context:
            out.append(element(child, "    "))
        out.append("</context>\n")
    out.append("</TS>\n")
    path.write_text("".join(out), encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key_of(context, message):
    return SEP.join([context, message.findtext("source") or "", message.findtext("comment") or ""])


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (f.text or "") for f in forms)
    return not (translation.text or "")


def english_forms(source):
    """Singular and plural English for a numerus source written with "(s)" style markers."""
    singular = re.sub(r"\((s|es)\)", "", source)
    singular = singular.replace("(ies)", "y")
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    plural = re.sub(r"y\(ies\)", "ies", plural)
    return [singular, plural]


def set_translation(message, value):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def fill_english(tree):
    changed = 0
    for _, message in messages(tree):
        if not is_unfinished(message):
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            set_translation(message, english_forms(source))
        else:
            set_translation(message, source)
        changed += 1
    return changed


def translation_value(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return translation.text or ""


def memory_from(trees):
    """(source, comment) -> (translation, context) over finished entries of the given trees."""
    memory = {}
    for tree in trees:
        for context, message in messages(tree):
            if is_unfinished(message):
                continue
            key = (message.findtext("source") or "", message.findtext("comment") or "", message.get("numerus") == "yes")
            memory.setdefault(key, (translation_value(message), context))
    return memory


def committed_tree(path):
    try:
        out = subprocess.run(["git", "-C", str(HERE), "show", f"HEAD:./{path.name}"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    try:
        return ET.ElementTree(ET.fromstring(out.stdout))
    except ET.ParseError:
        return None


def placeholders(text):
    return sorted(set(re.findall(r"%(?:n|L?\d+)", text)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--export", metavar="JSON", help="write unfinished zh_CN entries to a JSON template")
    parser.add_argument("--import", dest="import_", metavar="JSON", help="fill zh_CN entries from a JSON file")
    parser.add_argument("--force", action="store_true", help="with --import: also replace finished entries")
    parser.add_argument("--check", action="store_true", help="exit 1 when any entry is unfinished")
    parser.add_argument("--memory", metavar="TS", action="append", default=[],
                        help="an older .ts whose translations may be reused by source text (repeatable)")
    args = parser.parse_args()

    en = load(EN)
    filled = fill_english(en)
    save(en, EN)
    print(f"{EN.name}: {sum(1 for _ in messages(en))} entries, {filled} filled with the source text")

    zh = load(ZH)
    problems = []
    if args.import_:
        table = json.loads(Path(args.import_).read_text(encoding="utf-8"))
        imported = 0
        for context, message in messages(zh):
            key = key_of(context, message)
            value = table.get(key)
            if value in (None, "", []):
                continue
            if not (is_unfinished(message) or args.force):
                continue
            source = message.findtext("source") or ""
            got = " ".join(value) if isinstance(value, list) else value
            if placeholders(source) != placeholders(got):
                problems.append(f"placeholders differ: [{context}] {source!r} -> {got!r}")
                continue
            set_translation(message, value)
            imported += 1
        print(f"{ZH.name}: {imported} entries imported from {args.import_}")
    sources = [zh] + [load(Path(m)) for m in args.memory]
    head = committed_tree(ZH)
    if head is not None:
        sources.append(head)
    memory = memory_from(sources)
    for context, message in messages(zh):
        if not is_unfinished(message):
            continue
        key = (message.findtext("source") or "", message.findtext("comment") or "", message.get("numerus") == "yes")
        found = memory.get(key) or memory.get((key[0], "", key[2]))
        if found:
            set_translation(message, found[0])
            print(f"  reused from [{found[1]}]: [{context}] {key[0]!r}")
    save(zh, ZH)

    unfinished = [(c, m) for c, m in messages(zh) if is_unfinished(m)]
    total = sum(1 for _ in messages(zh))
    print(f"{ZH.name}: {total} entries, {len(unfinished)} unfinished")
    for context, message in unfinished:
        comment = message.findtext("comment")
        print(f"  [{context}] {message.findtext('source')!r}" + (f"  ({comment})" if comment else ""))
    for problem in problems:
        print("  " + problem)
    if args.export:
        template = {}
        for context, message in unfinished:
            template[key_of(context, message)] = [""] if message.get("numerus") == "yes" else ""
        Path(args.export).write_text(json.dumps(template, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {len(template)} entries to {args.export}")
    if args.check and (unfinished or problems):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
