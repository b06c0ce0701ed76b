// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboards on the demo workspace: the manager's (KPIs against the previous period, the charts, the
// data-quality records) and a rep's, each rendered to build/tests/screenshots in English and Chinese.
#include "core/demo/demogenerator.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreledger.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/storage/statement.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/chartstyle.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/common/statcard.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QChartView>
#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QTableWidget>

using namespace attain;
using namespace attain::test;

class DashboardUi : public DemoWindowTest
{
protected:
    void SetUp() override
    {
        DemoWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_window->showPage(QStringLiteral("dashboardPage")));
        m_page = m_window->findChild<DashboardPage *>();
    }
    DashboardPage *m_page = nullptr;
};

TEST_P(DashboardUi, TheManagersDashboardAddsUpTheTeamAndComparesWithThePreviousPeriod)
{
    m_page->setPeriod(Period::month(2025, 5));
    ASSERT_TRUE(m_page->showsManager());
    const ManagerDashboard &d = m_page->managerData();
    // The KPIs are the team's scorecards added up.
    const QList<Scorecard> cards =
        ScoreEngine(ws()).members(Period::month(2025, 5), m_window->session()->scope());
    qint64 revenue = 0;
    for (const Scorecard &c : cards)
        revenue += c.line(Metric::Revenue).actual.value_or(0);
    EXPECT_EQ(d.revenue.value, revenue);
    ASSERT_TRUE(d.revenue.previous);
    EXPECT_EQ(d.trend.size(), 12);
    EXPECT_EQ(d.trend.last().first, Period::month(2025, 5));
    EXPECT_EQ(d.trend.at(10).second, *d.revenue.previous); // April, from the same credits
    // April's deals won and each member's change of revenue (the movers) from April's scorecards.
    const QList<Scorecard> april =
        ScoreEngine(ws()).members(Period::month(2025, 4), m_window->session()->scope());
    qint64 aprilDeals = 0;
    QHash<QString, qint64> change;
    for (const Scorecard &c : april) {
        aprilDeals += c.line(Metric::DealsWon).actual.value_or(0);
        change[c.name] -= c.line(Metric::Revenue).actual.value_or(0);
    }
    for (const Scorecard &c : cards)
        change[c.name] += c.line(Metric::Revenue).actual.value_or(0);
    EXPECT_EQ(d.dealsWon.previous, aprilDeals);
    ASSERT_FALSE(d.movers.isEmpty());
    for (const ManagerDashboard::Mover &m : d.movers)
        EXPECT_EQ(m.change, change.value(m.name)) << qPrintable(m.name);
    EXPECT_GT(d.movers.first().change, 0); // the largest rise first
    EXPECT_EQ(d.quality.size(), 4);
    EXPECT_FALSE(m_page->findChild<StatCard *>(QStringLiteral("kpi0"))->value().isEmpty());
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the charts' old axes
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("dashboard-manager") + suffix())));
    // Every chart exports to PNG.
    for (QChartView *chart : m_page->charts()) {
        const QString png = path(chart->objectName() + QStringLiteral(".png"));
        ASSERT_TRUE(ChartStyle::savePng(chart, png).ok());
        EXPECT_TRUE(looksDrawn(QImage(png))) << qPrintable(chart->objectName());
    }
    // A data-quality item opens the records behind it.
    for (int i = 0; i < d.quality.size(); ++i) {
        if (d.quality.at(i).count == 0)
            continue;
        QDialog *dialog = m_page->openQuality(i);
        EXPECT_EQ(dialog->findChild<QTableWidget *>(QStringLiteral("qualityTable"))->rowCount(),
                  std::min<qsizetype>(d.quality.at(i).count, 500));
        dialog->deleteLater();
    }
}

// While the manager looks at a period, every period the picker offers is computed in the background, on its
// own connection and with the kept figures the page has; switching to one then shows exactly the figures
// computed on the spot.
TEST_P(DashboardUi, PeriodsComputedInTheBackgroundEqualThoseComputedOnTheSpot)
{
    m_page->setPeriod(Period::month(2025, 5));
    auto *picker = m_page->findChild<PeriodPicker *>();
    ASSERT_TRUE(picker);
    const QList<Period> wanted{Period::month(2025, 4), Period::month(2025, 6), Period::month(2024, 9),
                               picker->offered(Period::Kind::Quarter).first(),
                               picker->offered(Period::Kind::Year).at(1)};
    // The worker runs at the lowest priority: a generous wait on a busy machine.
    QElapsedTimer wait;
    wait.start();
    const auto ready = [&] {
        return std::all_of(wanted.begin(), wanted.end(),
                           [&](const Period &p) { return m_page->isPrefetched(p); });
    };
    while (wait.elapsed() < 180000 && !ready())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const QStringList scope = m_window->session()->scope();
    for (const Period &p : wanted) {
        ASSERT_TRUE(m_page->isPrefetched(p)) << qPrintable(p.toString());
        m_page->setPeriod(p);
        const ManagerDashboard &shown = m_page->managerData();
        const ManagerDashboard fresh = DashboardData(ws()).manager(p, scope);
        EXPECT_EQ(shown.period, p);
        EXPECT_EQ(shown.revenue.value, fresh.revenue.value) << qPrintable(p.toString());
        EXPECT_EQ(shown.revenue.previous, fresh.revenue.previous);
        EXPECT_EQ(shown.dealsWon.value, fresh.dealsWon.value);
        EXPECT_EQ(shown.dealsWon.previous, fresh.dealsWon.previous);
        EXPECT_EQ(shown.followUps.value, fresh.followUps.value);
        EXPECT_EQ(shown.followUps.previous, fresh.followUps.previous);
        EXPECT_EQ(shown.satisfaction.value, fresh.satisfaction.value);
        EXPECT_EQ(shown.satisfaction.previous, fresh.satisfaction.previous);
        EXPECT_EQ(shown.tiers, fresh.tiers);
        ASSERT_EQ(shown.members.size(), fresh.members.size());
        for (int i = 0; i < shown.members.size(); ++i)
            EXPECT_EQ(shown.members.at(i).score, fresh.members.at(i).score);
        EXPECT_EQ(shown.trend, fresh.trend);
        EXPECT_EQ(shown.pipeline, fresh.pipeline);
        ASSERT_EQ(shown.movers.size(), fresh.movers.size());
        for (int i = 0; i < shown.movers.size(); ++i)
            EXPECT_EQ(shown.movers.at(i).change, fresh.movers.at(i).change);
        ASSERT_EQ(shown.quality.size(), fresh.quality.size());
        for (int i = 0; i < shown.quality.size(); ++i)
            EXPECT_EQ(shown.quality.at(i).count, fresh.quality.at(i).count);
    }
    // The worker read the scoring ledger for the session (the leaderboards and team scores use it too).
    EXPECT_TRUE(m_window->session()->scoreLedgers()->ledgers()[false]);
    // A change of the workspace drops what was computed ahead; the ledger follows the change row by row
    // (ScoreLedger::patched) and holds what a fresh read of the file holds.
    ASSERT_TRUE(m_page->isPrefetched(Period::month(2025, 4)));
    QString dealId;
    {
        Statement st(ws(), "SELECT id FROM deals WHERE stage = 'won' AND closed_on LIKE '2024-09%' LIMIT 1");
        ASSERT_TRUE(st.next());
        dealId = st.text(0);
    }
    Deal grown = *DealService(ws()).find(dealId);
    grown.amount = Money(grown.amount.minor() + 123456);
    ASSERT_TRUE(DealService(ws()).update(grown));
    EXPECT_FALSE(m_page->isPrefetched(Period::month(2024, 9)));
    const auto followed = m_window->session()->scoreLedgers()->ledgers()[false];
    ASSERT_TRUE(followed);
    const auto fresh = ScoreLedger::read(ws(), false);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(followed->monthlyRevenue({}), fresh->monthlyRevenue({}));
    // Another program's commit cannot be followed: the ledgers go.
    Q_EMIT ws().changed(EntityKind::Deal, {});
    ws().announce({EntityKind::Deal});
    EXPECT_FALSE(m_window->session()->scoreLedgers()->ledgers()[false]);
}

TEST_P(DashboardUi, ARepSeesTheirOwnScoreTrendAwardsAndFollowUpsDue)
{
    const auto rep = MemberService(ws()).findByLogin(QStringLiteral("liuyang"));
    ASSERT_TRUE(rep);
    m_window->session()->signIn(rep->id);
    m_page = m_window->findChild<DashboardPage *>(); // built again for the rep
    m_page->setPeriod(Period::month(2025, 6));
    ASSERT_FALSE(m_page->showsManager());
    const RepDashboard &d = m_page->repData();
    ASSERT_TRUE(d.card);
    EXPECT_EQ(d.card->subjectId, rep->id);
    EXPECT_EQ(d.card->score, ScoreEngine(ws()).member(rep->id, Period::month(2025, 6))->score);
    EXPECT_EQ(d.trend.size(), 6);
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("dashboard-rep") + suffix())));
    for (QChartView *chart : m_page->charts())
        EXPECT_TRUE(looksDrawn(chart->grab().toImage())) << qPrintable(chart->objectName());
}

INSTANTIATE_TEST_SUITE_P(Languages, DashboardUi, ::testing::Values("en", "zh_CN"));
