#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace twofold::net {

// Cryptographic randomness behind an interface (pairing nonces), so tests can fix the bytes.
class NonceSource {
public:
    virtual ~NonceSource() = default;
    virtual QByteArray bytes(int count) = 0;
};

// The operating system's CSPRNG (QRandomGenerator::system()).
class SystemNonceSource final : public NonceSource {
public:
    QByteArray bytes(int count) override {
        QList<quint32> words((count + 3) / 4);
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        return QByteArray(reinterpret_cast<const char*>(words.constData()), count);
    }
};

} // namespace twofold::net
