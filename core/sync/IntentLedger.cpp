#include "core/sync/IntentLedger.h"

#include <algorithm>

namespace twofold::sync {

IntentLedger::IntentLedger(Random& random) : m_random(random) {}

IntentId IntentLedger::add(session::Payload payload) {
    const auto inUse = [this](IntentId id) {
        return id == 0 || m_seqByIntent.count(id) > 0 ||
               std::any_of(m_pending.begin(), m_pending.end(), [id](const Pending& p) { return p.id == id; });
    };
    IntentId id = m_random.next64();
    // A real random source never repeats in practice; a fixed one (tests) falls back to counting.
    for (int draw = 0; draw < 3 && inUse(id); ++draw) {
        id = m_random.next64();
    }
    while (inUse(id)) {
        id = ++m_fallback;
    }
    m_pending.push_back({id, std::move(payload)});
    return id;
}

bool IntentLedger::settle(IntentId id) {
    const auto it = std::find_if(m_pending.begin(), m_pending.end(), [id](const Pending& p) { return p.id == id; });
    if (it == m_pending.end()) {
        return false;
    }
    m_pending.erase(it);
    return true;
}

IntentLedger::Answer IntentLedger::answerTo(IntentId id) const {
    if (m_seqByIntent.count(id) > 0) {
        return Answer::Applied;
    }
    return m_refusals.count(id) > 0 ? Answer::Refused : Answer::None;
}

std::optional<Error> IntentLedger::refusalOf(IntentId id) const {
    const auto it = m_refusals.find(id);
    return it == m_refusals.end() ? std::nullopt : std::optional<Error>(it->second);
}

void IntentLedger::refused(IntentId id, Error reason) {
    if (m_refusals.insert_or_assign(id, std::move(reason)).second) {
        m_refusalOrder.push_back(id);
    }
    while (m_refusalOrder.size() > kRememberedRefusals) {
        m_refusals.erase(m_refusalOrder.front());
        m_refusalOrder.pop_front();
    }
}

void IntentLedger::applied(IntentId id, quint64 seq) {
    m_intentBySeq[seq] = id;
    m_seqByIntent[id] = seq;
}

std::optional<IntentId> IntentLedger::intentOf(quint64 seq) const {
    const auto it = m_intentBySeq.find(seq);
    return it == m_intentBySeq.end() ? std::nullopt : std::optional<IntentId>(it->second);
}

void IntentLedger::clear() {
    m_pending.clear();
    m_intentBySeq.clear();
    m_seqByIntent.clear();
    m_refusals.clear();
    m_refusalOrder.clear();
}

} // namespace twofold::sync
