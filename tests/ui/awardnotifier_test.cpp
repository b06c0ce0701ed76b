// SPDX-License-Identifier: GPL-3.0-or-later
// The award toast follows what a write changed (issue "Exact numbers" 5: each write's change set decides
// what is computed again): a 5★ rating of this month earns its member the plan's ¥50 and says so; one dated
// in another month, or a correction of an old deal, earns nothing this month and shows nothing.
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/ratingservice.h"
#include "core/storage/statement.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/session.h"
#include "ui/common/toast.h"
#include "ui/mainwindow.h"

#include <QApplication>

using namespace attain;
using namespace attain::test;

class AwardToast : public DemoWindowTest
{
protected:
    /// A rep of the demo and a customer they own.
    std::pair<Member, QString> repAndCustomer()
    {
        for (const Member &m : MemberService(ws()).all()) {
            if (m.role != Role::Rep)
                continue;
            Statement st(ws(), "SELECT id FROM customers WHERE owner_id = ? LIMIT 1");
            st.bind(1, m.id);
            if (st.next())
                return {m, st.text(0)};
        }
        return {};
    }
    Result<Rating> rate(const Member &m, const QString &customer, QDate on)
    {
        Rating r;
        r.memberId = m.id;
        r.customerId = customer;
        r.ratedOn = on;
        r.score = 5;
        return RatingService(ws()).create(r);
    }
    QString toast()
    {
        QApplication::processEvents();
        const auto *t = m_window->findChild<Toast *>();
        return t ? t->text() : QString();
    }
};

TEST_P(AwardToast, ARatingOfThisMonthEarnsAndOneOfAnotherDoesNot)
{
    ASSERT_TRUE(m_window->session()->isManager()); // a manager's rating pays (a rep's own waits)
    const auto [rep, customer] = repAndCustomer();
    ASSERT_FALSE(customer.isEmpty());
    // The window's workspace keeps the machine's time: "this month" is today's.
    const QDate today = ws().clock().today();
    // Another month first: nothing earned now, nothing said.
    ASSERT_TRUE(rate(rep, customer, today.addMonths(-3)));
    EXPECT_TRUE(toast().isEmpty()) << qPrintable(toast());
    Deal old = *DealService(ws()).find([&] {
        Statement st(ws(), "SELECT id FROM deals WHERE stage = 'won' AND closed_on < '2025-06-01' LIMIT 1");
        return st.next() ? st.text(0) : QString();
    }());
    old.amount = Money(old.amount.minor() + 100);
    ASSERT_TRUE(DealService(ws()).update(old));
    EXPECT_TRUE(toast().isEmpty()) << qPrintable(toast());
    // This month: the plan's ¥50 for a five-star rating.
    ASSERT_TRUE(rate(rep, customer, today));
    const QString said = toast();
    EXPECT_TRUE(said.contains(rep.name)) << qPrintable(said);
    EXPECT_TRUE(said.contains(QStringLiteral("50.00"))) << qPrintable(said);
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("award-toast") + suffix())));
}

INSTANTIATE_TEST_SUITE_P(Languages, AwardToast, ::testing::Values("en", "zh_CN"));
