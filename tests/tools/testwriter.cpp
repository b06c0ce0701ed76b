// SPDX-License-Identifier: GPL-3.0-or-later
// A second process for the fault tests: writes deals to a workspace that another process also writes,
// or holds one long write that the test kills half-way.
//   attain-test-writer FILE serial N TAG   N deals, one transaction each
//   attain-test-writer FILE bulk N TAG     N deals in one transaction; prints "begun" part-way
#include "core/domain/deal.h"
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>

#include <cstdio>

using namespace attain;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    Workspace::Options options;
    options.integrity = Workspace::Options::Integrity::Skip;
    options.busyTimeoutMs = 120000; // a test of every write arriving, on a machine that may be busy
    auto opened = Workspace::open(args.at(1), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Workspace &ws = *opened.value();
    QString customer, owner;
    {
        Statement st(
            ws,
            "SELECT c.id, c.owner_id FROM customers c WHERE c.owner_id IS NOT NULL ORDER BY c.id LIMIT 1");
        if (!st.next())
            return 1;
        customer = st.text(0);
        owner = st.text(1);
    }
    const int n = args.at(3).toInt();
    const QString tag = args.at(4);
    auto deal = [&](int i) {
        Deal d;
        d.externalId = QStringLiteral("%1-%2").arg(tag).arg(i);
        d.customerId = customer;
        d.ownerId = owner;
        d.amount = Money(100000 + i);
        d.stage = Stage::Won;
        d.createdOn = QDate(2025, 5, 1);
        d.closedOn = QDate(2025, 6, 1);
        return d;
    };
    DealService deals(ws);
    if (args.at(2) == QLatin1String("serial")) {
        for (int i = 0; i < n; ++i) {
            auto created = deals.create(deal(i));
            if (!created) {
                std::fprintf(stderr, "%s\n", qPrintable(created.message()));
                return 1;
            }
        }
        return 0;
    }
    WriteTransaction tx(ws);
    if (!tx.isActive())
        return 1;
    for (int i = 0; i < n; ++i) {
        Deal d = deal(i);
        d.id = ws.newId();
        if (!deals.write(nullptr, &d, {}))
            return 1;
        if (i == n / 10) {
            std::printf("begun\n");
            std::fflush(stdout);
        }
    }
    return tx.commit() ? 0 : 1;
}
