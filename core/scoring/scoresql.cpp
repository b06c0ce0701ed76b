// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/scoresql.h"

#include "core/domain/dates.h"
#include "core/storage/statement.h"

namespace attain::scoresql {

QString nextDay(const Period &p)
{
    return Dates::toIso(p.end().addDays(1));
}

Credited whoIsCredited(const QStringList &members)
{
    return members.isEmpty()               ? Credited::Everyone
           : members.size() <= kFewMembers ? Credited::FewMembers
                                           : Credited::ManyMembers;
}

QByteArray creditsCte(bool confirmedOnly, Credited who)
{
    const QByteArray confirmed = confirmedOnly ? " AND confirmed_on IS NOT NULL" : "";
    QByteArray won;
    if (who == Credited::FewMembers) // their own deals and those split with them
        won =
            "won AS (SELECT id, owner_id, base_amount AS amount, customer_id FROM deals WHERE owner_id IN "
            "(SELECT value "
            "FROM "
            "json_each(?3)) AND stage = 'won' AND closed_on BETWEEN ?1 AND ?2" +
            confirmed +
            " UNION SELECT d.id, d.owner_id, d.base_amount, d.customer_id FROM deal_splits x CROSS JOIN "
            "deals d "
            "ON d.id = x.deal_id WHERE x.member_id IN (SELECT value FROM json_each(?3)) AND d.stage = 'won' "
            "AND d.closed_on BETWEEN ?1 AND ?2" +
            QByteArray(confirmedOnly ? " AND d.confirmed_on IS NOT NULL" : "") + ")";
    else
        // The covering index of won deals by close: the planner, without statistics, prefers the wider one.
        won = "won AS (SELECT id, owner_id, base_amount AS amount, customer_id FROM deals INDEXED BY "
              "deals_won_closed "
              "WHERE stage = 'won' AND closed_on BETWEEN ?1 AND ?2" +
              confirmed + ")";
    QByteArray credit = ", credit AS (SELECT w.id, w.owner_id, w.amount, w.customer_id, "
                        "COALESCE(s.member_id, w.owner_id) AS member, COALESCE(s.percent, 100) AS pct, "
                        "COALESCE(s.credited, w.amount) AS credited "
                        "FROM won w LEFT JOIN deal_splits s ON s.deal_id = w.id";
    if (who != Credited::Everyone)
        credit += " WHERE COALESCE(s.member_id, w.owner_id) IN (SELECT value FROM json_each(?3))";
    credit += ")";
    return "WITH " + won + credit + ' ';
}

QByteArray wonFilter(bool confirmedOnly, const char *alias)
{
    QByteArray f = QByteArray(alias) + ".stage = 'won'";
    if (confirmedOnly)
        f += QByteArray(" AND ") + alias + ".confirmed_on IS NOT NULL";
    return f;
}

void bindPeriod(Statement &st, const Period &p, const QString &member)
{
    st.bind(1, Dates::toIso(p.start())).bind(2, Dates::toIso(p.end()));
    if (!member.isEmpty())
        st.bind(3, member);
}

void bindMembers(Statement &st, const Period &p, const QStringList &members)
{
    st.bind(1, Dates::toIso(p.start())).bind(2, Dates::toIso(p.end()));
    if (!members.isEmpty())
        st.bind(3, Statement::keysJson(members));
}

} // namespace attain::scoresql
