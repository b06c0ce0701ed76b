// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/userdialog.h"

#include "core/access/identity.h"
#include "core/services/memberservice.h"
#include "ui/common/session.h"
#include "ui/forms/memberform.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
        const bool first = MemberService(m_session.workspace()).all().isEmpty();
        MemberForm form(m_session, std::nullopt, this);
        if (form.exec() == QDialog::Accepted) {
            if (first) // who sets up a workspace is the one it belongs to, until it is a team's
                Identity(m_session.workspace()).setFileOwner(form.saved().id);
            fill();
            for (int i = 0; i < m_members->count(); ++i)
                if (m_members->item(i)->data(Qt::UserRole).toString() == form.saved().id)
                    m_members->setCurrentRow(i);
        }
    });
    connect(m_members, &QListWidget::itemDoubleClicked, this, &UserDialog::accept);
    m_secretLabel = new QLabel(tr("&PIN or password:"), this);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("userSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userSecretError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    connect(m_secret, &QLineEdit::textEdited, m_error, &QLabel::clear);
    connect(m_members, &QListWidget::currentItemChanged, this, &UserDialog::selectionChanged);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretLabel);
    secretRow->addWidget(m_secret, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_members, 1);
    layout->addLayout(secretRow);
    layout->addWidget(m_error);
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
    const QString current = m_session.user() ? m_session.user()->id : m_session.waitingUser();
    for (const Member &m : members) {
        if (!m.active)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2) — %3").arg(m.name, m.login, Member::roleLabel(m.role)),
                                         m_members);
        item->setData(Qt::UserRole, m.id);
        if (m.id == current)
            m_members->setCurrentItem(item);
    }
    selectionChanged();
}

void UserDialog::selectionChanged()
{
    const auto *item = m_members->currentItem();
    const bool asked = item && Identity(m_session.workspace()).hasSecret(item->data(Qt::UserRole).toString());
    m_secretLabel->setVisible(asked);
    m_secret->setVisible(asked);
    m_secret->clear();
    m_error->clear();
    if (asked)
        m_secret->setFocus();
}

void UserDialog::accept()
{
    const auto *item = m_members->currentItem();
    if (!item)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // an Argon2id check takes a moment, on purpose
    const Status st = m_session.signIn(item->data(Qt::UserRole).toString(), m_secret->text());
    QApplication::restoreOverrideCursor();
    if (!st) {
        m_error->setText(st.problems().value(0).message);
        m_secret->selectAll();
        m_secret->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace attain
