// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a small workspace at the current schema version with every kind of record, an update and a
// deletion, for tests/data/schema/vN.attain. Run it when a schema version is released:
//   attain-make-fixture tests/data/schema/v$(N).attain
#include "core/access/identity.h"
#include "core/domain/activity.h"
#include "core/domain/dates.h"
#include "core/domain/rating.h"
#include "core/domain/target.h"
#include "core/incentives/adjustments.h"
#include "core/incentives/periodclose.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/rateservice.h"
#include "core/services/ratingservice.h"
#include "core/services/targetservice.h"
#include "core/services/teamservice.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace attain;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    FixedClock clock(QDateTime(QDate(2025, 6, 30), QTime(18, 0)));
    Workspace::Options options;
    options.clock = &clock;
    options.ids = std::make_shared<SequentialIdGenerator>(7);
    options.deviceId = QStringLiteral("fixture-device");
    auto created = Workspace::create(app.arguments().at(1), options);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.message()));
        return 1;
    }
    Workspace &ws = *created.value();
    auto check = [](const auto &result) {
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.message()));
            std::exit(1);
        }
        return *result;
    };
    const Team team = check(TeamService(ws).create(Team{QString(), QStringLiteral("华东团队"), QString()}));
    MemberService members(ws);
    Member m;
    m.login = QStringLiteral("zhangwei");
    m.name = QStringLiteral("张伟");
    m.role = Role::Manager;
    m.level = QStringLiteral("senior");
    m.teamId = team.id;
    const Member manager = check(members.create(m));
    m.login = QStringLiteral("lina");
    m.name = QStringLiteral("李娜");
    m.role = Role::Rep;
    m.level = QStringLiteral("junior");
    const Member rep = check(members.create(m));
    ws.setAuthor(manager.id);
    check(ws.setSetting(QStringLiteral("user_id"), manager.id));
    ws.actAs(rep.id); // since version 7: 李娜 has a PIN
    if (Status st = Identity(ws).setSecret(rep.id, QString(), QStringLiteral("2468")); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.message()));
        return 1;
    }
    ws.actAsSystem();

    Customer c;
    c.name = QStringLiteral("上海恒信科技有限公司");
    c.phone = QStringLiteral("021-6000 1234");
    c.ownerId = rep.id;
    c.ownerSince = QDate(2025, 1, 10);
    c.createdOn = QDate(2025, 1, 10);
    c.externalId = QStringLiteral("C000001");
    const Customer customer = check(CustomerService(ws).create(c));

    DealService deals(ws);
    Deal d;
    d.externalId = QStringLiteral("D2506-0000001");
    d.customerId = customer.id;
    d.ownerId = rep.id;
    d.amount = Money(2140674);
    d.stage = Stage::Won;
    d.createdOn = QDate(2025, 5, 20);
    d.closedOn = QDate(2025, 6, 12);
    d.product = QStringLiteral("CRM 专业版");
    d.contractNo = QStringLiteral("HT2025061200001");
    d.splits = {Split{rep.id, 60}, Split{manager.id, 40}};
    Deal won = check(deals.create(d));
    won.confirmedOn = QDate(2025, 6, 20);
    won = check(deals.update(won));
    d.externalId = QStringLiteral("D2506-0000002");
    d.splits.clear();
    d.stage = Stage::Open;
    d.amount = Money(5000000);
    d.contractNo.clear();
    d.closedOn = QDate(2025, 7, 30);
    const Deal open = check(deals.create(d));
    d.externalId = QStringLiteral("D2506-0000003");
    const Deal doomed = check(deals.create(d));
    check(deals.remove(doomed.id));

    Activity a;
    a.memberId = rep.id;
    a.customerId = customer.id;
    a.dealId = open.id;
    a.kind = ActivityKind::Visit;
    a.at = Dates::wallClock(QDate(2025, 6, 18), QTime(14, 30));
    a.notes = QStringLiteral("演示系统功能");
    check(ActivityService(ws).create(a));
    Rating r;
    r.customerId = customer.id;
    r.memberId = rep.id;
    r.dealId = won.id;
    r.score = 5;
    r.ratedOn = QDate(2025, 6, 25);
    r.comment = QStringLiteral("服务很专业");
    check(RatingService(ws).create(r));
    Target t;
    t.memberId = rep.id;
    t.period = Period::month(2025, 6);
    t.metric = Metric::Revenue;
    t.value = 15000000;
    check(TargetService(ws).set(t));
    t.memberId.clear();
    t.teamId = team.id;
    t.value = 40000000;
    check(TargetService(ws).set(t));

    // Since version 11: a month's exchange rate (the deals stay in the base currency).
    Rate rate;
    rate.currency = QStringLiteral("USD");
    rate.month = QStringLiteral("2025-06");
    rate.micro = 7'123'456;
    check(RateService(ws).set(rate));

    // Since version 4: an adjustment and a closed period.
    Adjustment adj;
    adj.memberId = rep.id;
    adj.period = Period::month(2025, 6);
    adj.amountMinor = 30000;
    adj.reason = QStringLiteral("展会补贴");
    check(AdjustmentService(ws).add(adj));
    check(PeriodCloseService(ws).close(Period::month(2025, 6)));
    return 0;
}
