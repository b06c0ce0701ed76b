// SPDX-License-Identifier: GPL-3.0-or-later
// ScoreEngine's records behind a metric: the deals, follow-ups or ratings a member's metric counts.
#include "core/scoring/scoreengine.h"

#include "core/scoring/scoresql.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

using namespace scoresql;
QList<Behind> ScoreEngine::behind(const Scorecard &card, Metric metric)
{
    QList<Behind> out;
    if (card.isTeam)
        return out;
    const bool confirmed = card.plan.confirmedOnly;
    switch (metric) {
    case Metric::Revenue:
    case Metric::DealsWon:
    case Metric::Progress:
    case Metric::RepurchaseRate: {
        Statement st(
            m_workspace,
            creditsCte(confirmed, Credited::FewMembers) +
                "SELECT c.id, COALESCE(d.external_id, ''), cu.name, d.closed_on, c.credited, c.pct, "
                "EXISTS (SELECT 1 FROM deals e WHERE e.customer_id = c.customer_id AND " +
                wonFilter(confirmed, "e") +
                " AND e.closed_on < ?1) FROM credit c JOIN deals d ON d.id = c.id JOIN customers cu ON "
                "cu.id = c.customer_id ORDER BY d.closed_on, COALESCE(d.external_id, d.id)");
        bindMembers(st, card.period, {card.subjectId});
        while (st.next()) {
            Behind b;
            b.kind = EntityKind::Deal;
            b.id = st.text(0);
            b.reference = st.text(1);
            b.customer = st.text(2);
            b.date = QDate::fromString(st.text(3), Qt::ISODate);
            b.percent = int(st.int64(5));
            b.value = metric == Metric::DealsWon ? b.percent : st.int64(4); // the credited fen
            if (metric == Metric::RepurchaseRate)
                b.note = st.int64(6) ? tr("bought before") : tr("first purchase");
            out << b;
        }
        break;
    }
    case Metric::NewCustomers: {
        Statement st(m_workspace,
                     "SELECT d.id, COALESCE(d.external_id, ''), cu.name, d.closed_on, ifnull(d.base_amount, "
                     "0) FROM deals d "
                     "JOIN customers cu ON cu.id = d.customer_id WHERE " +
                         wonFilter(confirmed, "d") +
                         " AND d.closed_on BETWEEN ?1 AND ?2 AND d.owner_id = ?3 AND NOT EXISTS (SELECT 1 "
                         "FROM deals e WHERE e.customer_id = d.customer_id AND " +
                         wonFilter(confirmed, "e") +
                         " AND e.id <> d.id AND (e.closed_on < d.closed_on OR (e.closed_on = d.closed_on AND "
                         "(e.created_on < d.created_on OR (e.created_on = d.created_on AND "
                         "COALESCE(e.external_id, e.id) < COALESCE(d.external_id, d.id)))))) "
                         "ORDER BY d.closed_on, COALESCE(d.external_id, d.id)");
        bindPeriod(st, card.period, card.subjectId);
        while (st.next())
            out << Behind{EntityKind::Deal,
                          st.text(0),
                          st.text(1),
                          st.text(2),
                          QDate::fromString(st.text(3), Qt::ISODate),
                          100,
                          100,
                          tr("first won deal")};
        break;
    }
    case Metric::FollowUps: {
        Statement st(m_workspace,
                     "SELECT a.id, a.kind, cu.name, a.at, COALESCE(a.notes, '') FROM activities a JOIN "
                     "customers cu ON cu.id = a.customer_id WHERE a.member_id = ?3 AND a.at >= ?1 AND "
                     "a.at < ?4 AND a.kind <> 'note' ORDER BY a.at, a.id");
        bindPeriod(st, card.period, card.subjectId);
        st.bind(4, nextDay(card.period));
        while (st.next())
            out << Behind{EntityKind::Activity,
                          st.text(0),
                          st.text(1),
                          st.text(2),
                          QDate::fromString(st.text(3).left(10), Qt::ISODate),
                          100,
                          100,
                          st.text(4)};
        break;
    }
    case Metric::Satisfaction: {
        Statement st(m_workspace,
                     "SELECT r.id, r.score, cu.name, r.rated_on, COALESCE(r.comment, '') FROM ratings r "
                     "JOIN customers cu ON cu.id = r.customer_id WHERE r.member_id = ?3 AND r.rated_on "
                     "BETWEEN ?1 AND ?2 ORDER BY r.rated_on, r.id");
        bindPeriod(st, card.period, card.subjectId);
        while (st.next())
            out << Behind{EntityKind::Rating,
                          st.text(0),
                          QString(),
                          st.text(2),
                          QDate::fromString(st.text(3), Qt::ISODate),
                          st.int64(1) * 100,
                          100,
                          st.text(4)};
        break;
    }
    }
    return out;
}

} // namespace attain
