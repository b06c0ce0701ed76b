// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/secretdialog.h"

#include "core/access/identity.h"
#include "ui/common/session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain {

namespace {
QLineEdit *secretField(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(Identity::maxLength);
    return edit;
}
} // namespace

SecretDialog::SecretDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(tr("PIN or Password"));
    m_memberId = session.user() ? session.user()->id : QString();
    const bool has = Identity(session.workspace()).hasSecret(m_memberId);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("With a PIN or password, no one else using this computer can open the workspace as "
                      "%1 or choose you in Who Is Using. It does not encrypt the file: keep the file itself "
                      "where only you can reach it.")
                       .arg(session.user() ? session.user()->name : QString()));
    auto *form = new QFormLayout;
    if (has) {
        m_current = secretField(this, "currentSecret");
        form->addRow(tr("&Current:"), m_current);
    }
    m_new = secretField(this, "newSecret");
    m_repeat = secretField(this, "repeatSecret");
    form->addRow(tr("&New:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("secretError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(has ? tr("&Change") : tr("&Set"));
    if (has) {
        m_remove = buttons->addButton(tr("Re&move"), QDialogButtonBox::DestructiveRole);
        m_remove->setObjectName(QStringLiteral("removeSecret"));
        connect(m_remove, &QPushButton::clicked, this, [this] { save(true); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void SecretDialog::accept()
{
    save(false);
}

void SecretDialog::save(bool remove)
{
    if (m_memberId.isEmpty())
        return;
    if (!remove && m_new->text() != m_repeat->text()) {
        m_error->setText(tr("The new PIN or password and its repetition differ."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return;
    }
    if (!remove && m_new->text().isEmpty()) {
        m_error->setText(tr("Enter the new PIN or password twice."));
        m_new->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = Identity(m_session.workspace())
                          .setSecret(m_memberId, m_current ? m_current->text() : QString(),
                                     remove ? QString() : m_new->text());
    QApplication::restoreOverrideCursor();
    if (!st) {
        m_error->setText(st.problems().value(0).message);
        QLineEdit *wrong =
            st.code() == Identity::wrongCode || st.code() == Identity::neededCode ? m_current : m_new;
        if (wrong) {
            wrong->selectAll();
            wrong->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace attain
