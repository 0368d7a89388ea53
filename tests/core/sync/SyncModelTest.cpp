#include "tests/core/sync/SyncModel.h"

#include <QElapsedTimer>
#include <cstdio>

namespace twofold::test {
namespace {

// How many scenarios, from which seed: TWOFOLD_SYNC_SEED=<n> replays one scenario (printed on failure,
// with what happened in it), TWOFOLD_SYNC_SCENARIOS=<n> runs more or fewer.
constexpr int kScenarios = 1200;
constexpr int kStepsPerScenario = 40;

TEST(SyncModel, random_intents_cuts_delays_and_restarts_end_in_one_log_with_every_intent_once) {
    bool replay = false;
    const quint64 only = qEnvironmentVariable("TWOFOLD_SYNC_SEED").toULongLong(&replay);
    bool countGiven = false;
    const int count = qEnvironmentVariableIntValue("TWOFOLD_SYNC_SCENARIOS", &countGiven);
    const quint64 first = replay ? only : 1;
    const quint64 last = replay ? only : first + quint64(countGiven ? count : kScenarios) - 1;
    QElapsedTimer elapsed;
    elapsed.start();
    int scenarios = 0;
    int intents = 0;
    std::size_t events = 0;
    for (quint64 seed = first; seed <= last; ++seed) {
        SyncModel model(seed);
        model.run(kStepsPerScenario);
        const auto result = model.check();
        ++scenarios;
        intents += model.requested();
        events += model.events();
        ASSERT_TRUE(result) << "\n  what happened: " << model.story();
    }
    std::printf("[ model    ] %d scenarios, %d guest intents, %zu events in %lld ms\n", scenarios, intents, events,
                elapsed.elapsed());
    EXPECT_EQ(scenarios, int(last - first + 1));
}

} // namespace
} // namespace twofold::test
