// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"
#include "core/domain/fields.h"
#include "core/domain/result.h"
#include "core/storage/changelog.h"

#include <QHash>

namespace attain {

class Workspace;

/// Writes entity rows together with their change-log entries: the one write path under every service
/// and import. Needs an open WriteTransaction; never validates (services do).
class RecordWriter
{
public:
    explicit RecordWriter(Workspace &workspace) : m_workspace(workspace), m_log(workspace) {}

    /// Inserts a record and its creation entry in the log.
    Status insert(EntityKind kind, const QString &id, const Fields &fields);
    /// Writes the fields whose value differs, one log entry each. Fields named in `logOnlyFields`
    /// are logged but not written to the record's table. Returns the number of fields that changed.
    Result<int> update(EntityKind kind, const QString &id, const Fields &before, const Fields &after,
                       const QStringList &logOnlyFields = {});
    /// Deletes a record; the log keeps its last fields.
    Status remove(EntityKind kind, const QString &id, const Fields &before);

    ChangeLog &log() { return m_log; }

    /// Bulk mode, for loads of many new records: each insert takes the next change-log number, and
    /// the creation entries are written set-wise (one INSERT … SELECT per table) by finishBulk(),
    /// within the same transaction. Updates and deletions flush what is pending first.
    void startBulk() { m_bulk = true; }
    Status finishBulk();

    static bool sameValue(const QVariant &a, const QVariant &b);

private:
    Workspace &m_workspace;
    ChangeLog m_log;
    Status flushBulk();

    QHash<quint64, QByteArray> m_insertSql; // by kind and column count
    bool m_bulk = false;
    qint64 m_firstSeq = 0; // of the pending bulk segment; 0 when none
    qint64 m_nextSeq = 0;
    qint64 m_segmentSession = 0;
    QList<EntityKind> m_segmentKinds;
};

} // namespace attain
