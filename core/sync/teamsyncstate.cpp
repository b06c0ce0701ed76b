// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/teamsyncstate.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

std::optional<SyncSelf> SyncSelf::read(Workspace &ws)
{
    Statement st(
        ws, "SELECT workspace, device, public_key, secret_key, role, member_id, hub_workspace, hub_key, "
            "token, exported_seq, acked_seq, received_bundle, hlc, invitation FROM sync_self WHERE id = 1");
    if (!st.next())
        return std::nullopt;
    SyncSelf s;
    s.workspace = QString::fromLatin1(st.blob(0).toHex());
    s.device = QString::fromLatin1(st.blob(1).toHex());
    s.keys.publicKey = st.blob(2);
    s.keys.secretKey = st.blob(3);
    s.role = st.text(4);
    s.memberId = st.isNull(5) ? QString() : st.text(5);
    s.hubWorkspace = QString::fromLatin1(st.blob(6).toHex());
    s.hubKey = st.blob(7);
    s.token = st.blob(8);
    s.exportedSeq = st.int64(9);
    s.ackedSeq = st.int64(10);
    s.receivedBundle = st.int64(11);
    s.hlc = st.int64(12);
    s.invitation = st.blob(13);
    return s;
}

Result<SyncSelf> SyncSelf::create(Workspace &ws, const QString &role)
{
    SyncSelf s;
    s.keys = DeviceKeys::generate();
    if (s.keys.publicKey.isEmpty())
        return Result<SyncSelf>::failure(QString(), QStringLiteral("libsodium could not be started"));
    const QByteArray workspace = ws.newUuid();
    const QByteArray device = ws.newUuid();
    s.workspace = QString::fromLatin1(workspace.toHex());
    s.device = QString::fromLatin1(device.toHex());
    s.role = role;
    Statement st(ws,
                 "INSERT INTO sync_self(id, workspace, device, public_key, secret_key, role) VALUES (1, ?, "
                 "?, ?, ?, ?)");
    st.bindBlob(1, workspace).bindBlob(2, device).bindBlob(3, s.keys.publicKey).bindBlob(4, s.keys.secretKey);
    st.bind(5, role);
    if (!st.exec())
        return Result<SyncSelf>(st.problem());
    return s;
}

std::optional<SyncPeer> SyncPeer::where(Workspace &ws, const char *condition, const QVariant &value)
{
    Statement st(
        ws, QByteArray("SELECT id, member_id, invitation, token, device, public_key, workspace, "
                       "ifnull(revoked_at, ''), received_seq, sent_bundles, acked_bundle FROM sync_peers "
                       "WHERE ") +
                condition + " ORDER BY id DESC LIMIT 1");
    if (value.typeId() == QMetaType::QByteArray)
        st.bindBlob(1, value.toByteArray());
    else
        st.bind(1, value);
    if (!st.next())
        return std::nullopt;
    SyncPeer p;
    p.id = st.int64(0);
    p.memberId = st.text(1);
    p.invitation = st.blob(2);
    p.token = st.blob(3);
    p.device = st.blob(4);
    p.publicKey = st.blob(5);
    p.workspace = st.blob(6);
    p.revokedAt = st.text(7);
    p.receivedSeq = st.int64(8);
    p.sentBundles = st.int64(9);
    p.ackedBundle = st.int64(10);
    return p;
}

QString syncTime(Workspace &ws)
{
    return ws.clock().now().toUTC().toString(Qt::ISODateWithMs);
}

QString hlcText(qint64 hlc, const QString &device)
{
    return QStringLiteral("%1-%2-%3")
        .arg(hlc >> 16, 13, 10, QLatin1Char('0'))
        .arg(hlc & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(device.left(8));
}

qint64 hlcNext(qint64 last, qint64 wallMs)
{
    const qint64 wall = wallMs << 16;
    return wall > last ? wall : last + 1;
}

} // namespace attain
