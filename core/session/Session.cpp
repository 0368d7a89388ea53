#include "core/session/Session.h"

#include "core/log/Log.h"
#include "core/session/PauseRules.h"
#include "core/session/Reducer.h"
#include "core/session/Rejections.h"
#include "core/session/SignalRules.h"

namespace twofold::session {
namespace {

const char* partnerName(const std::optional<Partner>& by) {
    if (!by) {
        return "system";
    }
    return *by == Partner::A ? "A" : "B";
}

} // namespace

Session::Session(FlowLibrary flows) : m_flows(std::move(flows)) {}

Result<Session> Session::fromLog(FlowLibrary flows, const std::vector<Event>& log) {
    Session session(std::move(flows));
    session.m_log.reserve(log.size());
    for (const auto& event : log) {
        if (auto status = session.appendChecked(event, false); !status) {
            return status.error();
        }
    }
    log::get(log::Module::Session)
        ->info("rebuilt from log events={} flow={}", log.size(), session.m_state.flowId.toStdString());
    return session;
}

std::optional<Error> Session::check(const Intent& intent) const {
    return session::check(m_state, m_flows, intent.by, intent.payload);
}

Payload Session::resolve(const Intent& intent, Random& random) const {
    auto payload = intent.payload;
    auto* action = std::get_if<FlowAction>(&payload);
    const auto* step = currentStep();
    const auto* def = action && step ? step->action(action->action) : nullptr;
    if (def == nullptr) {
        return payload;
    }
    const auto coin = [&] {
        return toString((random.next() & 1U) == 0 ? Partner::A : Partner::B);
    };
    for (const auto& field : def->fields) {
        if (field.kind == FieldKind::Coin) {
            action->fields[field.name] = coin();
        } else if (field.kind == FieldKind::Speaker) {
            const auto it = action->fields.find(field.name);
            if (it == action->fields.end() || it->second.isEmpty()) {
                continue;
            }
            if (it->second == QLatin1String("me")) {
                it->second = toString(intent.by);
            } else if (it->second == QLatin1String("partner")) {
                it->second = toString(other(intent.by));
            } else if (it->second == QLatin1String("coin")) {
                action->fields.erase(it); // no wish: the ready step's coin decides, if nobody asks
            }
        }
    }
    return payload;
}

Result<Event> Session::propose(const Intent& intent, qint64 nowMs, Random& random) {
    if (auto reason = check(intent)) {
        log::get(log::Module::Session)
            ->info("rejected type={} by={} code={}", typeName(intent.payload).toStdString(), partnerName(intent.by),
                   reason->code.toStdString());
        return *reason;
    }
    Event event{m_state.lastSeq + 1, intent.by, nowMs, resolve(intent, random)};
    if (auto status = appendChecked(event, true); !status) {
        return status.error();
    }
    return event;
}

Status Session::append(const Event& event) {
    return appendChecked(event, true);
}

Status Session::appendChecked(const Event& event, bool logIt) {
    if (event.seq != m_state.lastSeq + 1) {
        return rejection::badSequence(m_state.lastSeq + 1, event.seq);
    }
    auto reason = session::check(m_state, m_flows, event.by, event.payload);
    if (const auto* signal = std::get_if<SignalSent>(&event.payload); !reason && signal && event.by) {
        reason = signalRateRefusal(m_state, *event.by, signal->signalId, event.at); // needs the event's time
    }
    if (reason) {
        if (logIt) {
            log::get(log::Module::Session)
                ->warn("refused event seq={} type={} code={}", event.seq, typeName(event.payload).toStdString(),
                       reason->code.toStdString());
        }
        return *reason;
    }
    m_state = session::apply(std::move(m_state), m_flows, event);
    m_log.push_back(event);
    if (logIt) {
        log::get(log::Module::Session)
            ->debug("applied seq={} type={} by={} step={}", event.seq, typeName(event.payload).toStdString(),
                    partnerName(event.by), m_state.step.toStdString());
    }
    return Ok{};
}

std::vector<Event> Session::tick(qint64 nowMs) {
    std::vector<Event> appended;
    for (auto& due : dueEvents(m_state, nowMs)) {
        Event event{m_state.lastSeq + 1, std::nullopt, due.at, std::move(due.payload)};
        if (appendChecked(event, true)) {
            appended.push_back(std::move(event));
        }
    }
    return appended;
}

std::vector<Event> Session::eventsAfter(quint64 seq) const {
    if (seq >= m_log.size()) {
        return {};
    }
    return {m_log.begin() + static_cast<std::ptrdiff_t>(seq), m_log.end()};
}

const StepDef* Session::currentStep() const {
    const auto* definition = flow();
    return definition ? definition->step(m_state.step) : nullptr;
}

} // namespace twofold::session
