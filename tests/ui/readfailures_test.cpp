// SPDX-License-Identifier: GPL-3.0-or-later
// Reads that fail say so on every page of figures (issue "Exact numbers" 6): with the teams table out of
// reach (renamed under the pages, so that every scorecard's query of it fails, whether the sums come from
// the records or from the ledger), the dashboard, the team scores and a board show why, never zeros; once
// reads succeed again the figures are back. Rendered to build/tests/screenshots in English and Chinese.
#include "tests/support/uitestsupport.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/incentives/statementspage.h"
#include "ui/leaderboard/leaderboardpage.h"
#include "ui/mainwindow.h"
#include "ui/scoring/teamscorespage.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>

#include <sqlite3.h>

using namespace attain;
using namespace attain::test;

class ReadFailuresUi : public DemoWindowTest
{
protected:
    QString failed() const
    {
        return QCoreApplication::translate("ReadCheck", "The figures could not be read: %1").arg(QString());
    }
    static QString labelsOf(QWidget *page)
    {
        QStringList texts;
        for (const QLabel *l : page->findChildren<QLabel *>())
            if (l->isVisibleTo(page))
                texts << l->text();
        return texts.join(QLatin1Char('\n'));
    }
};

TEST_P(ReadFailuresUi, APageOfFiguresSaysWhyInsteadOfShowingZeros)
{
    Workspace &w = ws();
    for (const char *name : {"dashboardPage", "teamScoresPage", "leaderboardPage"}) {
        SCOPED_TRACE(name);
        ASSERT_TRUE(m_window->showPage(QLatin1String(name)));
        QWidget *page = m_window->findChild<QWidget *>(QLatin1String(name));
        ASSERT_TRUE(page);
        ASSERT_EQ(
            sqlite3_exec(w.handle(), "ALTER TABLE teams RENAME TO teams_away", nullptr, nullptr, nullptr),
            SQLITE_OK);
        if (auto *d = qobject_cast<DashboardPage *>(page))
            d->setPeriod(Period::month(2024, 11)); // a period not computed ahead in the background
        else if (auto *t = qobject_cast<TeamScoresPage *>(page))
            t->refresh();
        else if (auto *b = qobject_cast<LeaderboardPage *>(page))
            b->refresh();
        ASSERT_EQ(
            sqlite3_exec(w.handle(), "ALTER TABLE teams_away RENAME TO teams", nullptr, nullptr, nullptr),
            SQLITE_OK);
        QApplication::sendPostedEvents();
        EXPECT_TRUE(labelsOf(page).contains(failed())) << qPrintable(labelsOf(page));
        EXPECT_TRUE(looksDrawn(
            shoot(m_window.get(), QLatin1String(name) + QStringLiteral("-readfailed") + suffix())));
        if (auto *t = qobject_cast<TeamScoresPage *>(page))
            EXPECT_EQ(t->findChild<QTableView *>()->model()->rowCount(), 0); // no table of zeros
        // Reads succeed again: the figures are back.
        if (auto *d = qobject_cast<DashboardPage *>(page))
            d->refresh();
        else if (auto *t = qobject_cast<TeamScoresPage *>(page))
            t->refresh();
        else if (auto *b = qobject_cast<LeaderboardPage *>(page))
            b->refresh();
        EXPECT_FALSE(labelsOf(page).contains(failed()));
        if (auto *t = qobject_cast<TeamScoresPage *>(page))
            EXPECT_GT(t->findChild<QTableView *>()->model()->rowCount(), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, ReadFailuresUi, ::testing::Values("en", "zh_CN"));
