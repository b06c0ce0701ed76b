// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/teamform.h"
#include "ui/common/session.h"

#include "core/services/teamservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/membercombo.h"

#include <QLineEdit>

namespace attain {

TeamForm::TeamForm(Session &session, std::optional<Team> existing, QWidget *parent)
    : RecordForm(session, parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("teamForm"));
    setWindowTitle(m_existing ? tr("Edit Team") : tr("New Team"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_lead = new MemberCombo(session.workspace(), MemberCombo::AllowNone, this);
    m_lead->setObjectName(QStringLiteral("lead"));
    addRow({QStringLiteral("name")}, tr("Name"), m_name);
    addRow({QStringLiteral("lead")}, tr("Lead"), m_lead);
    if (m_existing) {
        m_name->setText(m_existing->name);
        m_lead->setMemberId(m_existing->leadId);
    }
    m_name->setFocus();
}

bool TeamForm::save()
{
    Team t = m_existing.value_or(Team());
    t.name = m_name->text().trimmed();
    t.leadId = m_lead->memberId();
    TeamService teams(m_session.workspace());
    const auto saved = ChangeCommand::save(m_session, EntityKind::Team, m_existing, t,
                                           [&] { return m_existing ? teams.update(t) : teams.create(t); });
    if (!saved) {
        showProblems(saved.problems());
        return false;
    }
    return true;
}

} // namespace attain
