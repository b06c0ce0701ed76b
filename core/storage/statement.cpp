// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/statement.h"

#include "core/storage/storageerrors.h"
#include "core/storage/workspace.h"

#include <sqlite3.h>

namespace attain {

Statement::Statement(Workspace &workspace, const char *sql) : Statement(workspace, QByteArray(sql)) {}

Statement::Statement(Workspace &workspace, const QByteArray &sql) : m_workspace(workspace), m_sql(sql)
{
    m_stmt = workspace.acquireStatement(sql, &m_error);
    if (!m_stmt && m_error.isEmpty())
        m_error = QStringLiteral("could not prepare statement");
    if (!m_stmt)
        workspace.noteFailedRead(Problem{QString(), m_error});
}

Statement::~Statement()
{
    reset();
    m_workspace.releaseStatement(m_sql, m_stmt);
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_text.clear();
}

Statement &Statement::bind(int index, const QString &text)
{
    if (m_stmt) {
        if (text.isNull()) {
            sqlite3_bind_null(m_stmt, index);
        } else {
            // Qt's UTF-8 encoder is faster than SQLite's UTF-16 translation, and the kept buffer
            // spares SQLite a copy.
            m_text.append(text.toUtf8());
            sqlite3_bind_text(m_stmt, index, m_text.last().constData(), int(m_text.last().size()),
                              SQLITE_STATIC);
        }
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

QByteArray Statement::blob(int column) const
{
    if (!m_stmt)
        return QByteArray();
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: return bind(index, value.toLongLong());
    case QMetaType::Double:
        if (m_stmt)
            sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    case QMetaType::QByteArray:
        // Text already encoded as UTF-8 (bulk loads encode on the generating thread).
        if (m_stmt) {
            m_text.append(value.toByteArray());
            sqlite3_bind_text(m_stmt, index, m_text.last().constData(), int(m_text.last().size()),
                              SQLITE_STATIC);
        }
        return *this;
    default: return bind(index, value.toString());
    }
}

Problem Statement::problem(const QString &field) const
{
    switch (m_errorCode & 0xFF) {
    case SQLITE_OK:
    case SQLITE_ERROR:
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG: return Problem{field, m_error};
    default: return StorageErrors::fromSqlite(m_errorCode, m_workspace.path());
    }
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_errorCode = rc;
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        m_workspace.noteFailedRead(problem());
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    while (next()) {
    }
    const bool success = ok();
    reset();
    return success;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / qsizetype(sizeof(char16_t)));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL: return QVariant();
    case SQLITE_BLOB: return QVariant(blob(column));
    default: return QVariant(text(column));
    }
}

} // namespace attain
