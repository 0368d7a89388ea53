// twofold-bench catch-up: a restarted guest receives a 10,000-event session from its host (DESIGN §8: "under
// any flood ... its window answers within 100 ms"). The host is played by hand, exactly as docs/PROTOCOL.md
// §8.4 says a host sends its log (in order, at most 512 events beyond the guest's last session-ack), over an
// in-memory channel; the guest is the real SyncEngine. Figures: the longest time the guest's event loop did
// not answer while catching up (a 5 ms probe timer's largest gap; goal < 100 ms) and the whole catch-up.
#include "Benchmarks.h"
#include "core/session/Session.h"
#include "core/sync/LoopbackChannel.h"
#include "core/sync/SyncCodec.h"
#include "core/sync/SyncEngine.h"
#include "core/timing/SystemClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

namespace twofold::bench {
namespace {

constexpr quint64 kWindow = sync::SyncEngine::kSendWindow; // docs/PROTOCOL.md §8.4 "Sending the log is bounded"

class SeqRandom final : public session::Random {
public:
    quint32 next() override { return ++m_value; }

private:
    quint32 m_value = 0;
};

int run(const QStringList& args) {
    bool ok = true;
    const int events = intOption(args, QStringLiteral("--events"), 10000, ok);
    if (!ok) {
        std::fputs("usage: twofold-bench catch-up [--events N]\n", stderr);
        return 2;
    }
    auto flows = session::FlowLibrary::builtin();
    if (!flows) {
        return 2;
    }
    const auto log = makeReplayLog(*flows, events);
    const QString sessionId = QStringLiteral("bench-session");
    timing::SystemClock clock;
    SeqRandom random;
    auto [hostEnd, guestEnd] = sync::LoopbackChannel::createPair();
    sync::SyncEngine guest(sync::Role::Guest, *flows, clock, random);

    quint64 sent = 0;
    const auto sendUpTo = [&, host = hostEnd.get()](quint64 acked) {
        const quint64 limit = std::min<quint64>(log.size(), acked + kWindow);
        for (; sent < limit; ++sent) {
            host->send(sync::codec::encode(sync::EventMessage{log[sent], std::nullopt}));
        }
    };
    QObject::connect(hostEnd.get(), &sync::Channel::received, hostEnd.get(), [&](const QJsonObject& message) {
        auto decoded = sync::codec::decode(message);
        if (!decoded || !decoded.value()) {
            return;
        }
        if (const auto* resume = std::get_if<sync::ResumeMessage>(&*decoded.value())) {
            sendUpTo(resume->lastSeq);
        } else if (const auto* ack = std::get_if<sync::AckMessage>(&*decoded.value())) {
            sendUpTo(ack->seq);
        }
    });

    qint64 longestGapMs = 0;
    QElapsedTimer sinceProbe;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe,
                     [&] { longestGapMs = std::max(longestGapMs, sinceProbe.restart()); });
    QElapsedTimer total;
    total.start();
    sinceProbe.start();
    probe.start();
    guest.attach(guestEnd.get());
    hostEnd->send(sync::codec::encode(sync::ResumeMessage{sessionId, log.size(), sync::Role::Host}));
    QElapsedTimer limit;
    limit.start();
    while (!guest.inStep() && limit.elapsed() < 120'000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    const double totalMs = static_cast<double>(total.elapsed());
    probe.stop();
    if (!guest.inStep() || guest.session().lastSeq() != log.size()) {
        std::fprintf(stderr, "catch-up did not finish: %llu of %zu events\n",
                     static_cast<unsigned long long>(guest.session().lastSeq()), log.size());
        return 2;
    }
    return printFigure({{QStringLiteral("bench"), QStringLiteral("catch-up")},
                        {QStringLiteral("value"), static_cast<double>(longestGapMs)},
                        {QStringLiteral("unit"), QStringLiteral("ms")},
                        {QStringLiteral("goal"), 100},
                        {QStringLiteral("longestStallMs"), static_cast<double>(longestGapMs)},
                        {QStringLiteral("totalMs"), round2(totalMs)},
                        {QStringLiteral("events"), static_cast<int>(log.size())},
                        {QStringLiteral("build"), QStringLiteral(TWOFOLD_BENCH_BUILD_TYPE)}});
}

} // namespace

Bench catchUpBench() {
    return {QStringLiteral("catch-up"),
            QStringLiteral("a restarted guest takes a 10,000-event log; longest event-loop stall (goal < 100 ms)"),
            run};
}

} // namespace twofold::bench
