// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/membercombo.h"

#include "core/services/memberservice.h"

namespace attain {

MemberCombo::MemberCombo(Workspace &workspace, int options, QWidget *parent) : QComboBox(parent)
{
    if (options & AllowNone)
        addItem(tr("(nobody)"), QString());
    for (const Member &m : MemberService(workspace).all()) {
        if ((options & CreditableOnly) && !m.isScored())
            continue;
        addItem(QStringLiteral("%1 (%2)").arg(m.name, m.login), m.id);
    }
}

void MemberCombo::setMemberId(const QString &id)
{
    setCurrentIndex(std::max(0, findData(id)));
}

} // namespace attain
