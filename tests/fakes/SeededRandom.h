#pragma once

#include "core/Random.h"

#include <random>

namespace twofold::test {

// A reproducible random source: the same seed gives the same draws (randomized tests print the seed).
class SeededRandom final : public Random {
public:
    explicit SeededRandom(quint64 seed) : m_engine(seed) {}
    quint32 next() override { return static_cast<quint32>(m_engine()); }
    // A whole number in [0, bound) for test decisions; bound > 0.
    int below(int bound) { return static_cast<int>(m_engine() % static_cast<quint64>(bound)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937_64 m_engine;
};

} // namespace twofold::test
