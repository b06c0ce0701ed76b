// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/demo/demonames.h"
#include "core/domain/activity.h"
#include "core/domain/customer.h"
#include "core/domain/dates.h"
#include "core/domain/deal.h"
#include "core/domain/member.h"
#include "core/domain/ownershipconflict.h"
#include "core/domain/period.h"
#include "core/domain/rating.h"
#include "core/domain/target.h"
#include "core/domain/team.h"
#include "core/storage/batchqueue.h"
#include "core/storage/bulkload.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writetransaction.h"

#include <QSet>

#include <cmath>
#include <cstdio>
#include <random>
#include <thread>

namespace attain {

namespace {

// Time-ordered, UUIDv7-shaped ids drawn from the seed, so a seeded demo is reproducible.
class DemoIds final : public IdGenerator
{
public:
    explicit DemoIds(quint64 seed) : m_rng(seed ^ 0x9E3779B97F4A7C15ull) {}
    QString next() override
    {
        const quint64 ms = 0x018F000000ull + m_counter++;
        const quint64 r = m_rng();
        char buf[40];
        std::snprintf(buf, sizeof buf, "%08x-%04x-7%03x-%04x-%012llx", unsigned(ms >> 16),
                      unsigned(ms & 0xFFFF), unsigned(r & 0xFFF), unsigned(0x8000 | ((r >> 12) & 0x3FFF)),
                      static_cast<unsigned long long>((r >> 26) & 0xFFFFFFFFFFFFull));
        return QString::fromLatin1(buf, 36);
    }

private:
    std::mt19937_64 m_rng;
    quint64 m_counter = 0;
};

struct Product
{
    const char16_t *name;
    int minYuan;
    int maxYuan;
    int weight;
};

constexpr Product kProducts[] = {
    {u"CRM 标准版", 8000, 30000, 25}, {u"CRM 专业版", 30000, 90000, 20}, {u"CRM 企业版", 80000, 260000, 8},
    {u"实施服务", 15000, 80000, 20},  {u"培训服务", 3000, 20000, 12},    {u"年度维保", 6000, 50000, 15},
};
constexpr double kAverageDealYuan = 45000.0;
constexpr double kBaseWinRate = 0.55;
// Sales are slow around the Spring Festival and strong before the year closes.
constexpr double kSeason[12] = {0.85, 0.6, 1.0, 1.0, 1.05, 1.1, 0.95, 0.95, 1.05, 1.0, 1.1, 1.25};

struct MemberInfo
{
    Member member;
    int team = -1;
    double winRate = kBaseWinRate;
    double amountFactor = 1.0;
    double weight = 1.0;
    QStringList customers;
};

struct ScaleParameters
{
    int teams;
    int membersPerTeam;
    qint64 totalDeals; // 0: follow the per-member rate
    double dealsPerRepMonth;
    double newCustomerRate;
    int minActivities;
    int maxActivities;
    double ratingRate;
};

/// One record for the writer: an entity, or a deal's split (kind Other, fields of deal_splits).
struct Row
{
    EntityKind kind;
    QString id;
    Fields fields;
};

} // namespace

struct DemoGenerator::State
{
    State(Workspace &w, Options o) : ws(w), options(std::move(o)), rng(options.seed), ids(options.seed) {}

    Workspace &ws;
    Options options;
    Counts counts;
    std::mt19937_64 rng;
    DemoIds ids;
    ScaleParameters scale{};
    QDate today;
    QList<Period> months;     // the scored history
    QList<Period> dealMonths; // deals start two months earlier so closes are steady
    QStringList teamIds;
    QList<MemberInfo> members;
    QSet<QString> customerNames;
    QHash<QString, QDate> lastFollowUp; // customer → its owner's last follow-up
    BatchQueue<Row> queue;              // generation runs on its own thread; the workspace thread writes
    QList<Row> batch;
    qint64 dealSeq = 0;

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(rng); }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }

    Status insert(EntityKind kind, const QString &id, Fields fields, const Problems &problems)
    {
        if (!problems.isEmpty())
            return Status(problems);
        batch.append(Row{kind, id, RecordWriter::encoded(std::move(fields))});
        if (batch.size() >= 2048)
            flush();
        return queue.cancelled() ? Status(Problem{QString(), DemoGenerator::tr("Cancelled")}) : success();
    }
    void flush()
    {
        if (!batch.isEmpty())
            queue.push(std::exchange(batch, {}));
    }
    Status generate(const QList<qint64> &dealsPerMonth);

    Status makeTeamsAndMembers();
    Status makeMonth(const Period &month, qint64 deals);
    Status makeDeal(MemberInfo &owner, QDate created);
    Status makeTargets();
    Status makeConflicts();
    QString newCustomerName();
    QString customerFor(MemberInfo &owner, QDate dealCreated);
};

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

Status DemoGenerator::State::makeTeamsAndMembers()
{
    const auto &surnames = DemoNames::surnames();
    const auto &given = DemoNames::givenNames();
    // The small demo's familiar cast first, then every other surname × given-name pair.
    QList<std::pair<int, int>> names = {{0, 0},   {1, 1},   {2, 2},   {3, 3},   {4, 4},
                                        {5, 5},   {6, 6},   {7, 7},   {8, 8},   {9, 9},
                                        {10, 10}, {11, 11}, {12, 12}, {13, 13}, {14, 14}};
    QList<std::pair<int, int>> rest;
    for (int s = 0; s < surnames.size(); ++s)
        for (int g = 0; g < given.size(); ++g)
            if (!names.contains(std::pair{s, g}))
                rest << std::pair{s, g};
    std::shuffle(rest.begin(), rest.end(), rng);
    names += rest;

    const int total = scale.teams * scale.membersPerTeam;
    QSet<QString> logins;
    for (int t = 0; t < scale.teams; ++t)
        teamIds << ids.next();
    for (int i = 0; i < total; ++i) {
        MemberInfo info;
        const auto [s, g] = names.at(i);
        Member &m = info.member;
        m.id = ids.next();
        m.name = QString::fromUtf16(surnames.at(s).hanzi) + QString::fromUtf16(given.at(g).hanzi);
        QString login = QLatin1String(surnames.at(s).pinyin) + QLatin1String(given.at(g).pinyin);
        for (int n = 2; logins.contains(login); ++n)
            login =
                QLatin1String(surnames.at(s).pinyin) + QLatin1String(given.at(g).pinyin) + QString::number(n);
        logins.insert(login);
        m.login = login;
        m.email = login + QStringLiteral("@example.cn");
        const bool finance = i == total - 1;
        const int team = finance ? -1 : i % scale.teams;
        const bool lead = i < scale.teams;
        m.role = finance ? Role::Finance : lead ? Role::Manager : Role::Rep;
        m.level = finance                 ? QStringLiteral("junior")
                  : (lead || chance(0.4)) ? QStringLiteral("senior")
                                          : QStringLiteral("junior");
        m.teamId = team >= 0 ? teamIds.at(team) : QString();
        info.team = team;
        info.winRate = real(0.40, 0.72);
        info.amountFactor = real(0.8, 1.25);
        info.weight = finance ? 0.0 : lead ? 0.3 : real(0.8, 1.2);
        members << info;
    }
    for (int t = 0; t < scale.teams; ++t) {
        Team team{teamIds.at(t), DemoNames::teamNames().at(t), members.at(t).member.id};
        if (Status st = insert(EntityKind::Team, team.id, team.fields(), team.validate()); !st)
            return st;
        ++counts.teams;
    }
    for (const auto &info : std::as_const(members)) {
        if (Status st =
                insert(EntityKind::Member, info.member.id, info.member.fields(), info.member.validate());
            !st)
            return st;
        ++counts.members;
    }
    // The demo's first manager is the workspace's user and the author of what follows.
    return insert(EntityKind::Setting, QStringLiteral("user_id"),
                  {{QStringLiteral("value"), members.first().member.id}}, {});
}

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
    c.id = ids.next();
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
    deal.id = ids.next();
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
                deal.splits = {Split{owner.member.id, share},
                               Split{members.at(pick(mates)).member.id, 100 - share}};
                ++counts.splitDeals;
            }
        }
    }
    if (Status st = insert(EntityKind::Deal, deal.id, deal.fields(), deal.validate()); !st)
        return st;
    for (const auto &split : std::as_const(deal.splits)) {
        if (Status st = insert(
                EntityKind::Other, deal.id,
                {{QStringLiteral("member_id"), split.memberId}, {QStringLiteral("percent"), split.percent}},
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
        a.id = ids.next();
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
            r.id = ids.next();
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

Status DemoGenerator::State::makeTargets()
{
    QList<Period> targetMonths = months;
    targetMonths << months.last().next();
    double totalWeight = 0;
    for (const auto &m : std::as_const(members))
        totalWeight += m.weight;
    const double avgActivities = (scale.minActivities + scale.maxActivities) / 2.0;
    for (const Period &month : std::as_const(targetMonths)) {
        const double season = kSeason[month.index() - 1];
        QHash<int, QHash<Metric, qint64>> teamSums;
        for (const auto &info : std::as_const(members)) {
            if (!info.member.isScored())
                continue;
            const double dealsPerMonth = scale.totalDeals > 0 ? double(scale.totalDeals) / dealMonths.size() *
                                                                    info.weight / totalWeight
                                                              : scale.dealsPerRepMonth * info.weight;
            const double levelScale = info.member.level == QLatin1String("senior") ? 1.5 : 0.8;
            const qint64 revenueYuan = qint64(std::llround(dealsPerMonth * season * kBaseWinRate *
                                                           kAverageDealYuan * levelScale / 1000.0)) *
                                       1000;
            const QHash<Metric, qint64> values = {
                {Metric::Revenue, revenueYuan * 100},
                {Metric::DealsWon,
                 std::max<qint64>(1, std::llround(dealsPerMonth * season * kBaseWinRate)) * 100},
                {Metric::NewCustomers,
                 std::max<qint64>(1, std::llround(dealsPerMonth * scale.newCustomerRate * kBaseWinRate)) *
                     100},
                {Metric::FollowUps,
                 std::max<qint64>(5, std::llround(dealsPerMonth * avgActivities * 0.9 / 5.0) * 5) * 100},
                {Metric::Satisfaction, 450},
                {Metric::RepurchaseRate, std::llround((1.0 - scale.newCustomerRate * 1.3) * 20.0) * 500},
            };
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                Target t;
                t.id = ids.next();
                t.memberId = info.member.id;
                t.period = month;
                t.metric = it.key();
                t.value = it.value();
                if (Status st = insert(EntityKind::Target, t.id, t.fields(), t.validate()); !st)
                    return st;
                ++counts.targets;
                if (Metrics::isAdditive(it.key()) && info.team >= 0)
                    teamSums[info.team][it.key()] += it.value();
            }
        }
        for (int team = 0; team < teamIds.size(); ++team) {
            QHash<Metric, qint64> values = teamSums.value(team);
            values[Metric::Satisfaction] = 450;
            values[Metric::RepurchaseRate] = std::llround((1.0 - scale.newCustomerRate * 1.3) * 20.0) * 500;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                Target t;
                t.id = ids.next();
                t.teamId = teamIds.at(team);
                t.period = month;
                t.metric = it.key();
                t.value = it.value();
                if (Status st = insert(EntityKind::Target, t.id, t.fields(), t.validate()); !st)
                    return st;
                ++counts.targets;
            }
        }
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
        deal.id = ids.next();
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
        if (Status st = insert(EntityKind::Deal, deal.id, deal.fields(), deal.validate()); !st)
            return st;
        ++counts.deals;
        OwnershipConflict c;
        c.id = ids.next();
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
                Statement split(ws, "INSERT INTO deal_splits(deal_id, member_id, percent) VALUES (?, ?, ?)");
                split.bind(1, row.id).bind(2, row.fields.at(0).second).bind(3, row.fields.at(1).second);
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
