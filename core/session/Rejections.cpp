#include "core/session/Rejections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QtCore/qcoreapplication.h>

namespace twofold::session::rejection {
namespace {

// The translation context of every rejection message.
class Rejection {
    Q_DECLARE_TR_FUNCTIONS(Rejection)
};

Error make(const char* code, const QString& message) {
    return Error{QString::fromLatin1(code), message};
}

} // namespace

Error notStarted() {
    return make("not-started", Rejection::tr("The session hasn't started yet."));
}
Error alreadyStarted() {
    return make("already-started", Rejection::tr("The session has already started."));
}
Error unknownFlow(const QString& flowId) {
    return make("unknown-flow", Rejection::tr("This conversation guide isn't available: %1.").arg(flowId));
}
Error badNames() {
    return make("bad-names", Rejection::tr("Each partner needs a name of up to 64 characters."));
}
Error sessionEnded() {
    return make("session-ended", Rejection::tr("This session has ended."));
}
Error notYourTurn(const QString& whoseTurn, bool speaking) {
    return make("not-your-turn", speaking ? Rejection::tr("It's %1's turn to speak.").arg(whoseTurn)
                                          : Rejection::tr("It's %1's turn.").arg(whoseTurn));
}
Error unknownAction() {
    return make("unknown-action", Rejection::tr("That isn't part of this step."));
}
Error unknownField(const QString& field) {
    return make("unknown-field", Rejection::tr("This step has no field “%1”.").arg(field));
}
Error missingField(const QString& field) {
    return make("missing-field", Rejection::tr("Please fill in “%1” first.").arg(field));
}
Error fieldTooLong(const QString& field, int maxLength) {
    return make("too-long", Rejection::tr("“%1” can be up to %2 characters. A shorter version may be easier to hear.")
                                .arg(field)
                                .arg(maxLength));
}
Error invalidValue(const QString& field) {
    return make("invalid-value", Rejection::tr("“%1” has a value this step doesn't know.").arg(field));
}
Error alreadyDone(const QString& waitingFor) {
    return make("already-done", Rejection::tr("You've done this step. Waiting for %1.").arg(waitingFor));
}
Error paused(qint64 endsAtMs) {
    const auto time = QDateTime::fromMSecsSinceEpoch(endsAtMs).time();
    return make(
        "paused",
        Rejection::tr("The conversation is paused until %1.").arg(QLocale().toString(time, QLocale::ShortFormat)));
}
Error reEntryFirst() {
    return make("re-entry-first", Rejection::tr("Welcome back. First, each of you says how you are now."));
}
Error notPaused() {
    return make("not-paused", Rejection::tr("There is no pause right now."));
}
Error alreadyPaused() {
    return make("already-paused", Rejection::tr("A pause is already running."));
}
Error notPauser(const QString& pauser) {
    return make("not-pauser", Rejection::tr("Only %1 can change this pause.").arg(pauser));
}
Error extensionLimit() {
    return make("extension-limit",
                Rejection::tr("This pause has been extended twice already. Time to come back, gently."));
}
Error pauseLength(int minSeconds, int maxSeconds) {
    return make("pause-length",
                Rejection::tr("A pause lasts between %1 and %2 seconds.").arg(minSeconds).arg(maxSeconds));
}
Error notInReEntry() {
    return make("not-in-re-entry", Rejection::tr("That comes when the pause is over."));
}
Error unknownSignal() {
    return make("unknown-signal", Rejection::tr("That signal isn't in the catalogue."));
}
Error nothingToSet() {
    return make("nothing-to-set",
                Rejection::tr("There's nothing to set yet: write a topic, or choose who starts. Nothing changed."));
}
Error notAllowed() {
    return make("not-allowed", Rejection::tr("That isn't possible right now."));
}
Error badSequence(quint64 expected, quint64 got) {
    return make("bad-sequence", Rejection::tr("Expected event %1, got %2.").arg(expected).arg(got));
}

} // namespace twofold::session::rejection
