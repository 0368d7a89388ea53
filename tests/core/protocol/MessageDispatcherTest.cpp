#include "core/protocol/MessageDispatcher.h"

#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"

#include <QObject>
#include <gtest/gtest.h>
#include <map>
#include <memory>

using namespace twofold::protocol;

namespace {

constexpr Handler kLayers[] = {Handler::Connection, Handler::Pairing, Handler::Session};

QJsonObject ofType(const QString& type) {
    return QJsonObject{{QLatin1String("type"), type}};
}

// A dispatcher with every layer registered, counting what each one was handed.
struct Recorder {
    QObject context;
    MessageDispatcher dispatcher;
    std::map<Handler, QStringList> received;

    Recorder() {
        for (const Handler layer : kLayers) {
            dispatcher.setHandler(layer, &context, [this, layer](const QJsonObject& message) {
                received[layer].append(message.value(QLatin1String("type")).toString());
            });
        }
    }
    int total() const {
        int n = 0;
        for (const auto& [layer, types] : received) {
            n += static_cast<int>(types.size());
        }
        return n;
    }
};

} // namespace

// Every type the protocol defines has exactly one layer that handles it, and no other.
TEST(MessageDispatcher, every_type_of_the_message_table_has_a_layer) {
    for (const QString& type : MessageSchema::standard().types()) {
        EXPECT_TRUE(handlerFor(type).has_value()) << type.toStdString();
    }
}

TEST(MessageDispatcher, each_type_reaches_exactly_the_handler_of_its_layer) {
    const std::map<Handler, QStringList> expected{
        {Handler::Connection, {QString(msg::kHello), QString(msg::kPing), QString(msg::kPong), QString(msg::kBye)}},
        {Handler::Pairing,
         {QString(msg::kPairInvite), QString(msg::kPairAccept), QString(msg::kPairDecline), QString(msg::kPairCommit),
          QString(msg::kPairNonce), QString(msg::kPairOpen), QString(msg::kPairConfirm), QString(msg::kPairStored),
          QString(msg::kPairCancel)}},
        {Handler::Session,
         {QString(msg::kError), QString(msg::kSessionResume), QString(msg::kSessionIntent), QString(msg::kSessionEvent),
          QString(msg::kSessionReject), QString(msg::kSessionAck)}},
    };
    int count = 0;
    for (const auto& [layer, types] : expected) {
        for (const QString& type : types) {
            Recorder recorder;
            EXPECT_EQ(recorder.dispatcher.dispatch(ofType(type)), MessageDispatcher::Outcome::Delivered);
            EXPECT_EQ(recorder.total(), 1) << type.toStdString();
            EXPECT_EQ(recorder.received[layer], QStringList{type}) << type.toStdString();
            ++count;
        }
    }
    EXPECT_EQ(count, MessageSchema::standard().types().size()); // the table above covers every type
}

// Not by prefix: a "pair-" or "session-" type the protocol does not define belongs to nobody.
TEST(MessageDispatcher, a_type_nobody_handles_reaches_no_handler_and_says_so) {
    for (const char* type : {"launch", "pair-", "pair-invites", "session-", "session-everything", "Hello", ""}) {
        Recorder recorder;
        EXPECT_FALSE(handlerFor(QString::fromLatin1(type)).has_value()) << type;
        EXPECT_EQ(recorder.dispatcher.dispatch(ofType(QString::fromLatin1(type))),
                  MessageDispatcher::Outcome::UnknownType)
            << type;
        EXPECT_EQ(recorder.total(), 0) << type;
    }
    Recorder recorder;
    EXPECT_EQ(recorder.dispatcher.dispatch(QJsonObject{{QLatin1String("type"), 7}}),
              MessageDispatcher::Outcome::UnknownType);
    EXPECT_EQ(recorder.total(), 0);
}

TEST(MessageDispatcher, a_layer_with_no_handler_here_leaves_its_messages_unclaimed) {
    MessageDispatcher dispatcher;
    EXPECT_EQ(dispatcher.dispatch(ofType(QString(msg::kPairInvite))), MessageDispatcher::Outcome::Unclaimed);
    auto context = std::make_unique<QObject>();
    int calls = 0;
    dispatcher.setHandler(Handler::Pairing, context.get(), [&calls](const QJsonObject&) { ++calls; });
    EXPECT_EQ(dispatcher.dispatch(ofType(QString(msg::kPairInvite))), MessageDispatcher::Outcome::Delivered);
    EXPECT_EQ(dispatcher.dispatch(ofType(QString(msg::kSessionAck))), MessageDispatcher::Outcome::Unclaimed);
    context.reset(); // a handler whose owner is gone is no handler
    EXPECT_FALSE(dispatcher.hasHandler(Handler::Pairing));
    EXPECT_EQ(dispatcher.dispatch(ofType(QString(msg::kPairInvite))), MessageDispatcher::Outcome::Unclaimed);
    EXPECT_EQ(calls, 1);
}

// A pairing holds the Session place until the link's channel takes it over; the pairing leaving later
// must not take it from the channel.
TEST(MessageDispatcher, a_later_holder_keeps_its_place_when_an_earlier_one_leaves) {
    MessageDispatcher dispatcher;
    QObject pairing, channel;
    QString heardBy;
    dispatcher.setHandler(Handler::Session, &pairing,
                          [&heardBy](const QJsonObject&) { heardBy = QStringLiteral("pairing"); });
    dispatcher.setHandler(Handler::Session, &channel,
                          [&heardBy](const QJsonObject&) { heardBy = QStringLiteral("channel"); });
    dispatcher.clearHandler(Handler::Session, &pairing);
    EXPECT_EQ(dispatcher.dispatch(ofType(QString(msg::kSessionAck))), MessageDispatcher::Outcome::Delivered);
    EXPECT_EQ(heardBy, QStringLiteral("channel"));
    dispatcher.clearHandler(Handler::Session, &channel);
    EXPECT_EQ(dispatcher.dispatch(ofType(QString(msg::kSessionAck))), MessageDispatcher::Outcome::Unclaimed);
}
