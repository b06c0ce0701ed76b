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
/// hands its own to the page when the page has none.
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
    /// Drops every figure kept and those the worker is computing (after a change of the workspace).
    void forget();

private:
    void start(const QList<Period> &wanted);

    Session &m_session;
    DashboardData &m_data;
    QHash<QString, ManagerDashboard> m_figures; // by period
    quint64 m_generation = 0;
    QThread *m_worker = nullptr;
    QList<Period> m_pending;                     // requested while the worker was stopping
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the worker in flight
};

} // namespace attain
