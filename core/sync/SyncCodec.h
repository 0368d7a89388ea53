#pragma once

#include "core/Result.h"
#include "core/sync/SyncMessage.h"

#include <QJsonObject>
#include <QLatin1String>
#include <optional>

namespace twofold::sync {

// The typed codec of the session-sync messages, built on core/protocol's message table: every message
// is checked against protocol::MessageSchema::standard() before its fields are read, so the shapes live
// in one place (core/protocol/MessageSchema.cpp) and the sync engine never spells a message by hand.
namespace codec {

QJsonObject encode(const SyncMessage& message);

// A message of another layer (ping, pairing, ...; protocol::handlerFor() is not Session) is std::nullopt. A sync
// message that fails the table (wrong field type, missing field, a role that is not host|guest) is an Error with the
// protocol's code (bad-field, missing-field) and a message that never repeats the peer's data. An intent or event whose
// id/envelope is fine but whose body is not a valid intent/event decodes, with the body as an Error
// (code malformed-intent / malformed-event), so the host can still answer that intent id.
Result<std::optional<SyncMessage>> decode(const QJsonObject& object);

// The `error` reply the engine sends for a sync-level fault (not-host, malformed-event, malformed-intent,
// event-refused, role-conflict, bad-field, missing-field): non-fatal, with a fixed English explanation for
// logs and developers (users never see it).
QJsonObject errorReply(QLatin1String code);
QJsonObject errorReply(const QString& code);

QString roleName(Role role);
QString intentIdText(IntentId id); // 16 lowercase hex digits

} // namespace codec
} // namespace twofold::sync
