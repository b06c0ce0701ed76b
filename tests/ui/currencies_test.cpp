// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Currencies and Rates… as a manager uses it on the demo: a June rate set from the dialog converts
// the deals that take it, the deal form then offers the currency, undo takes the rate back; rendered to
// build/tests/screenshots in English and Chinese.
#include "core/domain/rate.h"
#include "core/services/dealservice.h"
#include "core/services/rateservice.h"
#include "core/storage/statement.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/session.h"
#include "ui/currencies/currenciesdialog.h"
#include "ui/forms/dealform.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace attain;
using namespace attain::test;

class CurrenciesUi : public DemoWindowTest
{};

TEST_P(CurrenciesUi, AManagerSetsARateAndTheDealFormOffersItsCurrency)
{
    Session &session = *m_window->session();
    CurrenciesDialog dialog(session, m_window.get());
    dialog.show();
    QApplication::sendPostedEvents();
    auto *base = dialog.findChild<QComboBox *>(QStringLiteral("baseCurrency"));
    ASSERT_TRUE(base);
    EXPECT_EQ(base->currentData().toString(), QStringLiteral("CNY"));
    EXPECT_FALSE(base->isEnabled()); // the demo has deals: the base is fixed
    auto *rates = dialog.findChild<QTableWidget *>(QStringLiteral("rates"));
    EXPECT_FALSE(rates->isVisibleTo(&dialog)); // none yet
    EXPECT_TRUE(looksDrawn(shoot(&dialog, QStringLiteral("dialog-currencies-empty") + suffix())));

    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("rateCurrency"));
    currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
    dialog.findChild<QDateEdit *>(QStringLiteral("rateMonth"))->setDate(QDate(2025, 6, 1));
    dialog.findChild<QLineEdit *>(QStringLiteral("rateValue"))->setText(QStringLiteral("7.1"));
    dialog.findChild<QPushButton *>(QStringLiteral("setRate"))->click();
    EXPECT_TRUE(m_messages.shown.isEmpty()) << qPrintable(m_messages.shown.value(0));
    ASSERT_EQ(rates->rowCount(), 1);
    EXPECT_EQ(rates->item(0, 0)->text(), QStringLiteral("USD"));
    EXPECT_EQ(rates->item(0, 1)->text(), QStringLiteral("2025-06"));
    EXPECT_EQ(rates->item(0, 2)->text(), QStringLiteral("7.1"));
    EXPECT_EQ(rates->item(0, 3)->text(), QStringLiteral("100 USD = ¥710.00")); // $100 × 7.1
    EXPECT_TRUE(looksDrawn(shoot(&dialog, QStringLiteral("dialog-currencies") + suffix())));
    dialog.accept();

    // A deal form now offers USD beside the base; a $1,000.00 deal won in June counts ¥7,100.00.
    QString dealId;
    {
        Statement st(ws(), "SELECT id FROM deals WHERE stage = 'won' AND closed_on LIKE '2025-06%' LIMIT 1");
        ASSERT_TRUE(st.next());
        dealId = st.text(0);
    }
    Deal deal = *DealService(ws()).find(dealId);
    DealForm form(session, deal, m_window.get());
    form.show();
    QApplication::sendPostedEvents();
    auto *formCurrency = form.findChild<QComboBox *>(QStringLiteral("currency"));
    ASSERT_TRUE(formCurrency);
    EXPECT_TRUE(formCurrency->isVisibleTo(&form));
    EXPECT_GE(formCurrency->findData(QStringLiteral("USD")), 0);
    formCurrency->setCurrentIndex(formCurrency->findData(QStringLiteral("USD")));
    EXPECT_TRUE(looksDrawn(shoot(&form, QStringLiteral("form-deal-currency") + suffix())));
    form.reject();
    deal.amount = Money(100'000, QStringLiteral("USD"));
    ASSERT_TRUE(DealService(ws()).update(deal));
    EXPECT_EQ(*DealService(ws()).find(dealId)->baseMinor, 710'000);

    // Undoing the rate now would leave that deal without one: refused, the rate stays.
    session.undoStack().undo();
    EXPECT_EQ(RateService(ws()).all().size(), 1);
    ASSERT_FALSE(m_messages.shown.isEmpty());
    // Back in yuan, the rate can be removed.
    deal.amount = Money(100'000);
    ASSERT_TRUE(DealService(ws()).update(deal));
    ASSERT_TRUE(RateService(ws()).remove(RateService(ws()).all().first().id));
    EXPECT_TRUE(RateService(ws()).all().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Languages, CurrenciesUi, ::testing::Values("en", "zh_CN"));
