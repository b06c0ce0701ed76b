// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace attain {

/// A short message that slides in at the bottom right of a window and leaves by itself (or on a click):
/// for news that needs no answer, such as an award just earned.
class Toast : public QFrame
{
    Q_OBJECT

public:
    explicit Toast(QWidget *window);
    /// Shows the lines (added to any still shown) for a few seconds.
    void show(const QString &title, const QStringList &lines);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void place();
    QLabel *m_title;
    QLabel *m_text;
    QTimer *m_timer;
    QStringList m_lines;
};

} // namespace attain
