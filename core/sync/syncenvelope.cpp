// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncenvelope.h"

#include <sodium.h>

namespace attain {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QByteArray kMagic = QByteArrayLiteral("ATTAIN-SYNC 1 ");

} // namespace

DeviceKeys DeviceKeys::generate()
{
    DeviceKeys keys;
    if (!sodiumReady())
        return keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

QByteArray SignedFile::seal(const QByteArray &kind, const DeviceKeys &keys, const QByteArray &body)
{
    const QByteArray first = kMagic + kind + '\n';
    const QByteArray message = first + body;
    QByteArray signature(crypto_sign_BYTES, '\0');
    if (sodiumReady() && keys.secretKey.size() == crypto_sign_SECRETKEYBYTES)
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             quint64(message.size()),
                             reinterpret_cast<const unsigned char *>(keys.secretKey.constData()));
    return first + "key " + keys.publicKey.toHex() + "\nsig " + signature.toHex() + "\n\n" + body;
}

Result<SignedFile> SignedFile::open(const QByteArray &bytes, const QByteArray &kind, const QString &what)
{
    using R = Result<SignedFile>;
    const auto refuse = [&](const QString &why) {
        return R::failure(QString(), tr("%1: %2").arg(what, why));
    };
    if (bytes.size() > maxBytes)
        return refuse(tr("it is larger than any team sync file (%1 bytes)").arg(bytes.size()));
    if (!bytes.startsWith(kMagic))
        return refuse(tr("it is not an Attain team sync file"));
    // The frame is fixed: four lines, each checked byte for byte, before the body is looked at.
    const qsizetype l1 = bytes.indexOf('\n');
    if (l1 < 0 || l1 > 64)
        return refuse(tr("it is not an Attain team sync file"));
    const QByteArray fileKind = bytes.mid(kMagic.size(), l1 - kMagic.size());
    if (fileKind != kind)
        return refuse(kind == "bundle" ? tr("it is an invitation, not a bundle")
                                       : tr("it is a bundle, not an invitation"));
    const qsizetype l2 = l1 + 1 + 4 + 2 * crypto_sign_PUBLICKEYBYTES;
    const qsizetype l3 = l2 + 1 + 4 + 2 * crypto_sign_BYTES;
    if (bytes.size() < l3 + 2 || bytes.mid(l1 + 1, 4) != "key " || bytes.at(l2) != '\n' ||
        bytes.mid(l2 + 1, 4) != "sig " || bytes.at(l3) != '\n' || bytes.at(l3 + 1) != '\n')
        return refuse(tr("its signature lines are damaged or cut short"));
    const QByteArray keyHex = bytes.mid(l1 + 5, 2 * crypto_sign_PUBLICKEYBYTES);
    const QByteArray sigHex = bytes.mid(l2 + 5, 2 * crypto_sign_BYTES);
    const auto isHex = [](const QByteArray &h) {
        return std::all_of(h.cbegin(), h.cend(),
                           [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    };
    if (!isHex(keyHex) || !isHex(sigHex))
        return refuse(tr("its signature lines are damaged or cut short"));
    SignedFile file;
    file.kind = fileKind;
    file.signer = QByteArray::fromHex(keyHex);
    file.body = bytes.mid(l3 + 2);
    const QByteArray signature = QByteArray::fromHex(sigHex);
    const QByteArray message = bytes.left(l1 + 1) + file.body;
    if (!sodiumReady() ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()),
                                    reinterpret_cast<const unsigned char *>(file.signer.constData())) != 0)
        return refuse(tr("its signature does not match its contents: it was changed or damaged after it was "
                         "signed"));
    return file;
}

QByteArray SignedFile::proofHex(const QByteArray &key, const QByteArray &message)
{
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    if (sodiumReady()) {
        crypto_auth_hmacsha256_state state;
        crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()),
                                    size_t(key.size()));
        crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                      quint64(message.size()));
        crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    }
    return mac.toHex();
}

QByteArray SignedFile::randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (sodiumReady())
        randombytes_buf(out.data(), size_t(count));
    return out;
}

QByteArray SignedFile::sha256Hex(const QByteArray &bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    if (sodiumReady())
        crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                           reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    return digest.toHex();
}

QString SignedFile::fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = sha256Hex(publicKey).left(16);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace attain
