// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queries/lookups.h"

#include "core/domain/dates.h"
#include "core/domain/textnorm.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kCustomerSelect =
    "SELECT c.id, c.name, ifnull(c.owner_id, ''), ifnull(o.name, ''), "
    "ifnull(c.phone, '') FROM customers c LEFT JOIN members o ON o.id = c.owner_id ";

Lookups::CustomerChoice readChoice(const Statement &st)
{
    return {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
}
} // namespace

QList<Lookups::CustomerChoice> Lookups::customers(Workspace &workspace, const QString &text, int limit)
{
    const QString key = normalizeKey(text);
    QString like = key;
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString phone = normalizePhone(text);
    Statement st(workspace,
                 QByteArray(kCustomerSelect) +
                     "WHERE c.norm_name LIKE ?1 ESCAPE '\\' OR (?2 <> '' AND c.norm_phone LIKE ?2 || '%') "
                     "ORDER BY c.norm_name NOT LIKE ?3 ESCAPE '\\', c.norm_name LIMIT ?4");
    st.bind(1, QString(QLatin1Char('%') + like + QLatin1Char('%')))
        .bind(2, phone.size() >= 3 ? phone : QStringLiteral(""))
        .bind(3, QString(like + QLatin1Char('%')))
        .bind(4, qint64(limit));
    QList<CustomerChoice> out;
    while (st.next())
        out << readChoice(st);
    return out;
}

std::optional<Lookups::CustomerChoice> Lookups::customer(Workspace &workspace, const QString &id)
{
    Statement st(workspace, QByteArray(kCustomerSelect) + "WHERE c.id = ?");
    st.bind(1, id);
    if (st.next())
        return readChoice(st);
    return std::nullopt;
}

QList<Deal> Lookups::dealsOfCustomer(Workspace &workspace, const QString &customerId, int limit)
{
    Statement st(workspace,
                 "SELECT id, ifnull(external_id, ''), amount, currency, stage, created_on, closed_on, "
                 "ifnull(product, '') FROM deals WHERE customer_id = ? ORDER BY created_on DESC LIMIT ?");
    st.bind(1, customerId).bind(2, qint64(limit));
    QList<Deal> out;
    while (st.next()) {
        Deal d;
        d.id = st.text(0);
        d.externalId = st.text(1);
        d.amount = Money(st.int64(2), st.text(3));
        d.stage = Deal::stageFromText(st.text(4)).value_or(Stage::Open);
        d.createdOn = Dates::fromIso(st.text(5));
        d.closedOn = Dates::fromIso(st.text(6));
        d.product = st.text(7);
        d.customerId = customerId;
        out << d;
    }
    return out;
}

QStringList Lookups::recentProducts(Workspace &workspace, int limit)
{
    // The latest few thousand deals tell what is being sold, without scanning a million.
    Statement st(
        workspace,
        "SELECT product FROM (SELECT product FROM deals ORDER BY rowid DESC LIMIT 5000) "
        "WHERE product IS NOT NULL AND product <> '' GROUP BY product ORDER BY count(*) DESC LIMIT ?");
    st.bind(1, qint64(limit));
    QStringList out;
    while (st.next())
        out << st.text(0);
    return out;
}

QString Lookups::nextDealNumber(Workspace &workspace, QDate date)
{
    const QString prefix = QStringLiteral("D%1-").arg(date.toString(QStringLiteral("yyMM")));
    Statement st(workspace, "SELECT max(external_id) FROM deals WHERE external_id >= ? AND external_id < ?");
    st.bind(1, prefix).bind(2, QString(prefix.left(prefix.size() - 1) + QLatin1Char('.')));
    qint64 next = 1;
    if (st.next() && !st.isNull(0)) {
        bool ok = false;
        const qint64 last = st.text(0).mid(prefix.size()).toLongLong(&ok);
        if (ok)
            next = last + 1;
    }
    return prefix + QStringLiteral("%1").arg(next, 7, 10, QLatin1Char('0'));
}

QSet<QString> Lookups::membersOf(Workspace &workspace, EntityKind kind, const QString &id)
{
    const char *sql = kind == EntityKind::Deal
                          ? "SELECT owner_id FROM deals WHERE id = ?1 UNION SELECT member_id "
                            "FROM deal_splits WHERE deal_id = ?1"
                      : kind == EntityKind::Rating   ? "SELECT member_id FROM ratings WHERE id = ?1"
                      : kind == EntityKind::Activity ? "SELECT member_id FROM activities WHERE id = ?1"
                                                     : nullptr;
    QSet<QString> members;
    if (!sql)
        return members;
    Statement st(workspace, sql);
    st.bind(1, id);
    while (st.next())
        members.insert(st.text(0));
    return members;
}

} // namespace attain
