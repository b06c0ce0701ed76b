// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/teamsync.h"

#include "core/access/identity.h"
#include "core/queries/recordlabels.h"
#include "core/storage/outputfile.h"
#include "core/storage/schema.h"
#include "core/storage/statement.h"
#include "core/storage/writetransaction.h"
#include "core/sync/syncrecords.h"
#include "core/sync/teamsyncstate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace attain {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString loginOf(Workspace &ws, const QString &memberId)
{
    Statement st(ws, "SELECT login FROM members WHERE id = ?");
    st.bind(1, memberId);
    return st.next() ? st.text(0) : QString();
}

// The bundle's file body: its manifest on the first line, the payload after; the manifest carries the
// payload's SHA-256.
QByteArray body(QJsonObject manifest, const QJsonObject &payload)
{
    const QByteArray p = compact(payload);
    manifest.insert(QStringLiteral("sha256"), QString::fromLatin1(SignedFile::sha256Hex(p)));
    return compact(manifest) + '\n' + p;
}

} // namespace

TeamSync::TeamSync(Workspace &workspace)
    : m_ws(workspace), m_records(std::make_unique<SyncRecords>(workspace))
{}

TeamSync::~TeamSync() = default;

QString TeamSync::workspaceUuid()
{
    const auto me = SyncSelf::read(m_ws);
    return me ? me->workspace : QString();
}

void TeamSync::writeLog(const QString &level, const QString &message)
{
    WriteTransaction tx(m_ws);
    if (!tx.isActive())
        return;
    Statement st(m_ws, "INSERT INTO sync_log(at, level, message) VALUES (?, ?, ?)");
    st.bind(1, syncTime(m_ws)).bind(2, level).bind(3, message);
    if (st.exec())
        (void)tx.commit();
}

Status TeamSync::refused(const QString &what, const QString &why)
{
    writeLog(QStringLiteral("refused"), what + QStringLiteral(": ") + why);
    return Status(Problem{QString(), why});
}

Result<SyncSelf> TeamSync::ensureHub()
{
    if (auto me = SyncSelf::read(m_ws)) {
        if (me->role != QLatin1String("hub"))
            return Result<SyncSelf>::failure(
                QString(),
                tr("This is a rep's own workspace; invitations are made in the team's workspace."));
        return *me;
    }
    return SyncSelf::create(m_ws, QStringLiteral("hub"));
}

Result<QByteArray> TeamSync::invite(const QString &memberId)
{
    using R = Result<QByteArray>;
    if (Status allowed = m_ws.access().managersOnly(tr("who takes part in team sync")); !allowed)
        return R(allowed.problems());
    QString role, login, name;
    bool active = false;
    {
        Statement st(m_ws, "SELECT role, login, name, active FROM members WHERE id = ?");
        st.bind(1, memberId);
        if (!st.next())
            return R::failure(QStringLiteral("member"), tr("There is no such member."));
        role = st.text(0);
        login = st.text(1);
        name = st.text(2);
        active = st.int64(3) != 0;
    }
    if (role != QLatin1String("rep"))
        return R::failure(QStringLiteral("member"),
                          tr("%1 is not a rep: only reps work in a file of their own.").arg(login));
    if (!active)
        return R::failure(QStringLiteral("member"), tr("%1 is no longer active.").arg(login));
    WriteTransaction tx(m_ws);
    if (!tx.isActive())
        return R(tx.problem());
    const auto me = ensureHub();
    if (!me)
        return R(me.problems());
    // A new invitation replaces the member's earlier device: what the hub applied from it stays applied, and
    // its bundles are refused from now on.
    {
        Statement st(m_ws, "UPDATE sync_peers SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL");
        st.bind(1, syncTime(m_ws)).bind(2, memberId);
        if (!st.exec())
            return R(st.problem());
    }
    const QByteArray invitation = m_ws.newUuid();
    // The rep's first bundle proves it comes from this invitation with the token; the hub then pins its key.
    const QByteArray token = SignedFile::randomBytes(32);
    {
        Statement st(m_ws,
                     "INSERT INTO sync_peers(member_id, invitation, token, invited_at) VALUES (?, ?, ?, ?)");
        st.bind(1, memberId).bindBlob(2, invitation).bindBlob(3, token).bind(4, syncTime(m_ws));
        if (!st.exec())
            return R(st.problem());
    }
    auto peer = SyncPeer::where(m_ws, "invitation = ?", invitation);
    if (!peer)
        return R::failure(QString(), tr("The invitation could not be recorded."));
    const auto payload = hubPayloadFor(*peer, 1);
    if (!payload)
        return R(payload.problems());
    {
        Statement st(m_ws, "UPDATE sync_peers SET sent_bundles = 1, last_out = ? WHERE id = ?");
        st.bind(1, syncTime(m_ws)).bind(2, peer->id);
        if (!st.exec())
            return R(st.problem());
    }
    QJsonObject manifest{{QStringLiteral("format"), 1},
                         {QStringLiteral("kind"), QStringLiteral("invitation")},
                         {QStringLiteral("invitation"), QString::fromLatin1(invitation.toHex())},
                         {QStringLiteral("token"), QString::fromLatin1(token.toHex())},
                         {QStringLiteral("workspace"), me->workspace},
                         {QStringLiteral("device"), me->device},
                         {QStringLiteral("workspace_name"), m_ws.name()},
                         {QStringLiteral("member"), m_records->uuidOf(QStringLiteral("members"), memberId)},
                         {QStringLiteral("login"), login},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("schema"), Schema::currentVersion()},
                         {QStringLiteral("first"), 1},
                         {QStringLiteral("last"), 1},
                         {QStringLiteral("acks"), 0},
                         {QStringLiteral("created"), syncTime(m_ws)}};
    const QByteArray bytes = SignedFile::seal("invitation", me->keys, body(manifest, *payload));
    if (Status st = tx.commit(); !st)
        return R(st.problems());
    writeLog(QStringLiteral("out"), tr("invited %1").arg(login));
    return bytes;
}

Result<std::unique_ptr<Workspace>> TeamSync::join(const QByteArray &invitation, const QString &path,
                                                  const Workspace::Options &options)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const auto file = SignedFile::open(invitation, "invitation", tr("The invitation"));
    if (!file)
        return R(file.problems());
    const qsizetype nl = file->body.indexOf('\n');
    QJsonParseError error;
    const QJsonDocument m = QJsonDocument::fromJson(file->body.left(nl), &error);
    const QJsonDocument p = QJsonDocument::fromJson(file->body.mid(nl + 1), &error);
    if (nl < 0 || !m.isObject() || !p.isObject())
        return R::failure(QString(), tr("The invitation is damaged: its contents cannot be read."));
    const QJsonObject manifest = m.object();
    if (manifest.value(QStringLiteral("sha256")).toString().toLatin1() !=
        SignedFile::sha256Hex(file->body.mid(nl + 1)))
        return R::failure(QString(),
                          tr("The invitation is damaged: its contents do not match its manifest."));
    if (manifest.value(QStringLiteral("schema")).toInt() > Schema::currentVersion())
        return R::failure(QString(), tr("The invitation was made by a newer Attain; update Attain to join."));
    const QByteArray hubWorkspace =
        QByteArray::fromHex(manifest.value(QStringLiteral("workspace")).toString().toLatin1());
    const QByteArray token =
        QByteArray::fromHex(manifest.value(QStringLiteral("token")).toString().toLatin1());
    const QString memberUuid = manifest.value(QStringLiteral("member")).toString();
    if (hubWorkspace.size() != 16 || token.size() != 32 || memberUuid.size() != 32)
        return R::failure(QString(), tr("The invitation is damaged: it does not say whose it is."));
    // Built under a temporary name and renamed into place when complete: a join that fails leaves nothing.
    QString memberId;
    auto created = Workspace::createFilled(path, options, [&](Workspace &ws) -> Status {
        ws.actAsSystem();
        {
            WriteTransaction tx(ws);
            if (!tx.isActive())
                return Status(tx.problem());
            auto me = SyncSelf::create(ws, QStringLiteral("rep"));
            if (!me)
                return Status(me.problems());
            Statement st(ws, "UPDATE sync_self SET hub_workspace = ?, hub_key = ?, token = ?, invitation = ? "
                             "WHERE id = 1");
            st.bindBlob(1, hubWorkspace).bindBlob(2, file->signer).bindBlob(3, token);
            st.bindBlob(
                4, QByteArray::fromHex(manifest.value(QStringLiteral("invitation")).toString().toLatin1()));
            if (!st.exec())
                return Status(st.problem());
            if (Status st2 = tx.commit(); !st2)
                return st2;
        }
        TeamSync sync(ws);
        // The invitation's payload is the hub's first bundle to the rep: the rep's slice.
        auto me = SyncSelf::read(ws);
        const auto applied =
            sync.applyAtRep(*me, manifest, p.object(), invitation, *file, tr("The invitation"));
        if (!applied)
            return Status(applied.problems());
        memberId = SyncRecords(ws).localIdOf(QStringLiteral("members"), memberUuid);
        if (memberId.isEmpty())
            return Status(Problem{QString(), tr("The invitation does not hold its member.")});
        {
            WriteTransaction tx(ws);
            Statement st(ws, "UPDATE sync_self SET member_id = ? WHERE id = 1");
            st.bind(1, memberId);
            if (!tx.isActive() || !st.exec())
                return Status(Problem{QString(), tr("The new workspace could not be written.")});
            if (Status st2 = tx.commit(); !st2)
                return st2;
        }
        if (Status st = Identity(ws).setFileOwner(memberId); !st)
            return st;
        if (const QString name = manifest.value(QStringLiteral("workspace_name")).toString(); !name.isEmpty())
            (void)ws.setSetting(QStringLiteral("name"), name);
        return success();
    });
    if (!created)
        return created;
    (*created)->actAs(memberId);
    return created;
}

Result<QByteArray> TeamSync::exportBundle(const QString &memberId, bool resend, bool skipEmpty)
{
    using R = Result<QByteArray>;
    auto me = SyncSelf::read(m_ws);
    if (!me)
        return R::failure(QString(),
                          tr("This workspace does not take part in team sync yet: invite a rep from "
                             "the team's workspace, or join a team with an invitation."));
    WriteTransaction tx(m_ws);
    if (!tx.isActive())
        return R(tx.problem());
    QJsonObject manifest{{QStringLiteral("format"), 1},
                         {QStringLiteral("kind"), QStringLiteral("bundle")},
                         {QStringLiteral("bundle"), QString::fromLatin1(m_ws.newUuid().toHex())},
                         {QStringLiteral("workspace"), me->workspace},
                         {QStringLiteral("device"), me->device},
                         {QStringLiteral("schema"), Schema::currentVersion()},
                         {QStringLiteral("created"), syncTime(m_ws)}};
    QJsonObject payload;
    if (me->role == QLatin1String("hub")) {
        if (Status allowed = m_ws.access().managersOnly(tr("team sync bundles")); !allowed)
            return R(allowed.problems());
        auto peer = SyncPeer::where(m_ws, "member_id = ? AND revoked_at IS NULL", memberId);
        if (!peer)
            return R::failure(QStringLiteral("member"),
                              tr("%1 has not been invited to team sync.").arg(loginOf(m_ws, memberId)));
        if (resend) {
            Statement st(m_ws, "DELETE FROM sync_peer_records WHERE peer = ?");
            st.bind(1, peer->id);
            if (!st.exec())
                return R(st.problem());
        }
        const qint64 n = peer->sentBundles + 1;
        const auto p = hubPayloadFor(*peer, n, resend);
        if (!p)
            return R(p.problems());
        payload = *p;
        if (skipEmpty && payload.value(QStringLiteral("upserts")).toArray().isEmpty() &&
            payload.value(QStringLiteral("revokes")).toArray().isEmpty() &&
            payload.value(QStringLiteral("results")).toArray().isEmpty() &&
            !payload.value(QStringLiteral("published_changed")).toBool())
            return QByteArray(); // rolled back: nothing is marked sent
        manifest.insert(QStringLiteral("to"), QString::fromLatin1(peer->workspace.toHex()));
        manifest.insert(QStringLiteral("member"), m_records->uuidOf(QStringLiteral("members"), memberId));
        manifest.insert(QStringLiteral("first"), n);
        manifest.insert(QStringLiteral("last"), n);
        manifest.insert(QStringLiteral("acks"), peer->receivedSeq);
        Statement st(m_ws, "UPDATE sync_peers SET sent_bundles = ?, last_out = ? WHERE id = ?");
        st.bind(1, n).bind(2, syncTime(m_ws)).bind(3, peer->id);
        if (!st.exec())
            return R(st.problem());
    } else {
        const qint64 from = resend ? me->ackedSeq : me->exportedSeq;
        QJsonArray changes;
        qint64 last = from;
        qint64 hlc = me->hlc;
        qint64 lastInLog = from;
        const QList<OwnEntry> entries = ownEntries(from, &lastInLog);
        last = lastInLog;
        QSet<QString> gone; // records made and deleted within this bundle: nothing of them travels
        for (const OwnEntry &e : entries)
            if (e.op == QLatin1String("delete") &&
                std::any_of(entries.cbegin(), entries.cend(), [&](const OwnEntry &c) {
                    return c.op == QLatin1String("create") && c.entity == e.entity && c.id == e.id;
                }))
                gone.insert(e.entity + QLatin1Char('/') + e.id);
        QHash<QString, QString> logins;
        for (const OwnEntry &e : entries) {
            if (gone.contains(e.entity + QLatin1Char('/') + e.id))
                continue;
            QJsonObject c{{QStringLiteral("seq"), e.seq},
                          {QStringLiteral("op"), e.op},
                          {QStringLiteral("entity"), e.entity},
                          {QStringLiteral("uuid"), m_records->uuidOf(e.entity, e.id)}};
            if (e.op == QLatin1String("create")) {
                c.insert(QStringLiteral("values"), m_records->readRow(e.entity, e.id));
            } else if (e.op == QLatin1String("update")) {
                c.insert(QStringLiteral("field"), e.field);
                c.insert(QStringLiteral("base"), m_records->toWire(e.entity, e.field, e.oldValue));
                c.insert(QStringLiteral("value"), m_records->toWire(e.entity, e.field, e.newValue));
            } else {
                QJsonObject values;
                const QJsonObject last = QJsonDocument::fromJson(e.oldValue.toString().toUtf8()).object();
                for (auto it = last.begin(); it != last.end(); ++it)
                    if (SyncRecords::column(e.entity, it.key()))
                        values.insert(it.key(),
                                      m_records->toWire(e.entity, it.key(), it.value().toVariant()));
                c.insert(QStringLiteral("values"), values);
            }
            if (!logins.contains(e.author))
                logins.insert(e.author, loginOf(m_ws, e.author));
            c.insert(QStringLiteral("author"), logins.value(e.author));
            hlc = hlcNext(hlc, QDateTime::fromString(e.at, Qt::ISODateWithMs).toMSecsSinceEpoch());
            c.insert(QStringLiteral("hlc"), hlcText(hlc, me->device));
            changes << c;
        }
        if (skipEmpty && changes.isEmpty())
            return QByteArray();
        payload.insert(QStringLiteral("changes"), changes);
        manifest.insert(QStringLiteral("to"), me->hubWorkspace);
        manifest.insert(QStringLiteral("member"), m_records->uuidOf(QStringLiteral("members"), me->memberId));
        // Until the hub pins this device's key, each bundle proves it comes from the invitation.
        manifest.insert(QStringLiteral("invitation"), QString::fromLatin1(me->invitation.toHex()));
        manifest.insert(QStringLiteral("proof"),
                        QString::fromLatin1(SignedFile::proofHex(me->token, me->keys.publicKey)));
        manifest.insert(QStringLiteral("first"), qint64(from + 1));
        manifest.insert(QStringLiteral("last"), qint64(last));
        manifest.insert(QStringLiteral("acks"), qint64(me->receivedBundle));
        Statement st(m_ws, "UPDATE sync_self SET exported_seq = max(exported_seq, ?), hlc = ?, last_out = ? "
                           "WHERE id = 1");
        st.bind(1, last).bind(2, hlc).bind(3, syncTime(m_ws));
        if (!st.exec())
            return R(st.problem());
    }
    const QByteArray bytes = SignedFile::seal("bundle", me->keys, body(manifest, payload));
    if (Status st = tx.commit(); !st)
        return R(st.problems());
    if (me->role == QLatin1String("hub"))
        writeLog(QStringLiteral("out"), tr("a bundle for %1: %n record(s) changed, %2 taken away", nullptr,
                                           int(payload.value(QStringLiteral("upserts")).toArray().size()))
                                            .arg(loginOf(m_ws, memberId))
                                            .arg(payload.value(QStringLiteral("revokes")).toArray().size()));
    else
        writeLog(QStringLiteral("out"), tr("a bundle for the hub: %n change(s)", nullptr,
                                           int(payload.value(QStringLiteral("changes")).toArray().size())));
    return bytes;
}

Result<SyncFolderPass> TeamSync::folderPass(const QString &dir)
{
    using R = Result<SyncFolderPass>;
    const auto me = SyncSelf::read(m_ws);
    if (!me)
        return R::failure(QString(), tr("This workspace does not take part in team sync yet."));
    QDir folder(dir);
    if (!folder.exists())
        return R::failure(QString(), tr("The sync folder %1 does not exist.").arg(dir));
    SyncFolderPass pass;
    QStringList mine{QStringLiteral("to-") + me->workspace};
    if (me->role == QLatin1String("rep"))
        mine << QStringLiteral("to-") + m_records->uuidOf(QStringLiteral("members"), me->memberId);
    const QStringList files =
        folder.entryList({QStringLiteral("to-*") + bundleSuffix}, QDir::Files, QDir::Name);
    QList<std::pair<QByteArray, QString>> incoming;
    for (const QString &name : files) {
        if (std::none_of(mine.cbegin(), mine.cend(), [&](const QString &p) { return name.startsWith(p); }))
            continue;
        QFile f(folder.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || f.size() > SignedFile::maxBytes)
            continue;
        incoming << std::make_pair(f.readAll(), name);
    }
    const QList<Result<SyncOutcome>> outcomes = applyAll(incoming);
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString &name = incoming[i].second;
        const Result<SyncOutcome> &outcome = outcomes[i];
        const QString done = outcome ? QStringLiteral("applied") : QStringLiteral("refused");
        if (outcome) {
            pass.outcome.add(*outcome);
            pass.lines << tr("applied %1").arg(name);
        } else {
            pass.refused = true;
            pass.lines << tr("refused %1: %2").arg(name, outcome.message());
        }
        folder.mkpath(done);
        QFile::remove(folder.filePath(done + QLatin1Char('/') + name));
        folder.rename(name, done + QLatin1Char('/') + name);
    }
    QList<std::pair<QString, QByteArray>> outgoing; // member (empty: the hub), address
    if (me->role == QLatin1String("hub")) {
        Statement st(m_ws, "SELECT member_id, workspace FROM sync_peers WHERE revoked_at IS NULL");
        QList<std::pair<QString, QByteArray>> peers;
        while (st.next())
            peers << std::make_pair(st.text(0), st.blob(1));
        st.reset();
        for (const auto &[member, workspace] : peers) {
            if (workspace.isEmpty())
                continue; // not joined yet: its invitation travels by hand
            const auto bytes = exportBundle(member, false, true);
            if (!bytes)
                return R(bytes.problems());
            if (!bytes->isEmpty())
                outgoing << std::make_pair(QString::fromLatin1(workspace.toHex()), *bytes);
        }
    } else {
        const auto bytes = exportBundle(QString(), false, true);
        if (!bytes)
            return R(bytes.problems());
        if (!bytes->isEmpty())
            outgoing << std::make_pair(me->hubWorkspace, *bytes);
    }
    for (const auto &[to, bytes] : outgoing) {
        const QString name =
            QStringLiteral("to-%1-%2%3")
                .arg(to, QString::fromLatin1(SignedFile::sha256Hex(bytes).left(16)), bundleSuffix);
        if (Status st = OutputFile::write(folder.filePath(name), bytes, {m_ws.path()}); !st)
            return R(st.problems());
        pass.lines << tr("wrote %1").arg(name);
    }
    return pass;
}

QList<SyncConflict> TeamSync::conflicts(bool openOnly)
{
    QList<SyncConflict> out;
    Statement st(m_ws, QByteArray("SELECT id, entity, uuid, field, base, theirs, ours, author, hlc, status, "
                                  "decided_value FROM sync_conflicts") +
                           (openOnly ? " WHERE status = 'open'" : "") +
                           " ORDER BY entity, uuid, field, hlc, id");
    RecordLabels labels(m_ws);
    const auto json = [](const QVariant &v) {
        return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
    };
    while (st.next()) {
        SyncConflict c;
        c.id = st.int64(0);
        c.entity = st.text(1);
        c.uuid = QString::fromLatin1(st.blob(2).toHex());
        c.field = st.text(3);
        c.base = json(st.value(4));
        c.theirs = json(st.value(5));
        c.ours = json(st.value(6));
        c.author = st.text(7);
        c.hlc = st.text(8);
        c.at = QDateTime::fromMSecsSinceEpoch(c.hlc.left(13).toLongLong(), Qt::UTC).toString(Qt::ISODate);
        c.status = st.text(9);
        c.decided = json(st.value(10));
        out << c;
    }
    st.reset();
    const auto shownValue = [&](const SyncConflict &c, const QJsonValue &v) {
        if (v.isNull())
            return QString();
        const auto column = SyncRecords::column(c.entity, c.field);
        if (!column || column->references.isEmpty() || column->name == SyncRecords::splits)
            return v.toString();
        const QString id = m_records->localIdOf(column->references, v.toString());
        return id.isEmpty() ? tr("(not in this workspace)") : labels.label(column->references, id);
    };
    for (SyncConflict &c : out) {
        const QString id = m_records->localIdOf(c.entity, c.uuid);
        c.record = id.isEmpty() ? tr("(deleted)") : labels.label(c.entity, id);
        c.baseText = shownValue(c, c.base);
        c.theirsText = shownValue(c, c.theirs);
        c.oursText = shownValue(c, c.ours);
    }
    return out;
}

SyncStatus TeamSync::status()
{
    SyncStatus s;
    const auto me = SyncSelf::read(m_ws);
    if (!me)
        return s;
    s.role = me->role;
    s.fingerprint = SignedFile::fingerprint(me->keys.publicKey);
    {
        Statement st(m_ws, "SELECT ifnull(last_in, ''), ifnull(last_out, '') FROM sync_self WHERE id = 1");
        if (st.next()) {
            s.lastIn = st.text(0);
            s.lastOut = st.text(1);
        }
    }
    {
        Statement st(m_ws, "SELECT count(*) FROM sync_conflicts WHERE status = 'open'");
        if (st.next())
            s.openConflicts = int(st.int64(0));
    }
    {
        Statement st(m_ws, "SELECT count(*) FROM sync_held");
        if (st.next())
            s.held = int(st.int64(0));
    }
    if (me->role == QLatin1String("rep")) {
        s.member = loginOf(m_ws, me->memberId);
        QSet<QString> records;
        for (const QString &key : pendingFields(me->ackedSeq))
            records.insert(key.section(QLatin1Char('/'), 0, 1));
        s.pending = records.size();
        Statement st(m_ws,
                     "SELECT entity, field, reason FROM sync_results WHERE outcome = 'rejected' ORDER BY id");
        while (st.next())
            s.rejections << tr("%1 %2: %3").arg(RecordLabels::kindLabel(st.text(0)), st.text(1), st.text(2));
        return s;
    }
    Statement st(m_ws,
                 "SELECT m.login, m.name, p.public_key, p.invited_at, ifnull(p.enrolled_at, ''), "
                 "ifnull(p.revoked_at, ''), ifnull(p.last_in, ''), ifnull(p.last_out, ''), p.received_seq "
                 "FROM sync_peers p JOIN members m ON m.id = p.member_id ORDER BY m.login, p.id");
    while (st.next()) {
        SyncDevice d;
        d.login = st.text(0);
        d.name = st.text(1);
        d.fingerprint = st.isNull(2) ? QString() : SignedFile::fingerprint(st.blob(2));
        d.invitedAt = st.text(3);
        d.enrolledAt = st.text(4);
        d.revokedAt = st.text(5);
        d.lastIn = st.text(6);
        d.lastOut = st.text(7);
        d.receivedSeq = st.int64(8);
        s.devices << d;
    }
    return s;
}

QStringList TeamSync::log(int limit)
{
    QStringList out;
    Statement st(m_ws, "SELECT at, level, message FROM sync_log ORDER BY id DESC LIMIT ?");
    st.bind(1, limit);
    while (st.next())
        out << st.text(0) + QLatin1Char('\t') + st.text(1) + QLatin1Char('\t') + st.text(2);
    return out;
}

QStringList TeamSync::invitedMembers()
{
    QStringList out;
    Statement st(m_ws,
                 "SELECT DISTINCT member_id FROM sync_peers WHERE revoked_at IS NULL ORDER BY member_id");
    while (st.next())
        out << st.text(0);
    return out;
}

QList<TeamSync::OwnEntry> TeamSync::ownEntries(qint64 after, qint64 *last)
{
    // Not what the hub's bundles wrote here (sync_foreign), not settings or anything else sync does not
    // carry.
    QList<QPair<qint64, qint64>> foreign;
    {
        Statement st(m_ws, "SELECT first_seq, last_seq FROM sync_foreign WHERE last_seq > ?");
        st.bind(1, after);
        while (st.next())
            foreign << qMakePair(st.int64(0), st.int64(1));
    }
    QList<OwnEntry> entries;
    Statement st(m_ws,
                 "SELECT l.seq, l.at, l.entity, l.entity_id, l.op, l.field, l.old_value, l.new_value, "
                 "s.author FROM change_log l JOIN change_sessions s ON s.id = l.session WHERE l.seq > ? "
                 "ORDER BY l.seq");
    st.bind(1, after);
    while (st.next()) {
        const qint64 seq = st.int64(0);
        if (last)
            *last = seq;
        if (std::any_of(foreign.cbegin(), foreign.cend(),
                        [&](const auto &r) { return seq >= r.first && seq <= r.second; }) ||
            !SyncRecords::isSynced(st.text(2)))
            continue;
        entries << OwnEntry{seq,        st.text(1),  st.text(2),  st.text(3), st.text(4),
                            st.text(5), st.value(6), st.value(7), st.text(8)};
    }
    return entries;
}

QSet<QString> TeamSync::pendingFields(qint64 after)
{
    QSet<QString> out;
    for (const OwnEntry &e : ownEntries(after))
        out.insert(e.entity + QLatin1Char('/') + m_records->uuidOf(e.entity, e.id) + QLatin1Char('/') +
                   (e.op == QLatin1String("update") ? e.field : QStringLiteral("*")));
    return out;
}

} // namespace attain
