// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/lockedpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain {

LockedPage::LockedPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockedPage"));
    // The words in a column of their own, so that they wrap there in any language.
    auto *column = new QWidget(this);
    column->setFixedWidth(520);
    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/user.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    m_title = new QLabel(column);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_text = new QLabel(column);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_signIn = new QPushButton(column);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &LockedPage::signInRequested);
    auto *words = new QVBoxLayout(column);
    words->addWidget(icon);
    words->addWidget(m_title);
    words->addWidget(m_text);
    words->addSpacing(12);
    words->addWidget(m_signIn, 0, Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    retranslate();
}

void LockedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockedPage::retranslate()
{
    m_title->setText(tr("Sign in to see this workspace"));
    m_text->setText(
        tr("Its managers protect it with a PIN or password, so nothing is shown until you say who "
           "you are. A rep sees their own records; a manager their team."));
    m_signIn->setText(tr("&Sign In…"));
}

} // namespace attain
