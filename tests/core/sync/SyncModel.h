#pragma once

#include "core/sync/LoopbackChannel.h"
#include "core/sync/SyncEngine.h"
#include "tests/core/sync/IntentGenerator.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/SeededRandom.h"

#include <QCoreApplication>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <sstream>

namespace twofold::test {

// One randomized scenario of the sync model test: a host and a guest engine over a LoopbackChannel,
// driven by a seed through random intents from both sides, link cuts and restores, message delays (turns
// of the event loop skipped), time passing (the pause clock) and restarts of either side (a restart
// loses that side's log and waiting intents, as kill -9 would). check() then lets the link settle and
// compares the outcome with the model: identical logs, the state Session::fromLog() derives, and every
// guest intent applied or refused exactly once (unless the guest that asked was restarted first).
class SyncModel {
public:
    explicit SyncModel(quint64 seed)
        : m_seed(seed), m_random(seed), m_generator(m_random), m_flows(session::FlowLibrary::builtin().value()) {
        auto [hostEnd, guestEnd] = sync::LoopbackChannel::createPair();
        m_hostEnd = std::move(hostEnd);
        m_guestEnd = std::move(guestEnd);
        m_host = makeEngine(sync::Role::Host, *m_hostEnd);
        m_guest = makeEngine(sync::Role::Guest, *m_guestEnd);
        watchGuest();
    }

    void run(int steps) {
        deliver();
        m_host->startSession(pickFlow(), QStringLiteral("Alex"), QStringLiteral("Sam"));
        for (int i = 0; i < steps; ++i) {
            step();
        }
    }

    ::testing::AssertionResult check() {
        if (!m_hostEnd->isOpen()) {
            note("restore");
            m_hostEnd->restore();
        }
        if (!settle()) {
            return failure() << "the engines never settled: host lastSeq " << m_host->session().lastSeq()
                             << " guest lastSeq " << m_guest->session().lastSeq() << ", guest pending "
                             << m_guest->pendingIntents() << ", host acked " << m_host->partnerAckedSeq() << ", phases "
                             << sync::toString(m_host->linkPhase()) << "/" << sync::toString(m_guest->linkPhase());
        }
        const auto& log = m_host->session().log();
        const bool sameSession = log.empty() || m_host->sessionId() == m_guest->sessionId();
        if (log != m_guest->session().log() || !sameSession) {
            return failure() << "the logs differ: host " << log.size() << " events, guest "
                             << m_guest->session().log().size();
        }
        auto rebuilt = session::Session::fromLog(m_flows, log);
        if (!rebuilt) {
            return failure() << "fromLog refused the shared log: " << rebuilt.error().code.toStdString();
        }
        if (!(rebuilt->state() == m_host->session().state()) || !(rebuilt->state() == m_guest->session().state())) {
            return failure() << "a live state differs from the state fromLog derives from the same log";
        }
        return checkIntents();
    }

    std::string story() const { return m_story.str(); }
    int requested() const { return static_cast<int>(m_intents.size()); }
    // How many applied guest intents the last check() found at their seq in the shared log.
    int foundInLog() const { return m_foundInLog; }

    // A mutant for the must-fail case: records one applied intent, whose event is in the log, at the wrong
    // seq, as an engine that reported the wrong seq would. check() must then fail. Returns false if no
    // intent qualifies (nothing was applied in this scenario's current session).
    bool misrecordOneAppliedSeq() {
        for (auto& [id, record] : m_intents) {
            if (record.applied == 1 && !record.eventLost && record.sessionId == m_host->sessionId()) {
                record.seq += 1;
                return true;
            }
        }
        return false;
    }
    std::size_t events() const { return m_host->session().log().size(); }

private:
    struct Record {
        int applied = 0;
        int refused = 0;
        bool lost = false; // its guest was restarted before an answer arrived
        quint64 seq = 0;
        QString sessionId;
        bool eventLost = false; // both logs that held its event were lost to restarts
    };

    std::unique_ptr<sync::SyncEngine> makeEngine(sync::Role role, sync::LoopbackChannel& end) {
        m_engineRandoms.push_back(std::make_unique<SeededRandom>(m_seed * 1000 + m_engineRandoms.size()));
        auto engine = std::make_unique<sync::SyncEngine>(role, m_flows, m_clock, *m_engineRandoms.back());
        engine->attach(&end);
        return engine;
    }

    void watchGuest() {
        QObject::connect(m_guest.get(), &sync::SyncEngine::intentApplied, m_guest.get(),
                         [this](quint64 id, quint64 seq) {
                             auto& record = m_intents[id];
                             ++record.applied;
                             record.seq = seq;
                             record.sessionId = m_guest->sessionId();
                         });
        QObject::connect(m_guest.get(), &sync::SyncEngine::intentRefused, m_guest.get(),
                         [this](quint64 id, const Error&) { ++m_intents[id].refused; });
    }

    void step() {
        const int roll = m_random.below(100);
        if (roll < 30) {
            ask(*m_guest, "guest");
        } else if (roll < 52) {
            ask(*m_host, "host");
        } else if (roll < 72) {
            note("deliver");
            deliver();
        } else if (roll < 78) {
            note("cut");
            m_hostEnd->cut();
        } else if (roll < 86) {
            note("restore");
            m_hostEnd->restore();
        } else if (roll < 93) {
            const int ms = m_random.below(400'000);
            note("advance " + std::to_string(ms));
            m_clock.advanceMs(ms);
        } else if (roll < 95) {
            restartGuest();
        } else if (roll < 96) {
            note("restart host");
            m_hostEnd->cut(); // the old process's connection dies with it
            forgetEventsOnlyIn(*m_host, *m_guest);
            m_host.reset();
            m_host = makeEngine(sync::Role::Host, *m_hostEnd);
        } else if (m_host->session().state().ended && m_host->linkPhase() == sync::LinkPhase::InStep) {
            note("new session");
            m_host->startSession(pickFlow(), QStringLiteral("Alex"), QStringLiteral("Sam"));
        }
        if (m_random.chance(50)) {
            QCoreApplication::processEvents(); // otherwise messages wait: a delay
        }
    }

    void ask(sync::SyncEngine& engine, const char* who) {
        const auto payload = m_generator.next(engine.session(), engine.me());
        note(std::string(who) + " " + session::typeName(payload).toStdString());
        const auto id = engine.request(payload);
        if (id && *id != 0) {
            m_intents[*id]; // tracked from now on
        }
    }

    void restartGuest() {
        note("restart guest");
        m_hostEnd->cut();
        for (auto& [id, record] : m_intents) {
            record.lost = record.lost || (record.applied + record.refused == 0);
        }
        forgetEventsOnlyIn(*m_guest, *m_host);
        m_guest.reset();
        m_guest = makeEngine(sync::Role::Guest, *m_guestEnd);
        watchGuest();
    }

    // `dying` restarts: an applied intent's event survives only if `surviving` holds it in the same session.
    void forgetEventsOnlyIn(const sync::SyncEngine& dying, const sync::SyncEngine& surviving) {
        Q_UNUSED(dying);
        for (auto& [id, record] : m_intents) {
            if (record.applied == 1 &&
                (record.sessionId != surviving.sessionId() || record.seq > surviving.session().lastSeq())) {
                record.eventLost = true;
            }
        }
    }

    QString pickFlow() { return m_random.chance(70) ? QStringLiteral("conversation") : QStringLiteral("practice"); }

    void deliver() {
        for (int i = 0; i < 1 + m_random.below(4); ++i) {
            QCoreApplication::processEvents();
        }
    }

    bool settle() {
        const auto settled = [this] {
            return m_host->linkPhase() == sync::LinkPhase::InStep && m_guest->linkPhase() == sync::LinkPhase::InStep &&
                   m_guest->pendingIntents() == 0 && m_host->session().lastSeq() == m_guest->session().lastSeq() &&
                   m_host->partnerAckedSeq() == m_host->session().lastSeq();
        };
        for (int i = 0; i < 2000; ++i) {
            QCoreApplication::processEvents();
            if (settled()) {
                for (int quiet = 0; quiet < 5; ++quiet) {
                    QCoreApplication::processEvents();
                }
                return settled();
            }
        }
        return false;
    }

    ::testing::AssertionResult checkIntents() {
        m_foundInLog = 0;
        std::map<sync::IntentId, quint64> seqOf;
        for (const auto& event : m_host->session().log()) {
            for (const auto* engine : {m_host.get(), m_guest.get()}) {
                const auto id = engine->intentOf(event.seq);
                if (!id) {
                    continue;
                }
                const auto [it, fresh] = seqOf.emplace(*id, event.seq);
                if (!fresh && it->second != event.seq) {
                    return failure() << "one intent was applied twice, at seq " << it->second << " and " << event.seq;
                }
                if (event.by != session::Partner::B) {
                    return failure() << "an intent of the guest became an event not by B at seq " << event.seq;
                }
            }
        }
        for (const auto& [id, record] : m_intents) {
            const int answers = record.applied + record.refused;
            if (answers > 1) {
                return failure() << "an intent was answered " << answers << " times";
            }
            if (answers == 0 && !record.lost) {
                return failure() << "an intent was never answered";
            }
            const bool shouldBeInLog =
                record.applied == 1 && !record.eventLost && record.sessionId == m_host->sessionId();
            if (shouldBeInLog &&
                (record.seq > m_host->session().lastSeq() || seqOf.count(id) == 0 || seqOf.at(id) != record.seq)) {
                return failure() << "an applied intent's event is not in the log (seq " << record.seq << ")";
            }
            m_foundInLog += shouldBeInLog ? 1 : 0;
        }
        return ::testing::AssertionSuccess();
    }

    ::testing::AssertionResult failure() {
        return ::testing::AssertionFailure() << "seed " << m_seed << " (replay: TWOFOLD_SYNC_SEED=" << m_seed << "): ";
    }

    void note(const std::string& what) { m_story << what << "; "; }

    quint64 m_seed;
    SeededRandom m_random;
    IntentGenerator m_generator;
    session::FlowLibrary m_flows;
    FakeClock m_clock;
    std::vector<std::unique_ptr<SeededRandom>> m_engineRandoms;
    std::unique_ptr<sync::LoopbackChannel> m_hostEnd;
    std::unique_ptr<sync::LoopbackChannel> m_guestEnd;
    std::unique_ptr<sync::SyncEngine> m_host;
    std::unique_ptr<sync::SyncEngine> m_guest;
    std::map<sync::IntentId, Record> m_intents;
    std::ostringstream m_story;
    int m_foundInLog = 0;
};

} // namespace twofold::test
