// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue "Scoring engine"): scores one period for every member and team of a workspace, then
// changes one deal and rescores its owner's open scorecard. Prints the times; tests/bench/scoring.sh
// runs it beside the same metrics written as plain SQL in the sqlite3 shell.
// Usage: bench_scoring FILE PERIOD
#include "core/scoring/scoreengine.h"
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace attain;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_scoring FILE PERIOD\n");
        return 2;
    }
    Workspace::Options options;
    options.integrity = Workspace::Options::Integrity::Skip;
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), options);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.message()));
        return 1;
    }
    const auto period = Period::parse(QString::fromLatin1(argv[2]));
    if (!period) {
        std::fprintf(stderr, "not a period: %s\n", argv[2]);
        return 2;
    }
    ScoreEngine engine(**ws);
    QElapsedTimer timer;
    for (int run = 1; run <= 3; ++run) {
        timer.start();
        const ScoreEngine::Everyone all = engine.everyone(*period);
        const qint64 ms = timer.restart();
        std::printf("run %d: %lld members and %lld teams scored in %lld ms\n", run,
                    qint64(all.members.size()), qint64(all.teams.size()), ms);
    }

    // The scoring ledger (what the dashboard reads once, then follows change by change), and everyone's
    // scores of the period and its year from it.
    std::shared_ptr<const ScoreLedger> ledger;
    for (int run = 1; run <= 3; ++run) {
        timer.start();
        ledger = ScoreLedger::read(**ws, false);
        const qint64 readMs = timer.restart();
        if (!ledger) {
            std::fprintf(stderr, "the ledger could not be read\n");
            return 1;
        }
        ScoreEngine fromLedger(**ws);
        fromLedger.setLedgers({ledger, nullptr});
        const ScoreEngine::Everyone all = fromLedger.everyone(*period);
        const qint64 periodMs = timer.restart();
        fromLedger.everyone(Period::year(period->yearNumber()));
        std::printf("ledger, run %d: read in %lld ms (%lld credits); then %lld members and %lld teams scored "
                    "in %lld ms, for the year in %lld ms\n",
                    run, readMs, qint64(ledger->creditCount()), qint64(all.members.size()),
                    qint64(all.teams.size()), periodMs, timer.elapsed());
    }

    // One deal of the period changes; its owner's open scorecard is recomputed.
    QString dealId;
    {
        Statement st(**ws, "SELECT id FROM deals WHERE stage = 'won' AND closed_on BETWEEN ? AND ? LIMIT 1");
        st.bind(1, period->start().toString(Qt::ISODate)).bind(2, period->end().toString(Qt::ISODate));
        if (!st.next()) {
            std::fprintf(stderr, "no won deal in the period\n");
            return 1;
        }
        dealId = st.text(0);
    }
    DealService deals(**ws);
    Deal deal = *deals.find(dealId);
    const auto before = engine.member(deal.ownerId, *period);
    for (int run = 1; run <= 3; ++run) {
        deal.amount = Money(deal.amount.minor() + 10000);
        timer.start();
        if (auto saved = deals.update(deal); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.message()));
            return 1;
        }
        const qint64 saveMs = timer.restart();
        const auto after = engine.member(deal.ownerId, *period);
        const qint64 scoreMs = timer.restart();
        // The ledger follows the write row by row (no read), then scores everyone of the period from memory.
        ledger = ScoreLedger::patched(ledger, **ws, (*ws)->lastChanges());
        const qint64 patchMs = timer.restart();
        if (!ledger) {
            std::fprintf(stderr, "the ledger could not be patched\n");
            return 1;
        }
        ScoreEngine fromLedger(**ws);
        fromLedger.setLedgers({ledger, nullptr});
        const ScoreEngine::Everyone all = fromLedger.everyone(*period);
        const qint64 everyoneMs = timer.elapsed();
        qint64 ownerRevenue = 0;
        for (const Scorecard &c : all.members)
            if (c.subjectId == deal.ownerId)
                ownerRevenue = c.line(Metric::Revenue).actual.value_or(0);
        std::printf("deal changed: saved in %lld ms, owner's scorecard recomputed in %lld ms "
                    "(revenue %lld → %lld fen); ledger patched in %lld ms, then all %lld members and %lld "
                    "teams from it in %lld ms (owner's revenue %lld fen): %lld ms from the write to every "
                    "figure\n",
                    saveMs, scoreMs, qint64(*before->line(Metric::Revenue).actual),
                    qint64(*after->line(Metric::Revenue).actual), patchMs, qint64(all.members.size()),
                    qint64(all.teams.size()), everyoneMs, ownerRevenue, patchMs + everyoneMs);
    }
    return 0;
}
