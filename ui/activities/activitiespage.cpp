// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/activities/activitiespage.h"
#include "ui/common/session.h"

#include "core/services/activityservice.h"
#include "ui/forms/activityform.h"

#include <QVBoxLayout>

namespace attain {

ActivitiesPage::ActivitiesPage(Session &session, QWidget *parent) : RecordPage(session, parent)
{
    setObjectName(QStringLiteral("activitiesPage"));
    auto *view = new RecordView(session, ViewSpec::activities(), QStringLiteral("views/activities"),
                                RecordView::KindFilter | RecordView::OwnerFilter | RecordView::TeamFilter |
                                    RecordView::PeriodFilter,
                                this);
    view->setCountText([](int n) { return tr("%n follow-up(s)", nullptr, n); });
    attach(view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(view);
}

void ActivitiesPage::createRecord()
{
    ActivityForm form(m_session, std::nullopt, this);
    form.exec();
}

void ActivitiesPage::editRecord(const QString &id)
{
    const auto activity = ActivityService(m_session.workspace()).find(id);
    if (!activity)
        return;
    ActivityForm form(m_session, activity, this);
    form.exec();
}

void ActivitiesPage::deleteRecord(const QString &id)
{
    const auto activity = ActivityService(m_session.workspace()).find(id);
    confirmAndDelete(EntityKind::Activity, activity.has_value(), tr("this follow-up"),
                     [&] { return ActivityService(m_session.workspace()).remove(id); });
}

} // namespace attain
