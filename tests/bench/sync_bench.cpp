// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue "Team sync"): on a copy of a team's workspace, invites one rep and joins (the rep's file
// against their share of the data), makes a busy quarter of 10,000 changes in the rep's file, exports them
// and applies the bundle at the hub. Prints the times; tests/bench/sync.sh runs it on the large demo. Usage:
// bench_sync TEAM.attain OUT-DIR
#include "core/domain/activity.h"
#include "core/services/activityservice.h"
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writetransaction.h"
#include "core/sync/teamsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace attain;

namespace {

qint64 scalar(Workspace &ws, const char *sql, const QString &arg = QString())
{
    Statement st(ws, sql);
    if (!arg.isEmpty())
        st.bind(1, arg);
    return st.next() ? st.int64(0) : -1;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return fail(QStringLiteral("usage: bench_sync TEAM.attain OUT-DIR"));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    Workspace::Options options;
    options.integrity = Workspace::Options::Integrity::Skip;
    QElapsedTimer timer;
    {
        auto source = Workspace::open(QString::fromLocal8Bit(argv[1]), options);
        if (!source)
            return fail(source.message());
        timer.start();
        if (Status st = (*source)->saveCopy(out.filePath(QStringLiteral("hub.attain"))); !st)
            return fail(st.message());
        std::printf("copied the team's workspace in %lld ms\n", timer.elapsed());
    }
    auto hub = Workspace::open(out.filePath(QStringLiteral("hub.attain")), options);
    if (!hub)
        return fail(hub.message());
    Workspace &h = **hub;
    const QString manager =
        QString::number(scalar(h, "SELECT id FROM members WHERE role = 'manager' LIMIT 1"));
    // The rep with the median number of deals: a typical share of the team's data.
    const QString rep = QString::number(scalar(
        h,
        "SELECT owner_id FROM (SELECT owner_id, count(*) AS n FROM deals d JOIN members m ON m.id = "
        "d.owner_id WHERE m.role = 'rep' GROUP BY owner_id ORDER BY n) LIMIT 1 OFFSET (SELECT count(DISTINCT "
        "owner_id) / 2 FROM deals)"));
    h.actAs(manager);
    // The day's first write takes the day's backup (a copy of the whole file); it is not the invitation's.
    timer.start();
    if (Status st = h.setSetting(QStringLiteral("bench_warm_up"), QStringLiteral("1")); !st)
        return fail(st.message());
    std::printf("the day's first write (with the day's backup) in %lld ms\n", timer.elapsed());
    const qint64 teamDeals = scalar(h, "SELECT count(*) FROM deals");
    const qint64 repDeals = scalar(h, "SELECT count(*) FROM deals WHERE owner_id = ?", rep);
    const qint64 members = scalar(h, "SELECT count(*) FROM members");
    timer.start();
    const auto invitation = TeamSync(h).invite(rep);
    const qint64 inviteMs = timer.elapsed();
    if (!invitation)
        return fail(invitation.message());
    std::printf("invitation for one of %lld members (%lld of %lld deals are theirs): %lld ms, %lld KB\n",
                members, repDeals, teamDeals, inviteMs, qint64(invitation->size() / 1024));
    timer.start();
    const QString repPath = out.filePath(QStringLiteral("rep.attain"));
    auto joined = TeamSync::join(*invitation, repPath, options);
    if (!joined)
        return fail(joined.message());
    Workspace &r = **joined;
    std::printf(
        "joined in %lld ms: the rep's file holds %lld deals, %lld customers, %lld follow-ups; %lld KB "
        "(the team's: %lld MB)\n",
        timer.elapsed(), scalar(r, "SELECT count(*) FROM deals"), scalar(r, "SELECT count(*) FROM customers"),
        scalar(r, "SELECT count(*) FROM activities"), QFileInfo(repPath).size() / 1024,
        QFileInfo(out.filePath(QStringLiteral("hub.attain"))).size() / 1048576);

    // A busy quarter: 7,000 follow-ups logged and 3,000 deals edited (their product), 10,000 changes.
    timer.start();
    {
        WriteTransaction tx(r);
        const QString me = r.currentUserId();
        QStringList customers, deals;
        {
            Statement st(r, "SELECT id FROM customers WHERE owner_id = ?");
            st.bind(1, me);
            while (st.next())
                customers << st.text(0);
            Statement d(r, "SELECT id FROM deals WHERE owner_id = ? LIMIT 3000");
            d.bind(1, me);
            while (d.next())
                deals << d.text(0);
        }
        if (customers.isEmpty() || deals.size() < 3000)
            return fail(QStringLiteral("the rep has too few records for a busy quarter"));
        ActivityService activities(r);
        for (int i = 0; i < 7000; ++i) {
            Activity a;
            a.id = r.newId();
            a.memberId = me;
            a.customerId = customers.at(i % customers.size());
            a.kind = ActivityKind::Visit;
            a.at = QDateTime(QDate(2026, 10, 1).addDays(i % 60), QTime(10, i % 60), Qt::UTC);
            a.notes = QStringLiteral("拜访 %1").arg(i);
            if (Status st = activities.write(nullptr, &a); !st)
                return fail(st.message());
        }
        DealService dealService(r);
        for (const QString &id : deals) {
            const auto before = dealService.find(id);
            Deal after = *before;
            after.product = QStringLiteral("新产品线");
            if (Status st = dealService.write(&*before, &after, {}); !st)
                return fail(st.message());
        }
        if (Status st = tx.commit(); !st)
            return fail(st.message());
    }
    std::printf("10,000 changes made in the rep's file in %lld ms\n", timer.elapsed());
    timer.start();
    const auto bundle = TeamSync(r).exportBundle();
    if (!bundle)
        return fail(bundle.message());
    std::printf("bundle exported in %lld ms: %lld KB\n", timer.elapsed(), qint64(bundle->size() / 1024));
    for (int run = 1; run <= 1; ++run) {
        timer.start();
        const auto applied = TeamSync(h).apply(*bundle, QStringLiteral("bench.attain-bundle"));
        if (!applied)
            return fail(applied.message());
        std::printf("applied at the hub in %lld ms: applied %d, duplicates %d, conflicts %d, rejected %d\n",
                    timer.elapsed(), applied->applied, applied->duplicates, applied->conflicts,
                    applied->rejected);
    }
    timer.start();
    const auto back = TeamSync(h).exportBundle(rep);
    if (!back)
        return fail(back.message());
    std::printf("the hub's bundle back in %lld ms: %lld KB\n", timer.elapsed(), qint64(back->size() / 1024));
    timer.start();
    const auto taken = TeamSync(r).apply(*back, QStringLiteral("back.attain-bundle"));
    if (!taken)
        return fail(taken.message());
    std::printf("applied at the rep in %lld ms; pending afterwards: %lld\n", timer.elapsed(),
                TeamSync(r).status().pending);
    return 0;
}
