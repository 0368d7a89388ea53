#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace twofold {

// Randomness behind an interface (DESIGN §6): coin flips, intent ids. Tests pass fixed or seeded sources.
class Random {
public:
    virtual ~Random() = default;
    // 32 uniformly random bits.
    virtual quint32 next() = 0;
    // 64 uniformly random bits from two draws.
    quint64 next64() { return (quint64(next()) << 32) | next(); }
};

// The operating system's generator (QRandomGenerator::system()).
class SystemRandom final : public Random {
public:
    quint32 next() override { return QRandomGenerator::system()->generate(); }
};

} // namespace twofold
