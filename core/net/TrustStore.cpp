#include "core/net/TrustStore.h"

#include "core/log/Log.h"
#include "core/profile/ProfileFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace twofold::net {

using profile::AsideMode;
using profile::isSymlink;
using profile::keepAside;
using profile::moveSymlinkAside;
using profile::writeAtomically;
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
    auto logger = log::get(log::Module::NetTrust);
    m_partners.clear();
    m_loadProblem.reset();
    m_keptAside.clear();
    m_refuseWrites = false;
    QFile file(path());
    const auto fail = [this](Error error) -> Status {
        m_loadProblem = error;
        return error;
    };
    if (isSymlink(path())) {
        // Someone put a link here: reading it would trust whatever it points to, writing would overwrite
        // it. The link is kept aside (as the link) and the store starts empty, with a notice.
        logger->error("trust store is a symbolic link; not following it");
        auto moved = moveSymlinkAside(path(), QStringLiteral("trust-store-unreadable"));
        if (!moved) {
            m_refuseWrites = true; // the link is still there: never write through it
            return fail(moved.error());
        }
        m_keptAside = *moved;
        return fail(Error{
            QStringLiteral("trust-store-link"),
            QStringLiteral("%1 was a symbolic link; it was not followed and was kept as %2").arg(path(), m_keptAside)});
    }
    if (!file.exists()) {
        return Ok{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        logger->error("trust store unreadable; not writing over it");
        m_refuseWrites = true;
        return fail(Error{QStringLiteral("trust-store-unreadable"),
                          QStringLiteral("cannot read %1: %2").arg(path(), file.errorString())});
    }
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    const bool readFailed = file.error() != QFileDevice::NoError;
    file.close();
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(bytes, &parseError);
    const auto entries = document.object().value(QLatin1String("partners"));
    if (readFailed) {
        logger->error("trust store read failed; not writing over it");
        m_refuseWrites = true;
        return fail(Error{QStringLiteral("trust-store-unreadable"),
                          QStringLiteral("cannot read %1: %2").arg(path(), file.errorString())});
    }
    if (bytes.size() > kMaxFileSize || parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !entries.isArray()) {
        return fail(setAside(AsideMode::Move, bytes.size()));
    }
    int skipped = 0;
    const QJsonArray entryList = entries.toArray(); // const: never detached
    for (const auto& entry : entryList) {
        if (auto partner = fromJson(entry.toObject())) {
            m_partners.push_back(*partner);
        } else {
            ++skipped;
        }
    }
    logger->info("trust store loaded partners={} skipped={}", m_partners.size(), skipped);
    if (skipped > 0) {
        return fail(setAside(AsideMode::Copy, bytes.size()));
    }
    return Ok{};
}

Error TrustStore::setAside(profile::AsideMode mode, qsizetype size) {
    auto logger = log::get(log::Module::NetTrust);
    m_keptAside = keepAside(path(), mode);
    if (m_keptAside.isEmpty()) {
        logger->error("trust store damaged ({} bytes) and could not be kept aside; not writing over it", size);
        m_partners.clear();
        m_refuseWrites = true;
        return Error{QStringLiteral("trust-store-unreadable"),
                     QStringLiteral("%1 is damaged and could not be kept aside").arg(path())};
    }
    logger->error("trust store damaged ({} bytes); kept aside, partners kept={}", size, m_partners.size());
    return Error{QStringLiteral("trust-store-damaged"),
                 QStringLiteral("%1 is damaged; it was kept as %2").arg(path(), m_keptAside)};
}

Status TrustStore::add(const TrustedPartner& partner) {
    if (!isHex64(partner.deviceId) || !isHex64(partner.certificateDigest)) {
        return Error{QStringLiteral("bad-partner"), QStringLiteral("device id and digest must be 64 hex digits")};
    }
    if (const auto existing = find(partner.deviceId); existing && *existing == partner) {
        return Ok{}; // nothing changed: the file is not written
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
    log::get(log::Module::NetTrust)
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
    log::get(log::Module::NetTrust)->info("partner removed device={}", deviceId.left(12).toStdString());
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
    if (m_refuseWrites) {
        return Error{QStringLiteral("trust-store-unreadable"),
                     QStringLiteral("%1 could not be read, so it is not written over").arg(path())};
    }
    const auto unwritable = [this](const QString& reason) {
        log::get(log::Module::NetTrust)->error("trust store write failed");
        return Error{QStringLiteral("trust-store-unwritable"),
                     QStringLiteral("cannot write %1: %2").arg(path(), reason)};
    };
    if (!QDir().mkpath(m_directory)) {
        return unwritable(QStringLiteral("cannot create the folder"));
    }
    QJsonArray entries;
    for (const auto& partner : m_partners) {
        entries.append(toJson(partner));
    }
    const QJsonObject root{{QLatin1String("version"), kFormatVersion}, {QLatin1String("partners"), entries}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    auto written = writeAtomically(path(), bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                                   QStringLiteral("trust-store-unwritable"));
    if (!written) {
        log::get(log::Module::NetTrust)->error("trust store write failed");
    }
    return written;
}

} // namespace twofold::net
