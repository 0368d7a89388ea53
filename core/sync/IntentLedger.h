#pragma once

#include "core/Random.h"
#include "core/Result.h"
#include "core/session/Event.h"
#include "core/sync/SyncMessage.h"

#include <deque>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace twofold::sync {

// Who asked for what, so that every guest intent is applied exactly once (docs/PROTOCOL.md §8.3, §8.4).
//
// Guest: the intents sent but not yet answered, in the order they were asked for, each under a fresh
// random 64-bit id (never 0, never one still in use), so ids cannot repeat after a restart or a step of
// the clock. Host: the answer to each intent id it has seen: applied (the log says at which sequence)
// or refused (the last kRememberedRefusals refusals, with their reason, so a resent intent gets the same
// answer). Both: which intent produced which event, to name it when replaying. clear() forgets it all
// (a new or adopted session).
class IntentLedger {
public:
    static constexpr std::size_t kRememberedRefusals = 4096;

    struct Pending {
        IntentId id = 0;
        session::Payload payload;
    };

    explicit IntentLedger(Random& random);

    // Guest.
    IntentId add(session::Payload payload);
    // Removes a pending intent; false when it was not pending (answered already, or never ours).
    bool settle(IntentId id);
    const std::vector<Pending>& pending() const { return m_pending; }

    // Host.
    enum class Answer { None, Applied, Refused };
    Answer answerTo(IntentId id) const;
    std::optional<Error> refusalOf(IntentId id) const;
    void refused(IntentId id, Error reason);

    // Both: intent `id` produced the event at `seq` (the host when applying, the guest from the event).
    void applied(IntentId id, quint64 seq);
    std::optional<IntentId> intentOf(quint64 seq) const;

    void clear();

private:
    Random& m_random;
    IntentId m_fallback = 0;
    std::vector<Pending> m_pending;
    std::map<quint64, IntentId> m_intentBySeq;
    std::unordered_map<IntentId, quint64> m_seqByIntent;
    std::unordered_map<IntentId, Error> m_refusals;
    std::deque<IntentId> m_refusalOrder; // oldest first, for the bound
};

} // namespace twofold::sync
