// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/periodclose.h"

#include "core/scoring/scorecardjson.h"
#include "core/scoring/scoreengine.h"

#include "core/domain/textrules.h"
#include "core/interchange/financehandoff.h"

#include "core/domain/dates.h"
#include "core/incentives/adjustments.h"
#include "core/services/memberservice.h"
#include "core/services/planservice.h"
#include "core/services/servicesupport.h"
#include "core/storage/changelog.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writernote.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace attain {

namespace {

constexpr const char *kColumns = "SELECT id, period, status, closed_at, closed_by, closed_seq, snapshot, "
                                 "reopened_at, reopened_by, reopen_reason FROM period_closes ";

PeriodClose read(const Statement &st)
{
    PeriodClose c;
    c.id = st.text(0);
    if (const auto p = Period::parse(st.text(1)))
        c.period = *p;
    c.closed = st.text(2) == QLatin1String("closed");
    c.closedAt = st.text(3);
    c.closedBy = st.text(4);
    c.closedSeq = st.int64(5);
    c.reopenedAt = st.text(7);
    c.reopenedBy = st.text(8);
    c.reopenReason = st.text(9);
    const QJsonObject snapshot = QJsonDocument::fromJson(st.text(6).toUtf8()).object();
    c.plan = snapshot.value(QStringLiteral("plan")).toString();
    c.rules = IncentiveRules::fromJson(snapshot.value(QStringLiteral("rules")).toObject());
    for (const QJsonValue &v : snapshot.value(QStringLiteral("statements")).toArray())
        c.statements << IncentiveStatement::fromJson(v.toObject());
    const QJsonObject credits = snapshot.value(QStringLiteral("credits")).toObject();
    for (auto it = credits.begin(); it != credits.end(); ++it) {
        QList<CreditedDeal> list;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonArray a = v.toArray();
            list << CreditedDeal{a.at(0).toString(), a.at(1).toString(), qint64(a.at(2).toDouble()), QDate(),
                                 QString()};
        }
        c.credits.insert(it.key(), list);
    }
    if (const QJsonValue handoff = snapshot.value(QStringLiteral("handoff_deals")); handoff.isObject()) {
        c.hasHandoff = true;
        for (const QJsonValue &row : handoff[QStringLiteral("rows")].toArray()) {
            QStringList cells;
            for (const QJsonValue &cell : row.toArray())
                cells << cell.toString();
            c.handoffRows << cells;
        }
        const QJsonObject totals = handoff[QStringLiteral("total_minor")].toObject();
        for (auto it = totals.begin(); it != totals.end(); ++it)
            c.handoffTotals.insert(it.key(), it.value().toString().toLongLong());
        if (const QJsonValue base = handoff[QStringLiteral("base_total_minor")]; base.isString())
            c.handoffBaseTotal = base.toString().toLongLong();
        else
            for (qint64 v : std::as_const(c.handoffTotals))
                c.handoffBaseTotal += v;
    }
    return c;
}

QString valueText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

Result<QString> PeriodCloseService::manager() const
{
    if (m_workspace.actor().kind == Actor::Kind::Nobody)
        return Result<QString>(m_workspace.access().managersOnly(QString()).problems());
    if (!m_workspace.actor().isManager())
        return Result<QString>(AccessPolicy::denied(tr("Only a manager closes or reopens a period.")));
    return AdjustmentService::author(m_workspace);
}

std::optional<PeriodClose> PeriodCloseService::find(const Period &period) const
{
    Statement st(m_workspace,
                 QByteArray(kColumns) + "WHERE period = ? ORDER BY closed_seq DESC, rowid DESC LIMIT 1");
    st.bind(1, period.toString());
    if (!st.next())
        return std::nullopt;
    return read(st);
}

QList<PeriodClose> PeriodCloseService::closed() const
{
    QList<PeriodClose> out;
    Statement st(m_workspace, QByteArray(kColumns) + "WHERE status = 'closed'");
    while (st.next())
        out << read(st);
    std::sort(out.begin(), out.end(), [](const PeriodClose &a, const PeriodClose &b) {
        return std::pair(a.period.start(), a.period.end()) < std::pair(b.period.start(), b.period.end());
    });
    return out;
}

Result<PeriodClose> PeriodCloseService::close(const Period &period)
{
    const auto author = manager();
    if (!author)
        return author.problems();
    if (!period.isValid() || period.start() > m_workspace.clock().today())
        return Result<PeriodClose>::failure(
            QStringLiteral("period"),
            tr("%1 has not begun; only a period under way or past can be closed").arg(period.toString()));
    if (const auto existing = find(period); existing && existing->closed)
        return Result<PeriodClose>::failure(
            QStringLiteral("period"),
            tr("%1 was closed on %2 by %3")
                .arg(period.toString(), existing->closedAt.left(10), existing->closedBy));

    PeriodClose c;
    c.period = period;
    c.closed = true;
    c.closedBy = *author;
    c.closedAt = m_workspace.clock().now().toString(Qt::ISODate);
    const Plan plan = PlanService(m_workspace).planFor(period);
    c.plan = plan.name;
    c.rules = plan.incentives;
    StatementBuilder builder(m_workspace);
    builder.setLive(true);
    c.statements = builder.members(period);
    c.credits = StatementBuilder::credits(m_workspace, period, plan.confirmedOnly);
    QJsonArray statements;
    for (const IncentiveStatement &s : std::as_const(c.statements))
        statements.append(s.toJson());
    QJsonObject credits;
    for (auto it = c.credits.cbegin(); it != c.credits.cend(); ++it) {
        QJsonArray list;
        for (const CreditedDeal &f : it.value())
            list.append(QJsonArray{f.dealId, f.number, f.creditedTimes100});
        credits.insert(it.key(), list);
    }
    // The deals file finance gets, frozen with the statements: a closed period's files reconcile whatever
    // is edited later (the edits are discrepancies, listed apart).
    const auto handoff = FinanceHandoff::liveDeals(m_workspace, period);
    if (!handoff)
        return handoff.problems();
    QJsonArray handoffRows;
    for (const QStringList &row : handoff->rows)
        handoffRows.append(QJsonArray::fromStringList(row));
    QJsonObject handoffTotals;
    for (auto it = handoff->totalMinor.cbegin(); it != handoff->totalMinor.cend(); ++it)
        handoffTotals.insert(it.key(), QString::number(it.value())); // as text: exact beyond 2^53
    // The scorecards of members and teams, exact: a closed period's scores, boards and explanations are
    // these, whatever is edited later.
    ScoreEngine engine(m_workspace);
    engine.setLive(true);
    const ScoreEngine::Everyone cards = engine.everyone(period);
    QJsonArray memberCards, teamCards;
    for (const Scorecard &card : cards.members)
        memberCards.append(ScorecardJson::toJson(card));
    for (const Scorecard &card : cards.teams)
        teamCards.append(ScorecardJson::toJson(card));
    const QJsonObject snapshot{
        {QStringLiteral("period"), period.toString()},
        {QStringLiteral("plan"), plan.name},
        {QStringLiteral("rules"), plan.incentives.toJson()},
        {QStringLiteral("statements"), statements},
        {QStringLiteral("credits"), credits},
        {QStringLiteral("scorecards"),
         QJsonObject{{QStringLiteral("members"), memberCards}, {QStringLiteral("teams"), teamCards}}},
        {QStringLiteral("handoff_deals"),
         QJsonObject{{QStringLiteral("rows"), handoffRows},
                     {QStringLiteral("total_minor"), handoffTotals},
                     {QStringLiteral("base_total_minor"), QString::number(handoff->baseTotalMinor)}}}};
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const WriterNote note(m_workspace.path(), WriterNote::Kind::ClosePeriod, period.toString());
        if (Status backup = m_workspace.backupBeforeChange(QStringLiteral("close-period")); !backup)
            return Status(
                Problem{QString(), tr("%1 was not closed, because the workspace could not be backed up "
                                      "first: %2")
                                       .arg(period.toString(), backup.message())});
        c.closedSeq = ChangeLog(m_workspace).lastSeq();
        c.id = m_workspace.newId();
        // A creation entry carries no values: the snapshot is in the row, not copied into the log.
        return m_workspace.writer().insert(
            EntityKind::PeriodClose, c.id,
            {{QStringLiteral("period"), period.toString()},
             {QStringLiteral("status"), QStringLiteral("closed")},
             {QStringLiteral("closed_at"), c.closedAt},
             {QStringLiteral("closed_by"), c.closedBy},
             {QStringLiteral("closed_seq"), c.closedSeq},
             {QStringLiteral("snapshot"),
              QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))}});
    });
    if (!st)
        return st.problems();
    for (IncentiveStatement &s : c.statements)
        s.frozen = true;
    return c;
}

Status PeriodCloseService::reopen(const Period &period, const QString &reason)
{
    const auto author = manager();
    if (!author)
        return Status(author.problems());
    const auto existing = find(period);
    if (!existing || !existing->closed)
        return Status(Problem{QStringLiteral("period"), tr("%1 is not closed").arg(period.toString())});
    if (reason.trimmed().isEmpty())
        return Status(Problem{QStringLiteral("reason"), tr("say why the period is reopened")});
    if (Problems problems;
        !TextRules::check(problems, QStringLiteral("reason"), reason.trimmed(), TextRules::reason))
        return Status(problems);
    const QString at = m_workspace.clock().now().toString(Qt::ISODate);
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const Fields before{{QStringLiteral("status"), QStringLiteral("closed")},
                            {QStringLiteral("reopened_at"), QVariant()},
                            {QStringLiteral("reopened_by"), QVariant()},
                            {QStringLiteral("reopen_reason"), QVariant()}};
        const Fields after{{QStringLiteral("status"), QStringLiteral("reopened")},
                           {QStringLiteral("reopened_at"), at},
                           {QStringLiteral("reopened_by"), *author},
                           {QStringLiteral("reopen_reason"), reason.trimmed()}};
        const auto changed =
            m_workspace.writer().update(EntityKind::PeriodClose, existing->id, before, after);
        return changed ? success() : Status(changed.problems());
    });
}

QList<PeriodClose> PeriodCloseService::closedPeriods() const
{
    QList<PeriodClose> out;
    Statement st(m_workspace, "SELECT period, closed_at FROM period_closes WHERE status = 'closed' ORDER BY "
                              "period");
    while (st.next())
        if (const auto p = Period::parse(st.text(0))) {
            PeriodClose c;
            c.period = *p;
            c.closed = true;
            c.closedAt = st.text(1);
            out << c;
        }
    return out;
}

std::optional<PeriodClose> PeriodCloseService::closedHolding(QDate day) const
{
    if (!day.isValid())
        return std::nullopt;
    for (const PeriodClose &c : closedPeriods())
        if (day >= c.period.start() && day <= c.period.end())
            return c;
    return std::nullopt;
}

Discrepancies PeriodCloseService::discrepancies(const Period &period, qint64 sinceSeq, bool withEffects)
{
    Discrepancies out;
    const auto close = find(period);
    if (!close || !close->closed)
        return out;
    QSet<QString> frozenDeals;
    for (const auto &list : close->credits)
        for (const CreditedDeal &f : list)
            frozenDeals.insert(f.dealId);
    const QString start = Dates::toIso(period.start()), end = Dates::toIso(period.end());
    auto inPeriod = [&](const QString &date) {
        const QString day = date.left(10);
        return !day.isEmpty() && day >= start && day <= end;
    };
    Statement deal(m_workspace, "SELECT closed_on, COALESCE(external_id, id) FROM deals WHERE id = ?");
    Statement dated(m_workspace,
                    "SELECT at FROM activities WHERE id = ?1 UNION ALL SELECT rated_on FROM ratings "
                    "WHERE id = ?1");
    Statement target(m_workspace, "SELECT period FROM targets WHERE id = ?");
    Statement adjustment(m_workspace, "SELECT period FROM adjustments WHERE id = ?");
    Statement st(
        m_workspace,
        "SELECT c.seq, c.at, s.author, c.entity, c.entity_id, c.op, c.field, c.old_value, c.new_value "
        "FROM change_log c JOIN change_sessions s ON s.id = c.session WHERE c.seq > ? AND c.entity IN "
        "('deals', 'activities', 'ratings', 'targets', 'adjustments') ORDER BY c.seq");
    st.bind(1, std::max(close->closedSeq, sinceSeq));
    while (st.next()) {
        Discrepancy d;
        d.seq = st.int64(0);
        d.at = st.text(1);
        d.author = st.text(2);
        d.entity = st.text(3);
        d.entityId = st.text(4);
        d.op = st.text(5);
        d.field = st.text(6);
        d.oldValue = valueText(st.value(7));
        d.newValue = valueText(st.value(8));
        bool touches = (d.field == QLatin1String("closed_on") || d.field == QLatin1String("at") ||
                        d.field == QLatin1String("rated_on")) &&
                       (inPeriod(d.oldValue) || inPeriod(d.newValue));
        if (d.op == QLatin1String("delete")) {
            // The deleted record's last values are in the entry.
            const QJsonObject last = QJsonDocument::fromJson(d.oldValue.toUtf8()).object();
            for (const char *key : {"closed_on", "at", "rated_on"})
                touches = touches || inPeriod(last.value(QLatin1String(key)).toString());
            touches = touches || frozenDeals.contains(d.entityId) ||
                      last.value(QStringLiteral("period")).toString() == period.toString();
            d.reference = last.value(QStringLiteral("external_id")).toString();
        } else if (d.entity == QLatin1String("deals")) {
            deal.bind(1, d.entityId);
            if (deal.next()) {
                touches = touches || frozenDeals.contains(d.entityId) || inPeriod(deal.text(0));
                d.reference = deal.text(1);
            }
            deal.reset();
        } else if (d.entity == QLatin1String("activities") || d.entity == QLatin1String("ratings")) {
            dated.bind(1, d.entityId);
            touches = touches || (dated.next() && inPeriod(dated.text(0)));
            dated.reset();
        } else {
            Statement &of = d.entity == QLatin1String("targets") ? target : adjustment;
            of.bind(1, d.entityId);
            if (of.next())
                if (const auto p = Period::parse(of.text(0)))
                    touches = touches || (p->start() >= period.start() && p->end() <= period.end());
            of.reset();
        }
        // A deal in the base currency logs its base amount with its amount: the same change, listed once.
        const bool repeatsAmount = d.field == QLatin1String("base_amount") && !out.changes.isEmpty() &&
                                   out.changes.last().entityId == d.entityId &&
                                   out.changes.last().field == QLatin1String("amount") &&
                                   out.changes.last().oldValue == d.oldValue &&
                                   out.changes.last().newValue == d.newValue;
        if (touches && !repeatsAmount)
            out.changes << d;
    }
    if (!withEffects)
        return out;

    StatementBuilder builder(m_workspace);
    builder.setLive(true);
    QHash<QString, IncentiveStatement> now;
    for (const IncentiveStatement &s : builder.members(period))
        now.insert(s.memberId, s);
    QSet<QString> seen;
    for (const IncentiveStatement &frozen : close->statements) {
        seen.insert(frozen.memberId);
        const IncentiveStatement current = now.value(frozen.memberId);
        if (current.totalMinor != frozen.totalMinor || current.scoreHundredths != frozen.scoreHundredths)
            out.effects << DiscrepancyEffect{frozen.login,           frozen.name,
                                             frozen.scoreHundredths, current.scoreHundredths,
                                             frozen.totalMinor,      current.totalMinor};
    }
    for (const IncentiveStatement &current : std::as_const(now))
        if (!seen.contains(current.memberId) && (current.totalMinor != 0 || current.scoreHundredths))
            out.effects << DiscrepancyEffect{
                current.login, current.name, std::nullopt, current.scoreHundredths, 0, current.totalMinor};
    std::sort(out.effects.begin(), out.effects.end(),
              [](const DiscrepancyEffect &a, const DiscrepancyEffect &b) { return a.login < b.login; });
    return out;
}

} // namespace attain
