// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a test): the deals table on a large workspace.
//   bench_deals_view FILE [--everyone]
// Measures, from the start of the process, the time until the deals page shows painted rows; then the
// longest step while scrolling to the end; then sorting by amount: how long the GUI thread is blocked
// (the longest event-loop stall) and how long until the sorted rows are painted; finally peak memory.
#include "ui/common/recordtablemodel.h"
#include "ui/common/recordview.h"
#include "ui/common/session.h"
#include "ui/deals/dealspage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace attain;

namespace {
// Measures how late a 5 ms timer fires: the longest time the GUI thread could not answer.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_worst = 0;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AttainBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("window/page"), QStringLiteral("dealsPage"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_deals_view FILE [--everyone]\n");
        return 2;
    }
    const bool everyone = argc > 2 && qstrcmp(argv[2], "--everyone") == 0;

    MainWindow window;
    window.setAskForUser(false);
    window.resize(1280, 800);
    window.show();
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[1])))
        return 1;
    if (everyone)
        window.session()->signIn(QString());
    auto *page = window.findChild<DealsPage *>();
    RecordTableModel *model = page->view()->model();
    QTableView *table = page->view()->table();
    if (!waitFor([&] { return model->isActive() && !model->isLoading() && model->rowCount() > 0; }))
        return 1;
    table->viewport()->repaint();
    const qint64 firstPaint = sinceStart.elapsed();
    std::printf("rows in the deals table: %d (%s)\n", model->rowCount(),
                everyone ? "everyone's deals" : "the demo user's team");
    std::printf("launch to painted deals table: %lld ms\n", firstPaint);

    // Scrolling: page by page for a while, then straight to the end, repainting each step.
    QElapsedTimer step;
    qint64 worstStep = 0;
    QScrollBar *bar = table->verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        step.start();
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
        worstStep = std::max(worstStep, step.elapsed());
    }
    step.start();
    table->scrollToBottom();
    table->viewport()->repaint();
    const qint64 toEnd = step.elapsed();
    worstStep = std::max(worstStep, toEnd);
    std::printf(
        "scrolling: 200 pages then to the end: worst step %lld ms (jump to the end %lld ms), rows held %d\n",
        worstStep, toEnd, model->cachedRowCount());

    // Sorting by amount: the query runs off the GUI thread; measure the GUI's longest stall.
    StallMeter meter;
    meter.start();
    QElapsedTimer sortClock;
    sortClock.start();
    const int amount = model->spec().columnIndex(QStringLiteral("amount"));
    table->horizontalHeader()->setSortIndicator(amount, Qt::DescendingOrder);
    const qint64 clickBlocked = sortClock.elapsed();
    waitFor([&] { return !model->isLoading(); });
    table->viewport()->repaint();
    const qint64 sorted = sortClock.elapsed();
    QApplication::processEvents();
    std::printf("sort by amount: header click returned in %lld ms, sorted rows painted after %lld ms, "
                "longest GUI stall %lld ms\n",
                clickBlocked, sorted, meter.worst());
    const qint64 top = model->data(model->index(0, amount), RecordTableModel::RawRole).toLongLong();
    const qint64 second = model->data(model->index(1, amount), RecordTableModel::RawRole).toLongLong();
    if (top < second)
        std::printf("NOT SORTED\n");

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (max RSS): %.0f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
