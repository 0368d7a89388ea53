#include "core/coach/PatternParser.h"

#include "core/coach/PatternSequences.h"
#include "core/coach/Tokenizer.h"

#include <algorithm>
#include <cstdint>

namespace twofold::coach {
namespace {

using Kind = PatternElement::Kind;
using sequences::compact;
using sequences::expand;
using sequences::expansionCount;
using sequences::validate;

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

} // namespace

PatternParser::PatternParser(const Sets& sets, const LanguageSettings& language, int maxGap, int& budget)
    : m_sets(sets), m_language(language), m_maxGap(maxGap), m_budget(budget) {}

Result<std::vector<Pattern>> PatternParser::parse(const QString& source, const Sets& localSets, bool stem,
                                                  bool allowPattern) const {
    const QStringList words = splitWords(source);
    if (words.isEmpty()) {
        return patternError(QStringLiteral("is empty"));
    }
    std::vector<Slot> slots;
    bool focusOpened = false;
    bool focusClosed = false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        QString atom = words[k];
        if (atom.startsWith(QLatin1Char('{'))) {
            const qsizetype close = k + 1;
            if (close >= words.size() || !words[close].endsWith(QLatin1Char('}')) || atom.size() < 2 ||
                words[close].size() < 2) {
                return patternError(QStringLiteral("“{a b}” must hold exactly two words, sets or alternatives"));
            }
            auto slot = parseSwap({atom.mid(1), words[close].chopped(1)}, localSets, stem);
            if (!slot) {
                return slot.error();
            }
            slots.push_back(std::move(slot).value());
            k = close;
            continue;
        }
        if (atom == QLatin1String("^") || atom == QLatin1String("$") || atom == QLatin1String("^^") ||
            atom == QLatin1String("$$")) {
            const bool start = atom.startsWith(QLatin1Char('^'));
            const bool sentence = atom.size() == 2;
            if (start ? k != 0 : k != words.size() - 1) {
                return patternError(QStringLiteral("“%1” must be %2")
                                        .arg(atom, start ? QStringLiteral("first") : QStringLiteral("last")));
            }
            const Kind kind = start ? (sentence ? Kind::SentenceStart : Kind::ClauseStart)
                                    : (sentence ? Kind::SentenceEnd : Kind::ClauseEnd);
            slots.push_back({{PatternElement{kind, {}, 0}}});
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
        if (atom.startsWith(QLatin1Char('('))) {
            // "(a b|c d)": the group runs to the word that ends with ")" (or ")]").
            qsizetype end = k;
            while (end < words.size() && !words[end].endsWith(QLatin1Char(')')) &&
                   !words[end].endsWith(QLatin1String(")]"))) {
                ++end;
            }
            if (end == words.size()) {
                return patternError(QStringLiteral("has “(” without “)”"));
            }
            const QStringList rest = words.mid(k + 1, end - k); // `atom` already lost a leading "["
            atom = rest.isEmpty() ? atom : atom + QLatin1Char(' ') + rest.join(QLatin1Char(' '));
            k = end;
        }
        const bool closes = atom.endsWith(QLatin1Char(']'));
        if (closes) {
            atom.chop(1);
        }
        if (atom.startsWith(QLatin1Char('('))) {
            auto slot = parseGroup(atom, localSets, stem);
            if (!slot) {
                return slot.error();
            }
            slots.push_back(std::move(slot).value());
        } else if (!atom.isEmpty()) {
            auto slot = parseAtom(atom, localSets, false, stem);
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
        if (allowPattern) {
            bool last = true; // a trailing gap ("sorry i ...4") may run on; any other stops at a negation
            for (auto it = sequence.rbegin(); it != sequence.rend(); ++it) {
                if (it->kind == Kind::Gap || it->kind == Kind::AnyWord) {
                    it->stopsAtNegation = !last;
                }
                last = false;
            }
        }
        // A "[" before the first word changes nothing (a span starts there anyway) but would cost a trie step on
        // every word of every text: drop it.
        const auto firstCore = std::find_if(sequence.begin(), sequence.end(), [](const PatternElement& e) {
            return e.kind != Kind::ClauseStart && e.kind != Kind::SentenceStart;
        });
        if (firstCore != sequence.end() && firstCore->kind == Kind::FocusBegin) {
            sequence.erase(firstCore);
        }
        Pattern pattern;
        pattern.literals = static_cast<int>(
            std::count_if(sequence.begin(), sequence.end(), [](const PatternElement& e) { return e.isLiteral(); }));
        pattern.elements = std::move(sequence);
        patterns.push_back(std::move(pattern));
    }
    m_budget -= static_cast<int>(patterns.size());
    return patterns;
}

// "(a b|c d)": phrase alternatives of several words (an inline set), so "(i'm|i am)" need not be a named set.
Result<PatternParser::Slot> PatternParser::parseGroup(const QString& group, const Sets& localSets, bool stem) const {
    if (!group.endsWith(QLatin1Char(')')) || group.size() < 3) {
        return patternError(QStringLiteral("has a bad group “%1”").arg(group));
    }
    Slot slot;
    for (const QString& phrase : group.mid(1, group.size() - 2).split(QLatin1Char('|'))) {
        const QStringList words = splitWords(phrase);
        if (words.isEmpty()) {
            return patternError(QStringLiteral("has an empty phrase in “%1”").arg(group));
        }
        std::vector<Slot> phraseSlots;
        for (const QString& word : words) {
            if (word.contains(QLatin1Char('(')) || word.contains(QLatin1Char(')')) || word == QLatin1String(",") ||
                word == QLatin1String(",!")) {
                return patternError(
                    QStringLiteral("a group may hold words, sets, “?” and gaps only (“%1”)").arg(group));
            }
            auto part = word.startsWith(QLatin1Char('<')) ? parseAtom(word, localSets, false, stem)
                                                          : parseAtom(word, localSets, true, stem);
            if (!part) {
                return part.error();
            }
            phraseSlots.push_back(std::move(part).value());
        }
        const std::int64_t room = m_budget - static_cast<std::int64_t>(slot.size());
        if (expansionCount(phraseSlots, room) > room) {
            return patternError(QStringLiteral("expands to too many phrases"));
        }
        for (auto& sequence : expand(phraseSlots)) {
            if (std::find(slot.begin(), slot.end(), sequence) == slot.end()) {
                slot.push_back(std::move(sequence));
            }
        }
    }
    return compact(std::move(slot));
}

Result<PatternParser::Slot> PatternParser::parseAtom(const QString& atom, const Sets& localSets, bool insideSet,
                                                     bool stem) const {
    if (atom == QLatin1String(",")) {
        return Slot{{PatternElement{Kind::Comma, {}, 0}}};
    }
    if (atom == QLatin1String(",!")) {
        return Slot{{PatternElement{Kind::CommaRequired, {}, 0}}};
    }
    if (atom == QLatin1String("?")) {
        return Slot{{PatternElement{Kind::AnyWord, {}, 0}}};
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
        return parseSetReference(atom.mid(1, atom.size() - 2), localSets, stem);
    }
    if (insideSet &&
        (atom == QLatin1String("^") || atom == QLatin1String("$") || atom.contains(QLatin1Char('[')) ||
         atom.contains(QLatin1Char(']')) || atom.contains(QLatin1Char('{')) || atom.contains(QLatin1Char('}')))) {
        return patternError(QStringLiteral("a set phrase may not use “^”, “$”, “[”, “]”, “{” or “}”"));
    }
    return parseWordAlternatives(atom, stem);
}

Result<PatternParser::Slot> PatternParser::parseSwap(const QStringList& atoms, const Sets& localSets, bool stem) const {
    std::vector<Slot> parts;
    for (const QString& atom : atoms) {
        if (atom.contains(QLatin1Char('[')) || atom.contains(QLatin1Char(']')) || atom == QLatin1String("^") ||
            atom == QLatin1String("$") || atom.startsWith(QLatin1String("...")) || atom == QLatin1String(",")) {
            return patternError(QStringLiteral("“{a b}” takes words, sets or alternatives, not “%1”").arg(atom));
        }
        auto slot = parseAtom(atom, localSets, false, stem);
        if (!slot) {
            return slot.error();
        }
        parts.push_back(std::move(slot).value());
    }
    const std::int64_t count =
        2 * static_cast<std::int64_t>(parts[0].size()) * static_cast<std::int64_t>(parts[1].size());
    if (count > m_budget) {
        return patternError(QStringLiteral("expands to too many phrases"));
    }
    Slot slot;
    for (const auto& [first, second] : {std::pair{0, 1}, std::pair{1, 0}}) {
        for (const Sequence& a : parts[static_cast<std::size_t>(first)]) {
            for (const Sequence& b : parts[static_cast<std::size_t>(second)]) {
                Sequence sequence = a;
                sequence.insert(sequence.end(), b.begin(), b.end());
                slot.push_back(std::move(sequence));
            }
        }
    }
    return slot;
}

// "word" (by stem), "=word" (exact), "word*" (prefix), "*ending" (suffix); one alternative may be several words
// ("boxed-in").
Result<PatternParser::Slot> PatternParser::parseWordAlternatives(const QString& atom, bool stem) const {
    Slot slot;
    for (const QString& alternative : atom.split(QLatin1Char('|'))) {
        const bool exact = alternative.startsWith(QLatin1Char('='));
        const bool suffix = !exact && alternative.size() > 1 && alternative.startsWith(QLatin1Char('*'));
        const bool prefix = !suffix && alternative.endsWith(QLatin1Char('*'));
        QStringView text(alternative);
        text = text.mid(exact || suffix ? 1 : 0);
        text = prefix ? text.chopped(1) : text;
        if (suffix) {
            const QStringList words = Tokenizer::foldedWords(text, m_language.elisions);
            if (words.size() != 1 || !Tokenizer::isWordSequence(text, m_language.elisions)) {
                return patternError(QStringLiteral("“%1” is not one word ending").arg(alternative));
            }
            const Sequence sequence{PatternElement{Kind::Suffix, words.front(), 0}};
            if (std::find(slot.begin(), slot.end(), sequence) == slot.end()) {
                slot.push_back(sequence);
            }
            continue;
        }
        if (text.isEmpty()) {
            return patternError(QStringLiteral("has an empty word in “%1”").arg(atom));
        }
        const QStringList words = Tokenizer::foldedWords(text, m_language.elisions);
        if (!Tokenizer::isWordSequence(text, m_language.elisions)) {
            return patternError(QStringLiteral("“%1” is not a word").arg(alternative));
        }
        Sequence sequence;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (prefix && i == words.size() - 1) {
                sequence.push_back(PatternElement{Kind::Prefix, words[i], 0});
            } else if (exact || !stem) {
                sequence.push_back(PatternElement{Kind::Word, words[i], 0});
            } else {
                sequence.push_back(PatternElement{Kind::Stem, m_language.stemmer.stem(words[i]), 0});
            }
        }
        if (std::find(slot.begin(), slot.end(), sequence) == slot.end()) {
            slot.push_back(std::move(sequence));
        }
    }
    return compact(std::move(slot));
}

Result<PatternParser::Slot> PatternParser::parseSetReference(const QString& name, const Sets& localSets,
                                                             bool stem) const {
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
        for (qsizetype w = 0; w < words.size(); ++w) {
            QString word = words[w];
            if (word.startsWith(QLatin1Char('('))) { // a group inside a set phrase: "(i'm|i am) feeling"
                while (!word.endsWith(QLatin1Char(')')) && w + 1 < words.size()) {
                    word += QLatin1Char(' ') + words[++w];
                }
            }
            auto part =
                word.startsWith(QLatin1Char('(')) ? parseGroup(word, {}, stem) : parseAtom(word, {}, true, stem);
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
    return compact(std::move(slot));
}

} // namespace twofold::coach
