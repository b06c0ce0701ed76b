// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ratings/ratingspage.h"
#include "ui/common/session.h"

#include "core/services/ratingservice.h"
#include "ui/forms/ratingform.h"

#include <QVBoxLayout>

namespace attain {

RatingsPage::RatingsPage(Session &session, QWidget *parent) : RecordPage(session, parent)
{
    setObjectName(QStringLiteral("ratingsPage"));
    auto *view =
        new RecordView(session, ViewSpec::ratings(), QStringLiteral("views/ratings"),
                       RecordView::OwnerFilter | RecordView::TeamFilter | RecordView::PeriodFilter, this);
    view->setCountText([](int n) { return tr("%n rating(s)", nullptr, n); });
    attach(view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(view);
}

void RatingsPage::createRecord()
{
    RatingForm form(m_session, std::nullopt, this);
    form.exec();
}

void RatingsPage::editRecord(const QString &id)
{
    const auto rating = RatingService(m_session.workspace()).find(id);
    if (!rating)
        return;
    RatingForm form(m_session, rating, this);
    form.exec();
}

void RatingsPage::deleteRecord(const QString &id)
{
    const auto rating = RatingService(m_session.workspace()).find(id);
    confirmAndDelete(EntityKind::Rating, rating.has_value(), tr("this rating"),
                     [&] { return RatingService(m_session.workspace()).remove(id); });
}

} // namespace attain
