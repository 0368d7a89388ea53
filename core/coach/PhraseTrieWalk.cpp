#include "core/coach/PhraseTrie.h"
// Walking the trie over a prepared text (matching); building it is in PhraseTrie.cpp.

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
                                     at.gapWords, at.focusLiteralChars});
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
    const auto token = static_cast<std::size_t>(at.next);
    const auto first = walk.text.ids.begin() + walk.text.idOffsets[token]; // sorted (prepare)
    const auto last = walk.text.ids.begin() + walk.text.idOffsets[token + 1];
    const auto follow = [&](int child) {
        Position next = at;
        const Token& consumed = walk.text.tokens[token];
        if (at.focusLast < 0) {
            next.focusLiteralChars += consumed.end - consumed.start;
        }
        next.last = at.next;
        next.next = at.next + 1;
        next.commaAllowed = false;
        next.fillersInARow = 0;
        this->walk(walk, child, next);
    };
    if (!node.direct.empty()) {
        for (auto id = first; id != last; ++id) {
            if (const int child = node.direct[static_cast<std::size_t>(*id)]; child >= 0) {
                follow(child);
            }
        }
        return;
    }
    // Both lists are sorted by id. A node usually has a few edges and a word may have many ids (its classes):
    // look the edges up among the ids then; otherwise walk both lists together.
    const auto idCount = static_cast<std::size_t>(last - first);
    if (node.words.size() * 4 < idCount) {
        for (const auto& [id, child] : node.words) {
            if (std::binary_search(first, last, id)) {
                follow(child);
            }
        }
        return;
    }
    auto edge = node.words.begin();
    for (auto id = first; id != last && edge != node.words.end();) {
        if (edge->first < *id) {
            ++edge;
        } else if (*id < edge->first) {
            ++id;
        } else {
            follow(edge->second);
            ++edge;
            ++id;
        }
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
            next.focusLiteralChars = 0; // only the words inside "[ … ]" count
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
        case Kind::SentenceStart:
            if (at.last >= 0 || static_cast<std::size_t>(at.next) >= tokens.size() ||
                (at.next > 0 && tokens[static_cast<std::size_t>(at.next) - 1].sentence ==
                                    tokens[static_cast<std::size_t>(at.next)].sentence)) {
                continue;
            }
            break;
        case Kind::SentenceEnd:
            if (at.last < 0 || (static_cast<std::size_t>(at.last) + 1 < tokens.size() &&
                                tokens[static_cast<std::size_t>(at.last) + 1].sentence ==
                                    tokens[static_cast<std::size_t>(at.last)].sentence)) {
                continue;
            }
            break;
        case Kind::Stem:
        case Kind::Word:
        case Kind::Prefix:
        case Kind::Suffix:
        case Kind::Class:
            continue; // kept in `words`
        }
        this->walk(walk, edge.child, next);
    }
}

} // namespace twofold::coach
