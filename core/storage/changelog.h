// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"

#include <QDateTime>

namespace attain {

class Workspace;

/// One entry of the append-only change log: who changed which field of which record, when and where.
/// A creation names no field (its values are the record's, with later updates undone); an update
/// names one field with its old and new value; a deletion keeps the record's last values as JSON.
struct ChangeEntry
{
    enum class Op
    {
        Create,
        Update,
        Delete
    };
    qint64 seq = 0;
    QString at;
    QString author;
    QString device;
    QString entity;
    QString entityId;
    Op op = Op::Update;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

/// The audit trail and the future source of sync bundles. Entries are written in the transaction of
/// the change they describe; SQL triggers refuse updates and deletes.
class ChangeLog
{
public:
    explicit ChangeLog(Workspace &workspace) : m_workspace(workspace) {}

    /// Appends one entry and returns its sequence number. Needs an open WriteTransaction.
    /// `previous` is the record's last entry (0 for a creation); `seq` a number reserved by a bulk load
    /// (0: the next one).
    Result<qint64> append(const QString &entity, const QString &entityId, ChangeEntry::Op op,
                          qint64 previous = 0, const QString &field = QString(),
                          const QVariant &oldValue = QVariant(), const QVariant &newValue = QVariant(),
                          qint64 seq = 0);
    /// The most recent entries, newest first.
    QList<ChangeEntry> recent(int limit) const;
    /// Every entry about one record, oldest first (a walk back from the record's last change; for a
    /// deleted record, a scan of the log).
    QList<ChangeEntry> history(const QString &entity, const QString &entityId) const;
    qint64 count() const;
    /// The number of the newest entry (0 when none): what a later change's entries come after.
    qint64 lastSeq() const;

    /// Fields as a compact JSON object, the deletion payload.
    static QString toJson(const Fields &fields);
    /// Text of a value as the log stores it (null stays null).
    static QVariant toLogValue(const QVariant &value);

private:
    QList<ChangeEntry> read(const QByteArray &sql, const QVariantList &args, int limit) const;
    Workspace &m_workspace;
};

} // namespace attain
