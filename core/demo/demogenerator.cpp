// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator: the run — the scale's history, the deals of each month, and the records generated on
// a thread of their own while the workspace's thread writes them in one transaction. The steps that make
// the records are in demomembers.cpp, demodeals.cpp and demotargets.cpp.
#include "core/demo/demogenerator.h"

#include "core/demo/demostate.h"
#include "core/domain/period.h"
#include "core/storage/bulkload.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writetransaction.h"

#include <cmath>
#include <thread>

namespace attain {

using namespace demo;

DemoGenerator::DemoGenerator(Workspace &workspace, Options options)
    : d(std::make_unique<State>(workspace, std::move(options)))
{
    d->today = d->options.today.isValid() ? d->options.today : workspace.clock().today();
    if (d->options.scale == Scale::Small)
        d->scale = {3, 5, 0, 9.0, 0.35, 1, 4, 0.35};
    else
        d->scale = {8, 25, 1000000, 0.0, 0.05, 1, 2, 0.25};
    if (d->options.deals > 0)
        d->scale.totalDeals = d->options.deals;
    Period last = Period::monthOf(d->today);
    for (int i = 0; i < 24; ++i) {
        d->months.prepend(last);
        last = last.previous();
    }
    d->dealMonths = d->months;
    d->dealMonths.prepend(d->months.first().previous());
    d->dealMonths.prepend(d->months.first().previous().previous());
}

DemoGenerator::~DemoGenerator() = default;

DemoGenerator::Counts DemoGenerator::counts() const
{
    return d->counts;
}

Status DemoGenerator::State::generate(const QList<qint64> &dealsPerMonth)
{
    if (Status st = makeTeamsAndMembers(); !st)
        return st;
    for (int i = 0; i < dealMonths.size(); ++i)
        if (Status st = makeMonth(dealMonths.at(i), dealsPerMonth.at(i)); !st)
            return st;
    if (Status st = makeTargets(); !st)
        return st;
    if (options.conflicts && options.scale == Scale::Small)
        if (Status st = makeConflicts(); !st)
            return st;
    flush();
    return success();
}

Status DemoGenerator::run(const Progress &progress)
{
    Workspace &ws = d->ws;
    // How many deals each month gets: the season times the team's size, rounded so the total is exact.
    double rate = 0;
    {
        // Weights are drawn with the members; a throwaway draw would change the seed's data, so the
        // team's total weight is estimated from the scale: reps weigh about 1, managers 0.3.
        const int total = d->scale.teams * d->scale.membersPerTeam;
        rate = (total - 1 - d->scale.teams) * 1.0 + d->scale.teams * 0.3;
    }
    QList<qint64> dealsPerMonth;
    double sum = 0;
    for (const Period &month : std::as_const(d->dealMonths))
        sum += kSeason[month.index() - 1];
    const double totalDeals = d->scale.totalDeals > 0
                                  ? double(d->scale.totalDeals)
                                  : d->scale.dealsPerRepMonth * rate * d->dealMonths.size();
    double cumulative = 0;
    qint64 assigned = 0;
    for (const Period &month : std::as_const(d->dealMonths)) {
        cumulative += kSeason[month.index() - 1];
        const qint64 upTo = std::llround(cumulative / sum * totalDeals);
        dealsPerMonth << upTo - assigned;
        assigned = upTo;
    }

    BulkLoad bulk(ws,
                  {QStringLiteral("teams"), QStringLiteral("members"), QStringLiteral("customers"),
                   QStringLiteral("deals"), QStringLiteral("deal_splits"), QStringLiteral("activities"),
                   QStringLiteral("ratings"), QStringLiteral("targets")},
                  BulkLoad::ForeignKeys::TrustedSource);
    // One transaction: a demo is written whole or not at all.
    WriteTransaction tx(ws);
    if (!tx.isActive())
        return Status(tx.problem());
    if (Status st = bulk.begin(); !st)
        return st;

    Status produced = success();
    std::thread producer([this, &produced, &dealsPerMonth] {
        produced = d->generate(dealsPerMonth);
        d->queue.finish();
    });
    RecordWriter &writer = ws.writer();
    writer.startBulk();
    Status written = success();
    qint64 dealsWritten = 0;
    int lastPercent = -1;
    QList<Row> rows;
    while (d->queue.pop(&rows)) {
        if (!written)
            continue; // drain so the producer can finish
        for (const Row &row : std::as_const(rows)) {
            if (row.kind == EntityKind::Other) {
                Statement split(ws, "INSERT INTO deal_splits(deal_id, member_id, percent, credited) VALUES "
                                    "(?, ?, ?, ?)");
                split.bind(1, row.id)
                    .bind(2, row.fields.at(0).second)
                    .bind(3, row.fields.at(1).second)
                    .bind(4, row.fields.at(2).second);
                if (!split.exec())
                    written = Status(split.problem());
            } else {
                written = writer.insert(row.kind, row.id, row.fields);
                if (row.kind == EntityKind::Setting && row.id == QLatin1String("user_id"))
                    ws.setAuthor(row.fields.first().second.toString());
                if (row.kind == EntityKind::Deal)
                    ++dealsWritten;
            }
            if (!written)
                break;
        }
        const int percent = int(90 * dealsWritten / std::max<qint64>(1, assigned));
        if (written && progress && percent != lastPercent) {
            lastPercent = percent;
            if (!progress(percent))
                written = Status(Problem{QString(), tr("Cancelled")});
        }
        if (!written)
            d->queue.cancel();
        d->queue.recycle(std::move(rows));
        rows = {};
    }
    producer.join();
    if (!written)
        return written; // the producer's own "cancelled" would hide the cause
    if (!produced)
        return produced;
    if (Status st = writer.finishBulk(); !st)
        return st;
    if (Status st = bulk.finish(); !st)
        return st;
    if (progress && !progress(95))
        return Status(Problem{QString(), tr("Cancelled")});
    if (Status st = tx.commit(); !st)
        return st;
    if (progress)
        progress(100);
    return success();
}

} // namespace attain
