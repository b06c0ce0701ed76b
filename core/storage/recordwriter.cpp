// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwriter.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
QByteArray keyColumn(EntityKind kind)
{
    return kind == EntityKind::Setting ? QByteArrayLiteral("key") : QByteArrayLiteral("id");
}
} // namespace

bool RecordWriter::sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return ChangeLog::toLogValue(a) == ChangeLog::toLogValue(b);
}

Fields RecordWriter::encoded(Fields fields)
{
    for (auto &field : fields)
        if (field.second.typeId() == QMetaType::QString && !field.second.isNull())
            field.second = field.second.toString().toUtf8();
    return fields;
}

Status RecordWriter::flushBulk()
{
    if (m_firstSeq == 0)
        return success();
    for (const EntityKind kind : std::as_const(m_segmentKinds)) {
        const QByteArray table = entityTable(kind).toLatin1();
        // Rows are stored in insertion order, so the scan yields the numbers in order already.
        // OR IGNORE: records updated after their creation already have both entries.
        Statement st(
            m_workspace,
            "INSERT OR IGNORE INTO change_log(seq, at, session, entity, entity_id, op) SELECT changed_seq, "
            "?1, ?2, '" +
                table + "', " + keyColumn(kind) + ", 'create' FROM " + table +
                " WHERE changed_seq >= ?3 AND changed_seq < ?4");
        st.bind(1, m_workspace.transactionTime())
            .bind(2, m_segmentSession)
            .bind(3, m_firstSeq)
            .bind(4, m_nextSeq);
        if (!st.exec())
            return Status(st.problem());
    }
    m_firstSeq = 0;
    m_segmentKinds.clear();
    m_writtenInSegment.clear();
    return success();
}

Result<qint64> RecordWriter::reserveSeq()
{
    const auto session = m_workspace.changeSession();
    if (!session)
        return session.problems();
    if (m_firstSeq != 0 && *session != m_segmentSession) {
        const qint64 next = m_nextSeq;
        if (Status st = flushBulk(); !st) // entries of one segment share an author
            return st.problems();
        m_firstSeq = m_nextSeq = next;
        m_segmentSession = *session;
    }
    if (m_firstSeq == 0) {
        Statement max(m_workspace, "SELECT ifnull(max(seq), 0) FROM change_log");
        max.next();
        m_firstSeq = m_nextSeq = std::max(m_nextSeq, max.int64(0) + 1);
        m_segmentSession = *session;
    }
    return m_nextSeq++;
}

Result<qint64> RecordWriter::nextSeq()
{
    if (!m_bulk)
        return qint64(0);
    auto seq = reserveSeq();
    if (seq)
        m_writtenInSegment.insert(*seq);
    return seq;
}

Status RecordWriter::logPendingCreation(EntityKind kind, const QString &id, qint64 seq)
{
    if (!m_bulk || m_firstSeq == 0 || seq < m_firstSeq || seq >= m_nextSeq ||
        m_writtenInSegment.contains(seq))
        return success();
    const auto written = m_log.append(entityTable(kind), id, ChangeEntry::Op::Create, 0, QString(),
                                      QVariant(), QVariant(), seq);
    if (!written)
        return Status(written.problems());
    m_writtenInSegment.insert(seq);
    return success();
}

Status RecordWriter::finishBulk()
{
    m_bulk = false;
    return flushBulk();
}

Status RecordWriter::insert(EntityKind kind, const QString &id, const Fields &all,
                            const QStringList &notColumns)
{
    // Every record but a setting carries its UUID: given back by undo and redo (RowChange), else new.
    const bool identified = kind != EntityKind::Setting;
    QByteArray uuid;
    Fields fields;
    for (const auto &field : all) {
        if (field.first == uuidField)
            uuid = field.second.toByteArray();
        else if (!notColumns.contains(field.first))
            fields << field;
    }
    if (identified && uuid.isEmpty())
        uuid = m_workspace.newUuid();
    const QString table = entityTable(kind);
    qint64 seqValue = 0;
    if (m_bulk) {
        const auto seq = reserveSeq();
        if (!seq)
            return Status(seq.problems());
        if (!m_segmentKinds.contains(kind))
            m_segmentKinds << kind;
        seqValue = *seq;
    } else {
        const auto seq = m_log.append(table, id, ChangeEntry::Op::Create, 0);
        if (!seq)
            return Status(seq.problems());
        seqValue = *seq;
    }

    // An entity's fields() always lists the same columns, so kind and count name the statement.
    QByteArray &sql = m_insertSql[(quint64(kind) << 32) | quint64(fields.size())];
    if (sql.isEmpty()) {
        sql = "INSERT INTO " + table.toLatin1() + '(' + keyColumn(kind) + (identified ? ",uuid" : "");
        QByteArray values = identified ? "?,?" : "?";
        for (const auto &field : fields) {
            sql += ',' + field.first.toLatin1();
            values += ",?";
        }
        sql += ",changed_seq) VALUES (" + values + ",?)";
    }
    Statement st(m_workspace, sql);
    int i = 1;
    st.bind(i++, id);
    if (identified)
        st.bindBlob(i++, uuid);
    for (const auto &field : fields)
        st.bind(i++, field.second);
    st.bind(i, seqValue);
    if (!st.exec())
        return Status(st.problem());
    m_workspace.noteChange(kind, id);
    Fields made = all;
    if (identified &&
        std::none_of(made.cbegin(), made.cend(), [](const auto &f) { return f.first == uuidField; }))
        made << qMakePair(uuidField, QVariant(uuid));
    m_workspace.recordChange(RowChange{kind, id, {}, made});
    return success();
}

Result<int> RecordWriter::update(EntityKind kind, const QString &id, const Fields &before,
                                 const Fields &after, const QStringList &logOnlyFields)
{
    const QString table = entityTable(kind);
    QByteArray sql = "UPDATE " + table.toLatin1() + " SET ";
    QVariantList values;
    qint64 lastSeq = 0;
    int changedCount = 0;
    {
        Statement current(m_workspace,
                          "SELECT changed_seq FROM " + table.toLatin1() + " WHERE " + keyColumn(kind) + "=?");
        current.bind(1, id);
        if (current.next())
            lastSeq = current.int64(0);
    }
    bool creationLogged = false;
    for (const auto &[field, newValue] : after) {
        QVariant oldValue;
        for (const auto &b : before)
            if (b.first == field)
                oldValue = b.second;
        if (sameValue(oldValue, newValue))
            continue;
        if (!creationLogged) {
            if (Status st = logPendingCreation(kind, id, lastSeq); !st)
                return st.problems();
            creationLogged = true;
        }
        const auto reserved = nextSeq();
        if (!reserved)
            return reserved.problems();
        const auto seq =
            m_log.append(table, id, ChangeEntry::Op::Update, lastSeq, field, oldValue, newValue, *reserved);
        if (!seq)
            return seq.problems();
        lastSeq = *seq;
        ++changedCount;
        if (logOnlyFields.contains(field))
            continue;
        sql += field.toLatin1() + "=?,";
        values << newValue;
    }
    if (changedCount == 0)
        return 0;
    sql += "changed_seq=? WHERE " + keyColumn(kind) + "=?";
    Statement st(m_workspace, sql);
    int i = 1;
    for (const auto &v : values)
        st.bind(i++, v);
    st.bind(i++, lastSeq);
    st.bind(i, id);
    if (!st.exec())
        return Result<int>::failure(QString(), st.error());
    m_workspace.noteChange(kind, id);
    m_workspace.recordChange(RowChange{kind, id, before, after});
    return changedCount;
}

Status RecordWriter::remove(EntityKind kind, const QString &id, const Fields &before)
{
    const QString table = entityTable(kind);
    const bool identified = kind != EntityKind::Setting;
    qint64 previous = 0;
    QByteArray uuid;
    {
        Statement current(m_workspace, "SELECT changed_seq" + QByteArray(identified ? ", uuid" : "") +
                                           " FROM " + table.toLatin1() + " WHERE " + keyColumn(kind) + "=?");
        current.bind(1, id);
        if (current.next()) {
            previous = current.int64(0);
            if (identified)
                uuid = current.blob(1);
        }
    }
    if (Status st = logPendingCreation(kind, id, previous); !st)
        return st;
    const auto reserved = nextSeq();
    if (!reserved)
        return Status(reserved.problems());
    Fields logged; // the record's fields as the log keeps them: its UUID is not one of them
    for (const auto &field : before)
        if (field.first != uuidField)
            logged << field;
    const auto seq = m_log.append(table, id, ChangeEntry::Op::Delete, previous, QString(),
                                  ChangeLog::toJson(logged), QVariant(), *reserved);
    if (!seq)
        return Status(seq.problems());
    Statement st(m_workspace, "DELETE FROM " + table.toLatin1() + " WHERE " + keyColumn(kind) + "=?");
    st.bind(1, id);
    if (!st.exec())
        return Status(st.problem());
    m_workspace.noteChange(kind, id);
    Fields was = logged; // with its UUID, so that undo gives the record back as it was
    if (identified && !uuid.isEmpty())
        was << qMakePair(uuidField, QVariant(uuid));
    m_workspace.recordChange(RowChange{kind, id, was, {}});
    return success();
}

} // namespace attain
