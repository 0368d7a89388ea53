#pragma once

#include <QJsonObject>
#include <QString>
#include <utility>
#include <variant>

namespace twofold {

// An error as a value: a stable machine code (for protocol replies and tests), a human message, and the
// arguments the message was made from (e.g. {"name":"Alex"} for not-your-turn), so that a refusal can
// travel as code + arguments and be rendered again in another language (session::rejection::render).
struct Error {
    QString code;
    QString message;
    QJsonObject args = {};
};

// Result<T>: either a value or an Error. Errors are values; nothing throws across the event loop.
template <typename T> class Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void> equivalent.
struct Ok {};
using Status = Result<Ok>;

} // namespace twofold
