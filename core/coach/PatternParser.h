#pragma once

#include "core/Result.h"
#include "core/coach/Pattern.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace twofold::coach {

// Parses the small pattern language of the rule files (see resources/coach/README.md):
//   word        a word, case-insensitive            a|b|c   any of these words
//   word*       any word starting with "word"       ...     up to maxGap other words (...2: up to 2)
//   <name>      any phrase of the set `name`        ,       a comma may stand here
//   [ ... ]     only this part is reported          ^ / $   at the start / end of a clause
// and expands alternatives and sets into plain sequences.
class PatternParser {
public:
    using Sets = QHash<QString, QStringList>;

    // `budget` is shared by every parse of one rule file and caps the number of expanded patterns.
    PatternParser(const Sets& sets, int maxGap, int& budget);

    Result<std::vector<Pattern>> parse(const QString& source, const Sets& localSets = {}) const;

    static constexpr int maxGapLimit = 8;

private:
    using Sequence = std::vector<PatternElement>;
    using Slot = std::vector<Sequence>; // alternatives for one position of the pattern

    Result<Slot> parseAtom(const QString& atom, const Sets& localSets, bool insideSet) const;
    Result<Slot> parseWordAlternatives(const QString& atom) const;
    Result<Slot> parseSetReference(const QString& name, const Sets& localSets) const;

    const Sets& m_sets;
    int m_maxGap;
    int& m_budget;
};

} // namespace twofold::coach
