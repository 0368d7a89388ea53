#include "core/session/Rejections.h"

#include "core/Limits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QtCore/qcoreapplication.h>

namespace twofold::session::rejection {
namespace {

// The translation context of every rejection message.
class Rejection {
    Q_DECLARE_TR_FUNCTIONS(Rejection)
};

// Argument names (docs/PROTOCOL.md §8.3 lists them per code).
const QLatin1String kName("name");
const QLatin1String kField("field");
const QLatin1String kFlow("flow");
const QLatin1String kMax("max");
const QLatin1String kMin("min");
const QLatin1String kSpeaking("speaking");
const QLatin1String kEndsAt("endsAt");
const QLatin1String kExpected("expected");
const QLatin1String kGot("got");

Error make(const char* code, QJsonObject args = {}) {
    const QString name = QString::fromLatin1(code);
    return Error{name, render(name, args), std::move(args)};
}

QString text(const QJsonObject& args, QLatin1String key) {
    return args.value(key).toString();
}

qint64 number(const QJsonObject& args, QLatin1String key) {
    return args.value(key).toInteger();
}

QString timeOfDay(qint64 hostMs, const RenderContext& context) {
    const qint64 wall = context.toWallMs ? context.toWallMs(hostMs) : hostMs;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(wall).time(), QLocale::ShortFormat);
}

} // namespace

Error notStarted() {
    return make("not-started");
}
Error alreadyStarted() {
    return make("already-started");
}
Error unknownFlow(const QString& flowId) {
    return make("unknown-flow", {{kFlow, flowId}});
}
Error badNames() {
    return make("bad-names");
}
Error sessionEnded() {
    return make("session-ended");
}
Error notYourTurn(const QString& whoseTurn, bool speaking) {
    return make("not-your-turn", {{kName, whoseTurn}, {kSpeaking, speaking}});
}
Error unknownAction() {
    return make("unknown-action");
}
Error unknownField(const QString& field) {
    return make("unknown-field", {{kField, field}});
}
Error missingField(const QString& field) {
    return make("missing-field", {{kField, field}});
}
Error fieldTooLong(const QString& field, int maxLength) {
    return make("too-long", {{kField, field}, {kMax, maxLength}});
}
Error invalidValue(const QString& field) {
    return make("invalid-value", {{kField, field}});
}
Error alreadyDone(const QString& waitingFor) {
    return make("already-done", {{kName, waitingFor}});
}
Error paused(qint64 endsAtMs) {
    return make("paused", {{kEndsAt, endsAtMs}});
}
Error reEntryFirst() {
    return make("re-entry-first");
}
Error notPaused() {
    return make("not-paused");
}
Error alreadyPaused() {
    return make("already-paused");
}
Error notPauser(const QString& pauser) {
    return make("not-pauser", {{kName, pauser}});
}
Error extensionLimit() {
    return make("extension-limit");
}
Error notExtendable() {
    return make("not-extendable");
}
Error pauseLength(int minSeconds, int maxSeconds) {
    return make("pause-length", {{kMin, minSeconds}, {kMax, maxSeconds}});
}
Error notInReEntry() {
    return make("not-in-re-entry");
}
Error unknownSignal() {
    return make("unknown-signal");
}
Error signalWaits(const QString& pauser) {
    return make("signal-waits", {{kName, pauser}});
}
Error signalTooSoon(const QString& to) {
    return make("signal-too-soon", {{kName, to}});
}
Error nothingToSet() {
    return make("nothing-to-set");
}
Error notAllowed() {
    return make("not-allowed");
}
Error wrongPartner() {
    return make("wrong-partner");
}
Error malformedIntent() {
    return make("malformed-intent");
}
Error badSequence(quint64 expected, quint64 got) {
    return make("bad-sequence", {{kExpected, static_cast<qint64>(expected)}, {kGot, static_cast<qint64>(got)}});
}

// The field a refusal is about, as the partner sees it on screen.
QString fieldName(const QJsonObject& args, const RenderContext& context) {
    const QString field = text(args, kField);
    const QString label = context.fieldLabel ? context.fieldLabel(field) : QString();
    return label.isEmpty() ? field : label;
}

QString render(const QString& code, const QJsonObject& args, const RenderContext& context) {
    const auto is = [&code](const char* name) {
        return code == QLatin1String(name);
    };
    if (is("not-started")) {
        return Rejection::tr("The session hasn't started yet.");
    }
    if (is("already-started")) {
        return Rejection::tr("The session has already started.");
    }
    if (is("unknown-flow")) {
        return Rejection::tr("This conversation guide isn't available: %1.").arg(text(args, kFlow));
    }
    if (is("bad-names")) {
        return Rejection::tr("Each partner needs a name of up to %1 characters.").arg(limits::kNameGraphemes);
    }
    if (is("session-ended")) {
        return Rejection::tr("This session has ended.");
    }
    if (is("not-your-turn")) {
        return args.value(kSpeaking).toBool() ? Rejection::tr("It's %1's turn to speak.").arg(text(args, kName))
                                              : Rejection::tr("It's %1's turn.").arg(text(args, kName));
    }
    if (is("unknown-action")) {
        return Rejection::tr("That isn't part of this step.");
    }
    if (is("unknown-field")) {
        return Rejection::tr("This step has no field “%1”.").arg(fieldName(args, context));
    }
    if (is("missing-field")) {
        return Rejection::tr("Please fill in “%1” first.").arg(fieldName(args, context));
    }
    if (is("too-long")) {
        return Rejection::tr("“%1” can be up to %2 characters. A shorter version may be easier to hear.")
            .arg(fieldName(args, context))
            .arg(number(args, kMax));
    }
    if (is("invalid-value")) {
        return Rejection::tr("“%1” has a value this step doesn't know.").arg(fieldName(args, context));
    }
    if (is("already-done")) {
        return Rejection::tr("You've done this step. Waiting for %1.").arg(text(args, kName));
    }
    if (is("paused")) {
        return Rejection::tr("The conversation is paused until %1.").arg(timeOfDay(number(args, kEndsAt), context));
    }
    if (is("re-entry-first")) {
        return Rejection::tr("Welcome back. First, each of you says how you are now.");
    }
    if (is("not-paused")) {
        return Rejection::tr("There is no pause right now.");
    }
    if (is("already-paused")) {
        return Rejection::tr("A pause is already running.");
    }
    if (is("not-pauser")) {
        return Rejection::tr("Only %1 can change this pause.").arg(text(args, kName));
    }
    if (is("extension-limit")) {
        return Rejection::tr("This pause has been extended twice already. Time to come back, gently.");
    }
    if (is("not-extendable")) {
        return Rejection::tr("A breathing pause ends by itself; it can't be extended.");
    }
    if (is("pause-length")) {
        return Rejection::tr("A pause lasts between %1 and %2 seconds.")
            .arg(number(args, kMin))
            .arg(number(args, kMax));
    }
    if (is("nothing-to-set")) {
        return Rejection::tr("There's nothing to set yet: write a topic, or choose who starts. Nothing changed.");
    }
    if (is("not-in-re-entry")) {
        return Rejection::tr("That comes when the pause is over.");
    }
    if (is("unknown-signal")) {
        return Rejection::tr("That signal isn't in the catalogue.");
    }
    if (is("signal-waits")) {
        return Rejection::tr("While %1 takes a pause, only reassuring signals reach them. The others can wait "
                             "until you're both back.")
            .arg(text(args, kName));
    }
    if (is("signal-too-soon")) {
        return Rejection::tr(
                   "That one wasn't sent: a few signals just went to %1. Give it a moment, then send it again if you "
                   "still want to.")
            .arg(text(args, kName));
    }
    if (is("wrong-partner")) {
        return Rejection::tr("Intents can only be sent as yourself.");
    }
    if (is("malformed-intent")) {
        return Rejection::tr("Your partner's Twofold couldn't read that. It may need an update.");
    }
    if (is("bad-sequence")) {
        return Rejection::tr("Expected event %1, got %2.").arg(number(args, kExpected)).arg(number(args, kGot));
    }
    return Rejection::tr("That isn't possible right now.");
}

Error localized(Error refusal, const RenderContext& context) {
    refusal.message = render(refusal.code, refusal.args, context);
    return refusal;
}

} // namespace twofold::session::rejection
