// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include "core/leaderboard/leaderboard.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabBar;

namespace attain {

class BoardWidget;
class PeriodPicker;
class PresentationWindow;
class Session;

/// Leaderboards (排行榜): the five boards for a period as the workspace's user sees them — a rep's view
/// obeys each board's audience and display mode, which a manager sets here. Charts export to PNG;
/// Presentation shows the boards full screen for a big screen, one after another.
class LeaderboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit LeaderboardPage(Session &session, QWidget *parent = nullptr);
    /// Computes the page again (a failed read shows why instead of the figures).
    void refresh();
    void showBoard(Board board, const Period &period);
    BoardWidget *boardWidget() const { return m_board; }
    /// Sets the current board's audience and mode (the combos do this); false with a message when refused.
    bool setBoardSettings(const BoardSettings &settings);
    /// The board and its chart as a PNG.
    Status exportPng(const QString &path);
    PresentationWindow *present();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Board currentBoard() const;
    void retranslate();

    Session &m_session;
    QLabel *m_title;
    PeriodPicker *m_period;
    QTabBar *m_tabs;
    QLabel *m_audienceLabel;
    QComboBox *m_audience;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_secondsLabel;
    QSpinBox *m_seconds;
    QPushButton *m_present;
    QPushButton *m_export;
    BoardWidget *m_board;
    bool m_stale = true;
};

} // namespace attain
