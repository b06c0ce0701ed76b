// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/activityform.h"
#include "ui/common/session.h"

#include "core/domain/dates.h"
#include "core/queries/lookups.h"
#include "core/services/activityservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/customerpicker.h"
#include "ui/common/membercombo.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QShortcut>

namespace attain {

ActivityForm::ActivityForm(Session &session, std::optional<Activity> existing, QWidget *parent)
    : RecordForm(session, parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("activityForm"));
    Workspace &ws = session.workspace();
    setWindowTitle(m_existing ? tr("Edit Follow-up") : tr("New Follow-up"));
    m_member = new MemberCombo(ws, MemberCombo::CreditableOnly, this);
    m_member->setObjectName(QStringLiteral("member"));
    m_customer = new CustomerPicker(ws, this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_deal = new QComboBox(this);
    m_deal->setObjectName(QStringLiteral("deal"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (ActivityKind k : {ActivityKind::Call, ActivityKind::Visit, ActivityKind::Meeting,
                           ActivityKind::Email, ActivityKind::Note})
        m_kind->addItem(Activity::kindLabel(k), Activity::kindKey(k));
    m_at = new QDateTimeEdit(Dates::wallClock(ws.clock().now()), this);
    m_at->setObjectName(QStringLiteral("at"));
    m_at->setTimeSpec(Qt::UTC); // wall-clock time, as typed
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was discussed, what comes next (Ctrl+Enter saves)"));
    m_notes->setMaximumHeight(120);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &ActivityForm::accept);

    addRow({QStringLiteral("member")}, tr("Member"), m_member);
    addRow({QStringLiteral("customer")}, tr("Customer"), m_customer);
    addRow({QStringLiteral("deal")}, tr("Deal"), m_deal);
    addRow({QStringLiteral("kind")}, tr("Kind"), m_kind);
    addRow({QStringLiteral("at")}, tr("When"), m_at);
    addRow({QStringLiteral("notes")}, tr("Notes"), m_notes);
    connect(m_customer, &CustomerPicker::customerChanged, this, &ActivityForm::fillDeals);
    fillDeals(QString());
    if (m_existing) {
        const Activity &a = *m_existing;
        m_member->setMemberId(a.memberId);
        m_customer->setCustomer(a.customerId);
        m_deal->setCurrentIndex(std::max(0, m_deal->findData(a.dealId)));
        m_kind->setCurrentIndex(m_kind->findData(Activity::kindKey(a.kind)));
        m_at->setDateTime(a.at);
        m_notes->setPlainText(a.notes);
    } else if (const auto user = session.user(); user && user->isScored()) {
        m_member->setMemberId(user->id);
    }
    m_customer->setFocus();
}

void ActivityForm::setCustomer(const QString &customerId)
{
    m_customer->setCustomer(customerId);
    m_kind->setFocus();
}

void ActivityForm::fillDeals(const QString &customerId)
{
    m_deal->clear();
    m_deal->addItem(tr("(no particular deal)"), QString());
    if (customerId.isEmpty())
        return;
    const QLocale locale;
    for (const Deal &d : Lookups::dealsOfCustomer(m_session.workspace(), customerId))
        m_deal->addItem(QStringLiteral("%1 · %2 · %3")
                            .arg(d.externalId, d.amount.format(locale), Deal::stageLabel(d.stage)),
                        d.id);
}

bool ActivityForm::save()
{
    Activity a = m_existing.value_or(Activity());
    if (m_customer->customerId().isEmpty() && !m_customer->text().trimmed().isEmpty())
        m_customer->chooseFirstMatch();
    a.memberId = m_member->memberId();
    a.customerId = m_customer->customerId();
    a.dealId = m_deal->currentData().toString();
    a.kind = Activity::kindFromText(m_kind->currentData().toString()).value_or(ActivityKind::Call);
    a.at = Dates::wallClock(m_at->date(), QTime(m_at->time().hour(), m_at->time().minute()));
    a.notes = m_notes->toPlainText().trimmed();
    if (!confirmClosedPeriod({a.at.date(), m_existing ? m_existing->at.date() : QDate()}))
        return false;
    ActivityService activities(m_session.workspace());
    const auto saved = ChangeCommand::save(m_session, EntityKind::Activity, m_existing, a, [&] {
        return m_existing ? activities.update(a) : activities.create(a);
    });
    if (!saved) {
        showProblems(saved.problems());
        return false;
    }
    return true;
}

} // namespace attain
