// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/dealspage.h"
#include "ui/common/session.h"

#include "core/services/dealservice.h"
#include "ui/forms/dealform.h"

#include <QVBoxLayout>

namespace attain {

DealsPage::DealsPage(Session &session, QWidget *parent) : RecordPage(session, parent)
{
    setObjectName(QStringLiteral("dealsPage"));
    auto *view = new RecordView(session, ViewSpec::deals(), QStringLiteral("views/deals"),
                                RecordView::StageFilter | RecordView::OwnerFilter | RecordView::TeamFilter |
                                    RecordView::PeriodFilter | RecordView::ProductFilter,
                                this);
    view->setCountText([](int n) { return tr("%n deal(s)", nullptr, n); });
    attach(view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(view);
}

void DealsPage::createRecord()
{
    DealForm form(m_session, std::nullopt, this);
    form.exec();
}

void DealsPage::editRecord(const QString &id)
{
    const auto deal = DealService(m_session.workspace()).find(id);
    if (!deal)
        return;
    DealForm form(m_session, deal, this);
    form.exec();
}

void DealsPage::deleteRecord(const QString &id)
{
    const auto deal = DealService(m_session.workspace()).find(id);
    confirmAndDelete(EntityKind::Deal, deal.has_value(),
                     deal ? tr("deal %1").arg(deal->externalId) : QString(),
                     [&] { return DealService(m_session.workspace()).remove(id); });
}

} // namespace attain
