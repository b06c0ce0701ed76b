// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "core/domain/activity.h"
#include "core/domain/customer.h"
#include "core/domain/deal.h"
#include "core/domain/idgenerator.h"
#include "core/domain/member.h"
#include "core/domain/rate.h"
#include "core/domain/rating.h"
#include "core/domain/target.h"
#include "core/domain/team.h"
#include "core/interchange/importkind.h"

#include <QHash>
#include <QSet>

#include <variant>

namespace attain {

/// A finance confirmation: finance received this amount for this deal on this day.
struct Confirmation
{
    QString externalId;
    Money paid;
    QDate paidOn;
};

/// One record an import row asks for, in the order the writer applies them. `created` marks a
/// member, team or customer the row referred to and that does not exist yet.
struct ImportItem
{
    int row = 0;
    bool created = false;
    QString dealRef; // a follow-up's or rating's deal, by external id, resolved by the writer
    Fields encoded;  // the record's fields, encoded for an insert (see RecordWriter::encoded)
    std::variant<Team, Member, Customer, Deal, Activity, Rating, Target, Rate, Confirmation> record;
};

/// What an import knows of the workspace before it starts, kept up to date as rows create records.
struct ImportLookups
{
    struct MemberRef
    {
        QString id;
        Role role = Role::Rep;
    };
    QHash<QString, MemberRef> membersByLogin; // lower case
    QHash<QString, QStringList> loginsByName; // normalized name → the logins (lower case) of that name
    QHash<QString, QString> teamsByName;      // normalized
    QHash<QString, QString> customersByName;  // normalized
    QHash<QString, QString> customerOwners;   // customer id → owner id
    QString currency = Money::defaultCurrency();
    QDate today;
};

/// Turns CSV records into records: parses every cell the brief's ways (amounts, dates, stages and kinds
/// in English or Chinese), validates each record with the domain's rules, and creates the members,
/// teams and customers a row refers to that do not exist yet. Runs on the import's reading thread.
class ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)

public:
    /// `newId` gives each record the file's next key (Workspace::newId, under the import's write lock).
    ImportRows(ImportKind kind, QStringList mapped, ImportLookups lookups, std::function<QString()> newId);
    void convert(const QStringList &fields, int row, QList<ImportItem> *out, Problems *problems);

private:
    QString cell(const QStringList &fields, const char *key) const;
    bool has(const char *key) const { return m_index.contains(QLatin1String(key)); }
    QString memberFor(const QString &login, const char *column, int row, QList<ImportItem> *out,
                      Problems *problems, bool create = true);
    QString customerFor(const QString &name, const QString &ownerId, QDate created, int row,
                        QList<ImportItem> *out);
    QString teamFor(const QString &name, int row, QList<ImportItem> *out);
    static void report(Problems *problems, int row, const Problems &found, const QStringList &fields,
                       const QHash<QString, int> &index);

    void members(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);
    void customers(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);
    void deals(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);
    void activities(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);
    void ratings(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);
    void targets(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);
    void rates(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);
    void confirmations(const QStringList &f, int row, QList<ImportItem> *out, Problems *p);

    ImportKind m_kind;
    QHash<QString, int> m_index; // column key → position in the record
    ImportLookups m_lookups;
    std::function<QString()> m_newId;
    /// Whether a key (an external id, a login) was already in this file. Keys are remembered by a 64-bit
    /// hash: a million keys cost 16 MB instead of 60, and a false "twice" has odds of about 1 in 10^13.
    bool seen(const QString &key);
    QSet<quint64> m_seenKeys;
};

} // namespace attain
