// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the manager's dashboard — the KPI cards, attainment by member, the revenue trend, the
// open pipeline, top movers and the data-quality panel with the records behind each item.
#include "ui/dashboard/dashboardpage.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/scoring/scoreformat.h"
#include "ui/common/chartstyle.h"
#include "ui/common/session.h"
#include "ui/common/statcard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QValueAxis>

namespace attain {

namespace {

QString signedMoney(qint64 minor)
{
    return (minor > 0 ? QStringLiteral("+") : QString()) + Money(minor).formatCompact(QLocale());
}

/// "+12.5% on last period" style note for a KPI; empty when there is nothing to compare.
QString changeNote(const Kpi &k, const QString &formattedChange)
{
    if (!k.previous)
        return QString();
    if (*k.previous == 0)
        return formattedChange;
    const double percent = (k.value - *k.previous) * 100.0 / std::abs(double(*k.previous));
    return DashboardPage::tr("%1 (%2%)")
        .arg(formattedChange,
             (percent > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(percent, 'f', 1));
}

QColor changeColor(const Kpi &k)
{
    const auto c = k.change();
    return !c || *c == 0 ? QColor() : *c > 0 ? ChartStyle::good() : QColor(0xb3, 0x26, 0x1e);
}

} // namespace
void DashboardPage::fillManager()
{
    const ManagerDashboard &d = m_manager;
    const QLocale locale;
    // Whose figures, compared with what, and where the team's revenue stands against what today expects.
    const QStringList scope = m_session.scope();
    QStringList about{scope.isEmpty() ? tr("Everyone's figures")
                                      : tr("My team's figures (%n member(s))", nullptr, int(scope.size()))};
    if (!d.comparedDays)
        about << tr("changes against %1").arg(d.period.previous().label());
    else if (d.comparedDays->first == d.comparedDays->second)
        about << tr("changes against %1, the same first day of %2")
                     .arg(Dates::toIso(d.comparedDays->first), d.period.previous().label());
    else
        about << tr("changes against %1 – %2, the same days of %3")
                     .arg(Dates::toIso(d.comparedDays->first), Dates::toIso(d.comparedDays->second),
                          d.period.previous().label());
    if (d.revenuePace)
        about << tr("won revenue: %1").arg(ScoreFormat::pace(*d.revenuePace, Metric::Revenue, locale));
    m_compare->setText(about.join(QStringLiteral(" · ")));
    m_kpis[0]->setCaption(tr("Won revenue"));
    m_kpis[0]->setValue(Money(d.revenue.value).formatCompact(locale));
    m_kpis[0]->setNote(changeNote(d.revenue, signedMoney(d.revenue.change().value_or(0))),
                       changeColor(d.revenue));
    m_kpis[1]->setCaption(tr("Deals won"));
    m_kpis[1]->setValue(locale.toString(d.dealsWon.value / 100.0, 'f', d.dealsWon.value % 100 ? 1 : 0));
    m_kpis[1]->setNote(
        changeNote(d.dealsWon, locale.toString(d.dealsWon.change().value_or(0) / 100.0, 'f', 1)),
        changeColor(d.dealsWon));
    m_kpis[2]->setCaption(tr("Follow-ups"));
    m_kpis[2]->setValue(locale.toString(d.followUps.value));
    m_kpis[2]->setNote(changeNote(d.followUps, QString::number(d.followUps.change().value_or(0))),
                       changeColor(d.followUps));
    m_kpis[3]->setCaption(tr("Satisfaction"));
    m_kpis[3]->setValue(d.hasSatisfaction
                            ? locale.toString(d.satisfaction.value / 100.0, 'f', 2) + QStringLiteral(" ★")
                            : QStringLiteral("–"));
    m_kpis[3]->setNote(
        d.hasSatisfaction
            ? changeNote(d.satisfaction, locale.toString(d.satisfaction.change().value_or(0) / 100.0, 'f', 2))
            : tr("no rating in this period"),
        changeColor(d.satisfaction));
    // The score distribution: how many are on target or better, then each tier.
    m_kpis[4]->setCaption(tr("On target or better"));
    int scored = 0, onTarget = 0;
    QStringList tiers;
    for (const Tier &t : Plan::standardTiers()) {
        const int n = d.tiers.value(t.key);
        scored += n;
        if (t.minimum >= 100)
            onTarget += n;
        tiers << QStringLiteral("%1 %2").arg(Plan::tierLabel(t.key)).arg(n);
    }
    m_kpis[4]->setValue(tr("%1 of %2").arg(onTarget).arg(scored));
    m_kpis[4]->setNote(tiers.join(QStringLiteral(" · ")));
    m_kpis[4]->setToolTip(tiers.join(QLatin1Char('\n')));

    // Attainment by member: scores as bars, the on-target line at 100.
    {
        QChart *chart = m_attainment->chart();
        ChartStyle::clear(chart);
        chart->setTitle(tr("Attainment by member (score; the line is on target)"));
        QList<Scorecard> scored;
        for (const Scorecard &c : d.members)
            if (c.score)
                scored << c;
        std::sort(scored.begin(), scored.end(),
                  [](const Scorecard &a, const Scorecard &b) { return *a.score > *b.score; });
        if (scored.size() > 30)
            scored = scored.mid(0, 30);
        auto *set = new QBarSet(tr("Score"));
        set->setColor(ChartStyle::accent());
        set->setBorderColor(ChartStyle::accent());
        QStringList names;
        double high = 120;
        for (const Scorecard &c : std::as_const(scored)) {
            *set << *c.score / 100.0;
            names << c.name;
            high = std::max(high, *c.score / 100.0);
        }
        auto *bars = new QBarSeries;
        bars->append(set);
        auto *line = new QLineSeries;
        line->setName(tr("On target (100)"));
        line->setPen(QPen(ChartStyle::warning(), 2, Qt::DashLine));
        line->append(-0.5, 100);
        line->append(std::max<qsizetype>(1, scored.size()) - 0.5, 100);
        chart->addSeries(bars);
        chart->addSeries(line);
        auto *x = new QBarCategoryAxis;
        x->append(names);
        x->setLabelsAngle(names.size() > 10 ? -60 : 0);
        auto *y = new QValueAxis;
        y->setRange(0, high * 1.05);
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->applyNiceNumbers();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(x);
        bars->attachAxis(y);
        auto *lineX = new QValueAxis;
        lineX->setRange(-0.5, std::max<qsizetype>(1, scored.size()) - 0.5);
        lineX->setVisible(false);
        chart->addAxis(lineX, Qt::AlignTop);
        line->attachAxis(lineX);
        line->attachAxis(y);
    }
    // The last 12 periods' won revenue.
    {
        QChart *chart = m_trend->chart();
        ChartStyle::clear(chart);
        chart->setTitle(
            tr("Won revenue, %1 – %2").arg(d.trend.first().first.label(), d.trend.last().first.label()));
        chart->legend()->hide();
        auto *line = new QLineSeries;
        line->setPen(QPen(ChartStyle::accent(), 2.5));
        line->setPointsVisible(true);
        QStringList labels;
        double high = 1;
        for (int i = 0; i < d.trend.size(); ++i) {
            const double v = d.trend.at(i).second / ChartStyle::moneyDivisor();
            line->append(i, v);
            high = std::max(high, v);
            const Period &p = d.trend.at(i).first;
            // Short labels under the points; the title gives the range.
            labels << (p.kind() == Period::Kind::Month     ? p.toString().mid(5)
                       : p.kind() == Period::Kind::Quarter ? p.toString().mid(5)
                                                           : p.toString().mid(2));
        }
        ChartStyle::plot(chart, {line}, labels, high, ChartStyle::moneyUnit());
        QAbstractAxis *x = chart->axes(Qt::Horizontal).value(0);
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        x->setLabelsFont(small);
    }
    // The open pipeline by expected close.
    {
        QChart *chart = m_pipeline->chart();
        ChartStyle::clear(chart);
        chart->setTitle(tr("Open pipeline by expected close"));
        chart->legend()->hide();
        auto *set = new QBarSet(tr("Open"));
        set->setColor(ChartStyle::muted());
        QStringList labels;
        double high = 1;
        for (const auto &[month, amount] : d.pipeline) {
            const double v = amount / ChartStyle::moneyDivisor();
            *set << v;
            high = std::max(high, v);
            labels << (month == QLatin1String("overdue") ? tr("earlier") : month.mid(5));
        }
        auto *bars = new QBarSeries;
        bars->append(set);
        ChartStyle::plot(chart, {bars}, labels, high, ChartStyle::moneyUnit());
    }
    QStringList movers;
    for (const auto &m : d.movers)
        movers << QStringLiteral("%1 %2").arg(m.change > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
                                              tr("%1: %2").arg(m.name, signedMoney(m.change)));
    m_movers->setText(movers.isEmpty() ? tr("No change against the previous period.")
                                       : movers.join(QLatin1Char('\n')));
    m_quality->clear();
    for (const QualityItem &q : d.quality) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(q.label).arg(q.count), m_quality);
        if (q.count > 0)
            item->setForeground(QColor(0xb4, 0x53, 0x09));
    }
}
QDialog *DashboardPage::openQuality(int index)
{
    const QualityItem item = m_manager.quality.value(index);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("qualityDialog"));
    dialog->setWindowTitle(item.label);
    auto *table = new QTableWidget(int(item.rows.size()), int(item.columns.size()), dialog);
    table->setObjectName(QStringLiteral("qualityTable"));
    table->setHorizontalHeaderLabels(item.columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < item.rows.size(); ++r)
        for (int c = 0; c < item.rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(item.rows.at(r).at(c)));
    table->resizeColumnsToContents();
    auto *summary =
        new QLabel(item.count > item.rows.size()
                       ? tr("%1 record(s); the first %2 are listed.").arg(item.count).arg(item.rows.size())
                       : tr("%n record(s)", nullptr, item.count),
                   dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 460);
    return dialog;
}

} // namespace attain
