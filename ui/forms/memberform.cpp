// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/memberform.h"
#include "ui/common/session.h"

#include "core/services/memberservice.h"
#include "core/services/teamservice.h"
#include "ui/common/changecommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace attain {

MemberForm::MemberForm(Session &session, std::optional<Member> existing, QWidget *parent)
    : RecordForm(session, parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("memberForm"));
    setWindowTitle(m_existing ? tr("Edit Member") : tr("New Member"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(tr("e.g. zhangwei"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : {Role::Rep, Role::Manager, Role::Finance})
        m_role->addItem(Member::roleLabel(r), Member::roleKey(r));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->setEditable(true);
    for (const char *level : {"junior", "senior"})
        m_level->addItem(Member::levelLabel(QLatin1String(level)), QLatin1String(level));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->addItem(tr("(no team)"), QString());
    for (const Team &t : TeamService(session.workspace()).all())
        m_team->addItem(t.name, t.id);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_active = new QCheckBox(tr("Active (can be credited and is listed)"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);

    addRow({QStringLiteral("login")}, tr("Login"), m_login);
    addRow({QStringLiteral("name")}, tr("Name"), m_name);
    addRow({QStringLiteral("role")}, tr("Role"), m_role);
    addRow({QStringLiteral("level")}, tr("Level"), m_level);
    addRow({QStringLiteral("team")}, tr("Team"), m_team);
    addRow({QStringLiteral("email")}, tr("E-mail"), m_email);
    addRow({QStringLiteral("active")}, QString(), m_active);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_level->setEnabled(m_role->currentData().toString() != QLatin1String("finance")); });
    if (m_existing) {
        const Member &m = *m_existing;
        m_login->setText(m.login);
        m_name->setText(m.name);
        m_role->setCurrentIndex(m_role->findData(Member::roleKey(m.role)));
        const int level = m_level->findData(m.level);
        if (level >= 0)
            m_level->setCurrentIndex(level);
        else
            m_level->setCurrentText(m.level);
        m_team->setCurrentIndex(std::max(0, m_team->findData(m.teamId)));
        m_email->setText(m.email);
        m_active->setChecked(m.active);
    }
    m_login->setFocus();
}

bool MemberForm::save()
{
    Member m = m_existing.value_or(Member());
    m.login = m_login->text().trimmed();
    m.name = m_name->text().trimmed();
    m.role = Member::roleFromText(m_role->currentData().toString()).value_or(Role::Rep);
    const int index = m_level->findText(m_level->currentText());
    m.level =
        index >= 0 ? m_level->itemData(index).toString() : Member::levelFromText(m_level->currentText());
    m.teamId = m_team->currentData().toString();
    m.email = m_email->text().trimmed();
    m.active = m_active->isChecked();
    MemberService members(m_session.workspace());
    const auto saved = ChangeCommand::save(m_session, EntityKind::Member, m_existing, m, [&] {
        return m_existing ? members.update(m) : members.create(m);
    });
    if (!saved) {
        showProblems(saved.problems());
        return false;
    }
    m_saved = *saved;
    return true;
}

} // namespace attain
