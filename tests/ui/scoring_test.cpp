// SPDX-License-Identifier: GPL-3.0-or-later
// The scorecard, team scores, targets grid and plan editor on the demo workspace, as a manager would use
// them, each rendered to build/tests/screenshots in English and Chinese.
#include "core/demo/demogenerator.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/services/memberservice.h"
#include "core/services/planservice.h"
#include "core/services/targetservice.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/session.h"
#include "ui/mainwindow.h"
#include "ui/scoring/plandialog.h"
#include "ui/scoring/scorecardpage.h"
#include "ui/scoring/targetspage.h"
#include "ui/scoring/teamscorespage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace attain;
using namespace attain::test;

class ScoringUi : public DemoWindowTest
{
protected:
    const Period m_quarter = Period::quarter(2025, 2);
};

TEST_P(ScoringUi, TheScorecardShowsTheEnginesLinesAndTheNextTier)
{
    ASSERT_TRUE(m_window->showPage(QStringLiteral("scorecardPage")));
    auto *page = m_window->findChild<ScorecardPage *>();
    const auto rep = MemberService(ws()).findByLogin(QStringLiteral("liuyang")); // in the manager's team
    ASSERT_TRUE(rep);
    page->showMember(rep->id, m_quarter);
    ASSERT_TRUE(page->scorecard());
    const auto expected = ScoreEngine(ws()).member(rep->id, m_quarter);
    ASSERT_TRUE(expected && expected->score);
    EXPECT_EQ(page->scorecard()->score, expected->score);
    auto *lines = page->findChild<QTableWidget *>(QStringLiteral("scorecardLines"));
    ASSERT_GE(lines->rowCount(), 4);
    EXPECT_EQ(lines->item(0, 0)->text(), Metrics::label(Metric::Revenue));
    EXPECT_EQ(lines->item(0, 1)->text(),
              ScoreFormat::display(Metric::Revenue, *expected->line(Metric::Revenue).actual, QLocale()));
    const QString next = page->findChild<QLabel *>(QStringLiteral("nextTier"))->text();
    EXPECT_TRUE(next.contains(Metrics::label(Metric::Revenue))) << qPrintable(next);
    EXPECT_FALSE(page->findChild<QLabel *>(QStringLiteral("planRules"))->text().isEmpty());
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("scorecardPage") + suffix())));

    QDialog *behind = page->openBehind(Metric::Revenue);
    behind->show();
    auto *records = behind->findChild<QTableWidget *>(QStringLiteral("behindTable"));
    EXPECT_EQ(records->rowCount(), ScoreEngine(ws()).behind(*expected, Metric::Revenue).size());
    EXPECT_GT(records->rowCount(), 0);
    EXPECT_TRUE(looksDrawn(shoot(behind, QStringLiteral("dialog-behind") + suffix())));
    behind->close();
}

TEST_P(ScoringUi, TeamScoresSortAndOpenAMembersScorecard)
{
    ASSERT_TRUE(m_window->showPage(QStringLiteral("teamScoresPage")));
    auto *page = m_window->findChild<TeamScoresPage *>();
    page->setPeriod(m_quarter);
    QTableView *table = page->table();
    // The demo's user is a manager: the page holds their team's members.
    const QStringList scope = m_window->session()->scope();
    ASSERT_FALSE(scope.isEmpty());
    QList<Scorecard> cards;
    for (const Scorecard &c : ScoreEngine(ws()).members(m_quarter))
        if (scope.contains(c.subjectId))
            cards << c;
    ASSERT_EQ(table->model()->rowCount(), cards.size());
    // Highest score first.
    qint64 best = 0;
    for (const Scorecard &c : cards)
        best = std::max(best, c.score.value_or(0));
    EXPECT_EQ(table->model()->index(0, 3).data().toString(), ScoreFormat::score(best));
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("teamScoresPage") + suffix())));
    QSignalSpy opened(page, &TeamScoresPage::memberActivated);
    Q_EMIT table->doubleClicked(table->model()->index(0, 0));
    ASSERT_EQ(opened.count(), 1);
    auto *scorecard = m_window->findChild<ScorecardPage *>();
    ASSERT_TRUE(scorecard->scorecard());
    EXPECT_EQ(*scorecard->scorecard()->score, best);
    page->setTeams(true);
    EXPECT_EQ(table->model()->rowCount(), ScoreEngine(ws()).teams(m_quarter).size());
    EXPECT_TRUE(looksDrawn(shoot(page, QStringLiteral("teamScoresPage-teams") + suffix())));
}

TEST_P(ScoringUi, TargetsAreSuggestedTypedCopiedAndBulkEdited)
{
    ASSERT_TRUE(m_window->showPage(QStringLiteral("targetsPage")));
    auto *page = m_window->findChild<TargetsPage *>();
    // The demo sets targets up to July 2025; August has none yet.
    const Period august = Period::month(2025, 8);
    page->setPeriod(august);
    QTableWidget *grid = page->grid();
    ASSERT_EQ(grid->rowCount(),
              m_window->session()->scope().size() + 3); // the manager's team, then the 3 teams

    page->showSuggestions(Metric::FollowUps, 10);
    QTableWidget *suggestions = page->suggestionsTable();
    ASSERT_EQ(suggestions->rowCount(), m_window->session()->scope().size());
    EXPECT_NE(suggestions->item(0, 5)->text(), QStringLiteral("–")); // from May, June and July
    QApplication::processEvents();                                   // the panel's layout
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("targetsPage-suggestions") + suffix())));
    EXPECT_EQ(page->applySuggestions(), std::optional<int>(suggestions->rowCount()));
    const QString member = grid->item(0, 0)->data(Qt::UserRole).toString();
    EXPECT_TRUE(TargetService(ws()).find(member, QString(), august, Metric::FollowUps));

    const int revenue = 1 + int(Metrics::all().indexOf(Metric::Revenue));
    grid->item(0, revenue)->setText(QStringLiteral("¥50,000"));
    const auto set = TargetService(ws()).find(member, QString(), august, Metric::Revenue);
    ASSERT_TRUE(set);
    EXPECT_EQ(set->value, 5000000);
    EXPECT_EQ(grid->item(0, revenue)->text(), QStringLiteral("¥50,000.00"));
    // A value that is not an amount is refused with a message; nothing changes.
    grid->item(0, revenue)->setText(QStringLiteral("lots"));
    EXPECT_EQ(m_messages.shown.size(), 1);
    EXPECT_EQ(TargetService(ws()).find(member, QString(), august, Metric::Revenue)->value, 5000000);

    EXPECT_GT(page->copyFromPrevious().value_or(0), 5); // July's, except what August has now
    EXPECT_EQ(TargetService(ws()).find(member, QString(), august, Metric::Revenue)->value, 5000000);
    grid->clearSelection();
    grid->item(0, revenue)->setSelected(true);
    ASSERT_TRUE(page->bulkEdit(QStringLiteral("+10%")));
    EXPECT_EQ(TargetService(ws()).find(member, QString(), august, Metric::Revenue)->value, 5500000);
    EXPECT_FALSE(page->bulkEdit(QStringLiteral("ten percent")));
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("targetsPage") + suffix())));
}

TEST_P(ScoringUi, ThePlanEditorPreviewsTheDraftAndSavesIt)
{
    PlanDialog dialog(*m_window->session(), m_window.get());
    dialog.show();
    dialog.setPreviewPeriod(m_quarter);
    auto *weights = dialog.findChild<QTableWidget *>(QStringLiteral("planWeights"));
    // Juniors: follow-ups weigh 60 instead of 25.
    auto *followUps =
        qobject_cast<QSpinBox *>(weights->cellWidget(0, int(Metrics::all().indexOf(Metric::FollowUps))));
    ASSERT_TRUE(followUps);
    followUps->setValue(60);
    dialog.updatePreview();
    QTableWidget *preview = dialog.preview();
    ASSERT_EQ(preview->rowCount(), ScoreEngine(ws()).members(m_quarter).size()); // the whole team of teams
    int changed = 0;
    for (int r = 0; r < preview->rowCount(); ++r)
        changed += !preview->item(r, 3)->text().isEmpty();
    EXPECT_GT(changed, 0);
    EXPECT_TRUE(looksDrawn(shoot(&dialog, QStringLiteral("dialog-plans") + suffix())));
    ASSERT_TRUE(dialog.saveDraft());
    const QList<Plan> saved = PlanService(ws()).saved();
    ASSERT_EQ(saved.size(), 1);
    // A draft of the built-in plan takes effect from next month.
    EXPECT_EQ(saved.first().effectiveFrom, Period::monthOf(ws().clock().now().date()).next());
    EXPECT_EQ(saved.first().levels.first().find(Metric::FollowUps)->weight, 60);
    // Earlier periods keep the plan they had.
    EXPECT_EQ(PlanService(ws()).planFor(m_quarter).name, QStringLiteral("Standard"));
}

INSTANTIATE_TEST_SUITE_P(Languages, ScoringUi, ::testing::Values("en", "zh_CN"));
