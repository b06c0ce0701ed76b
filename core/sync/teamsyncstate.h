// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/sync: the rows of sync_self and sync_peers, as TeamSync's parts read and write them.

#include "core/sync/syncenvelope.h"

#include <QString>

namespace attain {

class Workspace;

struct SyncSelf
{
    QString workspace; // hex
    QString device;    // hex
    DeviceKeys keys;
    QString role;
    QString memberId;     // a rep's file: the rep (local key)
    QString hubWorkspace; // a rep's file: hex
    QByteArray hubKey;
    QByteArray token;
    QByteArray invitation;
    qint64 exportedSeq = 0;
    qint64 ackedSeq = 0;
    qint64 receivedBundle = 0;
    qint64 hlc = 0;

    static std::optional<SyncSelf> read(Workspace &ws);
    /// Creates the row: a new workspace identity and device key pair.
    static Result<SyncSelf> create(Workspace &ws, const QString &role);
};

struct SyncPeer
{
    qint64 id = 0;
    QString memberId;
    QByteArray invitation;
    QByteArray token;
    QByteArray device;
    QByteArray publicKey;
    QByteArray workspace;
    QString revokedAt;
    qint64 receivedSeq = 0;
    qint64 sentBundles = 0;
    qint64 ackedBundle = 0;

    static std::optional<SyncPeer> where(Workspace &ws, const char *condition, const QVariant &value);
};

/// When, as team sync records it: the workspace clock's now, in UTC with milliseconds.
QString syncTime(Workspace &ws);
/// A hybrid logical clock reading (milliseconds and a counter), as a sortable text with the device.
QString hlcText(qint64 hlc, const QString &device);
/// The next reading after `last` for a wall-clock time in milliseconds.
qint64 hlcNext(qint64 last, qint64 wallMs);

} // namespace attain
