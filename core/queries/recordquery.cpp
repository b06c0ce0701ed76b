// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queries/recordquery.h"

#include "core/domain/dates.h"
#include "core/domain/textnorm.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtNumeric>

#include <sqlite3.h>

namespace attain {

namespace {

QByteArray placeholders(qsizetype n)
{
    QByteArray out;
    for (qsizetype i = 0; i < n; ++i)
        out += i ? ",?" : "?";
    return out;
}

// The FROM clause with the joins the given SQL fragments mention.
QByteArray fromClause(const ViewSpec &spec, const QByteArrayList &fragments)
{
    // A join may need another (teams through members): repeat until nothing more is needed.
    QList<bool> used(spec.joins.size(), false);
    QByteArrayList mentioned = fragments;
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < spec.joins.size(); ++i) {
            if (used.at(i))
                continue;
            const QRegularExpression mention(
                QStringLiteral("\\b%1\\.").arg(QString::fromLatin1(spec.joins.at(i).first)));
            for (const QByteArray &f : std::as_const(mentioned)) {
                if (mention.match(QString::fromUtf8(f)).hasMatch()) {
                    used[i] = true;
                    mentioned << spec.joins.at(i).second;
                    grew = true;
                    break;
                }
            }
        }
    }
    QByteArray from = spec.table;
    for (int i = 0; i < spec.joins.size(); ++i)
        if (used.at(i))
            from += ' ' + spec.joins.at(i).second;
    return from;
}

QByteArray whereClause(const ViewSpec &spec, const RecordFilter &f, QVariantList *binds)
{
    QByteArrayList conditions;
    if (!f.stages.isEmpty() && !spec.stage.isEmpty()) {
        conditions << spec.stage + " IN (" + placeholders(f.stages.size()) + ')';
        for (const auto &s : f.stages)
            *binds << s;
    }
    auto equals = [&](const QByteArray &expr, const QString &value) {
        if (!value.isEmpty() && !expr.isEmpty()) {
            conditions << expr + " = ?";
            *binds << value;
        }
    };
    equals(spec.owner, f.ownerId);
    equals(spec.team, f.teamId);
    equals(spec.customer, f.customerId);
    equals(spec.product, f.product);
    equals(spec.kind, f.kind);
    equals(spec.status, f.status);
    if (f.period && !spec.date.isEmpty()) {
        conditions << spec.date + " >= ? AND " + spec.date + " < ?";
        *binds << Dates::toIso(f.period->start()) << Dates::toIso(f.period->end().addDays(1));
    }
    if (!f.search.trimmed().isEmpty() && !spec.search.isEmpty()) {
        for (const QString &term : normalizeKey(f.search).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QString escaped = term;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            conditions << spec.search + " LIKE ? ESCAPE '\\'";
            *binds << QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
        }
    }
    if (!f.scope.isEmpty() && !spec.scope.isEmpty()) {
        // The scope names its list once or twice; each mention gets its own placeholders.
        QByteArray scope = spec.scope;
        const int mentions = int(scope.count("%1"));
        scope.replace("%1", placeholders(f.scope.size()));
        conditions << '(' + scope + ')';
        for (int m = 0; m < mentions; ++m)
            for (const auto &id : f.scope)
                *binds << id;
    }
    return conditions.isEmpty() ? QByteArray() : " WHERE " + conditions.join(" AND ");
}

struct ReadConnection
{
    sqlite3 *db = nullptr;
    explicit ReadConnection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            db = nullptr;
            return;
        }
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "PRAGMA cache_size=-16384", nullptr, nullptr, nullptr);
    }
    ~ReadConnection() { sqlite3_close(db); }
};

void bindAll(sqlite3_stmt *stmt, const QVariantList &binds, QList<QByteArray> *keep)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        } else {
            keep->append(v.toString().toUtf8());
            sqlite3_bind_text(stmt, i + 1, keep->last().constData(), int(keep->last().size()), SQLITE_STATIC);
        }
    }
}

} // namespace

int ViewSpec::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

QByteArray RecordQuery::orderSql(const ViewSpec &spec, const RecordFilter &filter, int sortColumn,
                                 bool descending, QVariantList *binds)
{
    const ViewColumn &column = spec.columns.at(std::clamp(sortColumn, 0, int(spec.columns.size()) - 1));
    const QByteArray sort = column.sortExpr.isEmpty() ? column.expr : column.sortExpr;
    const QByteArray where = whereClause(spec, filter, binds);
    const QByteArray select = spec.key + (spec.amount.isEmpty() ? QByteArray() : ", " + spec.amount);
    const QByteArray direction = descending ? " DESC" : " ASC";
    return "SELECT " + select + " FROM " + fromClause(spec, {select, where, sort}) + where + " ORDER BY " +
           sort + direction + ", " + spec.key + direction;
}

Result<RecordQuery::Ordered> RecordQuery::order(const QString &path, const ViewSpec &spec,
                                                const RecordFilter &filter, int sortColumn, bool descending,
                                                const std::atomic<bool> *cancel)
{
    using R = Result<Ordered>;
    ReadConnection conn(path);
    if (!conn.db)
        return R::failure(QString(), QStringLiteral("cannot read %1").arg(path));
    if (cancel)
        sqlite3_progress_handler(
            conn.db, 10000,
            [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool> *>(cancel));
    QVariantList binds;
    const QByteArray sql = orderSql(spec, filter, sortColumn, descending, &binds);
    static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL");
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(conn.db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return R::failure(QString(), QString::fromUtf8(sqlite3_errmsg(conn.db)));
    QList<QByteArray> keep;
    bindAll(stmt, binds, &keep);
    Ordered out;
    const bool withAmount = !spec.amount.isEmpty();
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        out.keys.push_back(sqlite3_column_int64(stmt, 0));
        if (withAmount && !out.amountOverflow &&
            qAddOverflow(out.amountTotal, qint64(sqlite3_column_int64(stmt, 1)), &out.amountTotal))
            out.amountOverflow = true;
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(conn.db));
    sqlite3_finalize(stmt);
    if (trace)
        qInfo("order: %lld ms, %zu rows%s: %s", timer.elapsed(), out.keys.size(),
              rc == SQLITE_INTERRUPT ? " (cancelled)" : "", sql.constData());
    if (rc != SQLITE_DONE)
        return R::failure(QString(), rc == SQLITE_INTERRUPT ? QStringLiteral("cancelled") : error);
    return out;
}

QList<QVariantList> RecordQuery::fetch(Workspace &workspace, const ViewSpec &spec,
                                       const std::vector<qint64> &keys)
{
    QList<QVariantList> rows;
    if (keys.empty())
        return rows;
    QByteArrayList exprs;
    for (const auto &c : spec.columns)
        exprs << c.expr;
    const QByteArray select = spec.key + ", " + exprs.join(", ") + ", " + spec.id;
    const QByteArray sql = "SELECT " + select + " FROM " + fromClause(spec, {select}) + " WHERE " + spec.key +
                           " IN (" + placeholders(qsizetype(keys.size())) + ')';
    Statement st(workspace, sql);
    for (size_t i = 0; i < keys.size(); ++i)
        st.bind(int(i) + 1, keys[i]);
    QHash<qint64, QVariantList> byKey;
    const int n = int(spec.columns.size()) + 1;
    while (st.next()) {
        QVariantList row;
        row.reserve(n);
        for (int c = 1; c <= n; ++c)
            row << st.value(c);
        byKey.insert(st.int64(0), row);
    }
    rows.reserve(qsizetype(keys.size()));
    for (qint64 k : keys)
        rows << byKey.value(k);
    return rows;
}

QStringList RecordQuery::distinct(const QString &path, const ViewSpec &spec, const QByteArray &expr,
                                  int limit)
{
    ReadConnection conn(path);
    QStringList out;
    if (!conn.db || expr.isEmpty())
        return out;
    const QByteArray sql = "SELECT DISTINCT " + expr + " FROM " + fromClause(spec, {expr}) + " WHERE " +
                           expr + " IS NOT NULL AND " + expr + " <> '' ORDER BY 1 LIMIT " +
                           QByteArray::number(limit);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(conn.db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK)
        while (sqlite3_step(stmt) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return out;
}

} // namespace attain
