// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace attain {

class Workspace;

/// A prepared statement from the workspace's pool, used through the sqlite3 API where QtSql's
/// per-row cost matters (the write path, scoring). Resets itself and returns to the pool when it goes out of
/// scope.
class Statement
{
public:
    Statement(Workspace &workspace, const char *sql);
    Statement(Workspace &workspace, const QByteArray &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// 1-based parameter index, as in SQLite. A QByteArray value is bound as UTF-8 text.
    Statement &bind(int index, const QVariant &value);
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindNull(int index);
    /// A record key's integer (keys are integers since schema 8), or nothing for an empty or foreign text.
    static std::optional<qint64> keyOf(const QString &id)
    {
        bool ok = false;
        const qint64 key = id.toLongLong(&ok);
        return ok ? std::optional<qint64>(key) : std::nullopt;
    }
    /// A record key as SQLite compares it where no column gives it a type (`ifnull(member_id, '') = ?`):
    /// the integer, or '' for none.
    static QVariant keyOrEmpty(const QString &id)
    {
        const auto key = keyOf(id);
        return key ? QVariant(*key) : QVariant(id.isEmpty() ? QStringLiteral("") : id);
    }
    /// Record keys as a JSON array of integers, for `IN (SELECT value FROM json_each(?))`: compared with
    /// key columns through expressions that carry no type (COALESCE), they must be integers, not texts.
    static QString keysJson(const QStringList &ids)
    {
        QStringList keys;
        for (const QString &id : ids) {
            const auto key = keyOf(id);
            keys << (key ? QString::number(*key) : QStringLiteral("null"));
        }
        return QLatin1Char('[') + keys.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    /// Bytes as a BLOB (a record's 16-byte UUID).
    Statement &bindBlob(int index, const QByteArray &bytes);

    /// True while there is a row; false when done or on error (see ok()).
    bool next();
    /// Runs to completion; false on error.
    bool exec();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// The SQLite result code of the last failure (0 when none).
    int errorCode() const { return m_errorCode; }
    /// The failure as a problem: the file's trouble in words (a full disk, a damaged or busy file) with its
    /// StorageErrors code, or the statement's own message (a broken constraint) on `field`.
    Problem problem(const QString &field = QString()) const;
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column's text as SQLite holds it (UTF-8), valid until the next step; no copy is made (bulk reads
    /// that intern ids).
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

private:
    Workspace &m_workspace;
    QByteArray m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    int m_errorCode = 0;
    // UTF-8 of bound text, kept until reset so SQLite can use it without copying.
    QList<QByteArray> m_text;
};

} // namespace attain
