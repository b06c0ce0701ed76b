// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/userdialog.h"

#include "core/services/memberservice.h"
#include "ui/common/session.h"
#include "ui/forms/memberform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain {

UserDialog::UserDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("Who Is Using This Workspace?"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("userList"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *add = buttons->addButton(tr("New member…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("newMember"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        MemberForm form(m_session, std::nullopt, this);
        if (form.exec() == QDialog::Accepted) {
            fill();
            for (int i = 0; i < m_members->count(); ++i)
                if (m_members->item(i)->data(Qt::UserRole).toString() == form.saved().id)
                    m_members->setCurrentRow(i);
        }
    });
    connect(m_members, &QListWidget::itemDoubleClicked, this, &UserDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_members, 1);
    layout->addWidget(buttons);
    resize(420, 480);
    fill();
}

void UserDialog::fill()
{
    m_members->clear();
    const QList<Member> members = MemberService(m_session.workspace()).all();
    m_intro->setText(
        members.isEmpty()
            ? tr("This workspace has no members yet. Add yourself first: usually the manager, who then "
                 "adds the team.")
            : tr("Choose yourself. A rep sees their own records; a manager sees their team."));
    const QString current = m_session.user() ? m_session.user()->id : QString();
    for (const Member &m : members) {
        if (!m.active)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2) — %3").arg(m.name, m.login, Member::roleLabel(m.role)),
                                         m_members);
        item->setData(Qt::UserRole, m.id);
        if (m.id == current)
            m_members->setCurrentItem(item);
    }
}

void UserDialog::accept()
{
    const auto *item = m_members->currentItem();
    if (!item)
        return;
    m_session.setUser(item->data(Qt::UserRole).toString());
    QDialog::accept();
}

} // namespace attain
