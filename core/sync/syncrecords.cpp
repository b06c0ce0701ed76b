// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncrecords.h"

#include "core/services/changereplay.h"
#include "core/services/dealservice.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QJsonArray>

#include <algorithm>

namespace attain {

namespace {

SyncColumn text(const char *name)
{
    return SyncColumn{QString::fromLatin1(name), QString(), false, false};
}
SyncColumn integer(const char *name)
{
    return SyncColumn{QString::fromLatin1(name), QString(), true, false};
}
SyncColumn ref(const char *name, const char *table)
{
    return SyncColumn{QString::fromLatin1(name), QString::fromLatin1(table), true, false};
}
SyncColumn derived(SyncColumn c)
{
    c.derived = true;
    return c;
}

const QHash<QString, QList<SyncColumn>> &columnTable()
{
    static const QHash<QString, QList<SyncColumn>> all = {
        {QStringLiteral("teams"), {text("name"), ref("lead_id", "members")}},
        {QStringLiteral("members"),
         {text("external_id"), text("login"), text("name"), text("role"), text("level"),
          ref("team_id", "teams"), text("email"), integer("active")}},
        {QStringLiteral("customers"),
         {text("external_id"), text("name"), derived(text("norm_name")), text("phone"),
          derived(text("norm_phone")), ref("owner_id", "members"), text("owner_since"), text("source"),
          text("created_on")}},
        {QStringLiteral("deals"),
         {text("external_id"), ref("customer_id", "customers"), ref("owner_id", "members"), integer("amount"),
          text("currency"), derived(integer("base_amount")), text("stage"), text("created_on"),
          text("closed_on"), text("product"), text("contract_no"), text("confirmed_on"),
          SyncColumn{SyncRecords::splits, QStringLiteral("members"), false, false}}},
        {QStringLiteral("activities"),
         {text("external_id"), ref("member_id", "members"), ref("customer_id", "customers"),
          ref("deal_id", "deals"), text("kind"), text("at"), text("notes")}},
        {QStringLiteral("ratings"),
         {text("external_id"), ref("customer_id", "customers"), ref("member_id", "members"),
          ref("deal_id", "deals"), integer("score"), text("rated_on"), text("comment"),
          derived(ref("entered_by", "members")), derived(ref("confirmed_by", "members")),
          derived(text("confirmed_on"))}},
        {QStringLiteral("targets"),
         {ref("member_id", "members"), ref("team_id", "teams"), text("period"), text("metric"),
          integer("value")}},
        {QStringLiteral("plans"), {text("name"), text("effective_from"), text("definition")}},
        {QStringLiteral("rates"), {text("currency"), text("month"), integer("rate_micro")}},
    };
    return all;
}

QByteArray sqlColumns(const QList<SyncColumn> &columns)
{
    QByteArray out;
    for (const SyncColumn &c : columns) {
        if (c.name == SyncRecords::splits)
            continue;
        if (!out.isEmpty())
            out += ',';
        out += c.name.toLatin1();
    }
    return out;
}

} // namespace

QStringList SyncRecords::tables()
{
    return {QStringLiteral("teams"),   QStringLiteral("members"),    QStringLiteral("customers"),
            QStringLiteral("deals"),   QStringLiteral("activities"), QStringLiteral("ratings"),
            QStringLiteral("targets"), QStringLiteral("plans"),      QStringLiteral("rates")};
}

QList<SyncColumn> SyncRecords::columns(const QString &table)
{
    return columnTable().value(table);
}

std::optional<SyncColumn> SyncRecords::column(const QString &table, const QString &name)
{
    for (const SyncColumn &c : columnTable().value(table))
        if (c.name == name)
            return c;
    return std::nullopt;
}

EntityKind SyncRecords::kindOf(const QString &table)
{
    for (int k = 0; k <= int(EntityKind::Other); ++k)
        if (entityTable(EntityKind(k)) == table)
            return EntityKind(k);
    return EntityKind::Other;
}

QString SyncRecords::uuidOf(const QString &table, const QString &localId)
{
    if (localId.isEmpty())
        return QString();
    const QString key = table + QLatin1Char('/') + localId;
    if (auto it = m_uuidCache.constFind(key); it != m_uuidCache.cend())
        return *it;
    QByteArray uuid;
    {
        Statement st(m_ws, "SELECT uuid FROM " + table.toLatin1() + " WHERE id = ?");
        st.bind(1, localId);
        if (st.next())
            uuid = st.blob(0);
    }
    if (uuid.isEmpty()) {
        Statement st(m_ws, "SELECT uuid FROM sync_tombstones WHERE entity = ? AND id = ?");
        st.bind(1, table).bind(2, localId);
        if (st.next())
            uuid = st.blob(0);
    }
    const QString hex = QString::fromLatin1(uuid.toHex());
    if (!hex.isEmpty())
        m_uuidCache.insert(key, hex);
    return hex;
}

QString SyncRecords::localIdOf(const QString &table, const QString &uuidHex)
{
    const QByteArray uuid = QByteArray::fromHex(uuidHex.toLatin1());
    if (uuid.size() != 16)
        return QString();
    Statement st(m_ws, "SELECT id FROM " + table.toLatin1() + " WHERE uuid = ?");
    st.bindBlob(1, uuid);
    return st.next() ? QString::number(st.int64(0)) : QString();
}

QJsonValue SyncRecords::toWire(const QString &table, const QString &columnName, const QVariant &value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return QJsonValue(QJsonValue::Null);
    const auto c = column(table, columnName);
    if (!c || c->references.isEmpty())
        return QJsonValue(value.toString());
    if (c->name == splits) {
        QStringList parts;
        for (const QString &part : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            parts << uuidOf(c->references, part.left(colon)) + part.mid(colon);
        }
        std::sort(parts.begin(), parts.end());
        return QJsonValue(parts.join(QLatin1Char(';')));
    }
    const QString uuid = uuidOf(c->references, value.toString());
    return uuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuid);
}

Result<QVariant> SyncRecords::toLocal(const QString &table, const QString &columnName,
                                      const QJsonValue &value)
{
    using R = Result<QVariant>;
    const auto c = column(table, columnName);
    if (!c)
        return R::failure(columnName, tr("%1 has no field %2 that team sync carries").arg(table, columnName));
    if (value.isNull())
        return c->integer ? QVariant(QMetaType::fromType<qint64>())
                          : QVariant(QMetaType::fromType<QString>());
    if (!value.isString())
        return R::failure(columnName, tr("the value of %1 is not text").arg(columnName));
    const QString v = value.toString();
    if (c->name == splits) {
        QStringList parts;
        for (const QString &part : v.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            const QString id = localIdOf(c->references, part.left(colon));
            if (colon < 0 || id.isEmpty())
                return R::failure(columnName, tr("a credit split names a member this file does not have"));
            parts << id + part.mid(colon);
        }
        return QVariant(parts.join(QLatin1Char(';')));
    }
    if (!c->references.isEmpty()) {
        const QString id = localIdOf(c->references, v);
        if (id.isEmpty())
            return R::failure(columnName, tr("%1 names a record this file does not have").arg(columnName));
        return QVariant(id.toLongLong());
    }
    if (c->integer) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok)
            return R::failure(columnName, tr("%1 is not a whole number: %2").arg(columnName, v.left(40)));
        return QVariant(n);
    }
    return QVariant(v);
}

QJsonObject SyncRecords::readRow(const QString &table, const QString &localId)
{
    const QList<SyncColumn> cols = columns(table);
    QJsonObject out;
    Statement st(m_ws, "SELECT " + sqlColumns(cols) + " FROM " + table.toLatin1() + " WHERE id = ?");
    st.bind(1, localId);
    if (!st.next())
        return out;
    int i = 0;
    for (const SyncColumn &c : cols) {
        if (c.name == splits)
            continue;
        out.insert(c.name, toWire(table, c.name, st.value(i++)));
    }
    st.reset();
    if (table == QLatin1String("deals")) {
        QStringList parts;
        Statement s(m_ws, "SELECT member_id, percent FROM deal_splits WHERE deal_id = ?");
        s.bind(1, localId);
        while (s.next())
            parts << s.text(0) + QLatin1Char(':') + s.text(1);
        out.insert(splits, toWire(table, splits, parts.isEmpty() ? QVariant() : QVariant(parts.join(u';'))));
    }
    return out;
}

Status SyncRecords::upsert(const QString &table, const QString &uuidHex, const QJsonObject &values,
                           const QStringList &keep)
{
    const EntityKind kind = kindOf(table);
    const QStringList notColumns = table == QLatin1String("deals") ? QStringList{splits} : QStringList();
    const QString existing = localIdOf(table, uuidHex);
    Fields after;
    for (const SyncColumn &c : columns(table)) {
        if (!values.contains(c.name) || (!existing.isEmpty() && keep.contains(c.name)))
            continue;
        const auto local = toLocal(table, c.name, values.value(c.name));
        if (!local) {
            // A reference to a record outside this file's slice is left empty where it may be.
            if (c.references.isEmpty() || c.name == splits)
                return Status(local.problems());
            after << qMakePair(c.name, c.integer ? QVariant(QMetaType::fromType<qint64>())
                                                 : QVariant(QMetaType::fromType<QString>()));
            continue;
        }
        after << qMakePair(c.name, *local);
    }
    RecordWriter &writer = m_ws.writer();
    QString id = existing;
    if (existing.isEmpty()) {
        id = m_ws.newId();
        Fields made = after;
        made << qMakePair(RecordWriter::uuidField, QVariant(QByteArray::fromHex(uuidHex.toLatin1())));
        if (Status st = writer.insert(kind, id, made, notColumns); !st)
            return st;
    } else {
        Fields before;
        Fields now;
        {
            QByteArray cols;
            for (const auto &f : after)
                if (f.first != splits)
                    cols += (cols.isEmpty() ? "" : ",") + f.first.toLatin1();
            if (!cols.isEmpty()) {
                Statement st(m_ws, "SELECT " + cols + " FROM " + table.toLatin1() + " WHERE id = ?");
                st.bind(1, id);
                if (st.next()) {
                    int i = 0;
                    for (const auto &f : after)
                        if (f.first != splits)
                            before << qMakePair(f.first, st.value(i++));
                }
            }
        }
        for (const auto &f : after)
            if (f.first != splits)
                now << f;
        if (notColumns.contains(splits) && hasField(after, "splits")) {
            const auto deal = DealService(m_ws).find(id);
            before << qMakePair(splits, textOrNull(deal ? deal->splitsText() : QString()));
            now << qMakePair(splits, fieldValue(after, "splits"));
        }
        const auto changed = writer.update(kind, id, before, now, notColumns);
        if (!changed)
            return Status(changed.problems());
    }
    m_uuidCache.insert(table + QLatin1Char('/') + id, uuidHex);
    if (table == QLatin1String("deals") && hasField(after, "splits")) {
        auto deal = DealService(m_ws).find(id);
        if (!deal)
            return Status(Problem{QString(), tr("the deal could not be read back")});
        deal->splits = Deal::splitsFromText(fieldText(after, "splits"));
        return DealService(m_ws).writeSplits(*deal);
    }
    return success();
}

Status SyncRecords::revoke(const QString &table, const QString &uuidHex)
{
    const QString id = localIdOf(table, uuidHex);
    if (id.isEmpty())
        return success(); // not here: nothing to take away
    RecordWriter &writer = m_ws.writer();
    const auto removeWhere = [&](const QString &child, const QByteArray &where) -> Status {
        QStringList ids;
        {
            Statement st(m_ws, "SELECT id FROM " + child.toLatin1() + " WHERE " + where);
            st.bind(1, id);
            while (st.next())
                ids << st.text(0);
        }
        for (const QString &childId : ids)
            if (Status st = revoke(child, uuidOf(child, childId)); !st)
                return st;
        return success();
    };
    if (table == QLatin1String("members")) {
        // A member no board shows any more, unless the rep's records still name them.
        Statement used(
            m_ws, "SELECT EXISTS (SELECT 1 FROM deals WHERE owner_id = ?1) OR EXISTS (SELECT 1 FROM "
                  "deal_splits WHERE member_id = ?1) OR EXISTS (SELECT 1 FROM customers WHERE owner_id = "
                  "?1) OR EXISTS (SELECT 1 FROM activities WHERE member_id = ?1) OR EXISTS (SELECT 1 FROM "
                  "ratings WHERE member_id = ?1 OR entered_by = ?1 OR confirmed_by = ?1) OR EXISTS "
                  "(SELECT 1 FROM targets WHERE member_id = ?1) OR EXISTS (SELECT 1 FROM teams WHERE "
                  "lead_id = ?1) OR EXISTS (SELECT 1 FROM sync_self WHERE member_id = ?1)");
        used.bind(1, id);
        if (used.next() && used.int64(0) != 0)
            return success();
    }
    if (table == QLatin1String("customers")) {
        for (const char *child : {"ratings", "activities", "deals"})
            if (Status st = removeWhere(QString::fromLatin1(child), "customer_id = ?"); !st)
                return st;
        Statement st(m_ws, "DELETE FROM ownership_conflicts WHERE customer_id = ?");
        st.bind(1, id);
        if (!st.exec())
            return Status(st.problem());
    } else if (table == QLatin1String("deals")) {
        // The rep's own follow-ups and ratings of the customer stay, without the deal.
        for (const char *child : {"ratings", "activities"}) {
            QStringList ids;
            {
                Statement st(m_ws, "SELECT id FROM " + QByteArray(child) + " WHERE deal_id = ?");
                st.bind(1, id);
                while (st.next())
                    ids << st.text(0);
            }
            const QString childTable = QString::fromLatin1(child);
            for (const QString &childId : ids) {
                const auto changed = writer.update(kindOf(childTable), childId,
                                                   {{QStringLiteral("deal_id"), QVariant(id.toLongLong())}},
                                                   {{QStringLiteral("deal_id"), QVariant()}});
                if (!changed)
                    return Status(changed.problems());
            }
        }
        Statement st(m_ws, "DELETE FROM ownership_conflicts WHERE deal_id = ?");
        st.bind(1, id);
        if (!st.exec())
            return Status(st.problem());
    }
    Fields like;
    for (const SyncColumn &c : columns(table))
        if (c.name != splits)
            like << qMakePair(c.name, QVariant());
    const Fields before = ChangeReplay::current(m_ws, kindOf(table), id, like);
    m_uuidCache.remove(table + QLatin1Char('/') + id);
    m_revoked << qMakePair(table, id);
    return writer.remove(kindOf(table), id, before);
}

} // namespace attain
