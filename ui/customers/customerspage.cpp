// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/customerspage.h"
#include "ui/common/session.h"

#include "core/services/customerservice.h"
#include "ui/customers/customerdetail.h"
#include "ui/forms/customerform.h"

#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace attain {

CustomersPage::CustomersPage(Session &session, QWidget *parent) : RecordPage(session, parent)
{
    setObjectName(QStringLiteral("customersPage"));
    auto *view =
        new RecordView(session, ViewSpec::customers(), QStringLiteral("views/customers"),
                       RecordView::OwnerFilter | RecordView::TeamFilter | RecordView::PeriodFilter, this);
    view->setCountText([](int n) { return tr("%n customer(s)", nullptr, n); });
    attach(view);
    m_detail = new CustomerDetail(session, this);
    connect(view, &RecordView::currentChanged, m_detail, &CustomerDetail::setCustomer);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("customersSplitter"));
    m_splitter->addWidget(view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(QSettings().value(QStringLiteral("views/customers/splitter")).toByteArray());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_splitter);
}

CustomersPage::~CustomersPage()
{
    QSettings().setValue(QStringLiteral("views/customers/splitter"), m_splitter->saveState());
}

void CustomersPage::createRecord()
{
    CustomerForm form(m_session, std::nullopt, this);
    form.exec();
}

void CustomersPage::editRecord(const QString &id)
{
    const auto customer = CustomerService(m_session.workspace()).find(id);
    if (!customer)
        return;
    CustomerForm form(m_session, customer, this);
    form.exec();
}

void CustomersPage::deleteRecord(const QString &id)
{
    const auto customer = CustomerService(m_session.workspace()).find(id);
    confirmAndDelete(EntityKind::Customer, customer.has_value(),
                     customer ? tr("the customer “%1”").arg(customer->name) : QString(),
                     [&] { return CustomerService(m_session.workspace()).remove(id); });
}

} // namespace attain
