// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/domain/result.h"

#include <QByteArrayList>
#include <QHash>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <optional>
#include <vector>

namespace attain {

class Workspace;

/// A column of a record table: the SQL that reads it and what kind of value it holds.
struct ViewColumn
{
    enum class Type
    {
        Text,
        Money,
        Date,
        DateTime,
        Count,
        Stage,
        Kind,
        Role,
        Level,
        Score,
        Status,
        Bool
    };
    QString key;
    QByteArray expr;
    Type type = Type::Text;
    /// Sorting uses this when set (e.g. a normalized name), otherwise `expr`.
    QByteArray sortExpr;
};

/// A table of records as the workbench lists them: its columns, its joins, and which SQL each filter
/// applies to (empty: the filter does not apply). Defined for deals, customers, follow-ups, ratings,
/// members and ownership conflicts.
struct ViewSpec
{
    QByteArray table; // "deals d"
    QByteArray key;   // "d.rowid": what windows are fetched by
    QByteArray id;    // "d.id": the record's UUID
    /// alias → JOIN clause, added when an expression in use mentions `alias.`.
    QList<QPair<QByteArray, QByteArray>> joins;
    QList<ViewColumn> columns;
    QByteArray amount, owner, team, date, stage, product, kind, customer, status;
    /// Normalized text to search (lower case, half width); the query is normalized alike.
    QByteArray search;
    /// Condition limiting rows to members in `%1` (a list of placeholders).
    QByteArray scope;
    bool dateIsDateTime = false;
    int defaultSort = 0;
    bool defaultDescending = false;

    int columnIndex(const QString &key) const;

    static ViewSpec deals();
    static ViewSpec customers();
    static ViewSpec activities();
    static ViewSpec ratings();
    static ViewSpec members();
    static ViewSpec conflicts();
};

/// What a person narrows a table down to.
struct RecordFilter
{
    QStringList stages;
    QString ownerId;
    QString teamId;
    QString customerId;
    QString product;
    QString kind;
    QString status;
    std::optional<Period> period;
    QString search;
    /// Members whose records may be shown; empty means everyone's.
    QStringList scope;

    bool operator==(const RecordFilter &) const = default;
};

/// Windowed reading of a record table: the ordered keys of the rows that match (computed on any
/// thread over a read-only connection of its own, sorted and filtered in SQL), then the rows of a
/// window of those keys on the workspace's connection. A million rows cost eight megabytes of keys;
/// only the windows on screen are read.
class RecordQuery
{
public:
    struct Ordered
    {
        std::vector<qint64> keys;
        qint64 amountTotal = 0;
        bool amountOverflow = false;
    };
    /// The matching keys, sorted by `sortColumn` (then by key, so the order is total). Stops early,
    /// failing, when `cancel` becomes true.
    static Result<Ordered> order(const QString &path, const ViewSpec &spec, const RecordFilter &filter,
                                 int sortColumn, bool descending, const std::atomic<bool> *cancel = nullptr);
    /// The rows of `keys`, in that order: one value per column, then the record's id.
    static QList<QVariantList> fetch(Workspace &workspace, const ViewSpec &spec,
                                     const std::vector<qint64> &keys);
    /// The distinct non-empty values of an expression over the view (for filter lists), on any thread.
    static QStringList distinct(const QString &path, const ViewSpec &spec, const QByteArray &expr,
                                int limit = 500);

    /// The SQL `order` runs (exposed for tests and the benchmark).
    static QByteArray orderSql(const ViewSpec &spec, const RecordFilter &filter, int sortColumn,
                               bool descending, QVariantList *binds);
};

} // namespace attain
