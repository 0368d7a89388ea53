// libFuzzer target: whole sequences of session intents, events and clock ticks, as a partner could send
// them. The input is up to 64 lines; each is one JSON object:
//   an intent ({"by":"A"|"B","type":...})   -> the host proposes it; an accepted event is appended by a
//                                              guest, which must accept it too (same reducer, same log);
//   an event  ({"seq":n,"by":...,"at":...})  -> appended to a third session fed only with such events (a
//                                              hostile host): a refused event must leave its log unchanged;
//   {"tick": ms}                             -> time passes; the host appends the pause clock's events;
//   anything else                            -> decoded as a sync message (the typed codec must not crash).
// At the end the host and guest logs must be equal, every log must rebuild into the very same state with
// Session::fromLog, and every event must survive its JSON form unchanged.
#include "core/session/EventJson.h"
#include "core/session/Session.h"
#include "core/sync/SyncCodec.h"

#include <QByteArrayList>
#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace twofold::session;

class FixedRandom final : public Random {
public:
    quint32 next() override { return m_value++; }

private:
    quint32 m_value = 1;
};

void require(bool condition) {
    if (!condition) {
        std::abort();
    }
}

void checkRebuilds(const FlowLibrary& flows, const Session& session) {
    const auto rebuilt = Session::fromLog(flows, session.log());
    require(rebuilt.ok());
    require(rebuilt->state() == session.state());
    for (const auto& event : session.log()) {
        const auto again = eventFromJson(toJson(event));
        require(again.ok() && *again == event);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto flows = FlowLibrary::builtin().value();
    FixedRandom random;
    Session host(flows);
    Session guest(flows);
    Session hostile(flows);
    qint64 now = 1'700'000'000'000;
    const auto started = host.propose(
        {Partner::A, SessionStarted{QStringLiteral("conversation"), QStringLiteral("A"), QStringLiteral("B")}}, now,
        random);
    require(started.ok() && guest.append(*started).ok());

    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto lines = input.split('\n');
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 64); ++i) {
        const auto json = QJsonDocument::fromJson(lines.at(i));
        if (!json.isObject()) {
            continue;
        }
        const auto object = json.object();
        if (object.contains(QLatin1String("tick"))) {
            now += std::clamp<qint64>(object.value(QLatin1String("tick")).toInteger(), 0, 3'600'000);
            for (const auto& event : host.tick(now)) {
                require(guest.append(event).ok());
            }
        } else if (object.contains(QLatin1String("seq"))) {
            if (auto event = eventFromJson(object)) {
                const auto before = hostile.log().size();
                if (!hostile.append(*event)) {
                    require(hostile.log().size() == before);
                }
            }
        } else if (auto intent = intentFromJson(object)) {
            (void)host.check(*intent);
            now += 1000;
            if (auto event = host.propose(*intent, now, random)) {
                require(guest.append(*event).ok()); // the guest's reducer agrees with the host's
            }
        } else {
            (void)twofold::sync::codec::decode(object);
        }
    }
    require(host.log() == guest.log());
    require(host.state() == guest.state());
    checkRebuilds(flows, host);
    checkRebuilds(flows, hostile);
    return 0;
}
