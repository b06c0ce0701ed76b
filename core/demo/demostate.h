// SPDX-License-Identifier: GPL-3.0-or-later
// What the demo generator's steps share: the products, the season, each member's
// tendencies, the scale, and DemoGenerator::State (the random source, the cast so far and the queue of
// records for the writer). Internal to core/demo: the steps are in demomembers.cpp, demodeals.cpp and
// demotargets.cpp, the run in demogenerator.cpp.
#pragma once

#include "core/demo/demogenerator.h"
#include "core/domain/entitykind.h"
#include "core/domain/fields.h"
#include "core/domain/idgenerator.h"
#include "core/domain/member.h"
#include "core/domain/period.h"
#include "core/storage/batchqueue.h"
#include "core/storage/recordwriter.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <cstdio>
#include <random>

namespace attain {
namespace demo {

struct Product
{
    const char16_t *name;
    int minYuan;
    int maxYuan;
    int weight;
};

inline constexpr Product kProducts[] = {
    {u"CRM 标准版", 8000, 30000, 25}, {u"CRM 专业版", 30000, 90000, 20}, {u"CRM 企业版", 80000, 260000, 8},
    {u"实施服务", 15000, 80000, 20},  {u"培训服务", 3000, 20000, 12},    {u"年度维保", 6000, 50000, 15},
};
inline constexpr double kAverageDealYuan = 45000.0;
inline constexpr double kBaseWinRate = 0.55;
// Sales are slow around the Spring Festival and strong before the year closes.
inline constexpr double kSeason[12] = {0.85, 0.6, 1.0, 1.0, 1.05, 1.1, 0.95, 0.95, 1.05, 1.0, 1.1, 1.25};

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

} // namespace demo

struct DemoGenerator::State
{
    State(Workspace &w, Options o) : ws(w), options(std::move(o)), rng(options.seed) {}

    Workspace &ws;
    Options options;
    Counts counts;
    std::mt19937_64 rng;
    demo::ScaleParameters scale{};
    QDate today;
    QList<Period> months;     // the scored history
    QList<Period> dealMonths; // deals start two months earlier so closes are steady
    QStringList teamIds;
    QList<demo::MemberInfo> members;
    QSet<QString> customerNames;
    QHash<QString, QDate> lastFollowUp; // customer → its owner's last follow-up
    BatchQueue<demo::Row> queue;        // generation runs on its own thread; the workspace thread writes
    QList<demo::Row> batch;
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
        batch.append(demo::Row{kind, id, RecordWriter::encoded(std::move(fields))});
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
    Status makeDeal(demo::MemberInfo &owner, QDate created);
    Status makeTargets();
    Status makeConflicts();
    QString newCustomerName();
    QString customerFor(demo::MemberInfo &owner, QDate dealCreated);
};

} // namespace attain
