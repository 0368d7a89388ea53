// libFuzzer target: session events and intents from arbitrary bytes, as a partner could send them.
// Each input is parsed as JSON; a valid event is appended to a running session, a valid intent is
// checked and proposed; nothing may crash, and a refused event must leave the log unchanged.
#include "core/session/EventJson.h"
#include "core/session/Session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

namespace {

class FixedRandom final : public twofold::session::Random {
public:
    quint32 next() override { return 1; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace twofold::session;
    static auto flows = FlowLibrary::builtin().value();
    static FixedRandom random;
    Session session(flows);
    (void)session.propose(
        {Partner::A, SessionStarted{QStringLiteral("conversation"), QStringLiteral("A"), QStringLiteral("B")}}, 1,
        random);
    const auto json =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!json.isObject()) {
        return 0;
    }
    if (auto event = eventFromJson(json.object())) {
        const auto before = session.log().size();
        if (!session.append(*event) && session.log().size() != before) {
            std::abort();
        }
        (void)toJson(*event);
    }
    if (auto intent = intentFromJson(json.object())) {
        (void)session.check(*intent);
        (void)session.propose(*intent, 2, random);
    }
    return 0;
}
