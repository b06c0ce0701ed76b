// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardprefetch.h"

#include "core/storage/workspace.h"
#include "ui/common/session.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace attain {

DashboardPrefetch::DashboardPrefetch(Session &session, DashboardData &data) : m_session(session), m_data(data)
{}

DashboardPrefetch::~DashboardPrefetch()
{
    ++m_generation; // a worker still running delivers to nobody
    if (m_stop)
        m_stop->drop.store(true);
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

const ManagerDashboard *DashboardPrefetch::find(const Period &period) const
{
    const auto it = m_figures.constFind(period.toString());
    return it == m_figures.constEnd() ? nullptr : &*it;
}

void DashboardPrefetch::keep(const ManagerDashboard &figures)
{
    m_figures.insert(figures.period.toString(), figures);
}

void DashboardPrefetch::stop()
{
    m_pending.clear();
    if (m_stop)
        m_stop->reorder.store(true);
}

void DashboardPrefetch::forget()
{
    forgetFigures();
    if (m_stop)
        m_stop->drop.store(true); // the ledger it reads too
}

void DashboardPrefetch::handOverLedgers()
{
    const std::shared_ptr<ScoreLedgerStore> &store = m_session.scoreLedgers();
    m_data.adoptLedgers(store->ledgers(), store->unreadable());
}

void DashboardPrefetch::forgetFigures()
{
    stop(); // what it computes would be dropped
    ++m_generation;
    m_figures.clear();
}

void DashboardPrefetch::request(const QList<Period> &periods)
{
    QList<Period> wanted;
    for (const Period &p : periods)
        if (!m_figures.contains(p.toString()) && !wanted.contains(p))
            wanted << p;
    if (wanted.isEmpty())
        return;
    if (m_worker && m_worker->isRunning()) {
        m_pending = periods; // when it has stopped
        m_stop->reorder.store(true);
        return;
    }
    start(wanted);
}

void DashboardPrefetch::start(const QList<Period> &wanted)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    m_pending.clear();
    const quint64 generation = m_generation;
    const std::shared_ptr<ScoreLedgerStore> store = m_session.scoreLedgers();
    const quint64 ledgerGeneration = store->generation();
    m_stop = std::make_shared<Stop>();
    const std::shared_ptr<Stop> stop = m_stop;
    const QString path = m_session.workspace().path();
    const Clock *clock = &m_session.workspace().clock();
    const QStringList scope = m_session.scope();
    std::optional<DashboardData::Kept> kept = m_data.kept();
    const ScoreLedgers ledgers = store->ledgers();
    const UnreadableLedgers unreadable = store->unreadable();
    QPointer<DashboardPrefetch> self(this);
    m_worker = QThread::create([self, generation, store, ledgerGeneration, stop, path, clock, scope, wanted,
                                kept, ledgers, unreadable] {
#ifdef Q_OS_LINUX
        // QThread's priorities do not reach Linux's normal scheduler; the nice value of this thread does,
        // so the GUI thread is served first when both want a core.
        setpriority(PRIO_PROCESS, 0, 19);
#endif
        Workspace::Options options;
        options.clock = clock;
        options.integrity = Workspace::Options::Integrity::Skip; // the open workspace was checked
        auto ws = Workspace::open(path, options);
        if (!ws || stop->drop.load())
            return;
        // A stopped worker stops inside its current query.
        (*ws)->setStopCheck([stop] { return stop->now(); });
        DashboardData data(**ws);
        data.adopt(kept); // the figures that do not depend on the period, as the page has them
        data.adoptLedgers(ledgers, unreadable);
        for (const Period &p : wanted) {
            stop->readingLedger.store(true);
            const bool newLedgers = data.readLedgers(p);
            stop->readingLedger.store(false);
            if (stop->drop.load())
                return;
            if (newLedgers) {
                if (!store->add(ledgerGeneration, data.ledgers(), data.unreadableLedgers()))
                    return; // the workspace changed while it was read
                QMetaObject::invokeMethod(
                    qApp,
                    [self] {
                        if (self)
                            self->handOverLedgers();
                    },
                    Qt::QueuedConnection);
            }
            if (stop->now())
                return;
            ManagerDashboard figures = data.manager(p, scope);
            if (stop->now())
                return; // the figures may be cut short
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, figures = std::move(figures), kept = data.kept()] {
                    if (!self || self->m_generation != generation)
                        return;
                    self->keep(figures);
                    if (kept && (!self->m_data.kept() || self->m_data.kept()->scope != kept->scope))
                        self->m_data.adopt(kept); // computed here first
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_worker, &QThread::finished, this, [this, worker = m_worker] {
        if (worker == m_worker && !m_pending.isEmpty()) // not one replaced since
            request(std::exchange(m_pending, {}));
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace attain
