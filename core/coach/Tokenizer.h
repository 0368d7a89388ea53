#pragma once

#include "core/coach/Token.h"

#include <QSet>
#include <QString>
#include <QStringView>
#include <vector>

namespace twofold::coach {

// Splits text into words, Unicode-aware: letters, digits and combining marks make words; an apostrophe
// (' ’ ʼ) between two word characters stays inside the word ("can't"); a hyphen between two word characters
// splits it into two words without a break ("eye-roll" = "eye roll", "boxed-in" = "boxed in"). An emoji or
// other symbol (Unicode category So, with its variation selectors, skin tones and joiners) is a word of its
// own. Sentence breaks (. ! ? ; : … line breaks) and soft breaks (, ( ) " “ ” „ « » – — * /) are recorded so
// that a rule never matches across a sentence and only crosses a comma where it says so. Words between
// quotation marks that close on the same line are marked `quoted` (reported speech).
class Tokenizer {
public:
    // Elisions: folded word beginnings, without the apostrophe, that an apostrophe splits off as a word of
    // their own, as French writes them ("m" for "m'écoutes" -> "m'" + "écoutes", "qu" for "qu'on"); the
    // apostrophe stays with the first word.
    using Elisions = QSet<QString>;

    static std::vector<Token> tokenize(QStringView text, const Elisions& elisions = {});

    // The comparison key of one word: NFC, case-folded, ß → ss, typographic apostrophes → ', dashes → -.
    static QString fold(QStringView word);

    // The words of `phrase` as tokenize() splits it, folded. Used for pattern words, so that "boxed-in"
    // in a rule file is two words, like in a text.
    static QStringList foldedWords(QStringView phrase, const Elisions& elisions = {});

    // True when `text` is nothing but words as tokenize() splits them, joined only by hyphens or elisions
    // ("can't", "boxed-in", "🙄"; not "must!", "two words" or ""). Used to validate rule files.
    static bool isWordSequence(QStringView text, const Elisions& elisions = {});
};

} // namespace twofold::coach
