// SPDX-License-Identifier: GPL-3.0-or-later
// Every page and form of the workbench rendered in English and Chinese at 1280×800 and written to
// build/tests/screenshots for people to look at; each must be drawn, not blank.
#include "core/demo/demogenerator.h"
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/recordtablemodel.h"
#include "ui/common/recordview.h"
#include "ui/common/session.h"
#include "ui/common/userdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/forms/activityform.h"
#include "ui/forms/customerform.h"
#include "ui/forms/dealform.h"
#include "ui/forms/memberform.h"
#include "ui/forms/ratingform.h"
#include "ui/forms/teamform.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

using namespace attain;
using namespace attain::test;

class Screens : public UiTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void TearDown() override
    {
        installTranslations(*qApp, QStringLiteral("en"));
        UiTest::TearDown();
    }
    static void settle(QWidget *root)
    {
        QApplication::sendPostedEvents();
        [[maybe_unused]] const bool settled = QTest::qWaitFor(
            [&] {
                const auto models = root->findChildren<RecordTableModel *>();
                return std::none_of(models.begin(), models.end(), [](auto *m) { return m->isLoading(); });
            },
            20000);
        QTest::qWait(50);
    }
};

TEST_P(Screens, EveryPageAndForm)
{
    const QString language = QString::fromLatin1(GetParam());
    installTranslations(*qApp, language);
    DemoGenerator::Options o;
    o.today = QDate(2025, 6, 15);
    {
        auto ws = Workspace::createFilled(path(QStringLiteral("demo.attain")), options(),
                                          [&](Workspace &w) { return DemoGenerator(w, o).run(); });
        ASSERT_TRUE(ws.ok());
    }
    MainWindow window;
    window.setAskForUser(false);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openWorkspace(path(QStringLiteral("demo.attain"))));
    const QString suffix = QLatin1Char('-') + language;
    for (const char *page : {"overviewPage", "dealsPage", "customersPage", "activitiesPage", "ratingsPage",
                             "conflictsPage", "membersPage"}) {
        ASSERT_TRUE(window.showPage(QLatin1String(page)));
        settle(&window);
        if (QLatin1String(page) == QLatin1String("customersPage")) {
            auto *table = window.findChild<CustomersPage *>()->view()->table();
            table->selectRow(2);
            settle(&window);
        }
        EXPECT_TRUE(looksDrawn(shoot(&window, QLatin1String(page) + suffix))) << page;
    }

    Session &session = *window.session();
    Workspace &ws = session.workspace();
    QString splitDeal;
    {
        Statement st(ws, "SELECT deal_id FROM deal_splits LIMIT 1");
        ASSERT_TRUE(st.next());
        splitDeal = st.text(0);
    }
    const auto deal = DealService(ws).find(splitDeal);
    ASSERT_TRUE(deal);
    const auto member = session.user();
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> forms;
    forms.emplace_back(QStringLiteral("form-deal"), std::make_unique<DealForm>(session, *deal, &window));
    forms.emplace_back(QStringLiteral("form-customer"),
                       std::make_unique<CustomerForm>(session, std::nullopt, &window));
    auto activity = std::make_unique<ActivityForm>(session, std::nullopt, &window);
    activity->setCustomer(deal->customerId);
    forms.emplace_back(QStringLiteral("form-activity"), std::move(activity));
    auto rating = std::make_unique<RatingForm>(session, std::nullopt, &window);
    rating->setCustomer(deal->customerId);
    forms.emplace_back(QStringLiteral("form-rating"), std::move(rating));
    forms.emplace_back(QStringLiteral("form-member"), std::make_unique<MemberForm>(session, member, &window));
    forms.emplace_back(QStringLiteral("form-team"),
                       std::make_unique<TeamForm>(session, std::nullopt, &window));
    forms.emplace_back(QStringLiteral("dialog-user"), std::make_unique<UserDialog>(session, &window));
    for (auto &[name, form] : forms) {
        form->show();
        QApplication::sendPostedEvents();
        EXPECT_TRUE(looksDrawn(shoot(form.get(), name + suffix))) << name.toStdString();
        form->hide();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, Screens, ::testing::Values("en", "zh_CN"));
