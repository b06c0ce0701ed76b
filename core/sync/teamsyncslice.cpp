// SPDX-License-Identifier: GPL-3.0-or-later
// TeamSync's slice: what the team's workspace sends one rep — the records of their slice that changed, what
// left it, the first purchases and the boards published for them, and the results of their changes.
#include "core/sync/teamsync.h"

#include "core/storage/statement.h"
#include "core/sync/publishedboards.h"
#include "core/sync/syncrecords.h"
#include "core/sync/teamsyncstate.h"

#include <QJsonDocument>

namespace attain {

Result<QJsonObject> TeamSync::hubPayloadFor(SyncPeer &peer, qint64 bundleNumber, bool resend)
{
    using R = Result<QJsonObject>;
    const QString m = peer.memberId;
    QSet<qint64> full, credited, dealIds;
    const auto collect = [&](const char *sql, QSet<qint64> &into) {
        Statement st(m_ws, sql);
        st.bind(1, m);
        while (st.next())
            into.insert(st.int64(0));
        return st.ok();
    };
    if (!collect(
            "SELECT id FROM customers WHERE owner_id = ?1 UNION SELECT customer_id FROM deals WHERE owner_id "
            "= ?1 AND stage = 'open'",
            full))
        return R::failure(QString(), tr("The rep's records could not be read."));
    QList<std::tuple<qint64, qint64, bool>> mine; // deal, customer, closed
    {
        Statement st(m_ws,
                     "SELECT id, customer_id, stage <> 'open' FROM deals WHERE owner_id = ?1 UNION SELECT "
                     "d.id, d.customer_id, d.stage <> 'open' FROM deal_splits s JOIN deals d ON d.id = "
                     "s.deal_id WHERE s.member_id = ?1");
        st.bind(1, m);
        while (st.next()) {
            mine << std::make_tuple(st.int64(0), st.int64(1), st.int64(2) != 0);
            if (st.int64(2) != 0)
                credited.insert(st.int64(1));
        }
    }
    for (const auto &[deal, customer, closed] : mine)
        if (full.contains(customer) || closed)
            dealIds.insert(deal);
    QSet<qint64> activities, ratings, targets;
    const auto ofCustomers = [&](const char *sql, QSet<qint64> &into) {
        Statement st(m_ws, sql);
        st.bind(1, m);
        while (st.next())
            if (full.contains(st.int64(1)))
                into.insert(st.int64(0));
    };
    ofCustomers("SELECT id, customer_id FROM activities WHERE member_id = ?", activities);
    ofCustomers("SELECT id, customer_id FROM ratings WHERE member_id = ?", ratings);
    collect("SELECT id FROM targets WHERE member_id = ?", targets);
    QSet<qint64> customers = full;
    customers.unite(credited);
    // The boards as published for the rep, and the members the file needs: the rep, those named on the
    // boards, and those the rep's records name (a deal's owner and credited members, a customer's owner, who
    // entered and confirmed a rating). A pseudonymised board names nobody, so brings nobody's name.
    if (!m_ledgersRead) {
        m_ledgers = {ScoreLedger::read(m_ws, false), nullptr};
        m_ledgersRead = true;
    }
    const QJsonArray boards = PublishedBoards::forRep(m_ws, *m_records, m, m_ledgers);
    QSet<qint64> memberIds{m.toLongLong()};
    {
        QStringList logins;
        for (const QString &login : PublishedBoards::loginsOn(boards))
            logins << login;
        Statement st(m_ws, "SELECT id FROM members WHERE login IN (SELECT value FROM json_each(?))");
        st.bind(1, QString::fromUtf8(
                       QJsonDocument(QJsonArray::fromStringList(logins)).toJson(QJsonDocument::Compact)));
        while (st.next())
            memberIds.insert(st.int64(0));
        const auto named = [&](const QByteArray &sql, const QSet<qint64> &ids) {
            QStringList list;
            for (qint64 id : ids)
                list << QString::number(id);
            Statement q(m_ws, sql);
            q.bind(1, Statement::keysJson(list));
            while (q.next())
                if (!q.isNull(0))
                    memberIds.insert(q.int64(0));
        };
        named("SELECT owner_id FROM deals WHERE id IN (SELECT value FROM json_each(?)) UNION SELECT "
              "member_id FROM "
              "deal_splits WHERE deal_id IN (SELECT value FROM json_each(?1))",
              dealIds);
        named("SELECT owner_id FROM customers WHERE id IN (SELECT value FROM json_each(?))", full);
        named("SELECT entered_by FROM ratings WHERE id IN (SELECT value FROM json_each(?)) UNION SELECT "
              "confirmed_by "
              "FROM ratings WHERE id IN (SELECT value FROM json_each(?1))",
              ratings);
    }

    QHash<QString, qint64> sent; // "entity/uuid" -> code
    {
        Statement st(m_ws, "SELECT entity, uuid, seq FROM sync_peer_records WHERE peer = ?");
        st.bind(1, peer.id);
        while (st.next())
            sent.insert(st.text(0) + QLatin1Char('/') + QString::fromLatin1(st.blob(1).toHex()), st.int64(2));
    }
    QJsonArray upserts;
    QSet<QString> inSlice;
    Statement remember(
        m_ws, "INSERT OR REPLACE INTO sync_peer_records(peer, entity, uuid, seq) VALUES (?, ?, ?, ?)");
    for (const QString &table : SyncRecords::tables()) {
        const bool whole = table == QLatin1String("teams") || table == QLatin1String("plans") ||
                           table == QLatin1String("rates");
        const QSet<qint64> *subset = table == QLatin1String("members")      ? &memberIds
                                     : table == QLatin1String("customers")  ? &customers
                                     : table == QLatin1String("deals")      ? &dealIds
                                     : table == QLatin1String("activities") ? &activities
                                     : table == QLatin1String("ratings")    ? &ratings
                                     : table == QLatin1String("targets")    ? &targets
                                                                            : nullptr;
        QByteArray sql = "SELECT id, uuid, changed_seq FROM " + table.toLatin1();
        QString keys;
        if (!whole) {
            QStringList ids;
            for (qint64 id : *subset)
                ids << QString::number(id);
            keys = Statement::keysJson(ids);
            sql += " WHERE id IN (SELECT value FROM json_each(?))";
        }
        QList<std::tuple<qint64, QByteArray, qint64>> rows;
        {
            Statement st(m_ws, sql);
            if (!whole)
                st.bind(1, keys);
            while (st.next())
                rows << std::make_tuple(st.int64(0), st.blob(1), st.int64(2));
            if (!st.ok())
                return R(st.problem());
        }
        for (const auto &[id, uuid, changed] : rows) {
            const QString hex = QString::fromLatin1(uuid.toHex());
            const bool nameOnly = table == QLatin1String("customers") && !full.contains(id);
            const qint64 code = changed * 2 + (nameOnly ? 0 : 1);
            const QString key = table + QLatin1Char('/') + hex;
            inSlice.insert(key);
            if (sent.value(key, -1) == code)
                continue;
            QJsonObject values = m_records->readRow(table, QString::number(id));
            if (nameOnly) {
                // A customer the rep no longer works with, kept for the credit of past deals: its name only.
                for (auto it = values.begin(); it != values.end(); ++it)
                    if (it.key() != QLatin1String("name") && it.key() != QLatin1String("norm_name") &&
                        it.key() != QLatin1String("created_on"))
                        *it = QJsonValue(QJsonValue::Null);
            } else if (table == QLatin1String("members") && QString::number(id) != m) {
                values.insert(QStringLiteral("email"), QJsonValue(QJsonValue::Null));
                values.insert(QStringLiteral("external_id"), QJsonValue(QJsonValue::Null));
            } else if (table == QLatin1String("activities") || table == QLatin1String("ratings")) {
                const QString deal = values.value(QStringLiteral("deal_id")).toString();
                if (!deal.isEmpty() &&
                    !dealIds.contains(m_records->localIdOf(QStringLiteral("deals"), deal).toLongLong()))
                    values.insert(QStringLiteral("deal_id"), QJsonValue(QJsonValue::Null));
            }
            upserts << QJsonObject{{QStringLiteral("entity"), table},
                                   {QStringLiteral("uuid"), hex},
                                   {QStringLiteral("values"), values}};
            remember.bind(1, peer.id).bind(2, table).bindBlob(3, uuid).bind(4, code);
            if (!remember.exec())
                return R(remember.problem());
            remember.reset();
        }
    }
    QJsonArray revokes;
    Statement forget(m_ws, "DELETE FROM sync_peer_records WHERE peer = ? AND entity = ? AND uuid = ?");
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        if (inSlice.contains(it.key()))
            continue;
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        const QString table = it.key().left(slash), hex = it.key().mid(slash + 1);
        revokes << QJsonObject{{QStringLiteral("entity"), table}, {QStringLiteral("uuid"), hex}};
        forget.bind(1, peer.id).bind(2, table).bindBlob(3, QByteArray::fromHex(hex.toLatin1()));
        if (!forget.exec())
            return R(forget.problem());
        forget.reset();
    }
    // Each customer's first won deal across the team: what the rep's new-customer and repurchase metrics need
    // of other reps' deals, without those deals (TeamFirsts).
    QJsonArray facts;
    {
        QStringList ids;
        for (qint64 id : std::as_const(customers))
            ids << QString::number(id);
        const QByteArray first =
            "FROM deals e INDEXED BY deals_customer_won WHERE e.customer_id = c.value AND "
            "e.stage = 'won' AND e.closed_on IS NOT NULL";
        const QByteArray order =
            " ORDER BY e.closed_on, e.created_on, COALESCE(e.external_id, e.id) LIMIT 1)";
        const QByteArray confirmed = " AND e.confirmed_on IS NOT NULL";
        Statement st(m_ws, "SELECT (SELECT uuid FROM customers WHERE id = c.value), (SELECT e.closed_on " +
                               first + order + ", (SELECT e.uuid " + first + order +
                               ", (SELECT e.closed_on " + first + confirmed + order + ", (SELECT e.uuid " +
                               first + confirmed + order + " FROM json_each(?) c");
        st.bind(1, Statement::keysJson(ids));
        const auto hex = [&](int column) {
            return st.isNull(column) ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(QString::fromLatin1(st.blob(column).toHex()));
        };
        const auto day = [&](int column) {
            return st.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.text(column));
        };
        while (st.next())
            facts << QJsonObject{{QStringLiteral("customer"), hex(0)},
                                 {QStringLiteral("first_on"), day(1)},
                                 {QStringLiteral("first_deal"), hex(2)},
                                 {QStringLiteral("confirmed_on"), day(3)},
                                 {QStringLiteral("confirmed_deal"), hex(4)}};
        if (!st.ok())
            return R(st.problem());
    }
    QJsonArray results;
    {
        Statement st(m_ws,
                     "SELECT seq, entity, uuid, ifnull(field, ''), outcome, ifnull(reason, '') FROM "
                     "sync_results WHERE peer = ? AND (sent_in = 0 OR (? AND sent_in > ?)) ORDER BY id");
        st.bind(1, peer.id).bind(2, resend ? 1 : 0).bind(3, peer.ackedBundle);
        while (st.next())
            results << QJsonObject{{QStringLiteral("seq"), st.int64(0)},
                                   {QStringLiteral("entity"), st.text(1)},
                                   {QStringLiteral("uuid"), QString::fromLatin1(st.blob(2).toHex())},
                                   {QStringLiteral("field"), st.text(3)},
                                   {QStringLiteral("outcome"), st.text(4)},
                                   {QStringLiteral("reason"), st.text(5)}};
    }
    Statement mark(m_ws, "UPDATE sync_results SET sent_in = ? WHERE peer = ? AND sent_in = 0");
    mark.bind(1, bundleNumber).bind(2, peer.id);
    if (!mark.exec())
        return R(mark.problem());
    // What the rep sees of the others — boards, first purchases — changes with their records too: a bundle
    // carries something new when that changed since the last one.
    const QByteArray published =
        SignedFile::sha256Hex(QJsonDocument(QJsonArray{boards, facts}).toJson(QJsonDocument::Compact));
    bool publishedChanged = true;
    {
        Statement st(m_ws, "SELECT published_sha IS ? FROM sync_peers WHERE id = ?");
        st.bind(1, QString::fromLatin1(published)).bind(2, peer.id);
        publishedChanged = !(st.next() && st.int64(0) != 0);
        st.reset();
        Statement up(m_ws, "UPDATE sync_peers SET published_sha = ? WHERE id = ?");
        up.bind(1, QString::fromLatin1(published)).bind(2, peer.id);
        if (!up.exec())
            return R(up.problem());
    }
    return QJsonObject{{QStringLiteral("published_changed"), publishedChanged},
                       {QStringLiteral("upserts"), upserts},
                       {QStringLiteral("revokes"), revokes},
                       {QStringLiteral("facts"), facts},
                       {QStringLiteral("boards"), boards},
                       {QStringLiteral("results"), results}};
}

} // namespace attain
