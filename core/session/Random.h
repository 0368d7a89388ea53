#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace twofold::session {

// Randomness behind an interface (coin flips, nonces in tests).
class Random {
public:
    virtual ~Random() = default;
    virtual quint32 next() = 0;
};

class SystemRandom final : public Random {
public:
    quint32 next() override { return QRandomGenerator::system()->generate(); }
};

} // namespace twofold::session
