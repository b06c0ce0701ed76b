// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"
#include "core/domain/fields.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace attain {

class Workspace;

/// One column of a record as team sync carries it.
struct SyncColumn
{
    QString name;
    /// The table a reference names (its value travels as the record's UUID), or empty.
    QString references;
    bool integer = false;
    /// Derived by the service that writes the record (a normalized name, a deal's base amount, who entered a
    /// rating): sent with a record, never taken from a rep's change.
    bool derived = false;
};

/// The kinds of record that travel between a hub and a rep's file, and how their values are said in a bundle:
/// as text or null, references as the referenced record's UUID (32 hex digits), a deal's credit splits as
/// `uuid:percent;…`. Local integer keys never leave a file.
class SyncRecords
{
    Q_DECLARE_TR_FUNCTIONS(SyncRecords)

public:
    explicit SyncRecords(Workspace &workspace) : m_ws(workspace) {}

    /// The tables in the order a bundle creates their records (referenced first).
    static QStringList tables();
    static bool isSynced(const QString &table) { return tables().contains(table); }
    static QList<SyncColumn> columns(const QString &table);
    static std::optional<SyncColumn> column(const QString &table, const QString &name);
    static EntityKind kindOf(const QString &table);
    static inline const QString splits = QStringLiteral("splits");

    /// A record's UUID as hex, also of a deleted one (its tombstone); empty when unknown.
    QString uuidOf(const QString &table, const QString &localId);
    /// The local key of a record by its UUID; empty when this file has none.
    QString localIdOf(const QString &table, const QString &uuidHex);

    /// A local value as a bundle says it.
    QJsonValue toWire(const QString &table, const QString &column, const QVariant &value);
    /// A bundle's value as this file stores it; a reference to a record this file does not have is a problem.
    Result<QVariant> toLocal(const QString &table, const QString &column, const QJsonValue &value);
    /// The record's columns as a bundle says them (empty when there is no such record).
    QJsonObject readRow(const QString &table, const QString &localId);

    /// Writes a record as the hub sent it, without the rules (the hub's write already passed them): created
    /// when this file has no record of that UUID, otherwise each field that differs, except those in `keep`
    /// (the rep's own changes the hub has not acknowledged yet). A reference to a record this file does not
    /// hold is left empty. Inside the caller's write transaction.
    Status upsert(const QString &table, const QString &uuidHex, const QJsonObject &values,
                  const QStringList &keep);
    /// Deletes a record that left the rep's slice, and everything of it (a customer's deals, follow-ups and
    /// ratings), without the rules.
    Status revoke(const QString &table, const QString &uuidHex);
    /// The records revoke() deleted, as (table, local key), for their history to be purged with them.
    const QList<QPair<QString, QString>> &revoked() const { return m_revoked; }
    void forgetRevoked() { m_revoked.clear(); }

private:
    Workspace &m_ws;
    QHash<QString, QString> m_uuidCache; // "table/id" -> hex
    QList<QPair<QString, QString>> m_revoked;
};

} // namespace attain
