#pragma once

#include "core/session/Session.h"
#include "core/session/SignalCatalogue.h"
#include "tests/fakes/SeededRandom.h"

#include <QStringList>

namespace twofold::test {

// Random intents for the sync model test: mostly what the current step offers (so flows advance),
// mixed with pauses, signals, replies to pauses, and a few that the host must refuse (wrong turn, unknown
// action, bad lengths). It looks at the asking side's own view of the state, as a user interface would.
class IntentGenerator {
public:
    explicit IntentGenerator(SeededRandom& random) : m_random(random) {}

    // Mostly something the asking side's view allows (so sessions get somewhere), sometimes anything.
    session::Payload next(const session::Session& view, session::Partner me) {
        auto payload = candidate(view, me);
        for (int attempt = 0; attempt < 4 && !m_random.chance(20) && view.check({me, payload}); ++attempt) {
            payload = candidate(view, me);
        }
        return payload;
    }

private:
    session::Payload candidate(const session::Session& view, session::Partner me) {
        const auto& state = view.state();
        const int roll = m_random.below(100);
        if (state.pause) {
            return pauseReply(state, me, roll);
        }
        if (roll < 55) {
            if (auto action = stepAction(view)) {
                return *action;
            }
        }
        if (roll < 70) {
            return session::SignalSent{signal()};
        }
        if (roll < 78) {
            const bool isBreak = m_random.chance(50);
            const int seconds = isBreak ? 240 + m_random.below(1600) : 20 + m_random.below(300);
            return session::PauseRequested{isBreak ? session::PauseKind::Break : session::PauseKind::Breath, seconds};
        }
        if (roll < 79) {
            return session::SessionEnded{};
        }
        if (roll < 90) {
            return session::FlowAction{QStringLiteral("no-such-action"), {}};
        }
        return pauseReply(state, me, roll);
    }

    QString signal() {
        static const QStringList ids{QStringLiteral("slow-down"), QStringLiteral("still-here"),
                                     QStringLiteral("care"),      QStringLiteral("my-part"),
                                     QStringLiteral("thank-you"), QStringLiteral("not-a-signal")};
        return ids.at(m_random.below(static_cast<int>(ids.size())));
    }

    QString text(int maxLength) {
        const int length = m_random.chance(5) ? maxLength + 1 : 1 + m_random.below(12);
        QString result;
        for (int i = 0; i < length; ++i) {
            result += QChar(u'a' + m_random.below(26));
        }
        return result;
    }

    std::optional<session::Payload> stepAction(const session::Session& view) {
        const auto* step = view.currentStep();
        if (step == nullptr || step->actions.empty()) {
            return std::nullopt;
        }
        const auto& action = step->actions.at(static_cast<std::size_t>(m_random.below(int(step->actions.size()))));
        session::FlowAction result{action.id, {}};
        for (const auto& field : action.fields) {
            if (!field.required && m_random.chance(50)) {
                continue;
            }
            switch (field.kind) {
            case session::FieldKind::Text:
                result.fields[field.name] = text(field.maxLength);
                break;
            case session::FieldKind::Choice:
                result.fields[field.name] = field.options.isEmpty() ? QString() : field.options.first();
                break;
            case session::FieldKind::Speaker: {
                static const QStringList who{QStringLiteral("me"), QStringLiteral("partner"), QStringLiteral("coin")};
                result.fields[field.name] = who.at(m_random.below(3));
                break;
            }
            case session::FieldKind::Coin:
                break;
            }
        }
        return session::Payload{result};
    }

    session::Payload pauseReply(const session::State& state, session::Partner me, int roll) {
        const bool mine = state.pause && state.pause->by == me;
        if (state.pause && state.pause->phase == session::PauseState::Phase::ReEntry) {
            return session::ReEntered{text(200)};
        }
        if (roll % 4 == 0) {
            return session::SignalSent{signal()};
        }
        if (mine) {
            return roll % 3 == 0 ? session::Payload{session::PauseExtended{}}
                                 : session::Payload{session::PauseReturned{}};
        }
        return roll % 2 == 0 ? session::Payload{session::PauseAcknowledged{}}
                             : session::Payload{session::PauseReturned{}};
    }

    SeededRandom& m_random;
};

} // namespace twofold::test
