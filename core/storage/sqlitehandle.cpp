// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitehandle.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace attain {

namespace {
Problem sqliteProblem(int code, const QString &message)
{
    Problem p{QString(), message};
    p.code = QStringLiteral("sqlite:%1").arg(code);
    return p;
}
} // namespace

SqliteHandle::~SqliteHandle()
{
    close();
}

SqliteHandle::SqliteHandle(SqliteHandle &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

SqliteHandle &SqliteHandle::operator=(SqliteHandle &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void SqliteHandle::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<SqliteHandle> SqliteHandle::open(const QString &path, Mode mode)
{
    QByteArray name = QFileInfo(path).absoluteFilePath().toUtf8();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::Snapshot:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QString::fromUtf8(name)).toString(QUrl::FullyEncoded).toUtf8() +
               "?immutable=1";
        break;
    case Mode::Create:
        if (QFileInfo::exists(path))
            return sqliteProblem(SQLITE_CANTOPEN, tr("%1 already exists").arg(path));
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    SqliteHandle handle;
    const int rc = sqlite3_open_v2(name.constData(), &handle.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = handle.m_db ? sqlite3_extended_errcode(handle.m_db) : rc;
        return sqliteProblem(code, handle.m_db ? QString::fromUtf8(sqlite3_errmsg(handle.m_db))
                                               : QString::fromUtf8(sqlite3_errstr(rc)));
    }
    sqlite3_extended_result_codes(handle.m_db, 1);
    if (mode != Mode::Create) {
        // Defensive: no writable_schema, no shadow-table writes; untrusted schema: functions with side
        // effects cannot run from a trigger, view or index of the file.
        sqlite3_db_config(handle.m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(handle.m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_exec(handle.m_db, "PRAGMA cell_size_check=ON", nullptr, nullptr, nullptr);
    }
    sqlite3_busy_timeout(handle.m_db, 5000);
    return handle;
}

Status SqliteHandle::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc == SQLITE_OK)
        return success();
    const QString message = error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_free(error);
    return Status(sqliteProblem(sqlite3_extended_errcode(m_db), message));
}

QString SqliteHandle::text(const char *sql, int *code)
{
    sqlite3_stmt *stmt = nullptr;
    QString out;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    if (code)
        *code = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : sqlite3_extended_errcode(m_db);
    return out;
}

int SqliteHandle::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

} // namespace attain
