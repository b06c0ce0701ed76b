// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a test): switching the dashboard's period on a large workspace.
//   bench_dashboard FILE
// Opens the manager's dashboard of the demo user's team (everyone's would be a manager's without a team,
// which the demo has not; since roles hold in core, nobody signed in is not a manager), then switches the
// period month by month and quarter by quarter, timing each switch from the period picker's change until
// the page is repainted with the new figures (all computed on the GUI thread: the time is what the user
// waits). Then a deal is edited while the page is shown. Last, the leaderboards, scored from the ledgers
// the dashboard's worker read.
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/leaderboard/leaderboardpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>

#include <algorithm>
#include <cstdio>

using namespace attain;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AttainBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard FILE\n");
        return 2;
    }
    // As a first start: the window opens on the Overview (not on the page a previous run ended on).
    QSettings().remove(QStringLiteral("window/page"));
    MainWindow window;
    window.setAskForUser(false);
    window.resize(1280, 800);
    window.show();
    QElapsedTimer open;
    open.start();
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[1])))
        return 1;
    // The workspace opens on the Overview; the dashboard computes the period it shows first in the
    // background. Then the user opens the dashboard.
    auto *page = window.findChild<DashboardPage *>();
    const Period first = page->findChild<PeriodPicker *>()->period();
    while (open.elapsed() < 60000 && !page->isPrefetched(first))
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const qint64 ready = open.elapsed();
    QElapsedTimer shown;
    shown.start();
    window.showPage(QStringLiteral("dashboardPage"));
    page->repaint();
    QApplication::processEvents();
    std::printf("%s: the dashboard's first period computed in the background %lld ms after opening the "
                "workspace; the page then shown in %lld ms\n",
                "the demo user's team", ready, shown.elapsed());
    // Stepping: the user looks at a period for a moment (the neighbours are computed in the background),
    // then steps to the next. Jumping: periods far apart.
    auto measure = [&](const QList<Period> &periods, const char *what, bool pause) {
        QList<qint64> times;
        for (const Period &p : periods) {
            if (pause) {
                QElapsedTimer wait;
                wait.start();
                while (!page->isPrefetched(p) && wait.elapsed() < 20000)
                    QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            }
            QElapsedTimer t;
            t.start();
            page->setPeriod(p);
            const qint64 computed = t.elapsed();
            page->repaint();
            const qint64 painted = t.elapsed();
            QApplication::processEvents();
            // What the application's event loop does after each event: the charts' replaced axes and
            // series are deleted later (deleteLater), which processEvents() alone never does.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            times << t.elapsed();
            if (qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL"))
                std::printf("    %s: figures %lld ms, painted %lld ms, events %lld ms\n",
                            qPrintable(p.toString()), computed, painted - computed, t.elapsed() - painted);
        }
        std::sort(times.begin(), times.end());
        std::printf("  %s: %lld switches, median %lld ms, worst %lld ms\n", what, qint64(times.size()),
                    times.at(times.size() / 2), times.last());
    };
    // Jumping first, right after opening: periods with data, none next to another one shown (nothing
    // computed ahead). Then stepping, where the user looks at each period for a moment.
    QList<Period> jumps, quarterJumps, years, months, quarters;
    for (const auto &[y, m] :
         {std::pair{2026, 8}, {2025, 2}, {2026, 5}, {2025, 5}, {2026, 2}, {2025, 8}, {2025, 11}, {2024, 11}})
        jumps << Period::month(y, m);
    for (const auto &[y, q] : {std::pair{2025, 1}, {2026, 2}, {2025, 3}, {2024, 4}})
        quarterJumps << Period::quarter(y, q);
    years << Period::year(2025) << Period::year(2026);
    for (int m = 12; m >= 1; --m)
        months << Period::month(2025, m);
    for (int q = 4; q >= 1; --q)
        quarters << Period::quarter(2025, q);
    measure(jumps, "jumping between months of 2024–2026 (nothing ahead)", false);
    measure(quarterJumps, "jumping between quarters (nothing ahead)", false);
    measure(years, "jumping to a year (nothing ahead)", false);
    // The warm-up: every period the picker offers computed in the background while the page is shown.
    QList<Period> offered;
    auto *picker = page->findChild<PeriodPicker *>();
    for (Period::Kind kind : {Period::Kind::Month, Period::Kind::Quarter, Period::Kind::Year})
        offered += picker->offered(kind);
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 600000 && !std::all_of(offered.begin(), offered.end(),
                                                   [&](const Period &p) { return page->isPrefetched(p); }))
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("  warm-up: the %lld periods offered computed in the background in %.1f s\n",
                qint64(offered.size()), warm.elapsed() / 1000.0);
    // Periods not shown before, so computed by the warm-up.
    QList<Period> warmJumps, warmQuarters;
    for (const auto &[y, m] :
         {std::pair{2026, 7}, {2025, 1}, {2026, 4}, {2025, 4}, {2026, 1}, {2025, 7}, {2025, 10}, {2024, 12}})
        warmJumps << Period::month(y, m);
    for (const auto &[y, q] : {std::pair{2026, 1}, {2025, 2}, {2025, 4}, {2026, 3}})
        warmQuarters << Period::quarter(y, q);
    measure(warmJumps, "then jumping between other months", false);
    measure(warmQuarters, "then jumping between other quarters", false);
    measure({Period::year(2024), Period::year(2023)}, "then jumping to other years", false);
    measure(months, "stepping back through the months of 2025", true);
    measure(quarters, "stepping back through the quarters of 2025", true);

    // One won deal of the quarter shown is edited (as the deal form saves it) while the page is shown: the
    // page follows the write's change set (the ledgers patched, the pipeline patched, the findings kept),
    // from the write to the page repainted.
    {
        page->setPeriod(Period::quarter(2025, 2));
        QApplication::processEvents();
        Workspace &ws = window.session()->workspace();
        QString dealId;
        {
            Statement st(ws,
                         "SELECT id FROM deals WHERE stage = 'won' AND closed_on BETWEEN '2025-04-01' AND "
                         "'2025-06-30' AND owner_id IN (SELECT value FROM json_each(?)) LIMIT 1");
            st.bind(1, Statement::keysJson(window.session()->scope()));
            if (st.next())
                dealId = st.text(0);
        }
        DealService deals(ws);
        std::optional<Deal> deal = dealId.isEmpty() ? std::nullopt : std::optional(*deals.find(dealId));
        QList<qint64> times;
        for (int run = 0; deal && run < 7; ++run) {
            if (qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL"))
                qInfo("-- deal edit %d --", run);
            deal->amount = Money(deal->amount.minor() + 100);
            QElapsedTimer t;
            t.start();
            if (!deals.update(*deal))
                break;
            const qint64 written = t.elapsed(); // the write and every page's handler of its change
            page->repaint();
            const qint64 painted = t.elapsed();
            QApplication::processEvents();
            times << t.elapsed();
            if (qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL"))
                std::printf("    edit %d: written and followed %lld ms, painted %lld ms, events %lld ms\n",
                            run, written, painted - written, t.elapsed() - painted);
        }
        if (deal) { // as it was: the benchmark's workspace stays the same from run to run
            deal->amount = Money(deal->amount.minor() - 100 * times.size());
            (void)deals.update(*deal);
        }
        if (!times.isEmpty()) {
            std::sort(times.begin(), times.end());
            std::printf(
                "  one deal edited while the dashboard shows 2025-Q2: %lld edits, from the write to the "
                "page repainted median %lld ms, worst %lld ms\n",
                qint64(times.size()), times.at(times.size() / 2), times.last());
        }
    }

    // The leaderboards scored from the ledgers the dashboard's worker read for the session: each board of a
    // month and of a year, from showBoard() until the page is repainted.
    window.showPage(QStringLiteral("leaderboardPage"));
    auto *boards = window.findChild<LeaderboardPage *>();
    QApplication::processEvents();
    for (const Period &p : {Period::month(2025, 6), Period::year(2025)}) {
        QList<qint64> times;
        for (Board b : Leaderboards::all()) {
            QElapsedTimer t;
            t.start();
            boards->showBoard(b, p);
            boards->repaint();
            QApplication::processEvents();
            times << t.elapsed();
        }
        std::sort(times.begin(), times.end());
        std::printf("  leaderboards of %s: %lld boards, median %lld ms, worst %lld ms\n",
                    qPrintable(p.toString()), qint64(times.size()), times.at(times.size() / 2), times.last());
    }
    return 0;
}
