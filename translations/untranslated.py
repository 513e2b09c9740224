#!/usr/bin/env python3
"""Lists the strings that still need translating, and fills them in.

    python3 translations/untranslated.py                   # what lupdate would leave unfinished
    python3 translations/untranslated.py --lang ru         # one language
    python3 translations/untranslated.py --json todo.json  # the same, as a form to fill in
    python3 translations/untranslated.py --apply todo.json # put the filled-in form into the .ts
    python3 translations/untranslated.py --all --json all.json  # every entry, to revise

Listing runs lupdate over app/ and ui/ into temporary copies of the .ts files (the repository's
files are not touched) and prints, per language, every entry that is unfinished, vanished or
obsolete, with where the string is in the code. Exit status 1 when there is any.

--json writes those entries as {"<lang>": [{"context", "source", "comment", "extracomment",
"locations", "numerus", "forms", "guess", "translation"}]}: fill in "translation" (a string, or for
numerus entries a list with one text per plural form, in the language's order: en/es/pt_BR
"one, other"; ru "one (1, 21), few (2-4, 22-24), many (0, 5-20, 25)"). Keep every %1, %L1, %n
and HTML tag, and one '&' accelerator where the source has one. "guess" is lupdate's
translation of a similar older string, when it found one: a start, not a translation.

--apply runs translations/update.sh (lupdate on the repository's files), writes each filled-in
translation that passes those checks (marked finished), reports the ones that do not, and runs
update.sh again so the files are in lupdate's own format.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
# Plural forms Qt uses per language (see QTranslator / lrelease numerus rules).
FORMS = {"en": 2, "es": 2, "pt_BR": 2, "ru": 3}
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
BYTE_OPEN, BYTE_CLOSE = "\ue000", "\ue001"


def lupdate_binary():
    if os.environ.get("LUPDATE"):
        return os.environ["LUPDATE"]
    try:
        bins = subprocess.run(["qtpaths6", "--query", "QT_HOST_BINS"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        bins = "/usr/lib/qt6/bin"
    return os.path.join(bins, "lupdate")


def ts_files():
    files = {}
    for name in sorted(os.listdir(TS_DIR)):
        m = re.fullmatch(r"kintura-desk_(.+)\.ts", name)
        if m:
            files[m.group(1)] = os.path.join(TS_DIR, name)
    return files


def run_lupdate(files, locations):
    """lupdate over app/ and ui/ into the given {lang: path}; options as in update.sh."""
    common = [lupdate_binary(), "-locations", locations, "-silent", "-source-language", "en",
              "-I", "app", "-I", "ui", "app", "ui"]
    others = [p for lang, p in files.items() if lang != "en"]
    if others:
        subprocess.run(common + ["-ts"] + others, cwd=ROOT, check=True)
    if "en" in files:
        subprocess.run(common + ["-pluralonly", "-ts", files["en"]], cwd=ROOT, check=True)


def text_of(element):
    """The text of a <source>/<translation>/<numerusform>, with lupdate's <byte value="xd"/>."""
    if element is None:
        return ""
    out = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "")
            out.append(chr(int(value[1:], 16) if value.startswith("x") else int(value)))
        out.append(child.tail or "")
    return "".join(out)


def set_text(element, text):
    """Sets the text; control characters become <byte> after serialisation (see write_ts)."""
    for child in list(element):
        element.remove(child)
    element.text = "".join(
        f"{BYTE_OPEN}{ord(c):x}{BYTE_CLOSE}" if ord(c) < 0x20 and c not in "\n\t" else c
        for c in text)


def write_ts(tree, path):
    data = ET.tostring(tree.getroot(), encoding="unicode")
    data = re.sub(f"{BYTE_OPEN}([0-9a-f]+){BYTE_CLOSE}", r'<byte value="x\1"/>', data)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + data + "\n")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def key_of(context, message):
    return (context, text_of(message.find("source")), message.findtext("comment", ""))


def mnemonics(text):
    return len(re.findall(r"&(?![&\s])", text.replace("&&", "")))


def problems(source, forms, numerus, lang):
    """What is wrong with a translation (a list of forms) of source; empty when it is fine."""
    found = []
    if numerus and len(forms) != FORMS.get(lang, 2):
        found.append(f"needs {FORMS.get(lang, 2)} plural forms, has {len(forms)}")
    for i, form in enumerate(forms):
        where = f"form {i + 1}: " if numerus else ""
        if not form.strip():
            found.append(where + "empty")
            continue
        want, have = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(form))
        if want != have:
            found.append(where + f"placeholders {sorted(have)} instead of {sorted(want)}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
            found.append(where + "HTML tags differ from the source")
        if mnemonics(source) != mnemonics(form):
            found.append(where + f"{mnemonics(form)} '&' accelerators, the source has "
                         f"{mnemonics(source)}")
    return found


def pending(path, lang, everything=False):
    """The entries of one .ts file that are unfinished, vanished or obsolete (or all of them)."""
    tree = ET.parse(path)
    base = os.path.dirname(path)
    out = []
    for context, message in messages(tree):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind not in ("unfinished", "vanished", "obsolete") and not everything:
            continue
        kind = kind or "finished"
        numerus = message.get("numerus") == "yes"
        locations = []
        for loc in message.findall("location"):
            file = os.path.relpath(os.path.normpath(os.path.join(base, loc.get("filename", ""))),
                                   ROOT) if loc.get("filename") else ""
            locations.append(f"{file}:{loc.get('line', '')}")
        old = [text_of(f) for f in translation.findall("numerusform")] if numerus else \
            text_of(translation)
        out.append({
            "context": context,
            "source": text_of(message.find("source")),
            "comment": message.findtext("comment", ""),
            "extracomment": message.findtext("extracomment", ""),
            "locations": locations,
            "state": kind,
            "numerus": numerus,
            "forms": FORMS.get(lang, 2) if numerus else 1,
            # lupdate's guess from a similar old string, if it made one: a start, never final.
            "guess": old if (any(old) if numerus else old) and kind != "finished" else None,
            "translation": old if kind == "finished" else
            [""] * FORMS.get(lang, 2) if numerus else "",
        })
    return out


def list_pending(langs, everything=False):
    with tempfile.TemporaryDirectory() as tmp:
        copies = {}
        for lang, path in ts_files().items():
            if langs and lang not in langs:
                continue
            copies[lang] = os.path.join(tmp, "translations", os.path.basename(path))
            os.makedirs(os.path.dirname(copies[lang]), exist_ok=True)
            shutil.copy(path, copies[lang])
        run_lupdate(copies, "absolute")
        # lupdate names files relative to the copy; pending() makes them relative to ROOT.
        return {lang: pending(copy, lang, everything) for lang, copy in copies.items()}


def apply(form_path):
    with open(form_path, encoding="utf-8") as f:
        filled = json.load(f)
    subprocess.run(["bash", os.path.join(TS_DIR, "update.sh")], check=True)
    files = ts_files()
    rejected = written = 0
    for lang, entries in filled.items():
        if lang not in files:
            print(f"{lang}: no translations/kintura-desk_{lang}.ts", file=sys.stderr)
            continue
        tree = ET.parse(files[lang])
        index = {key_of(c, m): m for c, m in messages(tree)}
        for e in entries:
            text = e.get("translation")
            forms = text if isinstance(text, list) else [text or ""]
            if not any(forms) or e.get("state") in ("vanished", "obsolete"):
                continue  # nothing filled in, or gone from the code (update.sh drops it)
            message = index.get((e["context"], e["source"], e.get("comment", "")))
            if message is None:
                print(f"{lang}: not in the code any more: [{e['context']}] {e['source']!r}",
                      file=sys.stderr)
                continue
            numerus = message.get("numerus") == "yes"
            bad = problems(e["source"], forms, numerus, lang)
            if bad:
                rejected += 1
                print(f"{lang}: [{e['context']}] {e['source']!r}: {'; '.join(bad)}",
                      file=sys.stderr)
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    set_text(ET.SubElement(translation, "numerusform"), form)
            else:
                set_text(translation, forms[0])
            written += 1
        write_ts(tree, files[lang])
    subprocess.run(["bash", os.path.join(TS_DIR, "update.sh")], check=True)
    print(f"untranslated.py: {written} translations written, {rejected} rejected")
    return 1 if rejected else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    parser.add_argument("--json", metavar="FILE", help="write the pending entries as a form")
    parser.add_argument("--apply", metavar="FILE", help="fill the .ts files from a form")
    parser.add_argument("--all", action="store_true",
                        help="with --json: every entry, finished ones too (to revise them)")
    args = parser.parse_args()
    if args.apply:
        return apply(args.apply)

    result = list_pending(args.lang, args.all)
    total = 0
    for lang, entries in result.items():
        todo = [e for e in entries if e["state"] != "finished"]
        print(f"{lang}: {len(todo)} to translate")
        for e in todo:
            where = ", ".join(e["locations"]) or "?"
            note = f"  ({e['comment']})" if e["comment"] else ""
            state = "" if e["state"] == "unfinished" else f" [{e['state']}]"
            plural = " [plural]" if e["numerus"] else ""
            print(f"  {where}  [{e['context']}]{plural}{state} {e['source']!r}{note}")
        total += len(todo)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
        print(f"untranslated.py: wrote {args.json}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
