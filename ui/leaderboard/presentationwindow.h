// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/leaderboard/leaderboard.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace attain {

class BoardWidget;
class Session;

/// Presentation mode for a big screen: full screen, large type, the boards one after another every few
/// seconds, each with its audience and display mode applied for the room: nobody is "you", and boards for
/// managers only or showing only one's own rank are left out. Esc leaves; the arrow keys step through.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(Session &session, const Period &period, int seconds, QWidget *parent = nullptr);
    /// The boards it rotates through.
    QList<Board> boards() const { return m_boards; }
    Board current() const { return m_boards.value(m_index); }
    void next();
    void previous();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCurrent();

    Session &m_session;
    Period m_period;
    QList<Board> m_boards;
    int m_index = 0;
    QLabel *m_header;
    QLabel *m_footer;
    BoardWidget *m_board;
    QTimer *m_timer;
};

} // namespace attain
