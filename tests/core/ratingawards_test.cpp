// SPDX-License-Identifier: GPL-3.0-or-later
// Awards that cannot be gamed (issue 16, item 7): a 5-star rating entered by the member it rates pays its
// ¥50 (the Standard plan) only once a manager confirms it, and is shown on the statement as pending until
// then; only a manager confirms, never their own; an edit by the rep needs confirming again.
#include "tests/core/scoringfixture.h"

#include "core/incentives/incentivestatement.h"

using namespace attain;
using namespace attain::test;

namespace {

class RatingAwards : public Scoring
{
protected:
    Rating fiveStars(const Member &rated, QDate day)
    {
        Rating r;
        r.memberId = rated.id;
        r.customerId = m_acme.id;
        r.ratedOn = day;
        r.score = 5;
        auto created = RatingService(*m_ws).create(r);
        EXPECT_TRUE(created) << qPrintable(created.message());
        return created ? *created : r;
    }
    /// alice's June awards: (paid, pending) 5-star lines.
    QPair<qint64, int> fiveStarAwards()
    {
        const auto s = StatementBuilder(*m_ws).members(period("2025-06"), {m_alice.id});
        EXPECT_EQ(s.size(), 1);
        qint64 paid = 0;
        int pending = 0;
        for (const StatementLine &l : s.value(0).lines) {
            if (l.award == QLatin1String("five_star"))
                paid += l.amountMinor;
            if (l.award == QLatin1String("five_star_pending")) {
                EXPECT_EQ(l.amountMinor, 0);
                ++pending;
            }
        }
        return {paid, pending};
    }
};

} // namespace

TEST_F(RatingAwards, ARatingOfOneselfPaysOnlyOnceAManagerConfirmsIt)
{
    m_ws->actAs(m_alice.id);
    Rating own = fiveStars(m_alice, QDate(2025, 6, 10));
    EXPECT_EQ(own.enteredBy, m_alice.id);
    EXPECT_TRUE(own.awaitsConfirmation());
    EXPECT_EQ(fiveStarAwards(), (QPair<qint64, int>{0, 1}));

    // alice cannot confirm her own; bob (a rep) cannot confirm at all.
    EXPECT_FALSE(RatingService(*m_ws).confirm(own));
    m_ws->actAs(m_bob.id);
    EXPECT_FALSE(RatingService(*m_ws).confirm(own));

    m_ws->actAs(m_boss.id);
    const auto confirmed = RatingService(*m_ws).confirm(own);
    ASSERT_TRUE(confirmed) << qPrintable(confirmed.message());
    EXPECT_EQ(confirmed->confirmedBy, m_boss.id);
    EXPECT_EQ(fiveStarAwards(), (QPair<qint64, int>{5000, 0}));

    // alice changes the date: the changed rating needs confirming again.
    m_ws->actAs(m_alice.id);
    Rating edited = *RatingService(*m_ws).find(own.id);
    edited.ratedOn = QDate(2025, 6, 11);
    ASSERT_TRUE(RatingService(*m_ws).update(edited));
    EXPECT_TRUE(RatingService(*m_ws).find(own.id)->confirmedBy.isEmpty());
    EXPECT_EQ(fiveStarAwards(), (QPair<qint64, int>{0, 1}));
    // And she cannot put a confirmation in by hand.
    edited = *RatingService(*m_ws).find(own.id);
    edited.confirmedBy = m_boss.id;
    EXPECT_FALSE(RatingService(*m_ws).update(edited));
}

TEST_F(RatingAwards, ARatingAManagerEnteredPaysAtOnceAndAManagerCannotConfirmTheirOwn)
{
    m_ws->actAs(m_boss.id);
    fiveStars(m_alice, QDate(2025, 6, 12));
    EXPECT_EQ(fiveStarAwards(), (QPair<qint64, int>{5000, 0}));
    const Rating mine = fiveStars(m_boss, QDate(2025, 6, 12));
    EXPECT_TRUE(mine.awaitsConfirmation());
    EXPECT_FALSE(RatingService(*m_ws).confirm(mine));
}

TEST(Rating, AScoreIsChosenNeverAssumed)
{
    Rating r;
    r.customerId = QStringLiteral("1");
    r.memberId = QStringLiteral("2");
    r.ratedOn = QDate(2025, 6, 1);
    EXPECT_EQ(r.score, 0);
    ASSERT_EQ(r.validate().size(), 1);
    EXPECT_EQ(r.validate().first().field, QStringLiteral("score"));
}
