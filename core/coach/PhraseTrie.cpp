#include "core/coach/PhraseTrie.h"

#include "core/coach/Tokenizer.h"

#include <algorithm>

namespace twofold::coach {
namespace {

using Kind = PatternElement::Kind;

bool isClauseStart(const std::vector<Token>& tokens, int i) {
    return i == 0 || tokens[i - 1].sentence != tokens[i].sentence || tokens[i].softBreakBefore;
}

bool isClauseEnd(const std::vector<Token>& tokens, int i) {
    const auto next = static_cast<std::size_t>(i) + 1;
    return next == tokens.size() || tokens[next].sentence != tokens[i].sentence || tokens[next].softBreakBefore;
}

} // namespace

PhraseTrie::PhraseTrie(const LanguageSettings& language) : m_language(language), m_nodes(1) {}

int PhraseTrie::intern(QHash<QString, int>& ids, const QString& key) {
    auto it = ids.constFind(key);
    if (it != ids.constEnd()) {
        return *it;
    }
    const int id = m_nextId++;
    ids.insert(key, id);
    if (&ids == &m_prefixIds) {
        m_prefixesByFirstChar[key.front()].emplace_back(key, id);
    } else if (&ids == &m_suffixIds) {
        m_suffixesByLastChar[key.back()].emplace_back(key, id);
    }
    return id;
}

int PhraseTrie::childFor(int node, const PatternElement& element) {
    if (element.isLiteral()) {
        QHash<QString, int>& ids = element.kind == Kind::Word     ? m_wordIds
                                   : element.kind == Kind::Stem   ? m_stemIds
                                   : element.kind == Kind::Suffix ? m_suffixIds
                                                                  : m_prefixIds;
        const int id = intern(ids, element.text);
        auto& words = m_nodes[static_cast<std::size_t>(node)].words;
        auto it = std::lower_bound(words.begin(), words.end(), std::pair{id, 0},
                                   [](const auto& a, const auto& b) { return a.first < b.first; });
        if (it != words.end() && it->first == id) {
            return it->second;
        }
        const int child = static_cast<int>(m_nodes.size());
        words.insert(it, {id, child});
        m_nodes.emplace_back();
        return child;
    }
    const int gap = element.kind == Kind::Gap ? element.maxGap : 0;
    for (const Edge& edge : m_nodes[static_cast<std::size_t>(node)].others) {
        if (edge.kind == element.kind && edge.gap == gap && edge.stopsAtNegation == element.stopsAtNegation) {
            return edge.child;
        }
    }
    const int child = static_cast<int>(m_nodes.size());
    m_nodes[static_cast<std::size_t>(node)].others.push_back(Edge{element.kind, gap, element.stopsAtNegation, child});
    m_nodes.emplace_back();
    return child;
}

void PhraseTrie::insert(const Pattern& pattern, int rule) {
    int node = 0;
    for (const PatternElement& element : pattern.elements) {
        node = childFor(node, element);
    }
    auto& accepts = m_nodes[static_cast<std::size_t>(node)].accepts;
    const bool known = std::any_of(accepts.begin(), accepts.end(), [&](const Accept& a) { return a.rule == rule; });
    if (!known) {
        accepts.push_back(Accept{rule, pattern.literals});
    }
}

// The ids one form of a token matches: the exact word, its stem, every prefix it starts with and every suffix it
// ends with (a suffix never matches the whole word). `from` is
// where this token's ids begin in `ids`; an id is added once per token.
void PhraseTrie::addIds(const QString& form, std::vector<int>& ids, std::size_t from) const {
    const auto add = [&ids, from](int id) {
        if (std::find(ids.begin() + static_cast<std::ptrdiff_t>(from), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    };
    if (auto it = m_wordIds.constFind(form); it != m_wordIds.constEnd()) {
        add(*it);
    }
    if (!m_stemIds.isEmpty()) {
        if (auto it = m_stemIds.constFind(m_language.stemmer.stem(form)); it != m_stemIds.constEnd()) {
            add(*it);
        }
    }
    if (auto bucket = m_prefixesByFirstChar.constFind(form.front()); bucket != m_prefixesByFirstChar.constEnd()) {
        for (const auto& [prefix, id] : *bucket) {
            if (form.startsWith(prefix)) {
                add(id);
            }
        }
    }
    if (auto bucket = m_suffixesByLastChar.constFind(form.back()); bucket != m_suffixesByLastChar.constEnd()) {
        for (const auto& [suffix, id] : *bucket) {
            if (form.size() > suffix.size() && form.endsWith(suffix)) {
                add(id);
            }
        }
    }
}

PhraseTrie::Text PhraseTrie::prepare(const QString& source) const {
    Text text;
    text.tokens = Tokenizer::tokenize(source, m_language.elisions);
    const std::size_t count = text.tokens.size();
    text.idOffsets.reserve(count + 1);
    text.ids.reserve(count * 2);
    text.filler.assign(count, 0);
    text.negation.assign(count, 0);
    text.bridge.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const Token& token = text.tokens[i];
        text.idOffsets.push_back(static_cast<int>(text.ids.size()));
        const QString key = Tokenizer::fold(QStringView(source).mid(token.start, token.end - token.start));
        const QStringList* also = nullptr;
        if (auto it = m_language.normalize.constFind(key); it != m_language.normalize.constEnd()) {
            also = &*it;
        }
        const std::size_t from = text.ids.size();
        const auto visit = [&](const QString& form) {
            addIds(form, text.ids, from);
            text.filler[i] = text.filler[i] || m_language.fillers.contains(form);
            text.negation[i] = text.negation[i] || m_language.negations.contains(form);
            text.bridge[i] = text.bridge[i] || m_language.negationBridges.contains(form);
        };
        visit(key);
        if (also != nullptr) {
            for (const QString& form : *also) {
                visit(form);
            }
        }
        if (!m_language.respell.isEmpty()) {
            QString respelled = key;
            for (const auto& [from, to] : m_language.respell) {
                respelled.replace(from, to);
            }
            if (respelled != key) {
                visit(respelled);
            }
        }
    }
    text.idOffsets.push_back(static_cast<int>(text.ids.size()));
    return text;
}

void PhraseTrie::matchAt(const Text& text, int start, std::vector<Match>& out) const {
    if (start < 0 || static_cast<std::size_t>(start) >= text.tokens.size()) {
        return;
    }
    Position at;
    at.next = start;
    walk(Walk{text, start, out}, 0, at);
}

// Whether `token` may be the next word of the match: same sentence as the start, and no comma or dash
// before it unless the pattern allowed one here.
bool PhraseTrie::canConsume(const Walk& walk, const Position& at, int token) const {
    const auto& tokens = walk.text.tokens;
    if (static_cast<std::size_t>(token) >= tokens.size()) {
        return false;
    }
    const Token& t = tokens[static_cast<std::size_t>(token)];
    if (t.sentence != tokens[static_cast<std::size_t>(walk.start)].sentence) {
        return false;
    }
    return at.last < 0 || !t.softBreakBefore || at.commaAllowed;
}

void PhraseTrie::walk(const Walk& walk, int nodeIndex, Position at) const {
    const Node& node = m_nodes[static_cast<std::size_t>(nodeIndex)];
    if (at.last >= 0 && at.fillersInARow == 0) {
        for (const Accept& accept : node.accepts) {
            const bool focused = at.focusFirst >= 0;
            walk.out.push_back(Match{walk.start, at.last, focused ? at.focusFirst : walk.start,
                                     at.focusLast >= 0 ? at.focusLast : at.last, accept.rule, accept.literals,
                                     at.gapWords, focused ? at.focusLiteralChars : at.literalChars});
        }
    }
    if (!node.words.empty() && canConsume(walk, at, at.next)) {
        consumeWords(walk, node, at);
        // A filler between two pattern words ("you *clearly* couldn't care less") may be skipped.
        const auto token = static_cast<std::size_t>(at.next);
        if (at.last >= 0 && walk.text.filler[token] && at.fillersInARow < LanguageSettings::maxFillersInARow) {
            Position next = at;
            if (at.focusFirst == at.next) {
                next.focusFirst = at.next + 1; // a reported span starts at a pattern word, not at a filler
            }
            next.last = at.next;
            next.next = at.next + 1;
            next.commaAllowed = false;
            ++next.fillersInARow;
            ++next.gapWords;
            this->walk(walk, nodeIndex, next);
        }
    }
    if (at.fillersInARow == 0) {
        followEdges(walk, node, at);
    }
}

void PhraseTrie::consumeWords(const Walk& walk, const Node& node, const Position& at) const {
    const auto& ids = walk.text.ids;
    const auto token = static_cast<std::size_t>(at.next);
    for (int k = walk.text.idOffsets[token]; k < walk.text.idOffsets[token + 1]; ++k) {
        const int id = ids[static_cast<std::size_t>(k)];
        auto it = std::lower_bound(node.words.begin(), node.words.end(), std::pair{id, 0},
                                   [](const auto& a, const auto& b) { return a.first < b.first; });
        if (it == node.words.end() || it->first != id) {
            continue;
        }
        Position next = at;
        const Token& consumed = walk.text.tokens[token];
        next.literalChars += consumed.end - consumed.start;
        if (at.focusFirst >= 0 && at.focusLast < 0) {
            next.focusLiteralChars += consumed.end - consumed.start;
        }
        next.last = at.next;
        next.next = at.next + 1;
        next.commaAllowed = false;
        next.fillersInARow = 0;
        this->walk(walk, it->second, next);
    }
}

void PhraseTrie::followEdges(const Walk& walk, const Node& node, const Position& at) const {
    const auto& tokens = walk.text.tokens;
    for (const Edge& edge : node.others) {
        Position next = at;
        switch (edge.kind) {
        case Kind::Gap:
            for (int skipped = 0; skipped <= edge.gap; ++skipped) {
                if (skipped > 0) {
                    if (!canConsume(walk, next, next.next) ||
                        (edge.stopsAtNegation && walk.text.negation[static_cast<std::size_t>(next.next)])) {
                        break;
                    }
                    next.last = next.next;
                    ++next.next;
                    ++next.gapWords;
                    next.commaAllowed = false;
                }
                this->walk(walk, edge.child, next);
            }
            continue;
        case Kind::AnyWord:
            if (!canConsume(walk, next, next.next) ||
                (edge.stopsAtNegation && walk.text.negation[static_cast<std::size_t>(next.next)])) {
                continue;
            }
            next.last = next.next;
            ++next.next;
            ++next.gapWords;
            next.commaAllowed = false;
            break;
        case Kind::Comma:
            next.commaAllowed = true;
            break;
        case Kind::CommaRequired:
            if (at.last < 0 || static_cast<std::size_t>(at.next) >= tokens.size() ||
                !tokens[static_cast<std::size_t>(at.next)].softBreakBefore) {
                continue;
            }
            next.commaAllowed = true;
            break;
        case Kind::FocusBegin:
            next.focusFirst = at.next;
            break;
        case Kind::FocusEnd:
            next.focusLast = at.last;
            break;
        case Kind::ClauseStart:
            if (at.last >= 0 || static_cast<std::size_t>(at.next) >= tokens.size() || !isClauseStart(tokens, at.next)) {
                continue;
            }
            break;
        case Kind::ClauseEnd:
            if (at.last < 0 || !isClauseEnd(tokens, at.last)) {
                continue;
            }
            break;
        case Kind::Stem:
        case Kind::Word:
        case Kind::Prefix:
        case Kind::Suffix:
            continue; // kept in `words`
        }
        this->walk(walk, edge.child, next);
    }
}

} // namespace twofold::coach
