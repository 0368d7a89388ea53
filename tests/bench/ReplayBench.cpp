// twofold-bench replay: rebuilding a session from its log, as a restarted side does when it resumes.
// Goal (DESIGN §8): a 10,000-event session resumes in under 50 ms. The figure is the slowest of the runs.
#include "Benchmarks.h"
#include "core/session/Session.h"

#include <chrono>
#include <cstdio>

namespace twofold::bench {
namespace {

class CountingRandom final : public session::Random {
public:
    quint32 next() override { return ++m_value; }

private:
    quint32 m_value = 0;
};

session::Payload act(const char* id, session::Fields fields = {}) {
    return session::FlowAction{QString::fromLatin1(id), std::move(fields)};
}

} // namespace

// A realistic long session: full conversation turns with text, signals, breathing pauses (also used by
// CatchUpBench.cpp).
std::vector<session::Event> makeReplayLog(const session::FlowLibrary& flows, int target) {
    session::Session session(flows);
    CountingRandom random;
    qint64 now = 1'700'000'000'000;
    const auto propose = [&](session::Partner by, session::Payload payload) {
        now += 1500;
        return session.propose({by, std::move(payload)}, now, random).ok();
    };
    using session::Partner;
    propose(Partner::A,
            session::SessionStarted{QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam")});
    propose(Partner::A, act("ready"));
    propose(Partner::B, act("ready"));
    const QString feeling = QStringLiteral("I feel a little lonely when the evenings fill up with chores");
    while (static_cast<int>(session.log().size()) < target) {
        const auto speaker = session.state().speaker();
        const auto listener = session::other(speaker);
        const auto step = session.state().step;
        if (step == QLatin1String("statement")) {
            propose(speaker, act("share", {{QStringLiteral("feel"), feeling},
                                           {QStringLiteral("need"), QStringLiteral("time together")}}));
        } else if (step == QLatin1String("reflect")) {
            propose(listener,
                    act("reflect", {{QStringLiteral("heard"), QStringLiteral("you feel lonely in the evenings")}}));
        } else if (step == QLatin1String("confirm")) {
            propose(speaker, act("confirm"));
        } else if (step == QLatin1String("more")) {
            propose(listener, act("ask-more"));
        } else if (step == QLatin1String("answer-more")) {
            propose(speaker, act("add-more")); // keeps the conversation going round
        }
        propose(listener, session::SignalSent{QStringLiteral("still-here")});
        if (session.log().size() % 200 == 0) {
            propose(speaker, session::PauseRequested{session::PauseKind::Breath, 60});
            for (auto& event : session.tick(now + 61'000)) {
                (void)event;
            }
            now += 61'000;
        }
    }
    return session.log();
}

namespace {

int run(const QStringList& args) {
    bool ok = true;
    const int events = intOption(args, QStringLiteral("--events"), 10000, ok);
    const int runs = intOption(args, QStringLiteral("--runs"), 20, ok);
    if (!ok) {
        std::fputs("usage: twofold-bench replay [--events N] [--runs N]\n", stderr);
        return 2;
    }
    auto flows = session::FlowLibrary::builtin();
    if (!flows) {
        return 2;
    }
    const auto log = makeReplayLog(*flows, events);
    std::vector<double> samples;
    std::size_t entries = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto rebuilt = session::Session::fromLog(*flows, log);
        const auto end = std::chrono::steady_clock::now();
        if (!rebuilt) {
            std::fprintf(stderr, "replay failed: %s\n", qPrintable(rebuilt.error().message));
            return 2;
        }
        entries = rebuilt->state().entries.size();
        samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    const auto p = percentiles(samples);
    return printFigure({{QStringLiteral("bench"), QStringLiteral("replay")},
                        {QStringLiteral("value"), round2(p.max)},
                        {QStringLiteral("unit"), QStringLiteral("ms")},
                        {QStringLiteral("goal"), 50},
                        {QStringLiteral("p50"), round2(p.p50)},
                        {QStringLiteral("max"), round2(p.max)},
                        {QStringLiteral("runs"), p.runs},
                        {QStringLiteral("events"), static_cast<int>(log.size())},
                        {QStringLiteral("entries"), static_cast<int>(entries)},
                        {QStringLiteral("build"), QStringLiteral(TWOFOLD_BENCH_BUILD_TYPE)}});
}

} // namespace

Bench replayBench() {
    return {QStringLiteral("replay"), QStringLiteral("rebuild a 10,000-event session from its log (goal < 50 ms)"),
            run};
}

} // namespace twofold::bench
