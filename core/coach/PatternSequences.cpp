#include "core/coach/PatternSequences.h"

#include <QStringList>
#include <algorithm>

namespace twofold::coach::sequences {
namespace {

using Kind = PatternElement::Kind;

bool isLiteral(const PatternElement& element) {
    return element.isLiteral();
}

bool isWordLike(const PatternElement& element) {
    return element.isLiteral() || element.kind == Kind::AnyWord;
}

bool isZeroWidthMarker(const PatternElement& element) {
    return element.kind == Kind::FocusBegin || element.kind == Kind::FocusEnd || element.kind == Kind::ClauseStart ||
           element.kind == Kind::ClauseEnd || element.kind == Kind::SentenceStart || element.kind == Kind::SentenceEnd;
}

// Alternatives of one word each, from this many on, become one Class element: one trie edge instead of one per
// word, so sets like <contempt-word> do not multiply the patterns they appear in.
constexpr std::size_t classThreshold = 3;

QChar kindCode(Kind kind) {
    switch (kind) {
    case Kind::Stem:
        return QLatin1Char('s');
    case Kind::Word:
        return QLatin1Char('w');
    case Kind::Prefix:
        return QLatin1Char('p');
    default:
        return QLatin1Char('x'); // Suffix
    }
}

} // namespace

Slot compact(Slot slot) {
    if (slot.size() < classThreshold) {
        return slot;
    }
    QStringList members;
    for (const auto& sequence : slot) {
        if (sequence.size() != 1 || !sequence.front().isLiteral() || sequence.front().kind == Kind::Class) {
            return slot;
        }
        members.append(kindCode(sequence.front().kind) + sequence.front().text);
    }
    members.sort();
    members.removeDuplicates();
    return {{PatternElement{Kind::Class, members.join(QChar(0x1f)), 0}}};
}

// The number of sequences the cartesian product of `slots` yields, saturated at `limit + 1`.
std::int64_t expansionCount(const std::vector<Slot>& slots, std::int64_t limit) {
    std::int64_t count = 1;
    for (const auto& slot : slots) {
        count *= static_cast<std::int64_t>(slot.size());
        if (count > limit) {
            return limit + 1;
        }
    }
    return count;
}

Slot expand(const std::vector<Slot>& slots) {
    Slot out{{}};
    for (const auto& slot : slots) {
        Slot next;
        next.reserve(out.size() * slot.size());
        for (const auto& prefix : out) {
            for (const auto& alternative : slot) {
                auto sequence = prefix;
                sequence.insert(sequence.end(), alternative.begin(), alternative.end());
                next.push_back(std::move(sequence));
            }
        }
        out = std::move(next);
    }
    return out;
}

// Structural checks on one expanded sequence; returns an empty string when it is valid.
QString validate(const std::vector<PatternElement>& sequence) {
    std::vector<const PatternElement*> core;
    for (const auto& element : sequence) {
        if (!isZeroWidthMarker(element)) {
            core.push_back(&element);
        }
    }
    if (std::none_of(core.begin(), core.end(), [](const PatternElement* e) { return isLiteral(*e); })) {
        return QStringLiteral("needs at least one word");
    }
    if (!isLiteral(*core.front())) {
        return QStringLiteral("must start with a word, not with “...”, “?” or “,”");
    }
    if (core.back()->kind == Kind::Comma || core.back()->kind == Kind::CommaRequired) {
        return QStringLiteral("must not end with “,”");
    }
    for (std::size_t i = 1; i < core.size(); ++i) {
        if (core[i]->kind == Kind::Gap && core[i - 1]->kind == Kind::Gap) {
            return QStringLiteral("has two gaps in a row");
        }
    }
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        const Kind kind = sequence[i].kind;
        if (kind == Kind::FocusBegin && (i + 1 >= sequence.size() || !isWordLike(sequence[i + 1]))) {
            return QStringLiteral("“[” must be followed by a word");
        }
        if (kind == Kind::FocusEnd && (i == 0 || !isWordLike(sequence[i - 1]))) {
            return QStringLiteral("“]” must follow a word");
        }
        if ((kind == Kind::ClauseStart || kind == Kind::SentenceStart) && i != 0) {
            return QStringLiteral("“^” must come first");
        }
        if ((kind == Kind::ClauseEnd || kind == Kind::SentenceEnd) && i + 1 != sequence.size()) {
            return QStringLiteral("“$” must come last");
        }
    }
    return {};
}

} // namespace twofold::coach::sequences
