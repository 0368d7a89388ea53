#pragma once

#include "core/Result.h"
#include "core/session/Event.h"

#include <QJsonObject>

namespace twofold::session {

// Stable JSON forms, used on the wire and for saved logs:
//   event:  {"seq":7,"by":"A"|null,"at":1700000000000,"type":"flow-action", ...payload fields}
//   intent: {"by":"B","type":"signal", ...payload fields}
QJsonObject toJson(const Payload& payload);
QJsonObject toJson(const Event& event);
QJsonObject toJson(const Intent& intent);

Result<Payload> payloadFromJson(const QJsonObject& object);
Result<Event> eventFromJson(const QJsonObject& object);
Result<Intent> intentFromJson(const QJsonObject& object);

} // namespace twofold::session
