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
    // `text` read as the words that follow `leadIn`, the opening a field's label already says for the writer
    // ("Would you be willing to …?": a typed "stop checking your phone" is the request it completes, not a
    // command). Only findings that start in `text` are reported, in `text`'s UTF-16 units, clipped to it;
    // an empty `leadIn` is check(text).
    std::vector<Finding> check(const QString& text, const QString& leadIn) const;

    const RuleSet& rules() const { return m_rules; }

private:
    RuleSet m_rules;
    PhraseTrie m_trie;
};

// The opening of a field label that a draft continues: the words before its ellipsis ("Would you be willing
// to …?" -> "Would you be willing to", "Ich habe mich … gefühlt" -> "Ich habe mich"); empty when the label
// has no ellipsis or starts with one ("What I'd like us to talk about:" is a heading, not an opening).
QString leadInOf(const QString& label);

} // namespace twofold::coach
