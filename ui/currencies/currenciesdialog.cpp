// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/currencies/currenciesdialog.h"

#include "core/domain/money.h"
#include "core/domain/rate.h"
#include "core/services/rateservice.h"
#include "core/storage/workspace.h"
#include "ui/common/changecommand.h"
#include "ui/common/messages.h"
#include "ui/common/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

namespace {
enum Column
{
    CurrencyColumn,
    MonthColumn,
    RateColumn,
    ExampleColumn
};
} // namespace

CurrenciesDialog::CurrenciesDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("currenciesDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_baseLabel = new QLabel(this);
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("baseCurrency"));
    for (const QString &code : Money::knownCurrencies())
        m_base->addItem(QStringLiteral("%1  %2").arg(code, Money::symbol(code)), code);
    m_baseNote = new QLabel(this);
    m_baseNote->setWordWrap(true);
    m_baseNote->setEnabled(false);

    m_rates = new QTableWidget(0, 4, this);
    m_rates->setObjectName(QStringLiteral("rates"));
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);

    m_newLabel = new QLabel(this);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("rateCurrency"));
    m_month = new QDateEdit(session.workspace().clock().today(), this);
    m_month->setObjectName(QStringLiteral("rateMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("rateValue"));
    m_set = new QPushButton(this);
    m_set->setObjectName(QStringLiteral("setRate"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeRate"));
    m_close = new QPushButton(this);
    m_close->setDefault(false);

    auto *base = new QHBoxLayout;
    base->addWidget(m_baseLabel);
    base->addWidget(m_base);
    base->addStretch();
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_newLabel);
    entry->addWidget(m_currency);
    entry->addWidget(m_month);
    entry->addWidget(m_rate, 1);
    entry->addWidget(m_set);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(base);
    layout->addWidget(m_baseNote);
    layout->addWidget(m_rates, 1);
    layout->addWidget(m_empty);
    layout->addLayout(entry);
    layout->addLayout(buttons);

    connect(m_base, &QComboBox::activated, this, &CurrenciesDialog::chooseBase);
    connect(m_set, &QPushButton::clicked, this, &CurrenciesDialog::setRate);
    connect(m_rate, &QLineEdit::returnPressed, this, &CurrenciesDialog::setRate);
    connect(m_remove, &QPushButton::clicked, this, &CurrenciesDialog::removeRate);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_rates, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        const int row = m_rates->currentRow();
        if (row < 0)
            return;
        m_currency->setCurrentIndex(m_currency->findData(m_rates->item(row, CurrencyColumn)->text()));
        m_month->setDate(
            QDate::fromString(m_rates->item(row, MonthColumn)->text() + QStringLiteral("-01"), Qt::ISODate));
        m_rate->setText(m_rates->item(row, RateColumn)->text());
    });
    resize(620, 460);
    retranslate();
    refresh();
}

void CurrenciesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

void CurrenciesDialog::retranslate()
{
    setWindowTitle(tr("Currencies"));
    m_intro->setText(
        tr("Scores, statements and payouts count every deal in the base currency. A deal in another "
           "currency counts at the rate of the month it closed, converted once and rounded to the "
           "cent; without a rate for that month it cannot be saved. Rates can also be imported "
           "(File ▸ Import…, “Exchange rates”: currency, month, rate)."));
    m_baseLabel->setText(tr("Base currency:"));
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("Month"), tr("Rate"), tr("Means")});
    m_newLabel->setText(tr("Rate:"));
    m_rate->setPlaceholderText(tr("e.g. 7.1 (up to six decimals)"));
    m_set->setText(tr("&Set Rate"));
    m_remove->setText(tr("&Remove Rate"));
    m_close->setText(tr("Close"));
    m_empty->setText(tr("No rates yet: every deal is in the base currency."));
}

void CurrenciesDialog::refresh()
{
    Workspace &ws = m_session.workspace();
    RateService rates(ws);
    const QString base = rates.baseCurrency();
    m_base->setCurrentIndex(m_base->findData(base));
    const bool fixed = rates.baseCurrencyFixed();
    m_base->setEnabled(m_session.isManager() && !fixed && !ws.isReadOnly());
    m_baseNote->setText(fixed ? tr("The base currency is chosen before the first deal: changing it now would "
                                   "change every figure already reported.")
                              : tr("Choose it before the first deal is entered."));

    const QString chosen = m_currency->currentData().toString();
    m_currency->clear();
    for (const QString &code : Money::knownCurrencies())
        if (code != base)
            m_currency->addItem(code, code);
    if (const int i = m_currency->findData(chosen); i >= 0)
        m_currency->setCurrentIndex(i);

    const QList<Rate> all = rates.all();
    m_rates->setRowCount(int(all.size()));
    const QLocale locale;
    for (int row = 0; row < all.size(); ++row) {
        const Rate &r = all.at(row);
        auto *currency = new QTableWidgetItem(r.currency);
        currency->setData(Qt::UserRole, r.id);
        m_rates->setItem(row, CurrencyColumn, currency);
        m_rates->setItem(row, MonthColumn, new QTableWidgetItem(r.month));
        auto *value = new QTableWidgetItem(Rate::format(r.micro));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rates->setItem(row, RateColumn, value);
        // What 100 of the currency count as: "100 USD = ¥710.00".
        const auto hundred = Rate::convert(100 * Money::minorPerMajor(r.currency), r.currency, r.micro, base);
        m_rates->setItem(
            row, ExampleColumn,
            new QTableWidgetItem(
                hundred ? QStringLiteral("100 %1 = %2").arg(r.currency, Money(*hundred, base).format(locale))
                        : QString()));
    }
    m_rates->resizeColumnsToContents();
    m_rates->setVisible(!all.isEmpty());
    m_empty->setVisible(all.isEmpty());
    updateButtons();
}

void CurrenciesDialog::updateButtons()
{
    const bool mayEdit = m_session.isManager() && !m_session.workspace().isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_currency), static_cast<QWidget *>(m_month),
                       static_cast<QWidget *>(m_rate), static_cast<QWidget *>(m_set)})
        w->setEnabled(mayEdit);
    m_remove->setEnabled(mayEdit && m_rates->currentRow() >= 0);
    if (!mayEdit)
        m_set->setToolTip(tr("Rates are set by a manager."));
}

void CurrenciesDialog::setRate()
{
    const auto micro = Rate::parse(m_rate->text());
    if (!micro) {
        Messages::error(this, tr("Currencies"), micro.message());
        return;
    }
    Rate rate;
    rate.currency = m_currency->currentData().toString();
    rate.month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    rate.micro = *micro;
    RateService rates(m_session.workspace());
    const Status st = ChangeCommand::perform(
        m_session, tr("Set the %1 rate for %2").arg(rate.currency, rate.month), [&]() -> Status {
            const auto set = rates.set(rate);
            return set ? success() : Status(set.problems());
        });
    if (!st) {
        Messages::error(this, tr("Currencies"), st.message());
        return;
    }
    m_rate->clear();
    refresh();
}

void CurrenciesDialog::removeRate()
{
    const int row = m_rates->currentRow();
    if (row < 0)
        return;
    const QString id = m_rates->item(row, CurrencyColumn)->data(Qt::UserRole).toString();
    const QString what = m_rates->item(row, CurrencyColumn)->text() + QLatin1Char(' ') +
                         m_rates->item(row, MonthColumn)->text();
    const Status st = ChangeCommand::perform(m_session, tr("Remove the %1 rate").arg(what),
                                             [&] { return RateService(m_session.workspace()).remove(id); });
    if (!st)
        Messages::error(this, tr("Currencies"), st.message());
    refresh();
}

void CurrenciesDialog::chooseBase()
{
    const QString code = m_base->currentData().toString();
    const Status st = ChangeCommand::perform(m_session, tr("Set the base currency to %1").arg(code), [&] {
        return RateService(m_session.workspace()).setBaseCurrency(code);
    });
    if (!st)
        Messages::error(this, tr("Currencies"), st.message());
    refresh();
}

} // namespace attain
