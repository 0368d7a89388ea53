#pragma once

#include "core/coach/Token.h"

#include <QString>
#include <QStringView>
#include <vector>

namespace twofold::coach {

// Splits text into words, Unicode-aware: letters, digits and combining marks make words; an apostrophe
// (' ’ ʼ) or hyphen between two word characters stays inside the word ("can't", "eye-roll").
// Sentence breaks (. ! ? ; : … line breaks) and soft breaks (, ( ) " “ ” „ « » – — * /) are recorded so
// that a rule never matches across a sentence and only crosses a comma where it says so.
class Tokenizer {
public:
    static std::vector<Token> tokenize(QStringView text);

    // The comparison key of one word: NFC, case-folded, ß → ss, typographic apostrophes → ', dashes → -.
    static QString fold(QStringView word);

    // True when `word` is exactly one word for tokenize() (used to validate rule files).
    static bool isSingleWord(QStringView word);
};

} // namespace twofold::coach
