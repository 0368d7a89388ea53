#pragma once

#include "core/net/NonceSource.h"

#include <QByteArray>
#include <vector>

namespace twofold::test {

// Returns the given byte strings in turn (then repeats the last one), cut or padded to the size asked.
class FakeNonceSource final : public net::NonceSource {
public:
    explicit FakeNonceSource(std::vector<QByteArray> values) : m_values(std::move(values)) {}
    QByteArray bytes(int count) override {
        QByteArray value = m_values.at(std::min(m_index, m_values.size() - 1));
        ++m_index;
        value = value.left(count);
        value.append(QByteArray(count - value.size(), '\0'));
        return value;
    }

private:
    std::vector<QByteArray> m_values;
    std::size_t m_index = 0;
};

} // namespace twofold::test
