// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the page itself — its widgets, the period shown, when it is drawn, the background warm-up
// and the charts' export. What the manager's and the rep's dashboards show is filled in
// dashboardpagemanager.cpp and dashboardpagerep.cpp.
#include "ui/dashboard/dashboardpage.h"

#include "core/storage/readcheck.h"
#include "ui/dashboard/dashboardprefetch.h"

#include "ui/common/chartstyle.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/common/statcard.h"

#include <QApplication>
#include <QChartView>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace attain {

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
    top->addWidget(m_period);
    // Whose figures and compared with what, on a line of its own under the title: it may be long.
    m_compare->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_compare);
    layout->addWidget(m_stack, 1);

    connect(m_period, &PeriodPicker::periodChanged, this, &DashboardPage::refresh);
    connect(&m_session.workspace(), &Workspace::changed, this, [this] {
        // One write may signal once per kind it touched: its change set is applied once.
        const quint64 change = m_session.workspace().changeNumber();
        if (change == m_appliedChange)
            return;
        m_appliedChange = change;
        m_data->apply(m_session.workspace().lastChanges());
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

bool DashboardPage::showReadFailure(const Status &read)
{
    // Figures from a failed read would show zeros as if nothing had happened: the reason instead.
    m_stack->setVisible(read.ok());
    if (read.ok()) {
        m_compare->setStyleSheet(QStringLiteral("color: #6b7280;"));
        return true;
    }
    m_compare->setVisible(true);
    m_compare->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_compare->setText(read.message());
    return false;
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
    showReadFailure(success());
    m_compare->setVisible(showsManager());
    if (showsManager()) {
        m_stack->setCurrentIndex(0);
        const Period period = m_period->period();
        if (const ManagerDashboard *ahead = m_prefetch->find(period)) {
            m_manager = *ahead;
        } else {
            // The worker is computing other periods now: stop it, so this one has the cores.
            m_prefetch->stop();
            m_prefetch->handOverLedgers();
            const ReadCheck reads(m_session.workspace());
            m_manager = m_data->manager(period, m_session.scope());
            if (!showReadFailure(reads.status()))
                return;
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
        // Nobody signed in (the window closing, a sign-in under way): nothing of anyone's to show.
        const auto user = m_session.user();
        if (!user)
            return;
        const ReadCheck reads(m_session.workspace());
        m_rep = m_data->rep(user->id, m_period->period());
        if (!showReadFailure(reads.status()))
            return;
        fillRep();
    }
}

} // namespace attain
