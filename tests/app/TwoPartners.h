#pragma once

#include "app/controllers/DraftStore.h"
#include "app/controllers/session/SessionController.h"
#include "core/link/ConnectionChannel.h"
#include "core/net/Server.h"
#include "core/sync/LoopbackChannel.h"
#include "tests/app/FakeChime.h"
#include "tests/fakes/FakeClock.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <memory>

namespace twofold::test {

// Another computer's clock: `base` moved by a fixed skew (a guest whose clock runs minutes ahead, as two
// computers' clocks commonly do). Time advances with `base`; its timers are base's.
class SkewedClock final : public session::Clock {
public:
    explicit SkewedClock(const session::Clock& base) : m_base(base) {}
    void setSkewMs(qint64 ms) { m_skewMs = ms; }
    qint64 nowMs() const override { return m_base.nowMs() + m_skewMs; }
    qint64 wallMs() const override { return m_base.wallMs() + m_skewMs; }
    std::unique_ptr<timing::ClockTimer> createTimer() const override { return m_base.createTimer(); }

private:
    const session::Clock& m_base;
    qint64 m_skewMs = 0;
};

// Alex (host, partner A) and Sam (guest, partner B) sharing a fake clock. Controllers only; widget
// tests build their pages on top. The two are joined either by an in-memory channel pair or by a real
// TLS 1.3 connection over 127.0.0.1 (the same transport two computers use).
class TwoPartners {
public:
    enum class Link { Memory, Tls };

    // `alexName` / `samName`: how each calls itself (e.g. a hostile name, for the plain-text tests);
    // `language`: the language both windows speak (the flows' words, the coach's lead-ins).
    explicit TwoPartners(Link link = Link::Memory, const QString& alexName = QStringLiteral("Alex"),
                         const QString& samName = QStringLiteral("Sam"), const QString& language = QStringLiteral("en"))
        : m_link(link), m_language(language) {
        auto flows = session::FlowLibrary::builtin();
        EXPECT_TRUE(flows.ok());
        hostEngine = std::make_unique<sync::SyncEngine>(sync::Role::Host, flows.value(), clock, random);
        guestEngine = std::make_unique<sync::SyncEngine>(sync::Role::Guest, flows.value(), samClock, random);
        if (link == Link::Memory) {
            auto [a, b] = sync::LoopbackChannel::createPair();
            hostMemory = std::move(a);
            guestMemory = std::move(b);
            hostEngine->attach(hostMemory.get());
            guestEngine->attach(guestMemory.get());
        } else {
            hostIdentity = net::Identity::createEphemeral(QStringLiteral("Alex")).value();
            guestIdentity = net::Identity::createEphemeral(QStringLiteral("Sam")).value();
            server = std::make_unique<net::Server>(guestIdentity, QStringLiteral("Sam"), net::Scope::Loopback,
                                                   net::ConnectionOptions{});
            EXPECT_TRUE(server->listen(0).ok());
            QObject::connect(server.get(), &net::Server::connectionReady, &guestTls,
                             [this](net::Connection* connection) { guestTls.setConnection(connection); });
            hostEngine->attach(&hostTls);
            guestEngine->attach(&guestTls);
            restore();
        }
        alex = std::make_unique<app::SessionController>(*hostEngine, clock, alexChime, alexDrafts,
                                                        options(alexName, samName));
        sam = std::make_unique<app::SessionController>(*guestEngine, samClock, samChime, samDrafts,
                                                       options(samName, alexName));
        m_samName = samName;
        m_alexName = alexName;
    }

    app::SessionController::Options options(const QString& me, const QString& partner) const {
        app::SessionController::Options o;
        o.myName = me;
        o.partnerName = partner;
        o.language = m_language;
        o.pauseMinutes = 10;
        return o;
    }

    // Sam's app is killed and started again (in-memory link only): a new, empty engine and controller over
    // the same drafts on disk, which catch up from Alex's log when the link comes back.
    void restartSam() {
        hostMemory->cut();
        sam.reset();
        guestEngine.reset();
        guestEngine = std::make_unique<sync::SyncEngine>(sync::Role::Guest, session::FlowLibrary::builtin().value(),
                                                         samClock, random);
        guestEngine->attach(guestMemory.get());
        sam = std::make_unique<app::SessionController>(*guestEngine, samClock, samChime, samDrafts,
                                                       options(m_samName, m_alexName));
        hostMemory->restore();
    }

    ~TwoPartners() {
        alex.reset();
        sam.reset();
        hostEngine->detach();
        guestEngine->detach();
        delete hostConnection.data();
    }

    // Waits until both sides have the same log (and nothing is pending).
    bool settle() {
        return QTest::qWaitFor(
            [this] {
                return hostEngine->session().lastSeq() == guestEngine->session().lastSeq() &&
                       guestEngine->pendingIntents() == 0;
            },
            5000);
    }

    // `who` submits `action` with `fields` as its drafts; true once both sides have the same log again.
    bool act(app::SessionController& who, const QString& action, const std::map<QString, QString>& fields = {}) {
        for (const auto& [name, text] : fields) {
            who.step().setDraft(action, name, text);
        }
        who.step().submit(action);
        return settle();
    }

    // Alex starts the conversation flow about "Weekends", speaking first, and both say they are ready.
    bool startAndCheckIn() {
        alex->checkIn().start(QStringLiteral("conversation"));
        return settle() &&
               act(*alex, QStringLiteral("set-topic"),
                   {{QStringLiteral("topic"), QStringLiteral("Weekends")},
                    {QStringLiteral("first"), QStringLiteral("me")}}) &&
               act(*alex, QStringLiteral("ready")) && act(*sam, QStringLiteral("ready"));
    }

    // One whole turn of the conversation flow, from the "I" statement to the validation that passes the
    // floor; `atReflect` runs while the listener is about to reflect back.
    void conversationTurn(app::SessionController& speaker, app::SessionController& listener,
                          const std::function<void()>& atReflect = {}) {
        ASSERT_TRUE(act(speaker, QStringLiteral("share"),
                        {{QStringLiteral("feel"), QStringLiteral("lonely")},
                         {QStringLiteral("need"), QStringLiteral("time together")}}));
        if (atReflect) {
            atReflect();
        }
        ASSERT_TRUE(
            act(listener, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("you feel lonely")}}));
        ASSERT_TRUE(act(speaker, QStringLiteral("confirm")));
        ASSERT_TRUE(act(listener, QStringLiteral("ask-more")));
        ASSERT_TRUE(act(speaker, QStringLiteral("no-more")));
        ASSERT_TRUE(
            act(listener, QStringLiteral("validate"), {{QStringLiteral("because"), QStringLiteral("a long week")}}));
    }

    // The link drops (both sides notice) / comes back.
    void cut() {
        if (m_link == Link::Memory) {
            hostMemory->cut();
            return;
        }
        if (hostConnection) {
            hostConnection->close(net::CloseReason::Other, QStringLiteral("test-cut"));
        }
        EXPECT_TRUE(QTest::qWaitFor([this] { return !hostTls.isOpen() && !guestTls.isOpen(); }, 5000));
    }

    void restore() {
        if (m_link == Link::Memory) {
            hostMemory->restore();
            return;
        }
        delete hostConnection.data();
        hostConnection = net::Connection::connectTo(QHostAddress(QHostAddress::LocalHost), server->port(), hostIdentity,
                                                    QStringLiteral("Alex"), net::Scope::Loopback, {});
        QObject::connect(hostConnection.data(), &net::Connection::ready, &hostTls,
                         [this] { hostTls.setConnection(hostConnection.data()); });
        EXPECT_TRUE(QTest::qWaitFor([this] { return hostTls.isOpen() && guestTls.isOpen(); }, 5000));
    }

    // Sam's computer's clock runs `ms` ahead of Alex's (in-memory link only), and the link has measured
    // it, as the heartbeat does between two computers.
    void samClockAhead(qint64 ms) {
        samClock.setSkewMs(ms);
        guestMemory->setPartnerClockOffset(-ms); // the host's time line minus Sam's
    }

    FakeClock clock;
    SkewedClock samClock{clock};
    FakeRandom random{{0}};
    FakeChime alexChime;
    FakeChime samChime;
    QTemporaryDir alexProfile;
    QTemporaryDir samProfile;
    app::DraftStore alexDrafts{alexProfile.path()};
    app::DraftStore samDrafts{samProfile.path()};
    std::unique_ptr<sync::SyncEngine> hostEngine;
    std::unique_ptr<sync::SyncEngine> guestEngine;
    std::unique_ptr<app::SessionController> alex;
    std::unique_ptr<app::SessionController> sam;

private:
    Link m_link;
    QString m_language;
    QString m_alexName;
    QString m_samName;
    std::unique_ptr<sync::LoopbackChannel> hostMemory;
    std::unique_ptr<sync::LoopbackChannel> guestMemory;
    net::Identity hostIdentity;
    net::Identity guestIdentity;
    std::unique_ptr<net::Server> server;
    link::ConnectionChannel hostTls;
    link::ConnectionChannel guestTls;
    QPointer<net::Connection> hostConnection;
};

} // namespace twofold::test
