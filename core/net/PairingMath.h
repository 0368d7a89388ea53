#pragma once

#include <QByteArray>
#include <QString>

// The pure functions of pairing (docs/PROTOCOL.md "Pairing"). All inputs are raw bytes:
// digests are the 32-byte SHA-256 of each certificate's DER, nonces are 32 random bytes.
// A = the inviter, B = the invitee; both sides always put A's values first.
namespace twofold::net::pairing {

inline constexpr int kNonceBytes = 32;
inline constexpr char kCommitLabel[] = "twofold-commit-v1";
inline constexpr char kCodeLabel[] = "twofold-pair-v1";

// SHA-256("twofold-commit-v1" || Na || digestA || digestB)
QByteArray commitment(const QByteArray& nonceA, const QByteArray& digestA, const QByteArray& digestB);

// SHA-256("twofold-pair-v1" || digestA || digestB || Na || Nb): the first 4 bytes as a big-endian
// unsigned integer, modulo 1,000,000, written as 6 decimal digits with leading zeros.
QString code(const QByteArray& digestA, const QByteArray& digestB, const QByteArray& nonceA, const QByteArray& nonceB);

} // namespace twofold::net::pairing
