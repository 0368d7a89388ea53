#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QString>

// OpenSSL (libcrypto) helpers behind Qt types: key and certificate generation, digests.
namespace twofold::net::certificates {

struct PemPair {
    QByteArray keyPem;         // PKCS#8 "PRIVATE KEY"
    QByteArray certificatePem; // "CERTIFICATE"
};

inline constexpr long kValiditySeconds = 20L * 365 * 24 * 60 * 60; // 20 years

// A fresh P-256 (prime256v1) key and a self-signed X.509 v3 certificate over it: CN = commonName
// (cut to 64 characters), SHA-256 signature, valid from now for 20 years, random 128-bit serial.
Result<PemPair> generate(const QString& commonName);

// Whether the PEM private key belongs to the PEM certificate (both parse, and the public keys match).
bool keyMatchesCertificate(const QByteArray& keyPem, const QByteArray& certificatePem);

// SHA-256 of the certificate's DER encoding (32 raw bytes; empty for a null certificate).
QByteArray certificateDigest(const QSslCertificate& certificate);

// SHA-256 of the DER SubjectPublicKeyInfo of the certificate's key (32 raw bytes; empty on failure).
// Its lowercase hex is the device id.
QByteArray publicKeyDigest(const QSslCertificate& certificate);

} // namespace twofold::net::certificates
