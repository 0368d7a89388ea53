#include "core/net/Identity.h"

#include "core/net/CertificateTools.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
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
    // The damaged pair is kept aside, not destroyed: the old certificate is still there to read.
    ASSERT_EQ(second->keptAside().size(), 2) << second->keptAside().join(QLatin1Char(' ')).toStdString();
    QFile oldCertificate(second->keptAside().last());
    ASSERT_TRUE(oldCertificate.open(QIODevice::ReadOnly));
    EXPECT_EQ(net::certificates::certificateDigest(QSslCertificate(oldCertificate.readAll(), QSsl::Pem)),
              first->certificateDigest());

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

TEST(Identity, an_unreadable_key_is_an_error_and_is_never_replaced) {
    QTemporaryDir temp;
    ASSERT_TRUE(net::Identity::loadOrCreate(temp.path(), QString()));
    const QString keyPath = QDir(temp.path()).filePath(net::Identity::keyFileName());
    // A folder in the key's place cannot be read as a file, also by root.
    ASSERT_TRUE(QFile::rename(keyPath, keyPath + QStringLiteral(".real")));
    ASSERT_TRUE(QDir().mkpath(keyPath));
    const auto loaded = net::Identity::loadOrCreate(temp.path(), QString());
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, QStringLiteral("identity-unreadable"));
    EXPECT_TRUE(loaded.error().message.contains(keyPath)) << loaded.error().message.toStdString();
    EXPECT_TRUE(QFileInfo(keyPath).isDir());
    const auto kept = QDir(temp.path()).entryList({QStringLiteral("*.damaged-*")});
    EXPECT_TRUE(kept.isEmpty()) << kept.join(QLatin1Char(' ')).toStdString();
}

TEST(Identity, a_profile_folder_that_cannot_be_created_is_an_error_that_says_where) {
    QTemporaryDir temp;
    const QString blocker = QDir(temp.path()).filePath(QStringLiteral("file"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const auto noFolder = net::Identity::loadOrCreate(QDir(blocker).filePath(QStringLiteral("profile")), QString());
    ASSERT_FALSE(noFolder);
    EXPECT_EQ(noFolder.error().code, QStringLiteral("profile-unwritable"));

    EXPECT_TRUE(noFolder.error().message.contains(blocker)) << noFolder.error().message.toStdString();
}

TEST(Identity, rejects_pem_that_does_not_belong_together) {
    const auto a = net::certificates::generate(QStringLiteral("a"));
    const auto b = net::certificates::generate(QStringLiteral("b"));
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(net::Identity::fromPem(a->keyPem, a->certificatePem));
    EXPECT_FALSE(net::Identity::fromPem(a->keyPem, b->certificatePem));
    EXPECT_FALSE(net::Identity::fromPem(QByteArray("nope"), a->certificatePem));
}

// An outside tester's case (issue 17 §6, case_long_name_identity_openssl.py): a name of 64 user-perceived
// characters ending in an emoji has more than 64 code points, the certificate name's limit, and no network
// identity could be made ("OpenSSL failed: certificate name" on every start).
TEST(Identity, a_name_of_64_characters_ending_in_emoji_still_gets_a_certificate) {
    for (const auto* emoji : {"👍🏽", "👨‍👩‍👧"}) {
        const QString name = QString(63, QLatin1Char('a')) + QString::fromUtf8(emoji);
        const auto pems = net::certificates::generate(name);
        ASSERT_TRUE(pems.ok()) << pems.error().message.toStdString();
        const QSslCertificate certificate(pems.value().certificatePem, QSsl::Pem);
        const QString cn = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
        EXPECT_TRUE(name.startsWith(cn)) << cn.toStdString();
        EXPECT_LE(cn.toUcs4().size(), 64);
        EXPECT_GE(cn.size(), 63) << "only the emoji that does not fit is left out";
    }
}
