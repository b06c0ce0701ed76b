// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schemacheck.h"

#include "core/storage/schema.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <sqlite3.h>

#include <mutex>

namespace attain {

namespace {

using SchemaMap = QMap<QString, QString>; // "type name on table" → definition

QString normalized(const char *sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql ? QString::fromUtf8(sql).replace(space, QStringLiteral(" ")).trimmed() : QString();
}

bool readSchema(sqlite3 *db, SchemaMap *out, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema", -1, &stmt, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        auto col = [&](int i) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
        };
        out->insert(col(0) + QLatin1Char(' ') + col(1) + QStringLiteral(" on ") + col(2),
                    normalized(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3))));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

// The schema Attain writes for a version, from its own migrations (built once per version).
const SchemaMap *expected(int version)
{
    static std::mutex mutex;
    static QHash<int, SchemaMap> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return &*it;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    SchemaMap schema;
    bool ok = true;
    for (int v = 1; v <= version && ok; ++v)
        for (const QString &sql : Schema::migrationTo(v))
            ok = ok && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    QString error;
    ok = ok && readSchema(db, &schema, &error);
    sqlite3_close(db);
    if (!ok)
        return nullptr;
    return &*cache.insert(version, schema);
}

} // namespace

Status SchemaCheck::verify(sqlite3 *db, int version)
{
    if (version < 1 || version > Schema::currentVersion())
        return Status(Problem{QString(), tr("format %1 is not one Attain knows").arg(version)});
    const SchemaMap *want = expected(version);
    if (!want)
        return Status(Problem{QString(), tr("the schema of format %1 could not be built").arg(version)});
    SchemaMap have;
    QString error;
    if (!readSchema(db, &have, &error))
        return Status(Problem{QString(), tr("its schema cannot be read: %1").arg(error)});
    for (auto it = want->cbegin(); it != want->cend(); ++it) {
        const auto found = have.constFind(it.key());
        if (found == have.cend())
            return Status(Problem{QString(), tr("%1 is missing").arg(it.key())});
        if (found.value() != it.value())
            return Status(Problem{QString(), tr("%1 is defined differently").arg(it.key())});
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        if (!want->contains(it.key()))
            return Status(Problem{QString(), tr("%1 is not Attain's").arg(it.key())});
    return success();
}

} // namespace attain
