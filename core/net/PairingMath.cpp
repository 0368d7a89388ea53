#include "core/net/PairingMath.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace twofold::net::pairing {

QByteArray commitment(const QByteArray& nonceA, const QByteArray& digestA, const QByteArray& digestB) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(kCommitLabel));
    hash.addData(nonceA);
    hash.addData(digestA);
    hash.addData(digestB);
    return hash.result();
}

QString code(const QByteArray& digestA, const QByteArray& digestB, const QByteArray& nonceA, const QByteArray& nonceB) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(kCodeLabel));
    hash.addData(digestA);
    hash.addData(digestB);
    hash.addData(nonceA);
    hash.addData(nonceB);
    const QByteArray digest = hash.result();
    const quint32 value = qFromBigEndian<quint32>(digest.constData()) % 1000000U;
    return QStringLiteral("%1").arg(value, 6, 10, QLatin1Char('0'));
}

} // namespace twofold::net::pairing
