// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dashboard/dashboarddata.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace attain {

class Session;

/// The manager dashboard's figures of periods computed ahead, on a worker thread with its own connection to
/// the file, at the lowest priority. One worker at a time: a request while it runs stops it (inside its
/// current query) and starts again, in the new order, once it has stopped. Figures of a worker started
/// before forget() are dropped. The worker starts from the page's kept figures (DashboardData::kept) and
/// hands its own to the page when the page has none. Before each period it reads the scoring ledgers that
/// period needs and the session lacks (Session::scoreLedgers), and puts them there at once. A request does
/// not stop the worker while it reads a ledger (every period needs it); forget() does.
class DashboardPrefetch : public QObject
{
public:
    DashboardPrefetch(Session &session, DashboardData &data);
    ~DashboardPrefetch() override;
    /// A period's figures, computed ahead or kept; null when neither.
    const ManagerDashboard *find(const Period &period) const;
    /// Figures computed on the spot, kept for coming back to their period.
    void keep(const ManagerDashboard &figures);
    /// Computes, in this order, those of `periods` not kept yet.
    void request(const QList<Period> &periods);
    /// Stops the worker; a request waiting for it is dropped.
    void stop();
    /// Drops every figure kept and those the worker is computing, and the ledgers it reads (after a change
    /// of the workspace).
    void forget();
    /// Drops the figures kept and those the worker is computing, but lets it finish a ledger it reads and
    /// hand it over (after a change of who looks: the ledgers are everyone's).
    void forgetFigures();
    /// Gives the page's DashboardData the session's scoring ledgers, those of the workspace as it is now.
    void handOverLedgers();

private:
    void start(const QList<Period> &wanted);

    Session &m_session;
    DashboardData &m_data;
    QHash<QString, ManagerDashboard> m_figures; // by period
    quint64 m_generation = 0; // of the figures: a worker's figures of an older one are dropped
    QThread *m_worker = nullptr;
    QList<Period> m_pending; // requested while the worker was stopping
    /// What the worker in flight is told: stop after (or inside) the period it computes, or stop
    /// whatever it does.
    struct Stop
    {
        std::atomic<bool> reorder{false}, drop{false};
        std::atomic<bool> readingLedger{false}; // set by the worker
        bool now() const { return drop.load() || (reorder.load() && !readingLedger.load()); }
    };
    std::shared_ptr<Stop> m_stop;
};

} // namespace attain
