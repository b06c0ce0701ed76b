// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/changelog.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <sqlite3.h>

namespace attain {

QVariant ChangeLog::toLogValue(const QVariant &value)
{
    if (value.isNull())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: return QString::number(value.toLongLong());
    default: return value.toString();
    }
}

QString ChangeLog::toJson(const Fields &fields)
{
    // Hand-written: it runs once per row of a million-row import, where QJsonDocument costs more.
    QString out;
    out.reserve(32 * fields.size());
    out += QLatin1Char('{');
    bool first = true;
    for (const auto &[key, value] : fields) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QLatin1Char('"') + key + QStringLiteral("\":");
        if (value.isNull()) {
            out += QStringLiteral("null");
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool: out += QString::number(value.toLongLong()); continue;
        default: break;
        }
        out += QLatin1Char('"');
        for (QChar c : value.toString()) {
            switch (c.unicode()) {
            case '"': out += QStringLiteral("\\\""); break;
            case '\\': out += QStringLiteral("\\\\"); break;
            case '\n': out += QStringLiteral("\\n"); break;
            case '\r': out += QStringLiteral("\\r"); break;
            case '\t': out += QStringLiteral("\\t"); break;
            default:
                if (c.unicode() < 0x20)
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += c;
            }
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

Result<qint64> ChangeLog::append(const QString &entity, const QString &entityId, ChangeEntry::Op op,
                                 qint64 previous, const QString &field, const QVariant &oldValue,
                                 const QVariant &newValue, qint64 seq)
{
    const auto session = m_workspace.changeSession();
    if (!session)
        return session.problems();
    static const QString ops[] = {QStringLiteral("create"), QStringLiteral("update"),
                                  QStringLiteral("delete")};
    Statement st(m_workspace, "INSERT INTO change_log(at, session, entity, entity_id, op, field, old_value, "
                              "new_value, prev_seq, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, m_workspace.transactionTime())
        .bind(2, *session)
        .bind(3, entity)
        .bind(4, entityId)
        .bind(5, ops[int(op)])
        .bind(6, field)
        .bind(7, toLogValue(oldValue))
        .bind(8, toLogValue(newValue))
        .bind(9, previous > 0 ? QVariant(previous) : QVariant())
        .bind(10, seq > 0 ? QVariant(seq) : QVariant());
    if (!st.exec())
        return Result<qint64>(st.problem());
    return qint64(sqlite3_last_insert_rowid(m_workspace.handle()));
}

QList<ChangeEntry> ChangeLog::read(const QByteArray &sql, const QVariantList &args, int limit) const
{
    Statement st(m_workspace, sql);
    int i = 1;
    for (const auto &a : args)
        st.bind(i++, a);
    if (limit > 0)
        st.bind(i, qint64(limit));
    QList<ChangeEntry> out;
    while (st.next()) {
        ChangeEntry e;
        e.seq = st.int64(0);
        e.at = st.text(1);
        e.author = st.text(2);
        e.device = st.text(3);
        e.entity = st.text(4);
        e.entityId = st.text(5);
        const QString op = st.text(6);
        e.op = op == QLatin1String("create")   ? ChangeEntry::Op::Create
               : op == QLatin1String("delete") ? ChangeEntry::Op::Delete
                                               : ChangeEntry::Op::Update;
        e.field = st.text(7);
        e.oldValue = st.value(8);
        e.newValue = st.value(9);
        out << e;
    }
    return out;
}

QList<ChangeEntry> ChangeLog::recent(int limit) const
{
    return read("SELECT c.seq, c.at, s.author, s.device, c.entity, c.entity_id, c.op, c.field, c.old_value, "
                "c.new_value FROM change_log c JOIN change_sessions s ON s.id = c.session ORDER BY c.seq "
                "DESC LIMIT ?",
                {}, limit);
}

QList<ChangeEntry> ChangeLog::history(const QString &entity, const QString &entityId) const
{
    const QByteArray columns =
        "SELECT c.seq, c.at, s.author, s.device, c.entity, c.entity_id, c.op, c.field, "
        "c.old_value, c.new_value FROM change_log c JOIN change_sessions s ON s.id = c.session ";
    const QByteArray key = entity == QLatin1String("settings") ? "key" : "id";
    Statement last(m_workspace, "SELECT changed_seq FROM " + entity.toLatin1() + " WHERE " + key + " = ?");
    last.bind(1, entityId);
    if (!last.next())
        return read(columns + "WHERE c.entity_id = ? AND c.entity = ? ORDER BY c.seq", {entityId, entity}, 0);
    const qint64 from = last.int64(0);
    last.reset();
    return read(
        "WITH RECURSIVE chain(seq) AS (SELECT ?1 UNION ALL SELECT l.prev_seq FROM change_log l JOIN chain "
        "ON l.seq = chain.seq WHERE l.prev_seq IS NOT NULL) " +
            columns + "WHERE c.seq IN chain ORDER BY c.seq",
        {from}, 0);
}

qint64 ChangeLog::lastSeq() const
{
    Statement st(m_workspace, "SELECT COALESCE(max(seq), 0) FROM change_log");
    return st.next() ? st.int64(0) : 0;
}

qint64 ChangeLog::count() const
{
    Statement st(m_workspace, "SELECT count(*) FROM change_log");
    return st.next() ? st.int64(0) : 0;
}

} // namespace attain
