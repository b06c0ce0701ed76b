// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/team.h"
#include "ui/forms/recordform.h"

#include <optional>

class QLineEdit;

namespace attain {

class MemberCombo;

/// Creating or renaming a team and choosing its lead.
class TeamForm : public RecordForm
{
    Q_OBJECT

public:
    TeamForm(Session &session, std::optional<Team> existing, QWidget *parent = nullptr);

protected:
    bool save() override;

private:
    std::optional<Team> m_existing;
    QLineEdit *m_name;
    MemberCombo *m_lead;
};

} // namespace attain
