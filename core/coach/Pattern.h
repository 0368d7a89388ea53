#pragma once

#include <QString>
#include <vector>

namespace twofold::coach {

// One step of a compiled pattern. Alternatives ("a|b") and sets ("<i-feel>") are already expanded, so
// every Word, Stem, Prefix or Suffix element names exactly one folded word.
struct PatternElement {
    enum class Kind {
        Stem,          // any word whose stem is `text` (the default: "ignored" matches "ignoring")
        Word,          // exactly the folded word `text` ("=ignored")
        Prefix,        // any word starting with `text` ("selfish*")
        Suffix,        // any longer word ending with `text` ("*aste": the Spanish "you" of "dejaste")
        Class,         // any of several single words: `text` lists them, each as a kind code (s w p x) + word,
                       // joined by U+001F; made by the parser from a slot of many one-word alternatives
        AnyWord,       // exactly one word, whichever ("?")
        Gap,           // 0..maxGap other words of the same clause ("...", "...2")
        Comma,         // the next word may follow a comma, dash or quote (",")
        CommaRequired, // the next word must follow a comma, dash or quote (",!")
        FocusBegin,    // "[": the reported span starts at the next word
        FocusEnd,      // "]": the reported span ends at the previous word
        ClauseStart,   // "^": the next word starts a sentence or follows a comma
        ClauseEnd,     // "$": the previous word ends a sentence or precedes a comma
        SentenceStart, // "^^": the next word starts a sentence
        SentenceEnd,   // "$$": the previous word ends a sentence
    };
    Kind kind = Kind::Word;
    QString text;
    int maxGap = 0;
    bool stopsAtNegation = false; // a gap or "?" of an allow pattern that must not skip "not" (kind contexts)

    bool isLiteral() const {
        return kind == Kind::Stem || kind == Kind::Word || kind == Kind::Prefix || kind == Kind::Suffix ||
               kind == Kind::Class;
    }
    bool operator==(const PatternElement&) const = default;
};

struct Pattern {
    std::vector<PatternElement> elements;
    int literals = 0; // Stem, Word and Prefix elements: more literals = more specific
};

} // namespace twofold::coach
