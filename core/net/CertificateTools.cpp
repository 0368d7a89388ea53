#include "core/net/CertificateTools.h"

#include "core/Limits.h"
#include "core/text/UserText.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace twofold::net::certificates {
namespace {
constexpr int kCommonNameCodePoints = 64; // ub-common-name, RFC 5280 Appendix A

struct Deleter {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, Deleter>;

Error opensslError(const char* what) {
    return Error{QStringLiteral("openssl"), QStringLiteral("OpenSSL failed: %1").arg(QLatin1String(what))};
}

QByteArray bioContents(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

Owned<BIO> readBio(const QByteArray& bytes) {
    return Owned<BIO>(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

Owned<X509> certificateFromDer(const QByteArray& der) {
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return Owned<X509>(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
}

bool addExtension(X509* certificate, int nid, const char* value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

Result<PemPair> generate(const QString& commonName) {
    Owned<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        return opensslError("EC key generation");
    }
    Owned<X509> certificate(X509_new());
    Owned<BIGNUM> serial(BN_new());
    if (!certificate || !serial || X509_set_version(certificate.get(), 2) != 1 ||
        BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) == nullptr ||
        X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0) == nullptr ||
        X509_gmtime_adj(X509_getm_notAfter(certificate.get()), kValiditySeconds) == nullptr ||
        X509_set_pubkey(certificate.get(), key.get()) != 1) {
        return opensslError("certificate fields");
    }
    // ub-common-name: 64 characters, which OpenSSL counts as code points (RFC 5280 Appendix A); a name of
    // 64 user-perceived characters with emoji can have more, so the certificate keeps its longest start.
    const QByteArray cn = text::truncateCodePoints(commonName, kCommonNameCodePoints).toUtf8();
    X509_NAME* name = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   static_cast<int>(cn.size()), -1, 0) != 1 ||
        X509_set_issuer_name(certificate.get(), name) != 1) {
        return opensslError("certificate name");
    }
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth,clientAuth")) {
        return opensslError("certificate extensions");
    }
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0) {
        return opensslError("certificate signature");
    }
    Owned<BIO> keyBio(BIO_new(BIO_s_mem()));
    Owned<BIO> certificateBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certificateBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1) {
        return opensslError("PEM encoding");
    }
    return PemPair{bioContents(keyBio.get()), bioContents(certificateBio.get())};
}

bool keyMatchesCertificate(const QByteArray& keyPem, const QByteArray& certificatePem) {
    Owned<BIO> keyBio = readBio(keyPem);
    Owned<BIO> certificateBio = readBio(certificatePem);
    if (!keyBio || !certificateBio) {
        return false;
    }
    Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    Owned<X509> certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    return key && certificate && X509_check_private_key(certificate.get(), key.get()) == 1;
}

QByteArray certificateDigest(const QSslCertificate& certificate) {
    if (certificate.isNull()) {
        return {};
    }
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

QByteArray publicKeyDigest(const QSslCertificate& certificate) {
    if (certificate.isNull()) {
        return {};
    }
    const Owned<X509> x509 = certificateFromDer(certificate.toDer());
    if (!x509) {
        return {};
    }
    EVP_PKEY* key = X509_get0_pubkey(x509.get());
    if (key == nullptr) {
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0) {
        return {};
    }
    const QByteArray spki(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

} // namespace twofold::net::certificates
