#pragma once

#include "core/coach/Finding.h"
#include "core/coach/PhraseTrie.h"
#include "core/coach/RuleSet.h"

#include <QString>
#include <vector>

namespace twofold::coach {

// Flags blaming words in a draft and suggests gentler ones (DESIGN §3). It only reports: nothing here
// blocks sending. The rules are compiled once in the constructor; check() is const, allocation-light and
// safe to call on every keystroke (and from several threads at once).
class Coach {
public:
    explicit Coach(RuleSet rules);

    // Findings sorted by start, never overlapping. Where matches overlap, the most specific wins: the most
    // text matched by the pattern's own words (not words skipped by "..."), then fewer skipped words, the
    // longest span, more literal words, and the earlier rule in the file.
    std::vector<Finding> check(const QString& text) const;

    const RuleSet& rules() const { return m_rules; }

private:
    RuleSet m_rules;
    PhraseTrie m_trie;
};

} // namespace twofold::coach
