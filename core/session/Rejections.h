#pragma once

#include "core/Result.h"

#include <QString>

namespace twofold::session::rejection {

// The reasons an action is refused: a stable code and a translated, blame-free message.
Error notStarted();
Error alreadyStarted();
Error unknownFlow(const QString& flowId);
Error badNames();
Error sessionEnded();
Error notYourTurn(const QString& whoseTurn, bool speaking);
Error unknownAction();
Error unknownField(const QString& field);
Error missingField(const QString& field);
Error fieldTooLong(const QString& field, int maxLength);
Error invalidValue(const QString& field);
Error alreadyDone(const QString& waitingFor);
Error paused(qint64 endsAtMs);
Error reEntryFirst();
Error notPaused();
Error alreadyPaused();
Error notPauser(const QString& pauser);
Error extensionLimit();
Error pauseLength(int minSeconds, int maxSeconds);
Error notInReEntry();
Error unknownSignal();
Error notAllowed();
Error nothingToSet();
Error badSequence(quint64 expected, quint64 got);

} // namespace twofold::session::rejection
