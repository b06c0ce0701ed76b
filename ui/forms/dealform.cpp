// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/dealform.h"
#include "ui/common/session.h"

#include "core/queries/lookups.h"
#include "core/services/dealservice.h"
#include "core/services/rateservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/customerpicker.h"
#include "ui/common/membercombo.h"
#include "ui/common/messages.h"
#include "ui/common/moneyedit.h"
#include "ui/common/optionaldateedit.h"
#include "ui/forms/splitseditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>

namespace attain {

DealForm::DealForm(Session &session, std::optional<Deal> existing, QWidget *parent)
    : RecordForm(session, parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("dealForm"));
    Workspace &ws = session.workspace();
    const QDate today = ws.clock().today();
    setWindowTitle(m_existing ? tr("Edit Deal") : tr("New Deal"));

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_customer = new CustomerPicker(ws, this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_owner = new MemberCombo(ws, MemberCombo::CreditableOnly, this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    const QString base = RateService(ws).baseCurrency();
    m_amount->setCurrency(base);
    // The deal's currency: the base, or one the workspace has rates for (shown only where there are some).
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    QStringList currencies{base};
    for (const Rate &r : RateService(ws).all())
        if (!currencies.contains(r.currency))
            currencies << r.currency;
    if (m_existing && !currencies.contains(m_existing->amount.currency()))
        currencies << m_existing->amount.currency();
    for (const QString &code : std::as_const(currencies))
        m_currency->addItem(code, code);
    m_currency->setVisible(currencies.size() > 1);
    m_currency->setToolTip(tr("Counts in %1 at the rate of the month the deal closes").arg(base));
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        // The figure typed stays; its symbol follows the currency.
        const auto typed = m_amount->value();
        const QString code = m_currency->currentData().toString();
        m_amount->setCurrency(code);
        if (typed)
            if (const auto again = Money::parse(typed->toDecimalString(), code))
                m_amount->setValue(*again);
    });
    auto *amountRow = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (Stage s : {Stage::Open, Stage::Won, Stage::Lost})
        m_stage->addItem(Deal::stageLabel(s), Deal::stageKey(s));
    m_created = new QDateEdit(today, this);
    m_created->setObjectName(QStringLiteral("createdOn"));
    m_created->setCalendarPopup(true);
    m_created->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_closed = new OptionalDateEdit(this);
    m_closed->setObjectName(QStringLiteral("closedOn"));
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setEditable(true);
    m_product->addItem(QString());
    m_product->addItems(Lookups::recentProducts(ws));
    m_contract = new QLineEdit(this);
    m_contract->setObjectName(QStringLiteral("contractNo"));
    m_splits = new SplitsEditor(ws, this);
    m_splits->setObjectName(QStringLiteral("splits"));
    m_confirmed = new OptionalDateEdit(this);
    m_confirmed->setObjectName(QStringLiteral("confirmedOn"));
    m_confirmed->setEnabled(session.isManager());
    m_confirmed->setToolTip(tr("Set by finance's confirmation file or by a manager"));

    addRow({QStringLiteral("external_id")}, tr("Deal no."), m_number);
    addRow({QStringLiteral("customer")}, tr("Customer"), m_customer);
    addRow({QStringLiteral("owner")}, tr("Owner"), m_owner);
    addRow({QStringLiteral("amount"), QStringLiteral("currency")}, tr("Amount"), amountRow);
    addRow({QStringLiteral("stage")}, tr("Stage"), m_stage);
    addRow({QStringLiteral("created_on")}, tr("Created on"), m_created);
    addRow({QStringLiteral("closed_on")}, tr("Closed on / expected"), m_closed);
    addRow({QStringLiteral("product")}, tr("Product"), m_product);
    addRow({QStringLiteral("contract_no")}, tr("Contract no."), m_contract);
    addRow({QStringLiteral("splits")}, tr("Credit splits"), m_splits);
    addRow({QStringLiteral("confirmed_on")}, tr("Confirmed on"), m_confirmed);

    connect(m_owner, &QComboBox::currentIndexChanged, this,
            [this] { m_splits->setOwner(m_owner->memberId()); });
    if (m_existing) {
        const Deal &d = *m_existing;
        m_number->setText(d.externalId);
        m_customer->setCustomer(d.customerId);
        m_owner->setMemberId(d.ownerId);
        m_currency->setCurrentIndex(m_currency->findData(d.amount.currency()));
        m_amount->setValue(d.amount);
        m_stage->setCurrentIndex(m_stage->findData(Deal::stageKey(d.stage)));
        m_created->setDate(d.createdOn);
        m_closed->setValue(d.closedOn);
        m_product->setCurrentText(d.product);
        m_contract->setText(d.contractNo);
        m_splits->setSplits(d.splits);
        m_confirmed->setValue(d.confirmedOn);
    } else {
        m_number->setText(Lookups::nextDealNumber(ws, today));
        if (const auto user = session.user(); user && user->isScored())
            m_owner->setMemberId(user->id);
    }
    m_splits->setOwner(m_owner->memberId());
    // A won deal is usually closed today; the date follows the stage unless one was chosen.
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this, today] {
        if (m_stage->currentData().toString() != QLatin1String("open") && !m_closed->value().isValid())
            m_closed->setValue(today);
    });
    const QList<QWidget *> order = {m_number, m_customer, m_owner,  m_amount,  m_currency,
                                    m_stage,  m_created,  m_closed, m_product, m_contract};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_customer->setFocus();
}

void DealForm::setCustomer(const QString &customerId)
{
    m_customer->setCustomer(customerId);
    m_amount->setFocus();
}

bool DealForm::save()
{
    Problems problems;
    Deal d = m_existing.value_or(Deal());
    d.externalId = m_number->text().trimmed();
    const bool unknownCustomer = m_customer->customerId().isEmpty() &&
                                 !m_customer->text().trimmed().isEmpty() && !m_customer->chooseFirstMatch();
    if (unknownCustomer)
        problems << Problem{
            QStringLiteral("customer"),
            tr("no customer matches “%1”; create it first").arg(m_customer->text().trimmed())};
    d.customerId = m_customer->customerId();
    d.ownerId = m_owner->memberId();
    const auto amount = m_amount->value();
    if (amount)
        d.amount = *amount;
    else
        problems += amount.problems();
    d.stage = Deal::stageFromText(m_stage->currentData().toString()).value_or(Stage::Open);
    d.createdOn = m_created->date();
    d.closedOn = m_closed->value();
    d.product = m_product->currentText().trimmed();
    d.contractNo = m_contract->text().trimmed();
    d.splits = m_splits->splits();
    d.confirmedOn = m_confirmed->value();
    if (!problems.isEmpty()) {
        // Shown together with whatever else the core finds, so one save lists every problem.
        for (const Problem &p : DealService(m_session.workspace()).check(d))
            if (!(unknownCustomer && p.field == QLatin1String("customer")))
                problems << p;
        showProblems(problems);
        return false;
    }
    // A won or lost deal counts in the period it closed: changing one of a closed period asks first.
    QList<QDate> days;
    if (d.stage != Stage::Open)
        days << d.closedOn;
    if (m_existing && m_existing->stage != Stage::Open)
        days << m_existing->closedOn;
    if (!(m_existing && m_existing->storesSameAs(d)) && !confirmClosedPeriod(days))
        return false;
    DealService deals(m_session.workspace());
    DealService::Outcome outcome;
    const auto saved = ChangeCommand::save(m_session, EntityKind::Deal, m_existing, d, [&] {
        return m_existing ? deals.update(d, &outcome) : deals.create(d, &outcome);
    });
    if (!saved) {
        showProblems(saved.problems());
        return false;
    }
    if (outcome.conflictRecorded)
        Messages::info(
            this, tr("Ownership conflict"),
            tr("This customer is still protected for its owner. The deal was saved and a conflict was "
               "recorded for a manager to decide who is credited."));
    else if (outcome.customerClaimed)
        Messages::info(this, tr("Customer claimed"),
                       tr("The owner's protection of this customer had lapsed; the customer is now yours."));
    return true;
}

} // namespace attain
