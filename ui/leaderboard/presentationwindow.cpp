// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/leaderboard/presentationwindow.h"

#include "ui/common/session.h"
#include "ui/leaderboard/boardwidget.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace attain {

PresentationWindow::PresentationWindow(Session &session, const Period &period, int seconds, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_period(period)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Attain — Leaderboards"));
    setStyleSheet(QStringLiteral("#presentationWindow { background: #f8fafc; }"));
    // The room is not only managers, and a board that shows each member only their own rank has nothing
    // to show a room.
    for (Board b : Leaderboards::all()) {
        const BoardSettings s = Leaderboards(m_session.workspace()).settings(b);
        if (s.audience != Audience::Managers && s.mode != DisplayMode::SelfOnly)
            m_boards << b;
    }
    m_header = new QLabel(this);
    m_header->setStyleSheet(QStringLiteral("font-size: 22px; color: #475569;"));
    m_footer = new QLabel(tr("Esc to leave · ← → to step through the boards"), this);
    m_footer->setStyleSheet(QStringLiteral("font-size: 16px; color: #94a3b8;"));
    m_board = new BoardWidget(this);
    m_board->setScale(2.0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_board, 1);
    layout->addWidget(m_footer);
    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(3, seconds) * 1000);
    connect(m_timer, &QTimer::timeout, this, &PresentationWindow::next);
    m_timer->start();
    showCurrent();
}

void PresentationWindow::next()
{
    if (m_boards.isEmpty())
        return;
    m_index = (m_index + 1) % int(m_boards.size());
    showCurrent();
}

void PresentationWindow::previous()
{
    if (m_boards.isEmpty())
        return;
    m_index = (m_index + int(m_boards.size()) - 1) % int(m_boards.size());
    showCurrent();
}

void PresentationWindow::showCurrent()
{
    if (m_boards.isEmpty()) {
        m_header->setText(tr("No board is set to be shown to a room: each is for managers only or shows only "
                             "one's own rank."));
        return;
    }
    m_header->setText(tr("Board %1 of %2").arg(m_index + 1).arg(m_boards.size()));
    Leaderboards boards(m_session.workspace());
    boards.setLedgers(m_session.scoreLedgers()->ledgers());
    m_board->show(boards.view(current(), m_period, m_session.workspace().currentUserId(), true));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape: close(); return;
    case Qt::Key_Right:
    case Qt::Key_Space:
        next();
        m_timer->start();
        return;
    case Qt::Key_Left:
        previous();
        m_timer->start();
        return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace attain
