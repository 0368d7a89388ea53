#include "core/net/Identity.h"

#include "core/log/Log.h"
#include "core/net/CertificateTools.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace twofold::net {
namespace {

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyDirectory = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QByteArray readSmallFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(64 * 1024);
}

Status writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("io"), QStringLiteral("cannot write %1").arg(path)};
    }
    file.setPermissions(permissions); // the temporary file, before the key bytes reach it
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QStringLiteral("io"), QStringLiteral("cannot write %1").arg(path)};
    }
    QFile::setPermissions(path, permissions);
    return Ok{};
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
    auto logger = log::get("net.identity");
    QDir directory(profileDirectory);
    if (!directory.mkpath(QStringLiteral("."))) {
        return Error{QStringLiteral("io"), QStringLiteral("cannot create the profile directory")};
    }
    QFile::setPermissions(directory.absolutePath(), kOwnerOnlyDirectory);
    const QString keyPath = directory.filePath(keyFileName());
    const QString certificatePath = directory.filePath(certificateFileName());

    if (QFile::exists(keyPath) || QFile::exists(certificatePath)) {
        auto loaded = fromPem(readSmallFile(keyPath), readSmallFile(certificatePath));
        if (loaded) {
            QFile::setPermissions(keyPath, kOwnerOnlyFile);
            logger->info("identity loaded device={}", loaded->deviceId().left(12).toStdString());
            return loaded;
        }
        logger->error("identity files missing or corrupt ({}); generating a new identity",
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
    if (auto written = writeFile(keyPath, pems->keyPem, kOwnerOnlyFile); !written) {
        return written.error();
    }
    if (auto written = writeFile(certificatePath, pems->certificatePem,
                                 kOwnerOnlyFile | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        !written) {
        return written.error();
    }
    logger->info("identity created device={}", created->deviceId().left(12).toStdString());
    return created;
}

} // namespace twofold::net
