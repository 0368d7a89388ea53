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

PhraseTrie::PhraseTrie() : m_nodes(1) {}

int PhraseTrie::internWord(const QString& word) {
    auto it = m_wordIds.constFind(word);
    if (it != m_wordIds.constEnd()) {
        return *it;
    }
    const int id = m_nextId++;
    m_wordIds.insert(word, id);
    return id;
}

int PhraseTrie::internPrefix(const QString& prefix) {
    auto it = m_prefixIds.constFind(prefix);
    if (it != m_prefixIds.constEnd()) {
        return *it;
    }
    const int id = m_nextId++;
    m_prefixIds.insert(prefix, id);
    m_prefixesByFirstChar[prefix.front()].emplace_back(prefix, id);
    return id;
}

int PhraseTrie::childFor(int node, const PatternElement& element) {
    if (element.kind == Kind::Word || element.kind == Kind::Prefix) {
        const int id = element.kind == Kind::Word ? internWord(element.text) : internPrefix(element.text);
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
        if (edge.kind == element.kind && edge.gap == gap) {
            return edge.child;
        }
    }
    const int child = static_cast<int>(m_nodes.size());
    m_nodes[static_cast<std::size_t>(node)].others.push_back(Edge{element.kind, gap, child});
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

PhraseTrie::Text PhraseTrie::prepare(const QString& source) const {
    Text text;
    text.tokens = Tokenizer::tokenize(source);
    text.idOffsets.reserve(text.tokens.size() + 1);
    text.ids.reserve(text.tokens.size());
    for (const Token& token : text.tokens) {
        text.idOffsets.push_back(static_cast<int>(text.ids.size()));
        const QString key = Tokenizer::fold(QStringView(source).mid(token.start, token.end - token.start));
        if (auto it = m_wordIds.constFind(key); it != m_wordIds.constEnd()) {
            text.ids.push_back(*it);
        }
        if (auto bucket = m_prefixesByFirstChar.constFind(key.front()); bucket != m_prefixesByFirstChar.constEnd()) {
            for (const auto& [prefix, id] : *bucket) {
                if (key.startsWith(prefix)) {
                    text.ids.push_back(id);
                }
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
    if (at.last >= 0) {
        for (const Accept& accept : node.accepts) {
            const bool focused = at.focusFirst >= 0;
            walk.out.push_back(Match{walk.start, at.last, focused ? at.focusFirst : walk.start,
                                     at.focusLast >= 0 ? at.focusLast : at.last, accept.rule, accept.literals,
                                     at.gapWords, focused ? at.focusLiteralChars : at.literalChars});
        }
    }
    if (!node.words.empty() && canConsume(walk, at, at.next)) {
        const auto& ids = walk.text.ids;
        const auto token = static_cast<std::size_t>(at.next);
        for (int k = walk.text.idOffsets[token]; k < walk.text.idOffsets[token + 1]; ++k) {
            const int id = ids[static_cast<std::size_t>(k)];
            auto it = std::lower_bound(node.words.begin(), node.words.end(), std::pair{id, 0},
                                       [](const auto& a, const auto& b) { return a.first < b.first; });
            if (it != node.words.end() && it->first == id) {
                Position next = at;
                const Token& consumed = walk.text.tokens[token];
                next.literalChars += consumed.end - consumed.start;
                if (at.focusFirst >= 0 && at.focusLast < 0) {
                    next.focusLiteralChars += consumed.end - consumed.start;
                }
                next.last = at.next;
                next.next = at.next + 1;
                next.commaAllowed = false;
                this->walk(walk, it->second, next);
            }
        }
    }
    const auto& tokens = walk.text.tokens;
    for (const Edge& edge : node.others) {
        Position next = at;
        switch (edge.kind) {
        case Kind::Gap:
            for (int skipped = 0; skipped <= edge.gap; ++skipped) {
                if (skipped > 0) {
                    if (!canConsume(walk, next, next.next)) {
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
        case Kind::Comma:
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
        case Kind::Word:
        case Kind::Prefix:
            continue; // kept in `words`
        }
        this->walk(walk, edge.child, next);
    }
}

} // namespace twofold::coach
