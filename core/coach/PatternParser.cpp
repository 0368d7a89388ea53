#include "core/coach/PatternParser.h"

#include "core/coach/Tokenizer.h"

#include <algorithm>
#include <cstdint>

namespace twofold::coach {
namespace {

using Kind = PatternElement::Kind;

Error patternError(const QString& message) {
    return Error{QStringLiteral("coach.pattern"), message};
}

QStringList splitWords(const QString& source) {
    QStringList words;
    QString current;
    for (const QChar c : source) {
        if (c.isSpace()) {
            if (!current.isEmpty()) {
                words.append(current);
                current.clear();
            }
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty()) {
        words.append(current);
    }
    return words;
}

bool isLiteral(const PatternElement& element) {
    return element.kind == Kind::Word || element.kind == Kind::Prefix;
}

bool isZeroWidthMarker(const PatternElement& element) {
    return element.kind == Kind::FocusBegin || element.kind == Kind::FocusEnd || element.kind == Kind::ClauseStart ||
           element.kind == Kind::ClauseEnd;
}

// The number of sequences the cartesian product of `slots` yields, saturated at `limit + 1`.
std::int64_t expansionCount(const std::vector<std::vector<std::vector<PatternElement>>>& slots, std::int64_t limit) {
    std::int64_t count = 1;
    for (const auto& slot : slots) {
        count *= static_cast<std::int64_t>(slot.size());
        if (count > limit) {
            return limit + 1;
        }
    }
    return count;
}

std::vector<std::vector<PatternElement>> expand(const std::vector<std::vector<std::vector<PatternElement>>>& slots) {
    std::vector<std::vector<PatternElement>> out{{}};
    for (const auto& slot : slots) {
        std::vector<std::vector<PatternElement>> next;
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
    if (!isLiteral(*core.front()) || !isLiteral(*core.back())) {
        return QStringLiteral("must start and end with a word, not with “...” or “,”");
    }
    for (std::size_t i = 1; i < core.size(); ++i) {
        if (core[i]->kind == Kind::Gap && core[i - 1]->kind == Kind::Gap) {
            return QStringLiteral("has two gaps in a row");
        }
    }
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        const Kind kind = sequence[i].kind;
        if (kind == Kind::FocusBegin && (i + 1 >= sequence.size() || !isLiteral(sequence[i + 1]))) {
            return QStringLiteral("“[” must be followed by a word");
        }
        if (kind == Kind::FocusEnd && (i == 0 || !isLiteral(sequence[i - 1]))) {
            return QStringLiteral("“]” must follow a word");
        }
        if (kind == Kind::ClauseStart && i != 0) {
            return QStringLiteral("“^” must come first");
        }
        if (kind == Kind::ClauseEnd && i + 1 != sequence.size()) {
            return QStringLiteral("“$” must come last");
        }
    }
    return {};
}

} // namespace

PatternParser::PatternParser(const Sets& sets, int maxGap, int& budget)
    : m_sets(sets), m_maxGap(maxGap), m_budget(budget) {}

Result<std::vector<Pattern>> PatternParser::parse(const QString& source, const Sets& localSets) const {
    const QStringList words = splitWords(source);
    if (words.isEmpty()) {
        return patternError(QStringLiteral("is empty"));
    }
    std::vector<Slot> slots;
    bool focusOpened = false;
    bool focusClosed = false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        QString atom = words[k];
        if (atom == QLatin1String("^") || atom == QLatin1String("$")) {
            const bool start = atom == QLatin1String("^");
            if (start ? k != 0 : k != words.size() - 1) {
                return patternError(QStringLiteral("“%1” must be %2")
                                        .arg(atom, start ? QStringLiteral("first") : QStringLiteral("last")));
            }
            slots.push_back({{PatternElement{start ? Kind::ClauseStart : Kind::ClauseEnd, {}, 0}}});
            continue;
        }
        if (atom.startsWith(QLatin1Char('['))) {
            if (focusOpened) {
                return patternError(QStringLiteral("may have only one “[ … ]”"));
            }
            focusOpened = true;
            atom.remove(0, 1);
            slots.push_back({{PatternElement{Kind::FocusBegin, {}, 0}}});
        }
        const bool closes = atom.endsWith(QLatin1Char(']'));
        if (closes) {
            atom.chop(1);
        }
        if (!atom.isEmpty()) {
            auto slot = parseAtom(atom, localSets, false);
            if (!slot) {
                return slot.error();
            }
            slots.push_back(std::move(slot).value());
        }
        if (closes) {
            if (!focusOpened || focusClosed) {
                return patternError(QStringLiteral("has “]” without “[”"));
            }
            focusClosed = true;
            slots.push_back({{PatternElement{Kind::FocusEnd, {}, 0}}});
        }
    }
    if (focusOpened && !focusClosed) {
        return patternError(QStringLiteral("has “[” without “]”"));
    }
    const std::int64_t count = expansionCount(slots, m_budget);
    if (count > m_budget) {
        return patternError(QStringLiteral("expands to too many phrases"));
    }
    std::vector<Pattern> patterns;
    for (auto& sequence : expand(slots)) {
        const QString problem = validate(sequence);
        if (!problem.isEmpty()) {
            return patternError(problem);
        }
        Pattern pattern;
        pattern.literals = static_cast<int>(std::count_if(sequence.begin(), sequence.end(), isLiteral));
        pattern.elements = std::move(sequence);
        patterns.push_back(std::move(pattern));
    }
    m_budget -= static_cast<int>(patterns.size());
    return patterns;
}

Result<PatternParser::Slot> PatternParser::parseAtom(const QString& atom, const Sets& localSets, bool insideSet) const {
    if (atom == QLatin1String(",")) {
        return Slot{{PatternElement{Kind::Comma, {}, 0}}};
    }
    if (atom.startsWith(QLatin1String("..."))) {
        const QString digits = atom.mid(3);
        int gap = m_maxGap;
        if (!digits.isEmpty()) {
            bool ok = false;
            gap = digits.toInt(&ok);
            if (!ok || gap < 1 || gap > maxGapLimit) {
                return patternError(
                    QStringLiteral("has a bad gap “%1” (use ... or ...1 to ...%2)").arg(atom).arg(maxGapLimit));
            }
        }
        return Slot{{PatternElement{Kind::Gap, {}, gap}}};
    }
    if (atom.size() > 2 && atom.startsWith(QLatin1Char('<')) && atom.endsWith(QLatin1Char('>'))) {
        if (insideSet) {
            return patternError(QStringLiteral("a set may not use another set (%1)").arg(atom));
        }
        return parseSetReference(atom.mid(1, atom.size() - 2), localSets);
    }
    if (insideSet && (atom == QLatin1String("^") || atom == QLatin1String("$") || atom.contains(QLatin1Char('[')) ||
                      atom.contains(QLatin1Char(']')))) {
        return patternError(QStringLiteral("a set phrase may not use “^”, “$”, “[” or “]”"));
    }
    return parseWordAlternatives(atom);
}

Result<PatternParser::Slot> PatternParser::parseWordAlternatives(const QString& atom) const {
    Slot slot;
    for (const QString& alternative : atom.split(QLatin1Char('|'))) {
        const bool prefix = alternative.endsWith(QLatin1Char('*'));
        const QStringView word = prefix ? QStringView(alternative).chopped(1) : QStringView(alternative);
        if (word.isEmpty()) {
            return patternError(QStringLiteral("has an empty word in “%1”").arg(atom));
        }
        if (!Tokenizer::isSingleWord(word)) {
            return patternError(QStringLiteral("“%1” is not a single word").arg(word.toString()));
        }
        PatternElement element{prefix ? Kind::Prefix : Kind::Word, Tokenizer::fold(word), 0};
        const Sequence sequence{std::move(element)};
        if (std::find(slot.begin(), slot.end(), sequence) == slot.end()) {
            slot.push_back(sequence);
        }
    }
    return slot;
}

Result<PatternParser::Slot> PatternParser::parseSetReference(const QString& name, const Sets& localSets) const {
    auto it = localSets.constFind(name);
    if (it == localSets.constEnd()) {
        it = m_sets.constFind(name);
        if (it == m_sets.constEnd()) {
            return patternError(QStringLiteral("uses the unknown set <%1>").arg(name));
        }
    }
    Slot slot;
    for (const QString& phrase : *it) {
        const QStringList words = splitWords(phrase);
        if (words.isEmpty()) {
            return patternError(QStringLiteral("set <%1> has an empty phrase").arg(name));
        }
        std::vector<Slot> phraseSlots;
        for (const QString& word : words) {
            auto part = parseAtom(word, {}, true);
            if (!part) {
                return part.error();
            }
            phraseSlots.push_back(std::move(part).value());
        }
        const std::int64_t room = m_budget - static_cast<std::int64_t>(slot.size());
        if (expansionCount(phraseSlots, room) > room) {
            return patternError(QStringLiteral("set <%1> expands to too many phrases").arg(name));
        }
        for (auto& sequence : expand(phraseSlots)) {
            slot.push_back(std::move(sequence));
        }
    }
    return slot;
}

} // namespace twofold::coach
