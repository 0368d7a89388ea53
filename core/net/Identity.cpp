#include "core/net/Identity.h"

#include "core/log/Log.h"
#include "core/net/CertificateTools.h"
#include "core/profile/ProfileFiles.h"

#include <QDir>
#include <QFile>

namespace twofold::net {

using profile::AsideMode;
using profile::keepAside;
using profile::moveSymlinkAside;
using profile::pathTaken;
using profile::setPermissionsNoFollow;
using profile::writeAtomically;
namespace {

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyDirectory = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

constexpr qint64 kMaxPemSize = 64 * 1024;

// The file's bytes (empty when it does not exist), or why an existing file cannot be read.
Result<QByteArray> readSmallFile(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        return QByteArray();
    }
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly)) {
        bytes = file.read(kMaxPemSize);
    }
    if (file.error() != QFileDevice::NoError) {
        return Error{QStringLiteral("identity-unreadable"),
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    }
    return bytes;
}

Status writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions) {
    return writeAtomically(path, bytes, permissions, QStringLiteral("identity-unwritable"));
}

} // namespace

Result<Identity> Identity::fromPem(const QByteArray& keyPem, const QByteArray& certificatePem) {
    if (!certificates::keyMatchesCertificate(keyPem, certificatePem)) {
        return Error{QStringLiteral("bad-identity"), QStringLiteral("key and certificate do not belong together")};
    }
    Identity identity;
    identity.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    identity.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    if (identity.m_key.isNull() || identity.m_certificate.isNull()) {
        return Error{QStringLiteral("bad-identity"), QStringLiteral("key or certificate cannot be loaded")};
    }
    identity.m_certificateDigest = certificates::certificateDigest(identity.m_certificate);
    identity.m_deviceId = QString::fromLatin1(certificates::publicKeyDigest(identity.m_certificate).toHex());
    if (identity.m_deviceId.size() != 64) {
        return Error{QStringLiteral("bad-identity"), QStringLiteral("public key cannot be encoded")};
    }
    return identity;
}

Result<Identity> Identity::createEphemeral(const QString& deviceName) {
    const auto pems = certificates::generate(deviceName.isEmpty() ? QStringLiteral("Twofold device") : deviceName);
    if (!pems) {
        return pems.error();
    }
    auto identity = fromPem(pems->keyPem, pems->certificatePem);
    if (identity) {
        identity->m_created = true;
    }
    return identity;
}

Result<Identity> Identity::loadOrCreate(const QString& profileDirectory, const QString& deviceName) {
    auto logger = log::get(log::Module::NetIdentity);
    QDir directory(profileDirectory);
    if (!directory.mkpath(QStringLiteral("."))) {
        return Error{QStringLiteral("profile-unwritable"),
                     QStringLiteral("cannot create the profile folder %1").arg(profileDirectory)};
    }
    QFile::setPermissions(directory.absolutePath(), kOwnerOnlyDirectory);
    const QString keyPath = directory.filePath(keyFileName());
    const QString certificatePath = directory.filePath(certificateFileName());

    QStringList keptAside;
    for (const auto& path : {keyPath, certificatePath}) {
        // A planted link would make this device use (and chmod) a key someone else chose: moved aside as the
        // link, never followed; a new identity is made as for damaged files.
        auto moved = moveSymlinkAside(path, QStringLiteral("identity-unreadable"));
        if (!moved) {
            logger->error("identity file is a symbolic link that cannot be moved aside; not using it");
            return moved.error();
        }
        if (!moved->isEmpty()) {
            logger->error("identity file was a symbolic link; moved aside, not followed");
            keptAside.append(*moved);
        }
    }
    if (pathTaken(keyPath) || pathTaken(certificatePath)) {
        const auto keyPem = readSmallFile(keyPath);
        const auto certificatePem = readSmallFile(certificatePath);
        for (const auto* read : {&keyPem, &certificatePem}) {
            if (!*read) {
                logger->error("identity file unreadable; not replacing it");
                return read->error();
            }
        }
        auto loaded = fromPem(*keyPem, *certificatePem);
        if (loaded) {
            setPermissionsNoFollow(keyPath, kOwnerOnlyFile);
            setPermissionsNoFollow(certificatePath, kOwnerOnlyFile); // 0644 in earlier versions
            logger->info("identity loaded device={}", loaded->deviceId().left(12).toStdString());
            return loaded;
        }
        // Half an identity, or one that does not parse: keep what is there, then make a new one.
        for (const auto& path : {keyPath, certificatePath}) {
            if (!pathTaken(path)) {
                continue;
            }
            const QString aside = keepAside(path, AsideMode::Move);
            if (aside.isEmpty()) {
                logger->error("identity damaged and cannot be kept aside; not replacing it");
                return Error{QStringLiteral("identity-unreadable"),
                             QStringLiteral("%1 is damaged and could not be kept aside").arg(path)};
            }
            keptAside.append(aside);
        }
        logger->error("identity files missing or damaged ({}); kept aside, generating a new identity",
                      loaded.error().code.toStdString());
    }

    const auto pems = certificates::generate(deviceName.isEmpty() ? QStringLiteral("Twofold device") : deviceName);
    if (!pems) {
        return pems.error();
    }
    auto created = fromPem(pems->keyPem, pems->certificatePem);
    if (!created) {
        return created;
    }
    created->m_created = true;
    created->m_keptAside = keptAside;
    if (auto written = writeFile(keyPath, pems->keyPem, kOwnerOnlyFile); !written) {
        logger->error("identity key not written");
        return written.error();
    }
    if (auto written = writeFile(certificatePath, pems->certificatePem, kOwnerOnlyFile); !written) {
        logger->error("identity certificate not written");
        QFile::remove(keyPath); // no half identity: the next start makes a whole new pair
        return written.error();
    }
    logger->info("identity created device={}", created->deviceId().left(12).toStdString());
    return created;
}

} // namespace twofold::net
