#!/usr/bin/env python3
"""Every shipped language is complete outside the .ts files too, so adding one is a data change the suite guards.

The languages come from CMake (TWOFOLD_LANGUAGES, read from app/options/Languages.h), English first or not.

  check_languages.py flows SOURCE_ROOT LANG...
      Every localized text in resources/flows/*.json (an object with an "en" string) has a text for every
      language and no other: non-empty where the English is, empty where it is, with the same %1…%9
      placeholders. A flow text missing its French is shown in English to a French partner; this fails first.
  check_languages.py files SOURCE_ROOT LANG...
      Each language other than English has translations/twofold_<lang>.ts (and no .ts exists for a language
      not listed), and is listed in packaging/linux/po/LINGUAS with its <lang>.po (the desktop file and
      metainfo; Packaging.desktop_translations_are_complete checks those are finished). Every language,
      English included, has coach rules resources/coach/<lang>.json that say their language and cover the
      same categories as the English rules.
"""
import json
import pathlib
import re
import sys

PLACEHOLDER = re.compile(r"%[1-9]")


def localized_texts(node, where):
    """Yields (where, dict) for every object that holds texts by language."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str):
            yield where, node
            return
        for key, value in node.items():
            label = f"{where}[{node['id']}].{key}" if isinstance(node.get("id"), str) else f"{where}.{key}"
            yield from localized_texts(value, label)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from localized_texts(value, f"{where}[{index}]")


def flow_problems(root, languages):
    files = sorted((root / "resources" / "flows").glob("*.json"))
    if not files:
        yield "no flows found in resources/flows"
    for path in files:
        texts = 0
        for where, text in localized_texts(json.loads(path.read_text(encoding="utf-8")), path.stem):
            texts += 1
            english = text["en"]
            for language in languages:
                value = text.get(language)
                if not isinstance(value, str):
                    yield f"{where}: no {language!r} text (English: {english!r})"
                elif bool(value.strip()) != bool(english.strip()):
                    yield f"{where}: the {language!r} text is {'empty' if english.strip() else 'not empty'} " \
                          f"where the English is {'not ' if english.strip() else ''}empty"
                elif sorted(PLACEHOLDER.findall(value)) != sorted(PLACEHOLDER.findall(english)):
                    yield f"{where}: the {language!r} text has other placeholders than {english!r}: {value!r}"
            for language in sorted(set(text) - set(languages)):
                yield f"{where}: {language!r} is not a supported language (app/options/Languages.h)"
        print(f"{path.name}: {texts} texts in {len(languages)} languages")


def file_problems(root, languages):
    translated = [language for language in languages if language != "en"]
    ts_dir = root / "translations"
    for language in translated:
        if not (ts_dir / f"twofold_{language}.ts").is_file():
            yield f"translations/twofold_{language}.ts is missing"
    for ts in sorted(ts_dir.glob("twofold_*.ts")):
        if ts.stem.removeprefix("twofold_") not in translated:
            yield f"translations/{ts.name} is for a language app/options/Languages.h does not list"

    po_dir = root / "packaging" / "linux" / "po"
    linguas = [word for line in (po_dir / "LINGUAS").read_text(encoding="utf-8").splitlines()
               if not line.startswith("#") for word in line.split()]
    if sorted(linguas) != sorted(translated):
        yield f"packaging/linux/po/LINGUAS lists {sorted(linguas)}, the app speaks {sorted(translated)} besides English"
    for language in translated:
        if not (po_dir / f"{language}.po").is_file():
            yield f"packaging/linux/po/{language}.po is missing"

    def categories(rules):
        return {rule.get("category") for rule in rules.get("rules", []) if isinstance(rule, dict)}

    coach_dir = root / "resources" / "coach"
    english = json.loads((coach_dir / "en.json").read_text(encoding="utf-8"))
    for language in languages:
        path = coach_dir / f"{language}.json"
        if not path.is_file():
            yield f"resources/coach/{language}.json is missing"
            continue
        rules = json.loads(path.read_text(encoding="utf-8"))
        if rules.get("language") != language:
            yield f"resources/coach/{language}.json says its language is {rules.get('language')!r}"
        if categories(rules) != categories(english):
            yield f"resources/coach/{language}.json covers {sorted(categories(rules))}, " \
                  f"English covers {sorted(categories(english))}"


def main() -> int:
    if len(sys.argv) < 4 or sys.argv[1] not in ("flows", "files"):
        print(__doc__)
        return 2
    command, root, languages = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
    if "en" not in languages:
        print("English (the source language) must be among the languages")
        return 2
    problems = list((flow_problems if command == "flows" else file_problems)(root, languages))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems ({', '.join(languages)})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
