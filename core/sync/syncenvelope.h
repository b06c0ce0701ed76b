// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace attain {

/// A device's Ed25519 key pair (libsodium), made when a workspace first takes part in team sync.
struct DeviceKeys
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
    static DeviceKeys generate();
};

/// A signed sync file — a team bundle or an invitation — as its bytes travel:
///
///     ATTAIN-SYNC 1 <kind>\n
///     key <signer's public key, 64 hex digits>\n
///     sig <Ed25519 signature, 128 hex digits>\n
///     \n
///     <body>
///
/// The signature covers the first line and the body, so a bundle cannot pass for an invitation. open()
/// checks the frame and the signature over the exact bytes before anything of the body is parsed; whether the
/// signer is one this workspace trusts is the caller's question (its pinned keys).
struct SignedFile
{
    Q_DECLARE_TR_FUNCTIONS(SignedFile)

public:
    QByteArray kind; // "bundle" or "invitation"
    QByteArray signer;
    QByteArray body;

    /// The largest file read (a busy rep's year is a few megabytes).
    static constexpr qint64 maxBytes = 256ll * 1024 * 1024;
    static QByteArray seal(const QByteArray &kind, const DeviceKeys &keys, const QByteArray &body);
    /// The file's parts, or why it is no signed sync file of that kind (`what` names the file in messages).
    static Result<SignedFile> open(const QByteArray &bytes, const QByteArray &kind, const QString &what);
    /// HMAC-SHA-256 of `message` with `key`, as hex: a rep's first bundle proves it holds the invitation's
    /// secret for its own public key, without sending the secret.
    static QByteArray proofHex(const QByteArray &key, const QByteArray &message);
    /// Random bytes from libsodium.
    static QByteArray randomBytes(int count);
    /// SHA-256, as 64 lower-case hex digits.
    static QByteArray sha256Hex(const QByteArray &bytes);
    /// A key's fingerprint for people: the first 16 hex digits of its SHA-256, in groups of four.
    static QString fingerprint(const QByteArray &publicKey);
};

} // namespace attain
