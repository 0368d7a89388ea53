#pragma once

#include <QByteArray>
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
        QByteArray result(count, Qt::Uninitialized);
        for (int i = 0; i < count; ++i) {
            result[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
        }
        return result;
    }
};

} // namespace twofold::net
