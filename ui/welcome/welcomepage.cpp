// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/welcome/welcomepage.h"

#include "ui/common/recentfiles.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain {

namespace {
QPushButton *bigButton(const QString &objectName, const QString &icon, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setIcon(QIcon(icon));
    b->setIconSize(QSize(28, 28));
    b->setMinimumSize(220, 64);
    b->setCursor(Qt::PointingHandCursor);
    b->setStyleSheet(
        QStringLiteral("QPushButton { text-align: left; padding: 10px 16px; font-size: 15px; }"));
    return b;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/attain.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: 600;"));
    m_tagline = new QLabel(this);
    m_tagline->setAlignment(Qt::AlignCenter);
    m_tagline->setWordWrap(true);
    m_tagline->setStyleSheet(QStringLiteral("font-size: 15px; color: palette(mid);"));

    m_new = bigButton(QStringLiteral("newWorkspaceButton"), QStringLiteral(":/icons/new.svg"), this);
    m_demo = bigButton(QStringLiteral("openDemoButton"), QStringLiteral(":/icons/demo.svg"), this);
    m_open = bigButton(QStringLiteral("openFileButton"), QStringLiteral(":/icons/open.svg"), this);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    m_recentTitle = new QLabel(this);
    m_recentTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(160);
    m_recent->setFrameShape(QFrame::NoFrame);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(14);
    buttons->addStretch();
    buttons->addWidget(m_new);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *recentBox = new QWidget(this);
    recentBox->setMaximumWidth(700);
    auto *recent = new QVBoxLayout(recentBox);
    recent->setContentsMargins(0, 0, 0, 0);
    recent->addWidget(m_recentTitle);
    recent->addWidget(m_recent);
    auto *recentRow = new QHBoxLayout;
    recentRow->addStretch();
    recentRow->addWidget(recentBox, 1);
    recentRow->addStretch();

    auto *column = new QVBoxLayout(this);
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(m_title);
    column->addWidget(m_tagline);
    column->addSpacing(28);
    column->addLayout(buttons);
    column->addSpacing(28);
    column->addLayout(recentRow);
    column->addStretch(3);
    retranslate();
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &f : files) {
        auto *item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/attain.svg")),
                                QFileInfo(f).completeBaseName() + QStringLiteral("  —  ") + f, m_recent);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
    m_recentTitle->setVisible(!files.isEmpty());
    m_recent->setVisible(!files.isEmpty());
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Attain"));
    m_tagline->setText(
        tr("Deals, targets, scorecards and incentives for small sales teams — on your own laptop, "
           "online or not."));
    m_new->setText(tr("New workspace…"));
    m_new->setToolTip(tr("Create an empty workspace file for your team"));
    m_demo->setText(tr("Open the demo"));
    m_demo->setToolTip(tr("A sample team with two years of customers, deals and follow-ups"));
    m_open->setText(tr("Open a workspace…"));
    m_recentTitle->setText(tr("Recent workspaces"));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace attain
