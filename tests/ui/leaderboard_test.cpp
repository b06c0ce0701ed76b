// SPDX-License-Identifier: GPL-3.0-or-later
// The Leaderboards page and presentation mode on the demo workspace: every board in every display mode,
// a rep's view of a "my team" board, PNG export, rendered to build/tests/screenshots in English and Chinese.
#include "core/demo/demogenerator.h"
#include "core/leaderboard/leaderboard.h"
#include "core/services/memberservice.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/session.h"
#include "ui/leaderboard/boardwidget.h"
#include "ui/leaderboard/leaderboardpage.h"
#include "ui/leaderboard/presentationwindow.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QImage>
#include <QPointer>
#include <QTableWidget>
#include <QTest>

using namespace attain;
using namespace attain::test;

class LeaderboardUi : public DemoWindowTest
{
protected:
    void SetUp() override
    {
        DemoWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_window->showPage(QStringLiteral("leaderboardPage")));
        m_page = m_window->findChild<LeaderboardPage *>();
    }
    LeaderboardPage *m_page = nullptr;
    const Period m_quarter = Period::quarter(2025, 2);
};

TEST_P(LeaderboardUi, EveryBoardInEveryModeIsDrawn)
{
    for (Board board : Leaderboards::all()) {
        m_page->showBoard(board, m_quarter);
        for (DisplayMode mode :
             {DisplayMode::Names, DisplayMode::Pseudonyms, DisplayMode::RankBands, DisplayMode::SelfOnly}) {
            ASSERT_TRUE(m_page->setBoardSettings({Audience::Everyone, mode}));
            const BoardView &v = m_page->boardWidget()->view();
            EXPECT_EQ(v.settings.mode, mode);
            EXPECT_EQ(m_page->boardWidget()->table()->rowCount(), v.entries.size());
            QApplication::processEvents();                                   // the chart lays out its axes
            QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // and drops the old ones
            const QString name = QStringLiteral("board-%1-%2").arg(Leaderboards::key(board)).arg(int(mode));
            EXPECT_TRUE(looksDrawn(shoot(m_window.get(), name + suffix()))) << qPrintable(name);
        }
    }
}

TEST_P(LeaderboardUi, ARepSeesTheirTeamOnlyAndCannotChangeTheBoard)
{
    ASSERT_TRUE(m_page->setBoardSettings({Audience::MyTeam, DisplayMode::Names}));
    const auto rep = MemberService(ws()).findByLogin(QStringLiteral("liuyang"));
    ASSERT_TRUE(rep);
    m_window->session()->signIn(rep->id);
    m_page = m_window->findChild<LeaderboardPage *>(); // built again for the rep
    m_page->showBoard(Board::Revenue, m_quarter);
    const BoardView &v = m_page->boardWidget()->view();
    ASSERT_GT(v.entries.size(), 1);
    const QString team = v.entries.first().team;
    for (const BoardEntry &e : v.entries)
        EXPECT_EQ(e.team, team);
    EXPECT_TRUE(
        std::any_of(v.entries.begin(), v.entries.end(), [](const BoardEntry &e) { return e.isViewer; }));
    EXPECT_FALSE(m_page->findChild<QWidget *>(QStringLiteral("boardAudience"))->isEnabled());
    EXPECT_FALSE(
        m_page->setBoardSettings({Audience::Everyone, DisplayMode::Names})); // refused, with a message
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("board-rep-view") + suffix())));
}

TEST_P(LeaderboardUi, BoardsExportToPngAndPresentFullScreen)
{
    m_page->showBoard(Board::Attainment, m_quarter);
    const QString png = path(QStringLiteral("board.png"));
    ASSERT_TRUE(m_page->exportPng(png).ok());
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_TRUE(looksDrawn(image));

    QPointer<PresentationWindow> window = m_page->present();
    ASSERT_TRUE(window);
    window->resize(1920, 1080);
    QApplication::processEvents();
    EXPECT_EQ(window->boards().size(), Leaderboards::all().size()); // none is for managers only or self-only
    for (const BoardEntry &e : window->findChild<BoardWidget *>()->view().entries)
        EXPECT_FALSE(e.isViewer); // a room has no "you"
    const Board first = window->current();
    EXPECT_TRUE(looksDrawn(shoot(window, QStringLiteral("presentation") + suffix())));
    window->next();
    EXPECT_NE(window->current(), first);
    QTest::keyClick(window, Qt::Key_Escape);
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.isNull());
}

INSTANTIATE_TEST_SUITE_P(Languages, LeaderboardUi, ::testing::Values("en", "zh_CN"));
