#include "core/net/Identity.h"

#include "core/net/CertificateTools.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace twofold;

namespace {

mode_t modeOf(const QString& path) {
    struct stat info {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
    return info.st_mode & 0777;
}

} // namespace

TEST(Identity, is_generated_once_and_reloaded_identical) {
    QTemporaryDir temp;
    const QString profile = QDir(temp.path()).filePath(QStringLiteral("profile"));
    const auto first = net::Identity::loadOrCreate(profile, QStringLiteral("Sam's laptop"));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_TRUE(first->wasCreated());
    const auto second = net::Identity::loadOrCreate(profile, QStringLiteral("another name"));
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->wasCreated());
    EXPECT_EQ(second->deviceId(), first->deviceId());
    EXPECT_EQ(second->certificate(), first->certificate());
    EXPECT_EQ(second->certificateDigestHex(), first->certificateDigestHex());
    EXPECT_EQ(second->privateKey().toDer(), first->privateKey().toDer());
}

TEST(Identity, keeps_the_key_owner_only_in_an_owner_only_directory) {
    QTemporaryDir temp;
    const QString profile = QDir(temp.path()).filePath(QStringLiteral("profile"));
    ASSERT_TRUE(net::Identity::loadOrCreate(profile, QString()));
    EXPECT_EQ(modeOf(QDir(profile).filePath(net::Identity::keyFileName())), 0600U);
    EXPECT_EQ(modeOf(profile), 0700U);
    EXPECT_TRUE(QFile::exists(QDir(profile).filePath(net::Identity::certificateFileName())));
}

TEST(Identity, device_id_is_the_sha256_of_the_public_key_info) {
    const auto identity = net::Identity::createEphemeral(QStringLiteral("Sam"));
    ASSERT_TRUE(identity);
    // Qt's public key export is the PEM SubjectPublicKeyInfo; its DER body is what we hash.
    const QByteArray spki = identity->certificate().publicKey().toDer();
    ASSERT_FALSE(spki.isEmpty());
    EXPECT_EQ(identity->deviceId(),
              QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(identity->deviceId().size(), 64);
    EXPECT_EQ(identity->certificateDigest(),
              QCryptographicHash::hash(identity->certificate().toDer(), QCryptographicHash::Sha256));
}

TEST(Identity, is_a_self_signed_p256_certificate_valid_for_twenty_years) {
    const auto identity = net::Identity::createEphemeral(QStringLiteral("Sam's laptop"));
    ASSERT_TRUE(identity);
    const auto& certificate = identity->certificate();
    EXPECT_TRUE(certificate.isSelfSigned());
    EXPECT_EQ(certificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("Sam's laptop"));
    EXPECT_EQ(certificate.publicKey().algorithm(), QSsl::Ec);
    EXPECT_EQ(certificate.publicKey().length(), 256);
    const auto years = certificate.effectiveDate().daysTo(certificate.expiryDate()) / 365;
    EXPECT_EQ(years, 20);
    EXPECT_LE(std::abs(certificate.effectiveDate().secsTo(QDateTime::currentDateTimeUtc())), 120);
    EXPECT_EQ(identity->privateKey().algorithm(), QSsl::Ec);
}

TEST(Identity, uses_a_default_common_name_when_the_name_is_empty) {
    const auto identity = net::Identity::createEphemeral(QString());
    ASSERT_TRUE(identity);
    EXPECT_EQ(identity->certificate().subjectInfo(QSslCertificate::CommonName).value(0),
              QStringLiteral("Twofold device"));
}

TEST(Identity, regenerates_when_the_files_are_corrupt_or_do_not_match) {
    QTemporaryDir temp;
    const auto first = net::Identity::loadOrCreate(temp.path(), QString());
    ASSERT_TRUE(first);
    {
        QFile key(QDir(temp.path()).filePath(net::Identity::keyFileName()));
        ASSERT_TRUE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write("-----BEGIN PRIVATE KEY-----\ngarbage\n");
    }
    const auto second = net::Identity::loadOrCreate(temp.path(), QString());
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->wasCreated());
    EXPECT_NE(second->deviceId(), first->deviceId());

    // A key from another identity next to this certificate is not accepted either.
    const auto other = net::certificates::generate(QStringLiteral("other"));
    ASSERT_TRUE(other);
    {
        QFile key(QDir(temp.path()).filePath(net::Identity::keyFileName()));
        ASSERT_TRUE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(other->keyPem);
    }
    const auto third = net::Identity::loadOrCreate(temp.path(), QString());
    ASSERT_TRUE(third);
    EXPECT_TRUE(third->wasCreated());
    EXPECT_EQ(modeOf(QDir(temp.path()).filePath(net::Identity::keyFileName())), 0600U);
}

TEST(Identity, rejects_pem_that_does_not_belong_together) {
    const auto a = net::certificates::generate(QStringLiteral("a"));
    const auto b = net::certificates::generate(QStringLiteral("b"));
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(net::Identity::fromPem(a->keyPem, a->certificatePem));
    EXPECT_FALSE(net::Identity::fromPem(a->keyPem, b->certificatePem));
    EXPECT_FALSE(net::Identity::fromPem(QByteArray("nope"), a->certificatePem));
}
