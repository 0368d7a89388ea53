#pragma once

#include "tests/app/cli/CliProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace twofold::test {

// Two twofold-cli partners on loopback, each with its own temporary profile:
//   invitee: `host --port P` (Alex): waits to be invited; the guest of the shared log (partner B)
//   inviter: `join 127.0.0.1:P` (Sam): invites; the host of the shared log (partner A)
// Every test gets its own TCP port and its own discovery port, so parallel tests never hear each other.
struct CliPartners {
    CliPartners() {
        EXPECT_TRUE(inviteeDir.isValid() && inviterDir.isValid());
        EXPECT_NE(port, 0);
        EXPECT_NE(discoveryPort, 0);
    }

    QStringList discoveryArgs() const { return {QStringLiteral("--discovery-port"), QString::number(discoveryPort)}; }
    QStringList hostArgs(bool yes) const {
        auto args =
            discoveryArgs() + QStringList{QStringLiteral("host"), QStringLiteral("--port"), QString::number(port)};
        if (yes) {
            args << QStringLiteral("--yes");
        }
        return args;
    }
    QStringList joinArgs(const QString& target, bool yes) const {
        auto args = discoveryArgs() + QStringList{QStringLiteral("join"), target};
        if (yes) {
            args << QStringLiteral("--yes");
        }
        return args;
    }
    QString address() const { return QStringLiteral("127.0.0.1:") + QString::number(port); }

    // Starts the invitee and waits until it listens on exactly our port.
    bool startInvitee(bool yes) {
        invitee = std::make_unique<CliProcess>(inviteeDir.path(), QStringLiteral("Alex"));
        if (!invitee->start(hostArgs(yes))) {
            return false;
        }
        const auto listening = invitee->waitForLine(kindIs("listening"));
        return listening && listening->value(QLatin1String("port")).toInt() == port;
    }
    bool startInviter(const QString& target, bool yes) {
        inviter = std::make_unique<CliProcess>(inviterDir.path(), QStringLiteral("Sam"));
        return inviter->start(joinArgs(target, yes));
    }

    // Pairs both with --yes and waits until both run the session over a live link.
    bool pairWithYes() {
        return startInvitee(true) && startInviter(address(), true) && invitee->waitForLine(kindIs("paired")) &&
               inviter->waitForLine(kindIs("paired")) && linked(*invitee) && linked(*inviter);
    }
    static bool linked(CliProcess& process, qsizetype from = 0) {
        return process.waitForLine(kindIs("session-ready"), 10000, from) &&
               process.waitForLine(kindIs("link", "up", true), 10000, from);
    }

    std::string transcripts() const {
        return (invitee ? invitee->transcript() : std::string()) + "\n" +
               (inviter ? inviter->transcript() : std::string());
    }

    QTemporaryDir inviteeDir;
    QTemporaryDir inviterDir;
    quint16 port = freeTcpPort();
    quint16 discoveryPort = freeUdpPort();
    std::unique_ptr<CliProcess> invitee;
    std::unique_ptr<CliProcess> inviter;
};

// Both processes printed events 1..count, each exactly once, and the same events.
inline ::testing::AssertionResult sameEvents(const CliProcess& a, const CliProcess& b, qint64 count) {
    const auto left = eventsBySeq(a.events());
    const auto right = eventsBySeq(b.events());
    if (!left || !right) {
        return ::testing::AssertionFailure() << "an event was printed twice";
    }
    for (const auto* side : {&*left, &*right}) {
        if (static_cast<qint64>(side->size()) != count || side->begin()->first != 1 || side->rbegin()->first != count) {
            return ::testing::AssertionFailure() << "expected events 1.." << count << ", got " << side->size();
        }
    }
    if (*left != *right) {
        return ::testing::AssertionFailure() << "the two sides printed different events";
    }
    return ::testing::AssertionSuccess();
}

inline QJsonObject intent(const char* type, const char* key = nullptr, const char* value = nullptr) {
    QJsonObject object{{QStringLiteral("type"), QString::fromLatin1(type)}};
    if (key) {
        object.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    }
    return object;
}

inline QJsonObject flowAction(const char* action, QJsonObject fields = {}) {
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("flow-action")},
                       {QStringLiteral("action"), QString::fromLatin1(action)}};
    if (!fields.isEmpty()) {
        object.insert(QStringLiteral("fields"), fields);
    }
    return object;
}

} // namespace twofold::test
