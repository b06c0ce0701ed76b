// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/scoring/scoreledger.h"
#include "core/storage/workspace.h"
#include "core/sync/syncenvelope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace attain {

class SyncRecords;
struct SyncSelf;
struct SyncPeer;

/// What applying bundles did, change by change (PRODUCT.md "Team sync").
struct SyncOutcome
{
    int applied = 0;
    int duplicates = 0; // changes (or whole bundles) already merged
    int held = 0;       // bundles after a gap, kept until the missing one arrives
    int conflicts = 0;  // changes sent to the conflict inbox
    int rejected = 0;   // changes the sender may not make, or that break a rule
    void add(const SyncOutcome &o)
    {
        applied += o.applied;
        duplicates += o.duplicates;
        held += o.held;
        conflicts += o.conflicts;
        rejected += o.rejected;
    }
};

/// One entry of the hub's conflict inbox: a rep's change of a field whose base is not the hub's value.
struct SyncConflict
{
    qint64 id = 0;
    QString entity;
    QString uuid;
    QString record; // as people know it: the external id or the name
    QString field;
    QJsonValue base;
    QJsonValue theirs; // the rep's value
    QJsonValue ours;   // the hub's value when it was found
    QString author;    // the rep's login
    QString hlc;
    QString at;     // when the rep made the change (UTC, from its clock reading)
    QString status; // open, hub, rep or value
    QJsonValue decided;
    /// The values as people read them: a reference by the record's name, empty for none.
    QString baseText, theirsText, oursText;
};

/// A rep's device as the hub knows it.
struct SyncDevice
{
    QString login;
    QString name;
    QString fingerprint; // empty until the rep's first bundle pins the key
    QString invitedAt;
    QString enrolledAt;
    QString revokedAt;
    QString lastIn;
    QString lastOut;
    qint64 receivedSeq = 0;
};

struct SyncStatus
{
    QString role; // "hub", "rep" or empty (not taking part yet)
    QString member;
    QString fingerprint;
    QString lastIn;
    QString lastOut;
    qint64 pending = 0; // records with a change of the rep's own the hub has not acknowledged
    int openConflicts = 0;
    int held = 0;
    QStringList rejections; // what the hub refused of this rep's changes, with its reasons
    QList<SyncDevice> devices;
};

/// One pass over a sync folder.
struct SyncFolderPass
{
    QStringList lines; // what was applied, refused and written, a line each
    SyncOutcome outcome;
    bool refused = false;
};

/// Team sync: the manager's workspace is the hub; each rep works in a file of their own, made from an
/// invitation and holding only their slice of the team's data. Changes travel as signed bundles of
/// field-level changes taken from the change log; the hub merges each change through the same checked write
/// as a form (a rep's bundle is another door: AccessPolicy decides), three-way, field by field, and sends
/// each rep the acknowledgements and what changed at the hub in their slice.
class TeamSync
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)

public:
    explicit TeamSync(Workspace &workspace);
    ~TeamSync();

    static inline const QString bundleSuffix = QStringLiteral(".attain-bundle");
    static inline const QString invitationSuffix = QStringLiteral(".attain-invite");

    /// The invitation of a rep (a manager's action): signed by the hub, carrying the rep's slice. A new
    /// invitation of a member replaces the device of an earlier one, whose bundles are refused from then on.
    Result<QByteArray> invite(const QString &memberId);
    /// A rep's own workspace, created at `path` from an invitation.
    static Result<std::unique_ptr<Workspace>> join(const QByteArray &invitation, const QString &path,
                                                   const Workspace::Options &options = {});
    /// A rep's bundle of their changes not sent yet (`resend`: not acknowledged yet), or at the hub (a
    /// manager's action) the bundle for the rep `memberId`.
    /// `skipEmpty`: no bundle (an empty result) when it would carry nothing the other side lacks.
    Result<QByteArray> exportBundle(const QString &memberId = QString(), bool resend = false,
                                    bool skipEmpty = false);
    /// Applies one bundle, all or nothing, after a backup. A refused bundle (damaged, not signed by a known
    /// key, meant for another workspace, from a newer Attain) writes nothing but an entry in the sync log.
    Result<SyncOutcome> apply(const QByteArray &bundle, const QString &what);
    /// Several bundles (a folder pass, `sync apply FILE B1 B2…`), each all or nothing, after one backup of
    /// the state before the first: on a large workspace the backup, a copy of the whole file, is most of the
    /// time. Returns each bundle's outcome or refusal, in order.
    QList<Result<SyncOutcome>> applyAll(const QList<std::pair<QByteArray, QString>> &bundles);

    /// One pass over a shared folder (a network share, a cloud-drive folder, a USB stick): applies the
    /// bundles addressed to this workspace (moved to `applied/` or `refused/` after), then writes this
    /// workspace's outgoing bundles there (`to-<workspace>-<bundle>.attain-bundle`), for each rep at a hub.
    Result<SyncFolderPass> folderPass(const QString &dir);

    QList<SyncConflict> conflicts(bool openOnly = true);
    enum class Keep
    {
        Hub,
        Rep,
        Value
    };
    /// Decides a conflict (a manager's action): the field takes the hub's value, the rep's, or `value`; the
    /// decision is a change like any other and flows back to the reps in their next bundle.
    Status resolve(qint64 conflictId, Keep keep, const QString &value = QString());
    SyncStatus status();
    /// The sync log, newest first: refused bundles and what each apply did.
    QStringList log(int limit = 50);
    /// The workspace UUID this file is known by in team sync (empty before it takes part).
    QString workspaceUuid();
    /// The active members with a device (or an open invitation), for a hub's folder pass.
    QStringList invitedMembers();

private:
    Result<SyncSelf> ensureHub();
    Result<QJsonObject> hubPayloadFor(SyncPeer &peer, qint64 bundleNumber, bool resend = false);
    Result<SyncOutcome> applyAtHub(SyncSelf &me, const QJsonObject &manifest, const QJsonObject &payload,
                                   const QByteArray &bytes, const SignedFile &file, const QString &what);
    Result<SyncOutcome> applyAtRep(SyncSelf &me, const QJsonObject &manifest, const QJsonObject &payload,
                                   const QByteArray &bytes, const SignedFile &file, const QString &what);
    Result<SyncOutcome> mergeChanges(SyncPeer &peer, const QJsonArray &changes);
    Status applyHubPayload(const QJsonObject &payload, const QSet<QString> &pendingFields);
    /// A change-log entry this file made itself, which its bundles carry.
    struct OwnEntry
    {
        qint64 seq;
        QString at, entity, id, op, field;
        QVariant oldValue, newValue;
        QString author;
    };
    /// This file's own entries after `after`, oldest first; `last`: the log's newest number seen.
    QList<OwnEntry> ownEntries(qint64 after, qint64 *last = nullptr);
    QSet<QString> pendingFields(qint64 after);
    Status purgeRevoked();
    void writeLog(const QString &level, const QString &message);
    Status refused(const QString &what, const QString &why);

    Workspace &m_ws;
    std::unique_ptr<SyncRecords> m_records;
    // Read once for every rep a hub writes bundles for (their published boards).
    ScoreLedgers m_ledgers;
    bool m_ledgersRead = false;
    bool m_backedUpForBatch = false; // applyAll took the backup before its first bundle
};

} // namespace attain
