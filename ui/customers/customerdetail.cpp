// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/customerdetail.h"

#include "core/services/customerservice.h"
#include "core/services/memberservice.h"
#include "core/services/ownershipservice.h"
#include "ui/common/recordtablemodel.h"
#include "ui/common/recordview.h"
#include "ui/common/session.h"
#include "ui/forms/activityform.h"
#include "ui/forms/dealform.h"
#include "ui/forms/ratingform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace attain {

CustomerDetail::CustomerDetail(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("customerDetail"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 17px; font-weight: 600;"));
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("customerFacts"));
    m_facts->setWordWrap(true);
    m_newDeal = new QPushButton(QIcon(QStringLiteral(":/icons/deals.svg")), QString(), this);
    m_newDeal->setObjectName(QStringLiteral("newDealForCustomer"));
    m_newActivity = new QPushButton(QIcon(QStringLiteral(":/icons/activities.svg")), QString(), this);
    m_newActivity->setObjectName(QStringLiteral("newActivityForCustomer"));
    m_newRating = new QPushButton(QIcon(QStringLiteral(":/icons/ratings.svg")), QString(), this);
    m_newRating->setObjectName(QStringLiteral("newRatingForCustomer"));
    connect(m_newDeal, &QPushButton::clicked, this, [this] {
        DealForm form(m_session, std::nullopt, this);
        form.setCustomer(m_customerId);
        form.exec();
    });
    connect(m_newActivity, &QPushButton::clicked, this, [this] {
        ActivityForm form(m_session, std::nullopt, this);
        form.setCustomer(m_customerId);
        form.exec();
    });
    connect(m_newRating, &QPushButton::clicked, this, [this] {
        RatingForm form(m_session, std::nullopt, this);
        form.setCustomer(m_customerId);
        form.exec();
    });

    auto embedded = [this](ViewSpec spec, const QString &key) {
        auto *view = new RecordView(m_session, std::move(spec), key, {}, this);
        view->setBarVisible(false);
        view->setActionsVisible(false);
        view->hideColumn(QStringLiteral("customer"));
        view->setFixedFilter([this](RecordFilter &f) {
            f.customerId = m_customerId.isEmpty() ? QStringLiteral("-") : m_customerId;
        });
        return view;
    };
    m_deals = embedded(ViewSpec::deals(), QStringLiteral("views/customerDeals"));
    m_activities = embedded(ViewSpec::activities(), QStringLiteral("views/customerActivities"));
    m_ratings = embedded(ViewSpec::ratings(), QStringLiteral("views/customerRatings"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->addTab(m_deals, QIcon(QStringLiteral(":/icons/deals.svg")), QString());
    m_tabs->addTab(m_activities, QIcon(QStringLiteral(":/icons/activities.svg")), QString());
    m_tabs->addTab(m_ratings, QIcon(QStringLiteral(":/icons/ratings.svg")), QString());
    for (RecordView *v : {m_deals, m_activities, m_ratings})
        connect(v->model(), &RecordTableModel::loaded, this, &CustomerDetail::retranslate);

    auto *head = new QHBoxLayout;
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_facts);
    head->addLayout(text, 1);
    head->addWidget(m_newDeal);
    head->addWidget(m_newActivity);
    head->addWidget(m_newRating);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    connect(&m_session.workspace(), &Workspace::changed, this, [this] { refresh(); });
    retranslate();
    setCustomer(QString());
}

void CustomerDetail::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    for (RecordView *v : {m_deals, m_activities, m_ratings})
        v->applyFilter();
    refresh();
}

void CustomerDetail::refresh()
{
    const bool has = !m_customerId.isEmpty();
    for (QPushButton *b : {m_newDeal, m_newActivity, m_newRating})
        b->setEnabled(has);
    if (!has) {
        m_title->setText(tr("Choose a customer to see its deals, follow-ups and ratings"));
        m_facts->clear();
        return;
    }
    Workspace &ws = m_session.workspace();
    const auto c = CustomerService(ws).find(m_customerId);
    if (!c) {
        setCustomer(QString());
        return;
    }
    m_title->setText(c->name);
    QStringList facts;
    if (!c->phone.isEmpty())
        facts << tr("Phone %1").arg(c->phone);
    const QLocale locale;
    if (const auto owner = MemberService(ws).find(c->ownerId)) {
        const QDate until = OwnershipService(ws).protectedUntil(c->id);
        const QString line =
            until.isValid() && until >= ws.clock().today()
                ? tr("Owned by %1 since %2, protected until %3")
                      .arg(owner->name, locale.toString(c->ownerSince, QLocale::ShortFormat),
                           locale.toString(until, QLocale::ShortFormat))
                : tr("Owned by %1 since %2; protection lapsed")
                      .arg(owner->name, locale.toString(c->ownerSince, QLocale::ShortFormat));
        facts << line;
    } else {
        facts << tr("No owner");
    }
    if (!c->source.isEmpty())
        facts << tr("Source: %1").arg(c->source);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
}

void CustomerDetail::retranslate()
{
    m_newDeal->setText(tr("New deal"));
    m_newActivity->setText(tr("Log follow-up"));
    m_newRating->setText(tr("Add rating"));
    m_tabs->setTabText(0, tr("Deals (%1)").arg(m_deals->model()->rowCount()));
    m_tabs->setTabText(1, tr("Follow-ups (%1)").arg(m_activities->model()->rowCount()));
    m_tabs->setTabText(2, tr("Ratings (%1)").arg(m_ratings->model()->rowCount()));
    refresh();
}

void CustomerDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace attain
