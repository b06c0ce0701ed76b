// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/membercombo.h"

#include "ui/common/session.h"

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

void MemberCombo::fillScored(QComboBox *combo, Session &session)
{
    const QString current = combo->currentData().toString();
    QSignalBlocker block(combo);
    combo->clear();
    for (const Member &m : session.scoredMembers())
        combo->addItem(tr("%1 (%2)").arg(m.name, m.login), m.id);
    int index = combo->findData(current);
    if (index < 0 && session.user())
        index = combo->findData(session.user()->id);
    combo->setCurrentIndex(qMax(0, index));
    combo->setEnabled(combo->count() > 1);
}

} // namespace attain
