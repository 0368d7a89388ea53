"""The texts an instance shows in its language, so the suite can find widgets by their real names.

The tests are written with the English source texts. For an instance started with `--language de` (or
fr, es: any language of app/options/Languages.h) each text is looked up in translations/twofold_<lang>.ts
(finished translations only) and in the flow definitions (resources/flows/*.json, which carry every
language side by side). A text without a translation stays English, as the application shows it then too.
"""

import json
import os
import re
import xml.etree.ElementTree as ElementTree


def _ts_pairs(path):
    pairs = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if translation.text and message.get("numerus") != "yes":
            pairs.setdefault(source, translation.text)
    return pairs


def _flow_pairs(node, language, pairs):
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get(language), str):
            pairs.setdefault(node["en"], node[language])
        for value in node.values():
            _flow_pairs(value, language, pairs)
    elif isinstance(node, list):
        for value in node:
            _flow_pairs(value, language, pairs)


def substitute(text, args):
    """Qt's %1 … %9 placeholders, filled in one pass as QString::arg would."""
    return re.sub(r"%([1-9])", lambda m: str(args[int(m.group(1)) - 1]) if int(m.group(1)) <= len(args) else m.group(0),
                  text)


class Translator:
    def __init__(self, language, source_dir):
        self.language = language
        self.pairs = {}
        if language == "en":
            return
        self.pairs.update(_ts_pairs(os.path.join(source_dir, "translations", "twofold_%s.ts" % language)))
        flows = os.path.join(source_dir, "resources", "flows")
        for name in sorted(os.listdir(flows)):
            if name.endswith(".json"):
                with open(os.path.join(flows, name), encoding="utf-8") as handle:
                    _flow_pairs(json.load(handle), language, self.pairs)

    def __call__(self, text, *args):
        return substitute(self.pairs.get(text, text), args)
