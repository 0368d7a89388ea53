#pragma once

#include "core/session/Event.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace twofold::session {

// One contribution of a flow action, kept for the screens, the summary and the export: text a partner
// wrote, or an answer the partner sees ("Yes, that's it": a `shown` action, with no fields).
struct Entry {
    quint64 seq = 0;
    Partner by = Partner::A;
    qint64 at = 0;
    QString step;
    QString action;
    Fields fields;
    quint64 answers = 0; // the seq of the other partner's last entry before this one (0: none)
    int round = 1;       // State::round when it was shared: entries of one turn share it

    friend bool operator==(const Entry&, const Entry&) = default;
};

// How the floor was first given when a check-in completed: who each partner asked to start, and
// whether a coin decided (nobody asked, or the two asked for different people).
struct FloorDecision {
    std::array<std::optional<Partner>, 2> wishes;
    bool coin = false;
    Partner result = Partner::A;

    friend bool operator==(const FloorDecision&, const FloorDecision&) = default;
};

struct ReceivedSignal {
    quint64 seq = 0;
    Partner by = Partner::A;
    qint64 at = 0;
    QString signalId;

    friend bool operator==(const ReceivedSignal&, const ReceivedSignal&) = default;
};

struct PauseState {
    enum class Phase { Running, ReEntry };
    Partner by = Partner::A;
    PauseKind kind = PauseKind::Break;
    qint64 startedAt = 0;
    qint64 endsAt = 0;
    int lengthSeconds = 0;
    int extensions = 0;
    bool warned = false;
    bool acknowledged = false;
    Phase phase = Phase::Running;
    std::array<std::optional<QString>, 2> reentries; // how each partner is now, once said

    friend bool operator==(const PauseState&, const PauseState&) = default;
};

// The state of a session, derived from its log by the reducer. Equal logs give equal states.
struct State {
    bool started = false;
    bool ended = false;
    std::optional<Partner> endedBy;
    quint64 lastSeq = 0;
    qint64 lastAt = 0;

    QString flowId;
    std::array<QString, 2> names;

    QString step;                                      // the current step of the flow
    Partner floor = Partner::A;                        // who holds the floor (the speaker)
    std::set<Partner> completed;                       // in a Both step: who is done
    std::set<Partner> heard;                           // partners who held the floor in this swap block
    int round = 1;                                     // increases with every swap of the floor
    std::map<QString, QString> stepValues;             // values set by actions in the current step ("first", "coin")
    std::array<std::optional<Partner>, 2> startWishes; // in this step: who each partner asked to start
    std::optional<FloorDecision> floorDecision;        // how the floor was last given from wishes or a coin

    std::optional<PauseState> pause;
    int pausesTaken = 0;
    std::set<Partner> moments; // at the check-in: who is taking a moment before joining (MomentTaken)

    std::vector<Entry> entries;
    std::vector<ReceivedSignal> signals;
    std::map<QString, std::set<Partner>> flags; // e.g. "export": who agreed to export

    const QString& name(Partner partner) const { return names[static_cast<std::size_t>(indexOf(partner))]; }
    Partner speaker() const { return floor; }
    Partner listener() const { return other(floor); }
    bool paused() const { return pause.has_value(); }
    bool takingMoment(Partner partner) const { return moments.count(partner) > 0; }
    bool flagged(const QString& flag, Partner partner) const;
    bool flaggedByBoth(const QString& flag) const;

    friend bool operator==(const State&, const State&) = default;
};

inline bool State::flagged(const QString& flag, Partner partner) const {
    const auto it = flags.find(flag);
    return it != flags.end() && it->second.count(partner) > 0;
}

inline bool State::flaggedByBoth(const QString& flag) const {
    const auto it = flags.find(flag);
    return it != flags.end() && it->second.size() == 2;
}

} // namespace twofold::session
