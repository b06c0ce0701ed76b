// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator: the months' deals — each with its customer (new or returning), splits, follow-ups and
// rating — and the few ownership conflicts the small demo leaves waiting for a manager.
#include "core/demo/demostate.h"
#include "core/storage/workspace.h"

#include "core/demo/demonames.h"
#include "core/domain/activity.h"
#include "core/domain/customer.h"
#include "core/domain/dates.h"
#include "core/domain/deal.h"
#include "core/domain/ownershipconflict.h"
#include "core/domain/rating.h"

#include <cmath>

namespace attain {

using namespace demo;

QString DemoGenerator::State::newCustomerName()
{
    for (int attempt = 0;; ++attempt) {
        QString name = pick(DemoNames::cities()) + pick(DemoNames::tradeNames());
        if (attempt > 0 || counts.customers > 2000)
            name += pick(DemoNames::tradeNames());
        name += pick(DemoNames::industries());
        if (attempt > 20)
            name += QStringLiteral("第%1分公司").arg(counts.customers);
        if (!customerNames.contains(name)) {
            customerNames.insert(name);
            return name;
        }
    }
}

QString DemoGenerator::State::customerFor(MemberInfo &owner, QDate dealCreated)
{
    if (!owner.customers.isEmpty() && !chance(scale.newCustomerRate)) {
        // Recent customers come back more often than old ones.
        const int n = int(owner.customers.size());
        const int back =
            std::min(n - 1, int(std::abs(std::normal_distribution<double>(0, n / 3.0 + 1)(rng))));
        return owner.customers.at(n - 1 - back);
    }
    Customer c;
    c.id = ws.newId();
    c.name = newCustomerName();
    if (chance(0.7))
        c.phone = QStringLiteral("13%1").arg(uniform(100000000, 999999999));
    c.ownerId = owner.member.id;
    c.createdOn = dealCreated.addDays(-uniform(0, 10));
    c.ownerSince = c.createdOn;
    c.source = pick(DemoNames::sources());
    c.externalId = QStringLiteral("C%1").arg(counts.customers + 1, 6, 10, QLatin1Char('0'));
    if (Status st = insert(EntityKind::Customer, c.id, c.fields(), c.validate()); !st)
        return QString();
    ++counts.customers;
    owner.customers << c.id;
    return c.id;
}

Status DemoGenerator::State::makeDeal(MemberInfo &owner, QDate created)
{
    const QString customerId = customerFor(owner, created);
    if (customerId.isEmpty())
        return Status(Problem{QString(), DemoGenerator::tr("Could not create a demo customer")});
    int totalWeight = 0;
    for (const auto &p : kProducts)
        totalWeight += p.weight;
    int roll = uniform(1, totalWeight);
    const Product *product = &kProducts[0];
    for (const auto &p : kProducts) {
        if ((roll -= p.weight) <= 0) {
            product = &p;
            break;
        }
    }
    const double levelScale = owner.member.level == QLatin1String("senior") ? 1.5 : 0.8;
    const double yuan = real(product->minYuan, product->maxYuan) * levelScale * owner.amountFactor;
    qint64 minor = qint64(std::llround(yuan / 100.0)) * 10000; // whole hundreds of yuan
    if (chance(0.3))
        minor = qint64(std::llround(yuan * 100.0)); // some amounts carry fen

    Deal deal;
    deal.id = ws.newId();
    ++dealSeq;
    deal.externalId = QStringLiteral("D%1-%2")
                          .arg(created.toString(QStringLiteral("yyMM")))
                          .arg(dealSeq, 7, 10, QLatin1Char('0'));
    deal.customerId = customerId;
    deal.ownerId = owner.member.id;
    deal.amount = Money(minor);
    deal.createdOn = created;
    deal.product = QString::fromUtf16(product->name);
    const QDate close = created.addDays(uniform(5, 75));
    deal.closedOn = close;
    if (close > today)
        deal.stage = Stage::Open;
    else if (chance(0.03))
        deal.stage = Stage::Open; // a stale deal whose expected close has passed
    else
        deal.stage = chance(owner.winRate) ? Stage::Won : Stage::Lost;
    QStringList logins; // the splits' members, for their credited amounts
    if (deal.stage == Stage::Won) {
        deal.contractNo = QStringLiteral("HT%1%2")
                              .arg(close.toString(QStringLiteral("yyyyMMdd")))
                              .arg(dealSeq % 100000, 5, 10, QLatin1Char('0'));
        const QDate confirmed = close.addDays(uniform(5, 25));
        if (confirmed <= today && chance(0.85))
            deal.confirmedOn = confirmed;
        if (owner.team >= 0 && chance(0.08)) {
            QList<int> mates;
            for (int i = 0; i < members.size(); ++i)
                if (members.at(i).team == owner.team && members.at(i).member.id != owner.member.id)
                    mates << i;
            if (!mates.isEmpty()) {
                const int share = pick(QList<int>{50, 60, 70});
                const Member &mate = members.at(pick(mates)).member;
                deal.splits = {Split{owner.member.id, share}, Split{mate.id, 100 - share}};
                logins = {owner.member.login, mate.login};
                ++counts.splitDeals;
            }
        }
    }
    deal.baseMinor = deal.amount.minor(); // the demo's deals are all in the base currency
    if (Status st = insert(EntityKind::Deal, deal.id, deal.fields(), deal.validate()); !st)
        return st;
    const QList<qint64> credited = Deal::creditedAmounts(deal.amount.minor(), deal.splits, logins);
    for (int i = 0; i < deal.splits.size(); ++i) {
        const Split &split = deal.splits.at(i);
        if (Status st = insert(EntityKind::Other, deal.id,
                               {{QStringLiteral("member_id"), split.memberId},
                                {QStringLiteral("percent"), split.percent},
                                {QStringLiteral("credited"), credited.at(i)}},
                               {});
            !st)
            return st;
    }
    ++counts.deals;

    const QDate lastActivity = std::min(close, today);
    const int activities = uniform(scale.minActivities, scale.maxActivities);
    static const ActivityKind kinds[] = {ActivityKind::Call,    ActivityKind::Call,  ActivityKind::Call,
                                         ActivityKind::Call,    ActivityKind::Visit, ActivityKind::Visit,
                                         ActivityKind::Meeting, ActivityKind::Email, ActivityKind::Email,
                                         ActivityKind::Note};
    for (int i = 0; i < activities && created <= lastActivity; ++i) {
        Activity a;
        a.id = ws.newId();
        a.memberId = owner.member.id;
        a.customerId = customerId;
        a.dealId = deal.id;
        a.kind = kinds[uniform(0, 9)];
        const QDate day = created.addDays(uniform(0, int(created.daysTo(lastActivity))));
        a.at = Dates::wallClock(day, QTime(uniform(9, 17), uniform(0, 11) * 5));
        a.notes = pick(DemoNames::activityNotes());
        QDate &last = lastFollowUp[customerId];
        if (!last.isValid() || day > last)
            last = day;
        if (Status st = insert(EntityKind::Activity, a.id, a.fields(), a.validate()); !st)
            return st;
        ++counts.activities;
    }
    if (deal.stage == Stage::Won && chance(scale.ratingRate)) {
        const QDate rated = close.addDays(uniform(3, 20));
        if (rated <= today) {
            Rating r;
            r.id = ws.newId();
            r.customerId = customerId;
            r.memberId = owner.member.id;
            r.dealId = deal.id;
            const int roll100 = uniform(1, 100);
            // Good reps get better ratings: the win rate nudges the distribution.
            const int shift = int((owner.winRate - kBaseWinRate) * 60);
            r.score = roll100 <= 40 + shift       ? 5
                      : roll100 <= 78 + shift / 2 ? 4
                      : roll100 <= 91             ? 3
                      : roll100 <= 97             ? 2
                                                  : 1;
            r.ratedOn = rated;
            r.comment = pick(DemoNames::ratingComments());
            if (Status st = insert(EntityKind::Rating, r.id, r.fields(), r.validate()); !st)
                return st;
            ++counts.ratings;
        }
    }
    return success();
}

Status DemoGenerator::State::makeMonth(const Period &month, qint64 deals)
{
    // Deals go to members in proportion to their weight, spread over the month's days up to today.
    std::vector<double> weights;
    for (const auto &m : std::as_const(members))
        weights.push_back(m.weight);
    std::discrete_distribution<int> who(weights.begin(), weights.end());
    const QDate first = month.start();
    const QDate last = std::min(month.end(), today);
    if (last < first)
        return success();
    for (qint64 i = 0; i < deals; ++i) {
        const int index = who(rng);
        const QDate created = first.addDays(uniform(0, int(first.daysTo(last))));
        if (Status st = makeDeal(members[index], created); !st)
            return st;
    }
    return success();
}
// A few deals entered by a teammate on a customer its owner followed up lately: the conflicts a
// manager finds waiting on the Ownership page.
Status DemoGenerator::State::makeConflicts()
{
    int made = 0;
    for (int i = 0; i < members.size() && made < 3; ++i) {
        MemberInfo &owner = members[i];
        if (owner.member.role != Role::Rep || owner.customers.isEmpty())
            continue;
        QString customerId;
        for (auto it = owner.customers.crbegin(); it != owner.customers.crend(); ++it) {
            const QDate last = lastFollowUp.value(*it);
            if (last.isValid() && last.daysTo(today) < 45) {
                customerId = *it;
                break;
            }
        }
        const auto mate = std::find_if(members.begin(), members.end(), [&](const MemberInfo &m) {
            return m.team == owner.team && m.member.role == Role::Rep && m.member.id != owner.member.id;
        });
        if (customerId.isEmpty() || mate == members.end())
            continue;
        Deal deal;
        deal.id = ws.newId();
        ++dealSeq;
        const QDate created = today.addDays(-(2 + made * 3));
        deal.externalId = QStringLiteral("D%1-%2")
                              .arg(created.toString(QStringLiteral("yyMM")))
                              .arg(dealSeq, 7, 10, QLatin1Char('0'));
        deal.customerId = customerId;
        deal.ownerId = mate->member.id;
        deal.amount = Money(qint64(uniform(200, 900)) * 10000);
        deal.createdOn = created;
        deal.closedOn = today.addDays(30);
        deal.product = QString::fromUtf16(kProducts[made % 6].name);
        deal.baseMinor = deal.amount.minor();
        if (Status st = insert(EntityKind::Deal, deal.id, deal.fields(), deal.validate()); !st)
            return st;
        ++counts.deals;
        OwnershipConflict c;
        c.id = ws.newId();
        c.dealId = deal.id;
        c.customerId = customerId;
        c.ownerId = owner.member.id;
        c.claimantId = mate->member.id;
        c.openedOn = created;
        c.lastFollowUp = lastFollowUp.value(customerId);
        if (Status st = insert(EntityKind::Conflict, c.id, c.fields(), {}); !st)
            return st;
        ++made;
    }
    return success();
}

} // namespace attain
