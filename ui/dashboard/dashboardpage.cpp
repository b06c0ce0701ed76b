// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/dashboardprefetch.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/incentives/statementformat.h"
#include "core/scoring/scoreformat.h"
#include "ui/common/chartstyle.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/common/statcard.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QPieSeries>
#include <QStackedWidget>
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

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_data(std::make_unique<DashboardData>(session.workspace())),
      m_prefetch(std::make_unique<DashboardPrefetch>(session, *m_data))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    m_period = new PeriodPicker(this);
    m_period->setToday(m_session.workspace().clock().now().date());
    m_compare = new QLabel(this);
    m_compare->setObjectName(QStringLiteral("comparedWith"));
    m_compare->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_stack = new QStackedWidget(this);

    // The manager's dashboard.
    auto *manager = new QWidget(m_stack);
    auto *kpiRow = new QHBoxLayout;
    kpiRow->setSpacing(12);
    for (int i = 0; i < 5; ++i) {
        auto *card = new StatCard(manager);
        card->setObjectName(QStringLiteral("kpi%1").arg(i));
        m_kpis << card;
        kpiRow->addWidget(card);
    }
    m_attainment = chartView("attainmentChart");
    m_trend = chartView("trendChart");
    m_pipeline = chartView("pipelineChart");
    m_moversTitle = new QLabel(manager);
    m_moversTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_movers = new QLabel(manager);
    m_movers->setObjectName(QStringLiteral("movers"));
    m_movers->setWordWrap(true);
    m_movers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_qualityTitle = new QLabel(manager);
    m_qualityTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_quality = new QListWidget(manager);
    m_quality->setObjectName(QStringLiteral("qualityList"));
    m_quality->setWordWrap(true);
    m_quality->setResizeMode(QListView::Adjust);
    m_quality->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_quality->setSpacing(2);
    connect(m_quality, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openQuality(m_quality->row(item))->open(); });
    m_moversTitle->setWordWrap(true);
    m_qualityTitle->setWordWrap(true);
    auto *sidePanel = new QWidget(manager);
    sidePanel->setMaximumWidth(300);
    auto *side = new QVBoxLayout(sidePanel);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_moversTitle);
    side->addWidget(m_movers);
    side->addSpacing(8);
    side->addWidget(m_qualityTitle);
    side->addWidget(m_quality, 1);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(m_attainment, 0, 0, 1, 2);
    grid->addWidget(m_trend, 1, 0);
    grid->addWidget(m_pipeline, 1, 1);
    grid->addWidget(sidePanel, 0, 2, 2, 1);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 4);
    grid->setColumnStretch(2, 3);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto *managerLayout = new QVBoxLayout(manager);
    managerLayout->setContentsMargins(0, 0, 0, 0);
    managerLayout->addLayout(kpiRow);
    managerLayout->addLayout(grid, 1);
    m_stack->addWidget(manager);

    // The rep's dashboard.
    auto *rep = new QWidget(m_stack);
    m_ring = chartView("scoreRing");
    m_ring->setParent(rep);
    m_repHeadline = new QLabel(rep);
    m_repHeadline->setObjectName(QStringLiteral("repHeadline"));
    m_repHeadline->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
    m_gap = new QLabel(rep);
    m_gap->setObjectName(QStringLiteral("repGap"));
    m_gap->setWordWrap(true);
    m_gap->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_repTrend = chartView("repTrendChart");
    m_repTrend->setParent(rep);
    m_awardsTitle = new QLabel(rep);
    m_awardsTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_awards = new QLabel(rep);
    m_awards->setObjectName(QStringLiteral("repAwards"));
    m_awards->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_awards->setWordWrap(true);
    m_dueTitle = new QLabel(rep);
    m_dueTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_due = new QLabel(rep);
    m_due->setObjectName(QStringLiteral("repDue"));
    m_due->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_due->setWordWrap(true);
    auto *repGrid = new QGridLayout(rep);
    repGrid->setContentsMargins(0, 0, 0, 0);
    repGrid->setSpacing(12);
    auto *head = new QVBoxLayout;
    head->addWidget(m_repHeadline);
    head->addWidget(m_gap, 1);
    repGrid->addWidget(m_ring, 0, 0);
    repGrid->addLayout(head, 0, 1);
    repGrid->addWidget(m_repTrend, 1, 0, 1, 2);
    auto *lists = new QVBoxLayout;
    lists->addWidget(m_awardsTitle);
    lists->addWidget(m_awards, 1);
    lists->addWidget(m_dueTitle);
    lists->addWidget(m_due, 1);
    repGrid->addLayout(lists, 0, 2, 2, 1);
    repGrid->setColumnStretch(0, 2);
    repGrid->setColumnStretch(1, 3);
    repGrid->setColumnStretch(2, 2);
    repGrid->setRowStretch(1, 1);
    m_stack->addWidget(rep);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_compare);
    top->addWidget(m_period);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_period, &PeriodPicker::periodChanged, this, &DashboardPage::refresh);
    connect(&m_session.workspace(), &Workspace::changed, this, [this] {
        m_data->invalidate();
        m_prefetch->forget();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        // Whose figures the page shows changes; the ledgers (everyone's) stay.
        m_data->adopt(std::nullopt);
        m_prefetch->forgetFigures();
        refresh();
    });
    retranslate();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::warmUp()
{
    if (!showsManager())
        return;
    // While shown, every period offered; while hidden, those it shows first.
    const QList<Period> order = warmUpOrder(m_period->period());
    m_prefetch->request(isVisible() ? order : order.mid(0, 6));
}

QList<Period> DashboardPage::warmUpOrder(const Period &shown) const
{
    // The period shown, its neighbours (stepping), what the kind box switches to (the periods containing
    // today), then the periods offered of the kind shown, nearest first, then those of the other kinds.
    QList<Period> order{shown, shown.previous(), shown.next()};
    const QList<Period::Kind> kinds{Period::Kind::Month, Period::Kind::Quarter, Period::Kind::Year};
    for (Period::Kind kind : kinds)
        order << m_period->offered(kind).first();
    QList<Period> same = m_period->offered(shown.kind());
    std::stable_sort(same.begin(), same.end(), [&](const Period &a, const Period &b) {
        return qAbs(a.start().daysTo(shown.start())) < qAbs(b.start().daysTo(shown.start()));
    });
    order += same;
    for (Period::Kind kind : kinds)
        if (kind != shown.kind())
            order += m_period->offered(kind);
    return order;
}

QChartView *DashboardPage::chartView(const char *name)
{
    auto *view = new QChartView(ChartStyle::chart(QString()), this);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        QMenu menu(view);
        menu.addAction(tr("Export Chart as PNG…"), this, [this, view] {
            const QString path = FileDialogs::saveFile(
                this, tr("Export Chart as PNG"),
                QDir::homePath() + QStringLiteral("/attain-%1.png").arg(view->objectName()),
                tr("PNG images (*.png)"));
            if (path.isEmpty())
                return;
            if (Status st = ChartStyle::savePng(view, path); !st)
                Messages::error(this, tr("Export Chart as PNG"), st.message());
        });
        menu.exec(view->mapToGlobal(at));
    });
    return view;
}

QList<QChartView *> DashboardPage::charts() const
{
    return showsManager() ? QList<QChartView *>{m_attainment, m_trend, m_pipeline}
                          : QList<QChartView *>{m_ring, m_repTrend};
}

bool DashboardPage::isPrefetched(const Period &period) const
{
    return m_prefetch->find(period) != nullptr;
}

bool DashboardPage::showsManager() const
{
    return m_session.isManager();
}

void DashboardPage::setPeriod(const Period &period)
{
    m_period->setPeriod(period); // refreshes
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    else
        warmUp(); // it goes on
    QWidget::showEvent(event);
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    // Another page has the cores now; the warm-up goes on when this one is shown again.
    m_prefetch->stop();
    QWidget::hideEvent(event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_title->setText(tr("Dashboard"));
    m_period->retranslate();
    m_moversTitle->setText(tr("Top movers (won revenue against the previous period)"));
    m_qualityTitle->setText(tr("Data quality (double-click for the records)"));
    m_awardsTitle->setText(tr("My awards this period"));
    m_dueTitle->setText(tr("Customers due a follow-up"));
    refresh();
}

void DashboardPage::refresh()
{
    if (!isVisible()) {
        // Drawn when shown. Meanwhile (the workspace just opened, the user changed) the periods it shows
        // first are computed in the background.
        m_stale = true;
        warmUp();
        return;
    }
    m_stale = false;
    m_compare->setVisible(showsManager());
    m_compare->setText(tr("Changes are against %1").arg(m_period->period().previous().label()));
    if (showsManager()) {
        m_stack->setCurrentIndex(0);
        const Period period = m_period->period();
        if (const ManagerDashboard *ahead = m_prefetch->find(period)) {
            m_manager = *ahead;
        } else {
            // The worker is computing other periods now: stop it, so this one has the cores.
            m_prefetch->stop();
            m_prefetch->handOverLedgers();
            m_manager = m_data->manager(period, m_session.scope());
            m_prefetch->keep(m_manager); // for stepping back to it
        }
        static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL");
        QElapsedTimer timer;
        timer.start();
        fillManager();
        if (trace)
            qInfo("dashboard %s: drawn in %lld ms", qPrintable(period.toString()), timer.elapsed());
        warmUp();
    } else {
        m_stack->setCurrentIndex(1);
        m_rep = m_data->rep(m_session.user()->id, m_period->period());
        fillRep();
    }
}

void DashboardPage::fillManager()
{
    const ManagerDashboard &d = m_manager;
    const QLocale locale;
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
