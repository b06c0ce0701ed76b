// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dashboard/dashboarddata.h"

#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace attain {

class DashboardPrefetch;
class PeriodPicker;
class Session;
class StatCard;

/// The dashboard (仪表盘) for a period. A manager's: KPI cards with the change against the previous period,
/// attainment by member (bars, the on-target line), the last 12 periods' won revenue, the open pipeline by
/// expected close, top movers and a data-quality panel whose items open the records behind them. A rep's:
/// their score and tier as a ring, the gap to the next tier, their revenue against targets over six periods,
/// recent awards and the customers due a follow-up. Every chart exports to PNG (right-click). While a
/// manager looks at a period, the others are computed in the background — the previous and next first, then
/// what the kind box switches to, then every period the picker offers — so switching, once they are ready,
/// only draws. Before the page is first shown, the periods it shows first are computed the same way.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);
    /// Computes the page again (a failed read shows why instead of the figures).
    void refresh();
    ~DashboardPage() override;
    void setPeriod(const Period &period);
    bool showsManager() const;
    const ManagerDashboard &managerData() const { return m_manager; }
    const RepDashboard &repData() const { return m_rep; }
    QList<QChartView *> charts() const;
    /// Whether a period's figures are ready, computed in the background (the neighbours of the one shown).
    bool isPrefetched(const Period &period) const;
    /// The records behind a data-quality item (a dialog); returns it for tests.
    QDialog *openQuality(int index);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Shows a failed read instead of the figures; true when the read succeeded.
    bool showReadFailure(const Status &read);
    void retranslate();
    void fillManager();
    void fillRep();
    QChartView *chartView(const char *name);
    void warmUp();
    QList<Period> warmUpOrder(const Period &shown) const;

    Session &m_session;
    std::unique_ptr<DashboardData> m_data;
    std::unique_ptr<DashboardPrefetch> m_prefetch; // after m_data, which it refers to
    QLabel *m_title;
    PeriodPicker *m_period;
    QLabel *m_compare;
    QStackedWidget *m_stack;
    // manager
    QList<StatCard *> m_kpis;
    QChartView *m_attainment;
    QChartView *m_trend;
    QChartView *m_pipeline;
    QLabel *m_moversTitle;
    QLabel *m_movers;
    QLabel *m_qualityTitle;
    QListWidget *m_quality;
    // rep
    QChartView *m_ring;
    QLabel *m_repHeadline;
    QLabel *m_gap;
    QChartView *m_repTrend;
    QLabel *m_awardsTitle;
    QLabel *m_awards;
    QLabel *m_dueTitle;
    QLabel *m_due;
    ManagerDashboard m_manager;
    RepDashboard m_rep;
    quint64 m_appliedChange = 0;
    bool m_stale = true;
};

} // namespace attain
