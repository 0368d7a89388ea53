#pragma once

#include "core/coach/Pattern.h"

#include <QString>
#include <cstdint>
#include <vector>

// How PatternParser turns the slots of one pattern line into the element sequences the trie stores: the
// cartesian product of the alternatives, word sets compacted into one Class element, and the structural
// rules every sequence must keep (resources/coach/README.md, "Pattern syntax").
namespace twofold::coach::sequences {

using Sequence = std::vector<PatternElement>;
using Slot = std::vector<Sequence>; // the alternatives at one position of the pattern

// Three or more alternatives of one literal word each become one Class element (one trie edge instead of
// one per word, so sets like <contempt-word> do not multiply the patterns they appear in); anything else
// is returned unchanged.
Slot compact(Slot slot);
// The number of sequences expand(slots) yields, saturated at limit + 1 (limit >= 0), so a caller can
// refuse an explosive line before building it.
std::int64_t expansionCount(const std::vector<Slot>& slots, std::int64_t limit);
// Every sequence of one alternative per slot, in slot order.
std::vector<Sequence> expand(const std::vector<Slot>& slots);
// Structural checks on one expanded sequence: at least one word, starts with a word, no trailing comma,
// no two gaps in a row, focus brackets around words, ^ first and $ last. Empty when valid, else why not.
QString validate(const Sequence& sequence);

} // namespace twofold::coach::sequences
