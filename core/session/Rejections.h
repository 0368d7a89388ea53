#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace twofold::session::rejection {

// The reasons an action is refused: a stable code, the arguments of the reason (Error::args) and a
// translated, blame-free message rendered from them. A refusal travels between the partners as code +
// arguments only (docs/PROTOCOL.md §8.3), and each side renders it in its own language and locale with
// render(); the codes and their arguments are listed in docs/PROTOCOL.md.
Error notStarted();
Error alreadyStarted();
Error unknownFlow(const QString& flowId); // args {flow}
Error badNames();
Error sessionEnded();
Error notYourTurn(const QString& whoseTurn, bool speaking); // args {name, speaking}
Error unknownAction();
Error unknownField(const QString& field);                // args {field}
Error missingField(const QString& field);                // args {field}
Error fieldTooLong(const QString& field, int maxLength); // args {field, max} (user-perceived characters)
Error invalidValue(const QString& field);                // args {field}
Error alreadyDone(const QString& waitingFor);            // args {name}
Error paused(qint64 endsAtMs);                           // args {endsAt} (host's time line, ms)
Error reEntryFirst();
Error notPaused();
Error alreadyPaused();
Error notPauser(const QString& pauser); // args {name}
Error extensionLimit();
Error notExtendable();                             // a breathing pause is never extended
Error pauseLength(int minSeconds, int maxSeconds); // args {min, max}
Error notInReEntry();
Error unknownSignal();
Error signalWaits(const QString& pauser); // args {name}: only reassuring signals reach a partner on a break
Error signalTooSoon(const QString& to);   // args {name}: the signal rate limit (core/session/SignalRules.h)
Error notAllowed();
Error nothingToSet();                             // a set-topic with neither a topic nor who starts
Error wrongPartner();                             // an intent sent as the other partner
Error malformedIntent();                          // the host could not read the intent
Error badSequence(quint64 expected, quint64 got); // args {expected, got}

// How to show a refusal here. toWallMs maps a time on the host's time line (ms) to this computer's wall
// clock (ms since the epoch); without it the time is shown as it is. fieldLabel gives the label the
// partner sees for a field id of the current step ("heard" -> "What I heard you say …"), in this side's
// language; without it, or when it returns an empty text, the field id is shown (issue 9 #16: a screen
// names what the partner can see, never an id).
struct RenderContext {
    std::function<qint64(qint64 hostMs)> toWallMs;
    std::function<QString(const QString& field)> fieldLabel;
};

// The message for a refusal code with its arguments, in the current language (tr) and locale (QLocale()).
// An unknown code (a newer partner) gives a general "That isn't possible right now."; missing or wrongly
// typed arguments give the same message with an empty name or number, never a crash.
QString render(const QString& code, const QJsonObject& args, const RenderContext& context = {});
// The same refusal with its message rendered here (code and arguments unchanged).
Error localized(Error refusal, const RenderContext& context = {});

} // namespace twofold::session::rejection
