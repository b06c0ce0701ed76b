// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of every entity: each rule gives a message on the field it concerns.
#include "core/domain/activity.h"
#include "core/domain/customer.h"
#include "core/domain/dates.h"
#include "core/domain/deal.h"
#include "core/domain/member.h"
#include "core/domain/rating.h"
#include "core/domain/target.h"
#include "core/domain/team.h"
#include "core/domain/textnorm.h"

#include <gtest/gtest.h>

using namespace attain;

namespace {
QStringList fieldsOf(const Problems &problems)
{
    QStringList out;
    for (const auto &p : problems) {
        EXPECT_FALSE(p.message.isEmpty());
        out << p.field;
    }
    return out;
}

Deal validDeal()
{
    Deal d;
    d.customerId = QStringLiteral("c");
    d.ownerId = QStringLiteral("m");
    d.amount = Money(100);
    d.stage = Stage::Won;
    d.createdOn = QDate(2025, 6, 1);
    d.closedOn = QDate(2025, 6, 10);
    return d;
}
} // namespace

TEST(Member, Validation)
{
    Member m;
    m.login = QStringLiteral("zhang.wei");
    m.name = QStringLiteral("张伟");
    EXPECT_TRUE(m.validate().isEmpty());
    m.login.clear();
    m.name = QStringLiteral("  ");
    EXPECT_EQ(fieldsOf(m.validate()), (QStringList{QStringLiteral("login"), QStringLiteral("name")}));
    m.login = QStringLiteral("张伟");
    m.name = QStringLiteral("张伟");
    EXPECT_EQ(fieldsOf(m.validate()), QStringList{QStringLiteral("login")});
    m.login = QStringLiteral("zw");
    m.level = QStringLiteral("Senior Rep");
    EXPECT_EQ(fieldsOf(m.validate()), QStringList{QStringLiteral("level")});
    m.level = QStringLiteral("senior");
    m.email = QStringLiteral("not-an-address");
    EXPECT_EQ(fieldsOf(m.validate()), QStringList{QStringLiteral("email")});
}

TEST(Member, RolesAndLevelsInBothLanguages)
{
    EXPECT_EQ(Member::roleFromText(u"经理"), Role::Manager);
    EXPECT_EQ(Member::roleFromText(u"销售"), Role::Rep);
    EXPECT_EQ(Member::roleFromText(u"财务"), Role::Finance);
    EXPECT_EQ(Member::roleFromText(u"Manager"), Role::Manager);
    EXPECT_FALSE(Member::roleFromText(u"boss").has_value());
    EXPECT_EQ(Member::levelFromText(u"初级"), QStringLiteral("junior"));
    EXPECT_EQ(Member::levelFromText(u"高级"), QStringLiteral("senior"));
    EXPECT_EQ(Member::levelFromText(u"Senior"), QStringLiteral("senior"));
}

TEST(Team, Validation)
{
    const Team good{QString(), QStringLiteral("华东团队"), QString()};
    EXPECT_TRUE(good.validate().isEmpty());
    EXPECT_EQ(fieldsOf(Team{}.validate()), QStringList{QStringLiteral("name")});
    const Team colon{QString(), QStringLiteral("a:b"), QString()};
    EXPECT_EQ(fieldsOf(colon.validate()), QStringList{QStringLiteral("name")});
}

TEST(Customer, NormalizedKeyFindsTheSameName)
{
    Customer a, b;
    a.name = QStringLiteral("  ＡＣＭＥ　Tech  Co ");
    b.name = QStringLiteral("acme tech co");
    EXPECT_EQ(a.normalizedName(), b.normalizedName());
    EXPECT_EQ(normalizeKey(u"上海　恒信"), QStringLiteral("上海 恒信"));
    EXPECT_EQ(normalizePhone(u"+86 138-0013-8000"), QStringLiteral("13800138000"));
    EXPECT_EQ(normalizePhone(u"１３８００１３８０００"), QStringLiteral("13800138000"));
}

TEST(Customer, Validation)
{
    Customer c;
    c.name = QStringLiteral("恒信");
    c.createdOn = QDate(2025, 1, 1);
    EXPECT_TRUE(c.validate().isEmpty());
    c.phone = QStringLiteral("12");
    c.ownerId = QStringLiteral("m");
    c.createdOn = QDate();
    EXPECT_EQ(fieldsOf(c.validate()), (QStringList{QStringLiteral("phone"), QStringLiteral("created_on"),
                                                   QStringLiteral("owner_since")}));
}

TEST(Deal, ValidDealPasses)
{
    EXPECT_TRUE(validDeal().validate().isEmpty());
}

TEST(Deal, WonAndLostNeedAClosingDate)
{
    Deal d = validDeal();
    d.closedOn = QDate();
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("closed_on")});
    d.stage = Stage::Open;
    EXPECT_TRUE(d.validate().isEmpty());
}

TEST(Deal, DatesAndAmounts)
{
    Deal d = validDeal();
    d.closedOn = QDate(2025, 5, 1);
    d.amount = Money(-1);
    EXPECT_EQ(fieldsOf(d.validate()), (QStringList{QStringLiteral("amount"), QStringLiteral("closed_on")}));
    d = validDeal();
    d.confirmedOn = QDate(2025, 6, 5);
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("confirmed_on")});
    d.stage = Stage::Open;
    d.confirmedOn = QDate(2025, 6, 20);
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("confirmed_on")});
    d = validDeal();
    d.amount = Money(1, QStringLiteral("XYZ"));
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("currency")});
    // At most 10,000,000,000.00 (the brief's bound): the bound itself passes, a fen more does not.
    d = validDeal();
    d.amount = Money(1'000'000'000'000);
    EXPECT_TRUE(d.validate().isEmpty());
    d.amount = Money(1'000'000'000'001);
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("amount")});
    d.amount = Money(9'000'000'000'000'000'000);
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("amount")});
}

TEST(Deal, SplitsMustSumToOneHundred)
{
    Deal d = validDeal();
    d.splits = {Split{QStringLiteral("a"), 60}, Split{QStringLiteral("b"), 30}};
    const Problems problems = d.validate();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().field, QStringLiteral("splits"));
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("90")));
    d.splits = {Split{QStringLiteral("a"), 60}, Split{QStringLiteral("b"), 40}};
    EXPECT_TRUE(d.validate().isEmpty());
    d.splits = {Split{QStringLiteral("a"), 50}, Split{QStringLiteral("a"), 50}};
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("splits")});
    d.splits = {Split{QStringLiteral("a"), 0}, Split{QStringLiteral("b"), 100}};
    EXPECT_EQ(fieldsOf(d.validate()), QStringList{QStringLiteral("splits")});
}

TEST(Deal, CreditShares)
{
    Deal d = validDeal();
    EXPECT_EQ(d.shareOf(QStringLiteral("m")), 100);
    EXPECT_EQ(d.shareOf(QStringLiteral("x")), 0);
    d.splits = {Split{QStringLiteral("x"), 30}, Split{QStringLiteral("m"), 70}};
    EXPECT_EQ(d.shareOf(QStringLiteral("m")), 70);
    EXPECT_EQ(d.splitsText(), QStringLiteral("m:70;x:30"));
    EXPECT_EQ(Deal::splitsFromText(d.splitsText()).size(), 2);
}

TEST(Deal, StagesInBothLanguages)
{
    EXPECT_EQ(Deal::stageFromText(u"赢单"), Stage::Won);
    EXPECT_EQ(Deal::stageFromText(u"输单"), Stage::Lost);
    EXPECT_EQ(Deal::stageFromText(u"进行中"), Stage::Open);
    EXPECT_EQ(Deal::stageFromText(u"WON"), Stage::Won);
    EXPECT_FALSE(Deal::stageFromText(u"maybe").has_value());
}

TEST(Activity, ValidationAndKinds)
{
    Activity a;
    EXPECT_EQ(fieldsOf(a.validate()),
              (QStringList{QStringLiteral("member"), QStringLiteral("customer"), QStringLiteral("at")}));
    a.memberId = QStringLiteral("m");
    a.customerId = QStringLiteral("c");
    a.at = Dates::wallClock(QDate(2025, 6, 1), QTime(9, 30));
    EXPECT_TRUE(a.validate().isEmpty());
    EXPECT_EQ(Activity::kindFromText(u"拜访"), ActivityKind::Visit);
    EXPECT_EQ(Activity::kindFromText(u"备注"), ActivityKind::Note);
    a.kind = ActivityKind::Note;
    EXPECT_FALSE(a.countsAsFollowUp());
    a.kind = ActivityKind::Email;
    EXPECT_TRUE(a.countsAsFollowUp());
}

TEST(Rating, ScoreIsOneToFive)
{
    Rating r;
    r.customerId = QStringLiteral("c");
    r.memberId = QStringLiteral("m");
    r.ratedOn = QDate(2025, 6, 1);
    for (int s : {1, 5}) {
        r.score = s;
        EXPECT_TRUE(r.validate().isEmpty());
    }
    for (int s : {0, 6}) {
        r.score = s;
        EXPECT_EQ(fieldsOf(r.validate()), QStringList{QStringLiteral("score")});
    }
}

TEST(Target, OneSubjectAndSaneValues)
{
    Target t;
    t.period = Period::month(2025, 6);
    EXPECT_EQ(fieldsOf(t.validate()), QStringList{QStringLiteral("subject")});
    t.memberId = QStringLiteral("m");
    t.teamId = QStringLiteral("t");
    EXPECT_EQ(fieldsOf(t.validate()), QStringList{QStringLiteral("subject")});
    t.teamId.clear();
    t.value = -1;
    EXPECT_EQ(fieldsOf(t.validate()), QStringList{QStringLiteral("target")});
    t.metric = Metric::Satisfaction;
    t.value = 501;
    EXPECT_EQ(fieldsOf(t.validate()), QStringList{QStringLiteral("target")});
    t.value = 450;
    EXPECT_TRUE(t.validate().isEmpty());
}

TEST(Dates, TheBriefsForms)
{
    for (const char16_t *text :
         {u"2025-03-05", u"2025/3/5", u"2025.3.5", u"2025年3月5日", u"2025-03-05 14:30", u"2025/3/5 14:30:05",
          u"2025-03-05T14:30:05", u"２０２５年３月５日"})
        EXPECT_EQ(Dates::parseDate(QString::fromUtf16(text)).value(), QDate(2025, 3, 5))
            << QString::fromUtf16(text).toStdString();
    EXPECT_EQ(Dates::parseDateTime(u"2025/3/5 14:30")->time(), QTime(14, 30));
    EXPECT_FALSE(Dates::parseDate(u"2025-02-30").ok());
    EXPECT_FALSE(Dates::parseDate(u"5/3/2025").ok());
    EXPECT_FALSE(Dates::parseDate(u"2025-03-05 25:00").ok());
    EXPECT_EQ(Dates::toIso(Dates::wallClock(QDate(2025, 3, 5), QTime(9, 5))),
              QStringLiteral("2025-03-05T09:05:00"));
    EXPECT_EQ(Dates::fromIsoDateTime(QStringLiteral("2025-03-05T09:05:00")).time(), QTime(9, 5));
}
