// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/importreport.h"
#include "core/interchange/importrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace attain {

class Workspace;

/// Applies an import's records on the workspace's thread, each through its kind's checked write (the same
/// rules as a form's: who may, the ownership rules, splits, the change log), in the one write transaction:
/// inserts what is new, updates what differs, counts what is unchanged.
class ImportApplier
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    /// What an import looks up by name: members by login and name, teams, customers and their owners — read
    /// inside the write transaction, so that two imports at once end as one after the other would.
    static ImportLookups loadLookups(Workspace &ws);

    ImportApplier(Workspace &ws, ImportReport &report, const QStringList &mapped, bool targetEmpty,
                  const ImportLookups &lookups);

    /// False on a failure that stops writing (the workspace refused a write); a row someone may not write is
    /// a problem of its own, and the others are still checked.
    bool apply(const ImportItem &item);

private:
    bool present(const char *key) const { return m_present.contains(QLatin1String(key)); }
    void problem(int row, const char *field, const QString &value, const QString &message);
    // Counts, and asks the kind's checked write for what is new or changed.
    template <typename R, typename Write>
    Status upsert(const std::optional<R> &existing, const R &merged, const Write &write);
    Status applyRecord(const ImportItem &, const Team &t);
    Status applyRecord(const ImportItem &item, const Member &m);
    Status applyRecord(const ImportItem &item, const Customer &c);
    Status applyRecord(const ImportItem &, const Deal &d);
    // A follow-up's or rating's deal, by number; empty when none was named or none exists.
    bool resolveDeal(const ImportItem &item, const QString &customerId, QString *dealId);
    Status applyRecord(const ImportItem &item, const Activity &incoming);
    Status applyRecord(const ImportItem &item, const Rating &incoming);
    Status applyRecord(const ImportItem &, const Target &incoming);
    Status applyRecord(const ImportItem &, const Rate &incoming);
    Status applyRecord(const ImportItem &item, const Confirmation &c);

    Workspace &m_ws;
    ImportReport &m_report;
    bool m_targetEmpty;
    QSet<QString> m_present;
    QHash<QString, QString> m_customerOwners; // customer id → owner id, as this import leaves them
    QSet<QString> m_madeCustomers;            // customers this import made (from rows naming them)
};

} // namespace attain
