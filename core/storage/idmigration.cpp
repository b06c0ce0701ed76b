// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/idmigration.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QUuid>

#include <sqlite3.h>

namespace attain {

namespace {

using IdMap = QHash<QString, qint64>;

/// The 16 bytes of a UUID text (RFC 4122 order), for `uuid` columns.
void uuidBlob(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray bytes = text ? QUuid::fromString(QLatin1String(text)).toRfc4122() : QByteArray();
    if (bytes.size() != 16 || QUuid::fromRfc4122(bytes).isNull()) {
        sqlite3_result_error(context, "not a UUID", -1);
        return;
    }
    sqlite3_result_blob(context, bytes.constData(), 16, SQLITE_TRANSIENT);
}

/// SQLite's code of the last failure, kept before a later call resets it.
int failure(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db);
    return code == SQLITE_OK ? SQLITE_ERROR : code;
}

bool exec(sqlite3 *db, const char *sql, int *code)
{
    if (*code != SQLITE_OK)
        return false;
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        *code = failure(db);
    return *code == SQLITE_OK;
}

QString translated(const QString &text, const IdMap &ids)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    if (text.size() < 36)
        return text;
    QString out;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto found = ids.constFind(m.captured(0));
        if (found == ids.cend())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QString::number(*found);
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QJsonValue translatedJson(const QJsonValue &v, const IdMap &ids)
{
    if (v.isString())
        return translated(v.toString(), ids);
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = translatedJson(a.at(i), ids);
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = translatedJson(it.value(), ids);
        return o;
    }
    return v;
}

/// Rewrites one text column of a table where `translate` changes it, by rowid.
template <typename Translate>
void rewrite(sqlite3 *db, const char *select, const char *update, Translate f, int *code)
{
    if (*code != SQLITE_OK)
        return;
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *write = nullptr;
    bool ok = sqlite3_prepare_v2(db, select, -1, &read, nullptr) == SQLITE_OK &&
              sqlite3_prepare_v2(db, update, -1, &write, nullptr) == SQLITE_OK;
    int step = SQLITE_ROW;
    while (ok && (step = sqlite3_step(read)) == SQLITE_ROW) {
        const qint64 rowid = sqlite3_column_int64(read, 0);
        bool changed = false;
        QList<QByteArray> values;
        const int columns = sqlite3_column_count(read) - 1;
        for (int c = 1; c <= columns; ++c) {
            if (sqlite3_column_type(read, c) != SQLITE_TEXT) {
                values << QByteArray();
                continue;
            }
            const QString before =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, c)));
            const QString after = f(before);
            changed = changed || after != before;
            values << (after == before ? QByteArray() : after.toUtf8());
        }
        if (!changed)
            continue;
        for (int c = 0; c < columns; ++c) {
            if (values.at(c).isNull()) // unchanged: keep the column as it is
                sqlite3_bind_null(write, c + 1);
            else
                sqlite3_bind_text(write, c + 1, values.at(c).constData(), int(values.at(c).size()),
                                  SQLITE_TRANSIENT);
        }
        sqlite3_bind_int64(write, columns + 1, rowid);
        ok = sqlite3_step(write) == SQLITE_DONE;
        sqlite3_reset(write);
    }
    if (!ok || step != SQLITE_DONE)
        *code = failure(db);
    sqlite3_finalize(read);
    sqlite3_finalize(write);
}

} // namespace

int IdMigration::run(sqlite3 *db)
{
    IdMap ids;
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT uuid, id FROM temp.v8_ids", -1, &st, nullptr) != SQLITE_OK)
            return failure(db);
        while (sqlite3_step(st) == SQLITE_ROW)
            ids.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                       sqlite3_column_int64(st, 1));
        sqlite3_finalize(st);
    }
    if (sqlite3_create_function(db, "attain_uuid_blob", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                &uuidBlob, nullptr, nullptr) != SQLITE_OK)
        return failure(db);
    int code = SQLITE_OK;
    for (const char *table : {"teams", "members", "customers", "deals", "activities", "ratings", "targets",
                              "ownership_conflicts", "plans", "adjustments", "period_closes"})
        exec(db, QByteArray("UPDATE ").append(table).append(" SET uuid = attain_uuid_blob(uuid)"), &code);
    sqlite3_create_function(db, "attain_uuid_blob", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);

    // Snapshots: every string that is an old id, wherever it stands in the JSON.
    rewrite(
        db, "SELECT id, snapshot FROM period_closes",
        "UPDATE period_closes SET snapshot = ifnull(?1, snapshot) WHERE id = ?2",
        [&ids](const QString &text) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (doc.isNull())
                return text;
            const QJsonValue v =
                translatedJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), ids);
            return QString::fromUtf8((v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                         .toJson(QJsonDocument::Compact));
        },
        &code);

    // The change log is append-only by its triggers: set aside for this one rewrite, then as they were.
    QList<QByteArray> triggers;
    {
        sqlite3_stmt *st = nullptr;
        if (code == SQLITE_OK &&
            sqlite3_prepare_v2(db,
                               "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                               "AND tbl_name = 'change_log' ORDER BY name",
                               -1, &st, nullptr) != SQLITE_OK)
            code = failure(db);
        QList<QByteArray> names;
        while (code == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            triggers << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        }
        sqlite3_finalize(st);
        for (const QByteArray &name : std::as_const(names))
            exec(db, QByteArray("DROP TRIGGER ").append(name), &code);
    }
    rewrite(
        db,
        "SELECT seq, entity_id, old_value, new_value FROM change_log WHERE length(entity_id) = 36 "
        "OR length(old_value) >= 36 OR length(new_value) >= 36",
        "UPDATE change_log SET entity_id = ifnull(?1, entity_id), old_value = ifnull(?2, "
        "old_value), new_value = ifnull(?3, new_value) WHERE seq = ?4",
        [&ids](const QString &text) { return translated(text, ids); }, &code);
    for (const QByteArray &sql : std::as_const(triggers))
        exec(db, sql.constData(), &code);
    exec(db, "DROP TABLE temp.v8_ids", &code);
    return code;
}

} // namespace attain
