// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a person meets it: the welcome screen, opening files, the title, the language.
#include "core/demo/demogenerator.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/session.h"
#include "ui/common/workspacefiles.h"
#include "ui/mainwindow.h"
#include "ui/welcome/welcomepage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace attain;
using namespace attain::test;

class MainWindowTest : public UiTest
{
protected:
    void TearDown() override
    {
        installTranslations(*qApp, QStringLiteral("en"));
        UiTest::TearDown();
    }
};

TEST_F(MainWindowTest, FirstStartShowsTheWelcomeScreen)
{
    MainWindow window;
    window.setAskForUser(false);
    window.show();
    auto *welcome = window.findChild<WelcomePage *>();
    ASSERT_TRUE(welcome);
    EXPECT_TRUE(welcome->isVisible());
    EXPECT_FALSE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
    for (const char *button : {"newWorkspaceButton", "openDemoButton", "openFileButton"})
        EXPECT_TRUE(window.findChild<QPushButton *>(QLatin1String(button))->isVisible()) << button;
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Attain"));
    EXPECT_TRUE(looksDrawn(shoot(&window, QStringLiteral("welcome-en"))));
}

TEST_F(MainWindowTest, OpenTheDemoFromTheWelcomeScreen)
{
    QFile::remove(WorkspaceFiles::demoPath());
    MainWindow window;
    window.setAskForUser(false);
    window.show();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openDemoButton")), Qt::LeftButton);
    ASSERT_TRUE(window.session()) << qPrintable(m_messages.shown.join(QLatin1Char('\n')));
    ASSERT_TRUE(window.showPage(QStringLiteral("overviewPage")));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("demo — Attain"));
    EXPECT_TRUE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
    auto *changes = window.findChild<QTableWidget *>(QStringLiteral("recentChanges"));
    ASSERT_TRUE(changes);
    EXPECT_GT(changes->rowCount(), 0);
    EXPECT_TRUE(m_messages.shown.isEmpty());
    EXPECT_TRUE(looksDrawn(shoot(&window, QStringLiteral("overview-en"))));
}

TEST_F(MainWindowTest, AForeignFileIsRefusedWithAMessage)
{
    const QString file = path(QStringLiteral("notes.attain"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("just text");
    f.close();
    MainWindow window;
    window.setAskForUser(false);
    EXPECT_FALSE(window.openWorkspace(file));
    EXPECT_FALSE(window.session());
    ASSERT_EQ(m_messages.shown.size(), 1);
    EXPECT_TRUE(m_messages.shown.first().contains(QStringLiteral("not an Attain workspace")));
    EXPECT_EQ(fileBytes(file), QByteArray("just text"));
}

TEST_F(MainWindowTest, TitleNamesTheWorkspaceAndTheUser)
{
    seedBasics(create(QStringLiteral("Team East.attain")));
    ASSERT_TRUE(m_ws->setSetting(QStringLiteral("user_id"), m_alice.id).ok());
    m_ws.reset();
    MainWindow window;
    window.setAskForUser(false);
    ASSERT_TRUE(window.openWorkspace(path(QStringLiteral("Team East.attain"))));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Team East — Attain"));
    ASSERT_TRUE(window.session()->user().has_value());
    EXPECT_EQ(window.session()->user()->login, QStringLiteral("alice"));
    window.closeWorkspace();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Attain"));
}

TEST_F(MainWindowTest, SwitchingToChineseTranslatesTheWindow)
{
    seedBasics(create());
    m_ws.reset();
    MainWindow window;
    window.setAskForUser(false);
    window.show();
    ASSERT_TRUE(window.openWorkspace(path(QStringLiteral("test.attain"))));
    auto *chinese = window.findChild<QAction *>(QStringLiteral("language_zh_CN"));
    ASSERT_TRUE(chinese);
    chinese->trigger();
    QApplication::sendPostedEvents(); // LanguageChange reaches windows as a posted event
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(window.findChild<QListWidget *>(QStringLiteral("navigation"))->item(0)->text(),
              QStringLiteral("概览"));
    EXPECT_TRUE(looksDrawn(shoot(&window, QStringLiteral("overview-zh"))));
    window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QApplication::sendPostedEvents();
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}
