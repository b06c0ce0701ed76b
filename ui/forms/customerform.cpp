// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/customerform.h"
#include "ui/common/session.h"

#include "core/services/customerservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/membercombo.h"
#include "ui/common/messages.h"
#include "ui/common/optionaldateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace attain {

CustomerForm::CustomerForm(Session &session, std::optional<Customer> existing, QWidget *parent)
    : RecordForm(session, parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("customerForm"));
    Workspace &ws = session.workspace();
    const QDate today = ws.clock().today();
    setWindowTitle(m_existing ? tr("Edit Customer") : tr("New Customer"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_owner = new MemberCombo(ws, MemberCombo::CreditableOnly | MemberCombo::AllowNone, this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_ownerSince = new OptionalDateEdit(this);
    m_ownerSince->setObjectName(QStringLiteral("ownerSince"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->addItems({QString(), tr("Referral"), tr("Trade fair"), tr("Website"), tr("Cold call"),
                        tr("Partner"), tr("Online ad")});
    m_created = new QDateEdit(today, this);
    m_created->setObjectName(QStringLiteral("createdOn"));
    m_created->setCalendarPopup(true);
    m_created->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_externalId = new QLineEdit(this);
    m_externalId->setObjectName(QStringLiteral("externalId"));
    m_externalId->setPlaceholderText(tr("optional, e.g. from another system"));

    addRow({QStringLiteral("name")}, tr("Name"), m_name);
    addRow({QStringLiteral("phone")}, tr("Phone"), m_phone);
    addRow({QStringLiteral("owner")}, tr("Owner"), m_owner);
    addRow({QStringLiteral("owner_since")}, tr("Owner since"), m_ownerSince);
    addRow({QStringLiteral("source")}, tr("Source"), m_source);
    addRow({QStringLiteral("created_on")}, tr("Created on"), m_created);
    addRow({QStringLiteral("external_id")}, tr("External no."), m_externalId);

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this, today] {
        if (!m_owner->memberId().isEmpty() && !m_ownerSince->value().isValid())
            m_ownerSince->setValue(today);
        if (m_owner->memberId().isEmpty())
            m_ownerSince->setValue(QDate());
    });
    if (m_existing) {
        const Customer &c = *m_existing;
        m_name->setText(c.name);
        m_phone->setText(c.phone);
        m_owner->setMemberId(c.ownerId);
        m_ownerSince->setValue(c.ownerSince);
        m_source->setCurrentText(c.source);
        m_created->setDate(c.createdOn);
        m_externalId->setText(c.externalId);
    } else {
        const auto user = session.user();
        m_owner->setMemberId(user && user->isScored() ? user->id : QString());
        m_ownerSince->setValue(user && user->isScored() ? today : QDate());
    }
    m_name->setFocus();
}

bool CustomerForm::save()
{
    Customer c = m_existing.value_or(Customer());
    c.name = m_name->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.ownerId = m_owner->memberId();
    c.ownerSince = m_ownerSince->value();
    c.source = m_source->currentText().trimmed();
    c.createdOn = m_created->date();
    c.externalId = m_externalId->text().trimmed();
    CustomerService customers(m_session.workspace());
    if (!m_existing) {
        if (const Problems problems = c.validate(); !problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        const QList<Customer> same = customers.duplicatesOf(c);
        if (!same.isEmpty()) {
            QStringList lines;
            for (const Customer &d : same)
                lines << (d.phone.isEmpty() ? QStringLiteral("• %1").arg(d.name)
                                            : QStringLiteral("• %1 (%2)").arg(d.name, d.phone));
            if (!Messages::ask(
                    this, tr("Possible duplicate"),
                    tr("These customers have the same name or phone:\n%1\n\nCreate “%2” as a new customer "
                       "anyway?")
                        .arg(lines.join(QLatin1Char('\n')), c.name)))
                return false;
        }
    }
    const auto saved = ChangeCommand::save(m_session, EntityKind::Customer, m_existing, c, [&] {
        return m_existing ? customers.update(c) : customers.create(c);
    });
    if (!saved) {
        showProblems(saved.problems());
        return false;
    }
    m_saved = *saved;
    return true;
}

} // namespace attain
