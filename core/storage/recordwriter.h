// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"
#include "core/domain/fields.h"
#include "core/domain/result.h"
#include "core/storage/changelog.h"
#include "core/storage/changeset.h"

#include <QHash>
#include <QSet>

namespace attain {

class Workspace;

/// Writes entity rows together with their change-log entries: the one write path under every service
/// and import. One per write transaction, the workspace's (Workspace::writer()), so that every row of it is
/// numbered in the log in order and recorded in the transaction's ChangeSet. Never validates (services do).
class RecordWriter
{
public:
    /// The field a created or deleted row's UUID travels in (RowChange), for undo and redo to keep it.
    static inline const QString uuidField = QStringLiteral("uuid");

    /// Inserts a record and its creation entry in the log. Fields named in `notColumns` are no columns of the
    /// table (a deal's `splits`, kept in a table of their own): recorded in the change set, not written.
    Status insert(EntityKind kind, const QString &id, const Fields &fields,
                  const QStringList &notColumns = {});
    /// Writes the fields whose value differs, one log entry each. Fields named in `logOnlyFields`
    /// are logged but not written to the record's table. Returns the number of fields that changed.
    Result<int> update(EntityKind kind, const QString &id, const Fields &before, const Fields &after,
                       const QStringList &logOnlyFields = {});
    /// Deletes a record; the log keeps its last fields.
    Status remove(EntityKind kind, const QString &id, const Fields &before);

    ChangeLog &log() { return m_log; }

    /// Bulk mode, for loads of many new records: each insert takes the next change-log number, and
    /// the creation entries are written set-wise (one INSERT … SELECT per table) by finishBulk(),
    /// within the same transaction. Updates and deletions in between take numbers too and are written
    /// at once (with the creation entry of a record made in this load, when they touch one).
    void startBulk() { m_bulk = true; }
    Status finishBulk();

    static bool sameValue(const QVariant &a, const QVariant &b);
    /// The fields with their text already encoded as UTF-8, so that a loading thread can do that work
    /// and the writing thread only binds bytes.
    static Fields encoded(Fields fields);

private:
    friend class Workspace;
    explicit RecordWriter(Workspace &workspace) : m_workspace(workspace), m_log(workspace) {}
    Workspace &m_workspace;
    ChangeLog m_log;
    Status flushBulk();
    /// The next reserved number, starting a segment (and flushing one of another author) when needed.
    Result<qint64> reserveSeq();
    /// Before an update or deletion in bulk mode: logs the creation of a record made in this load.
    Status logPendingCreation(EntityKind kind, const QString &id, qint64 seq);
    /// The next log number to use: reserved in bulk mode, the log's own otherwise (0).
    Result<qint64> nextSeq();

    QHash<quint64, QByteArray> m_insertSql; // by kind and column count
    bool m_bulk = false;
    qint64 m_firstSeq = 0; // of the pending bulk segment; 0 when none
    qint64 m_nextSeq = 0;
    qint64 m_segmentSession = 0;
    QList<EntityKind> m_segmentKinds;
    QSet<qint64> m_writtenInSegment; // reserved numbers already written one by one
};

} // namespace attain
