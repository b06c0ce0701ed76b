// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/member.h"
#include "ui/forms/recordform.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace attain {

/// Creating or editing a member: login, name, role, level, team, e-mail, active.
class MemberForm : public RecordForm
{
    Q_OBJECT

public:
    MemberForm(Session &session, std::optional<Member> existing, QWidget *parent = nullptr);
    Member saved() const { return m_saved; }

protected:
    bool save() override;

private:
    std::optional<Member> m_existing;
    Member m_saved;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_level;
    QComboBox *m_team;
    QLineEdit *m_email;
    QCheckBox *m_active;
};

} // namespace attain
