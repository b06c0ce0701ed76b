// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in: a remembered user with a PIN waits for it, a workspace whose managers all have one shows
// nothing until someone signs in, Who Is Using asks beside the list, My PIN or Password sets one.
#include "core/access/identity.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/secretdialog.h"
#include "ui/common/session.h"
#include "ui/common/userdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace attain;
using namespace attain::test;

class SignIn : public UiTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        installTranslations(*qApp, language());
    }
    void TearDown() override
    {
        m_window.reset();
        installTranslations(*qApp, QStringLiteral("en"));
        UiTest::TearDown();
    }
    QString language() const { return QString::fromLatin1(GetParam()); }
    QString suffix() const { return QLatin1Char('-') + language(); }
    /// test.attain with the basics, `secrets` set (login → secret), remembering `user`, open in a window.
    void open(const QList<QPair<Member *, QString>> &secrets, const Member &user)
    {
        seedBasics(create());
        for (const auto &[member, secret] : secrets) {
            m_ws->actAs(member->id);
            ASSERT_TRUE(Identity(*m_ws).setSecret(member->id, QString(), secret).ok());
        }
        ASSERT_TRUE(m_ws->setSetting(QStringLiteral("user_id"), user.id).ok());
        m_ws.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->setAskForUser(false);
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(m_window->openWorkspace(path(QStringLiteral("test.attain"))));
    }
    Session &session() { return *m_window->session(); }
    int pageCount() { return m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->count(); }
    /// Chooses `member` in Who Is Using, types `secret` when asked; whether the dialog closed.
    static bool choose(UserDialog &dialog, const Member &member, const QString &secret, bool *asked = nullptr)
    {
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("userList"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == member.id)
                list->setCurrentRow(i);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("userSecret"));
        if (asked)
            *asked = field->isVisible();
        field->setText(secret);
        dialog.accept();
        return !dialog.isVisible();
    }
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(SignIn, AProtectedManagerWorkspaceShowsNothingUntilTheManagerSignsIn)
{
    open({{&m_boss, QStringLiteral("boss-pass")}}, m_boss);
    EXPECT_FALSE(session().user());
    EXPECT_EQ(session().waitingUser(), m_boss.id);
    EXPECT_TRUE(session().isLocked());
    EXPECT_EQ(pageCount(), 1); // the sign-in page, no records
    auto *locked = m_window->findChild<QWidget *>(QStringLiteral("lockedPage"));
    ASSERT_TRUE(locked && locked->isVisible());
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("signin-locked") + suffix())));

    UserDialog dialog(session(), m_window.get());
    dialog.show();
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("userSecret"));
    EXPECT_TRUE(field->isVisible()); // boss is chosen already, and asked for
    field->setText(QStringLiteral("boss-pas"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()); // stays, saying why
    const QString wrong = dialog.findChild<QLabel *>(QStringLiteral("userSecretError"))->text();
    EXPECT_EQ(wrong, language() == QLatin1String("en") ? QStringLiteral("That is not the PIN or password.")
                                                       : QStringLiteral("PIN 或密码不对。"));
    EXPECT_TRUE(looksDrawn(shoot(&dialog, QStringLiteral("signin-wrong") + suffix())));
    EXPECT_FALSE(session().user());
    EXPECT_EQ(pageCount(), 1);

    EXPECT_TRUE(choose(dialog, m_boss, QStringLiteral("boss-pass")));
    ASSERT_TRUE(session().user());
    EXPECT_EQ(session().user()->id, m_boss.id);
    EXPECT_FALSE(session().isLocked());
    EXPECT_GT(pageCount(), 10);
}

TEST_P(SignIn, SwitchingToAMemberWithAPinAsksForItAndToOneWithoutDoesNot)
{
    // Only alice has one: the managers are not protected, the window opens as boss.
    open({{&m_alice, QStringLiteral("2468")}}, m_boss);
    ASSERT_TRUE(session().user());
    EXPECT_EQ(session().user()->id, m_boss.id);
    EXPECT_FALSE(session().isLocked());

    UserDialog dialog(session(), m_window.get());
    dialog.show();
    bool asked = true;
    EXPECT_TRUE(choose(dialog, m_bob, QString(), &asked));
    EXPECT_FALSE(asked);
    EXPECT_EQ(session().user()->id, m_bob.id);

    UserDialog again(session(), m_window.get());
    again.show();
    EXPECT_FALSE(choose(again, m_alice, QString(), &asked));
    EXPECT_TRUE(asked);
    EXPECT_EQ(session().user()->id, m_bob.id); // still bob
    EXPECT_FALSE(choose(again, m_alice, QStringLiteral("1357")));
    EXPECT_EQ(session().user()->id, m_bob.id);
    EXPECT_TRUE(choose(again, m_alice, QStringLiteral("2468")));
    EXPECT_EQ(session().user()->id, m_alice.id);
}

TEST_P(SignIn, ARememberedRepWithAPinWaitsAndTheManagersViewIsNotLocked)
{
    open({{&m_alice, QStringLiteral("2468")}}, m_alice);
    EXPECT_FALSE(session().user());
    EXPECT_EQ(session().waitingUser(), m_alice.id);
    EXPECT_FALSE(session().isLocked()); // boss has no PIN: anyone may choose boss anyway
}

TEST_P(SignIn, AMemberSetsTheirPinTwiceAndChangesItGivingTheCurrentOne)
{
    open({}, m_boss);
    ASSERT_TRUE(session().signIn(m_alice.id).ok());
    {
        SecretDialog dialog(session(), m_window.get());
        dialog.show();
        EXPECT_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("currentSecret"))); // none yet
        dialog.findChild<QLineEdit *>(QStringLiteral("newSecret"))->setText(QStringLiteral("2468"));
        dialog.findChild<QLineEdit *>(QStringLiteral("repeatSecret"))->setText(QStringLiteral("2486"));
        dialog.accept();
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("secretError"))->text().isEmpty());
        EXPECT_TRUE(looksDrawn(shoot(&dialog, QStringLiteral("signin-set-pin") + suffix())));
        dialog.findChild<QLineEdit *>(QStringLiteral("repeatSecret"))->setText(QStringLiteral("2468"));
        dialog.accept();
        EXPECT_FALSE(dialog.isVisible());
    }
    Identity identity(session().workspace());
    EXPECT_TRUE(identity.check(m_alice.id, QStringLiteral("2468")).ok());
    {
        SecretDialog dialog(session(), m_window.get());
        dialog.show();
        auto *current = dialog.findChild<QLineEdit *>(QStringLiteral("currentSecret"));
        ASSERT_TRUE(current);
        current->setText(QStringLiteral("0000"));
        dialog.findChild<QLineEdit *>(QStringLiteral("newSecret"))->setText(QStringLiteral("1357"));
        dialog.findChild<QLineEdit *>(QStringLiteral("repeatSecret"))->setText(QStringLiteral("1357"));
        dialog.accept();
        EXPECT_TRUE(dialog.isVisible()); // the current one was wrong
        current->setText(QStringLiteral("2468"));
        dialog.accept();
        EXPECT_FALSE(dialog.isVisible());
    }
    EXPECT_TRUE(identity.check(m_alice.id, QStringLiteral("1357")).ok());
}

INSTANTIATE_TEST_SUITE_P(Languages, SignIn, ::testing::Values("en", "zh_CN"));
