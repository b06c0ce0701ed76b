// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the rep's dashboard — their score as a ring, the gap to the next tier, their revenue
// against targets, recent awards and the customers due a follow-up.
#include "ui/dashboard/dashboardpage.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/incentives/statementformat.h"
#include "core/scoring/scoreformat.h"
#include "ui/common/chartstyle.h"
#include "ui/common/periodpicker.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>

namespace attain {

void DashboardPage::fillRep()
{
    const RepDashboard &d = m_rep;
    const QLocale locale;
    // The score as a ring: the share of 120 points, the rest grey.
    {
        QChart *chart = m_ring->chart();
        ChartStyle::clear(chart);
        chart->setTitle(tr("My score"));
        chart->legend()->hide();
        const double score = d.card && d.card->score ? *d.card->score / 100.0 : 0.0;
        auto *pie = new QPieSeries;
        pie->setHoleSize(0.62);
        auto *done = pie->append(QString(), std::min(score, 120.0));
        done->setColor(ChartStyle::accent());
        done->setBorderColor(ChartStyle::accent());
        auto *rest = pie->append(QString(), std::max(0.0, 120.0 - score));
        rest->setColor(QColor(0xe5, 0xe7, 0xeb));
        rest->setBorderColor(QColor(0xe5, 0xe7, 0xeb));
        chart->addSeries(pie);
    }
    if (d.card && d.card->score)
        m_repHeadline->setText(
            tr("%1 points · %2").arg(ScoreFormat::score(*d.card->score), Plan::tierLabel(d.card->tier)));
    else
        m_repHeadline->setText(tr("No score yet for %1").arg(m_period->period().label()));
    if (d.next) {
        QStringList lines{tr("To reach “%1” (%2 points), any one of:")
                              .arg(Plan::tierLabel(d.next->tier.key))
                              .arg(d.next->tier.minimum)};
        for (const TierGap &g : d.next->gaps)
            lines << QStringLiteral("• %1: %2")
                         .arg(Metrics::label(g.metric),
                              ScoreFormat::gap(g, d.card->line(g.metric).direction, locale));
        m_gap->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_gap->setText(d.card && d.card->score ? tr("This is the highest tier. Well done.") : QString());
    }
    if (d.revenuePace)
        m_gap->setText(m_gap->text() + QStringLiteral("\n\n") +
                       tr("Won revenue: %1").arg(ScoreFormat::pace(*d.revenuePace, Metric::Revenue, locale)));
    {
        QChart *chart = m_repTrend->chart();
        ChartStyle::clear(chart);
        chart->setTitle(tr("My won revenue and target"));
        auto *set = new QBarSet(tr("Won revenue"));
        set->setColor(ChartStyle::accent());
        auto *target = new QLineSeries;
        target->setName(tr("Target"));
        target->setPen(QPen(ChartStyle::warning(), 2, Qt::DashLine));
        target->setPointsVisible(true);
        QStringList labels;
        double high = 1;
        for (int i = 0; i < d.trend.size(); ++i) {
            const auto &p = d.trend.at(i);
            const double v = p.revenue / ChartStyle::moneyDivisor();
            *set << v;
            high = std::max(high, v);
            if (p.target) {
                const double t = *p.target / ChartStyle::moneyDivisor();
                target->append(i, t);
                high = std::max(high, t);
            }
            labels << p.period.toString();
        }
        auto *bars = new QBarSeries;
        bars->append(set);
        ChartStyle::plot(chart, {bars, target}, labels, high, ChartStyle::moneyUnit());
    }
    QStringList awards;
    for (const StatementLine &l : d.awards)
        awards << tr("%1  %2  %3")
                      .arg(Dates::toIso(l.date), Money(l.amountMinor).format(locale),
                           StatementFormat::describe(l));
    m_awards->setText(awards.isEmpty() ? tr("No award yet this period.") : awards.join(QLatin1Char('\n')));
    QStringList due;
    for (const auto &x : d.due)
        due << (x.lastFollowUp.isValid()
                    ? tr("%1 — last follow-up %2").arg(x.customer, Dates::toIso(x.lastFollowUp))
                    : tr("%1 — never followed up").arg(x.customer));
    m_due->setText(due.isEmpty() ? tr("Every customer was followed up in the last 14 days.")
                                 : due.join(QLatin1Char('\n')));
}

} // namespace attain
