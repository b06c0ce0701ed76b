// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/ratingform.h"
#include "ui/common/session.h"

#include "core/queries/lookups.h"
#include "core/services/ratingservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/customerpicker.h"
#include "ui/common/membercombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace attain {

RatingForm::RatingForm(Session &session, std::optional<Rating> existing, QWidget *parent)
    : RecordForm(session, parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("ratingForm"));
    Workspace &ws = session.workspace();
    setWindowTitle(m_existing ? tr("Edit Rating") : tr("New Rating"));
    m_customer = new CustomerPicker(ws, this);
    m_customer->setObjectName(QStringLiteral("customer"));
    // Nothing chosen for the user: not the rated member (a rep rating themselves is the easiest award to
    // give oneself), nor five stars.
    m_member = new MemberCombo(ws, MemberCombo::CreditableOnly | MemberCombo::AllowNone, this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setItemText(0, tr("(choose the member rated)"));
    m_deal = new QComboBox(this);
    m_deal->setObjectName(QStringLiteral("deal"));
    m_score = new QComboBox(this);
    m_score->setObjectName(QStringLiteral("score"));
    m_score->addItem(tr("(choose a score)"), 0);
    for (int s = 5; s >= 1; --s)
        m_score->addItem(
            QString(s, QChar(0x2605)) + QString(5 - s, QChar(0x2606)) + QStringLiteral("  %1").arg(s), s);
    m_date = new QDateEdit(ws.clock().today(), this);
    m_date->setObjectName(QStringLiteral("ratedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));

    addRow({QStringLiteral("customer")}, tr("Customer"), m_customer);
    addRow({QStringLiteral("member")}, tr("Member rated"), m_member);
    addRow({QStringLiteral("deal")}, tr("Deal"), m_deal);
    addRow({QStringLiteral("score")}, tr("Score"), m_score);
    addRow({QStringLiteral("rated_on")}, tr("Date"), m_date);
    addRow({QStringLiteral("comment")}, tr("Comment"), m_comment);
    if (m_existing && m_existing->selfEntered()) {
        // Entered by the member it rates: its 5-star award waits for a manager, who confirms it here.
        const auto user = session.user();
        const bool manager = user && user->role == Role::Manager && user->id != m_existing->memberId;
        m_confirmed = new QCheckBox(tr("Confirmed: the customer really gave this rating"), this);
        m_confirmed->setObjectName(QStringLiteral("confirmed"));
        m_confirmed->setChecked(!m_existing->confirmedBy.isEmpty());
        m_confirmed->setEnabled(manager);
        m_confirmed->setToolTip(manager ? tr("A rating entered by the member it rates pays its award once a "
                                             "manager confirms it.")
                                        : tr("Entered by the member it rates: a manager confirms it before "
                                             "its award is paid."));
        addRow({QStringLiteral("confirmed_by")}, tr("Confirmation"), m_confirmed);
    }
    connect(m_customer, &CustomerPicker::customerChanged, this, &RatingForm::fillDeals);
    fillDeals(QString());
    if (m_existing) {
        const Rating &r = *m_existing;
        m_customer->setCustomer(r.customerId);
        m_member->setMemberId(r.memberId);
        m_deal->setCurrentIndex(std::max(0, m_deal->findData(r.dealId)));
        m_score->setCurrentIndex(m_score->findData(r.score));
        m_date->setDate(r.ratedOn);
        m_comment->setText(r.comment);
    }
    m_customer->setFocus();
}

void RatingForm::setCustomer(const QString &customerId)
{
    m_customer->setCustomer(customerId);
    m_score->setFocus();
}

void RatingForm::fillDeals(const QString &customerId)
{
    m_deal->clear();
    m_deal->addItem(tr("(no particular deal)"), QString());
    if (customerId.isEmpty())
        return;
    const QLocale locale;
    for (const Deal &d : Lookups::dealsOfCustomer(m_session.workspace(), customerId))
        m_deal->addItem(QStringLiteral("%1 · %2").arg(d.externalId, d.amount.format(locale)), d.id);
}

bool RatingForm::save()
{
    Rating r = m_existing.value_or(Rating());
    if (m_customer->customerId().isEmpty() && !m_customer->text().trimmed().isEmpty())
        m_customer->chooseFirstMatch();
    r.customerId = m_customer->customerId();
    r.memberId = m_member->memberId();
    r.dealId = m_deal->currentData().toString();
    r.score = m_score->currentData().toInt();
    r.ratedOn = m_date->date();
    r.comment = m_comment->text().trimmed();
    if (m_confirmed && m_confirmed->isEnabled()) {
        const auto user = m_session.user();
        if (m_confirmed->isChecked() && r.confirmedBy.isEmpty() && user) {
            r.confirmedBy = user->id;
            r.confirmedOn = m_session.workspace().clock().today();
        } else if (!m_confirmed->isChecked()) {
            r.confirmedBy.clear();
            r.confirmedOn = QDate();
        }
    }
    if (!confirmClosedPeriod({r.ratedOn, m_existing ? m_existing->ratedOn : QDate()}))
        return false;
    RatingService ratings(m_session.workspace());
    const auto saved = ChangeCommand::save(m_session, EntityKind::Rating, m_existing, r, [&] {
        return m_existing ? ratings.update(r) : ratings.create(r);
    });
    if (!saved) {
        showProblems(saved.problems());
        return false;
    }
    return true;
}

} // namespace attain
