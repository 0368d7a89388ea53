#include "core/net/TrustStore.h"

#include "core/log/Log.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace twofold::net {
namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileSize = 1024 * 1024;

bool isHex64(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QJsonObject toJson(const TrustedPartner& partner) {
    return QJsonObject{
        {QLatin1String("deviceId"), partner.deviceId},
        {QLatin1String("name"), partner.name},
        {QLatin1String("certificateDigest"), partner.certificateDigest},
        {QLatin1String("lastAddress"), partner.lastAddress},
        {QLatin1String("lastPort"), static_cast<int>(partner.lastPort)},
        {QLatin1String("pairedAt"), partner.pairedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("invitedByUs"), partner.invitedByUs},
    };
}

std::optional<TrustedPartner> fromJson(const QJsonObject& object) {
    TrustedPartner partner;
    partner.deviceId = object.value(QLatin1String("deviceId")).toString();
    partner.name = object.value(QLatin1String("name")).toString();
    partner.certificateDigest = object.value(QLatin1String("certificateDigest")).toString();
    partner.lastAddress = object.value(QLatin1String("lastAddress")).toString();
    const int port = object.value(QLatin1String("lastPort")).toInt(-1);
    partner.pairedAt = QDateTime::fromString(object.value(QLatin1String("pairedAt")).toString(), Qt::ISODateWithMs);
    partner.invitedByUs = object.value(QLatin1String("invitedByUs")).toBool(false);
    if (!isHex64(partner.deviceId) || !isHex64(partner.certificateDigest) || port < 0 || port > 65535) {
        return std::nullopt;
    }
    partner.lastPort = static_cast<quint16>(port);
    return partner;
}

} // namespace

TrustStore::TrustStore(QString profileDirectory) : m_directory(std::move(profileDirectory)) {}

QString TrustStore::path() const {
    return QDir(m_directory).filePath(fileName());
}

Status TrustStore::load() {
    auto logger = log::get("net.trust");
    m_partners.clear();
    QFile file(path());
    if (!file.exists()) {
        return Ok{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        logger->error("trust store unreadable; starting empty");
        return Error{QStringLiteral("io"), QStringLiteral("cannot read the trust store")};
    }
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(bytes, &parseError);
    const auto entries = document.object().value(QLatin1String("partners"));
    if (bytes.size() > kMaxFileSize || parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !entries.isArray()) {
        logger->error("trust store corrupt ({} bytes); starting empty", bytes.size());
        return Error{QStringLiteral("corrupt"), QStringLiteral("the trust store is corrupt")};
    }
    int skipped = 0;
    for (const auto& entry : entries.toArray()) {
        if (auto partner = fromJson(entry.toObject())) {
            m_partners.push_back(*partner);
        } else {
            ++skipped;
        }
    }
    if (skipped > 0) {
        logger->error("trust store: {} corrupt entries skipped", skipped);
    }
    logger->info("trust store loaded partners={}", m_partners.size());
    return Ok{};
}

Status TrustStore::add(const TrustedPartner& partner) {
    if (!isHex64(partner.deviceId) || !isHex64(partner.certificateDigest)) {
        return Error{QStringLiteral("bad-partner"), QStringLiteral("device id and digest must be 64 hex digits")};
    }
    const auto previous = m_partners;
    bool replaced = false;
    for (auto& existing : m_partners) {
        if (existing.deviceId == partner.deviceId) {
            existing = partner;
            replaced = true;
        }
    }
    if (!replaced) {
        m_partners.push_back(partner);
    }
    auto saved = save();
    if (!saved) {
        m_partners = previous;
        return saved;
    }
    log::get("net.trust")
        ->info("partner {} device={}", replaced ? "updated" : "added", partner.deviceId.left(12).toStdString());
    return Ok{};
}

Status TrustStore::remove(const QString& deviceId) {
    const auto before = m_partners.size();
    const auto previous = m_partners;
    std::erase_if(m_partners, [&](const TrustedPartner& p) { return p.deviceId == deviceId; });
    if (m_partners.size() == before) {
        return Error{QStringLiteral("not-found"), QStringLiteral("no such partner")};
    }
    auto saved = save();
    if (!saved) {
        m_partners = previous;
        return saved;
    }
    log::get("net.trust")->info("partner removed device={}", deviceId.left(12).toStdString());
    return Ok{};
}

Status TrustStore::updateLastSeen(const QString& deviceId, const QHostAddress& address, quint16 port) {
    for (auto& partner : m_partners) {
        if (partner.deviceId == deviceId) {
            const QString text = address.toString();
            if (partner.lastAddress == text && partner.lastPort == port) {
                return Ok{};
            }
            partner.lastAddress = text;
            partner.lastPort = port;
            return save();
        }
    }
    return Error{QStringLiteral("not-found"), QStringLiteral("no such partner")};
}

std::optional<TrustedPartner> TrustStore::find(const QString& deviceId) const {
    for (const auto& partner : m_partners) {
        if (partner.deviceId == deviceId) {
            return partner;
        }
    }
    return std::nullopt;
}

Status TrustStore::save() const {
    QDir().mkpath(m_directory);
    QJsonArray entries;
    for (const auto& partner : m_partners) {
        entries.append(toJson(partner));
    }
    const QJsonObject root{{QLatin1String("version"), kFormatVersion}, {QLatin1String("partners"), entries}};
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("io"), QStringLiteral("cannot write the trust store")};
    }
    file.setPermissions(permissions);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        log::get("net.trust")->error("trust store write failed");
        return Error{QStringLiteral("io"), QStringLiteral("cannot write the trust store")};
    }
    QFile::setPermissions(path(), permissions);
    return Ok{};
}

} // namespace twofold::net
