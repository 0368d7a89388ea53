#pragma once

#include "core/Result.h"
#include "core/coach/LanguageSettings.h"
#include "core/coach/Pattern.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace twofold::coach {

// Parses the small pattern language of the rule files (see resources/coach/README.md):
//   word        a word with the same stem           a|b|c   any of these words
//   =word       exactly this word                   ...     up to maxGap other words (...2: up to 2)
//   word*       any word starting with "word"       ?       exactly one word, whichever
//   *ending     any longer word ending with "ending"
//   <name>      any phrase of the set `name`        ,       a comma may stand here
//   {a b}       a b, or b a                         ^ / $   at the start / end of a clause
//   (a b|c)     the phrase "a b", or "c"            ,!      a comma must stand here
//   ^^ / $$     at the start / end of a sentence (not just a clause)
//   [ ... ]     only this part is reported
// and expands alternatives, sets and word orders into plain sequences. Words are folded and stemmed with the
// language's settings; a pattern word with a hyphen or elision ("boxed-in", "m'écoutes") is several words.
class PatternParser {
public:
    using Sets = QHash<QString, QStringList>;

    // `budget` is shared by every parse of one rule file and caps the number of expanded patterns.
    PatternParser(const Sets& sets, const LanguageSettings& language, int maxGap, int& budget);

    // `stem` false: plain words match exactly, as if written "=word" (a rule's "stem": false). `allowPattern`
    // true (allow and except patterns): a gap or "?" that is not the last element never skips a negation, so
    // "you always … kind" cannot also excuse "you don't … kind".
    Result<std::vector<Pattern>> parse(const QString& source, const Sets& localSets = {}, bool stem = true,
                                       bool allowPattern = false) const;

    static constexpr int maxGapLimit = 8;

private:
    using Sequence = std::vector<PatternElement>;
    using Slot = std::vector<Sequence>; // alternatives for one position of the pattern

    Result<Slot> parseAtom(const QString& atom, const Sets& localSets, bool insideSet, bool stem) const;
    Result<Slot> parseSwap(const QStringList& atoms, const Sets& localSets, bool stem) const;
    Result<Slot> parseGroup(const QString& group, const Sets& localSets, bool stem) const;
    Result<Slot> parseWordAlternatives(const QString& atom, bool stem) const;
    Result<Slot> parseSetReference(const QString& name, const Sets& localSets, bool stem) const;

    const Sets& m_sets;
    const LanguageSettings& m_language;
    int m_maxGap;
    int& m_budget;
};

} // namespace twofold::coach
