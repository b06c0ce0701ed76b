// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/toast.h"

#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace attain {

Toast::Toast(QWidget *window) : QFrame(window)
{
    setObjectName(QStringLiteral("toast"));
    setStyleSheet(
        QStringLiteral("#toast { background: #fffbea; border: 1px solid #f0c36d; border-radius: 8px; }"));
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 3);
    shadow->setColor(QColor(0, 0, 0, 60));
    setGraphicsEffect(shadow);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 14px; color: #8a5a00;"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setStyleSheet(QStringLiteral("color: #3d3d3d;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    setFixedWidth(380);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(8000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        hide();
        m_lines.clear();
    });
    window->installEventFilter(this);
    hide();
}

void Toast::show(const QString &title, const QStringList &lines)
{
    m_lines << lines;
    while (m_lines.size() > 5)
        m_lines.removeFirst();
    m_title->setText(title);
    m_text->setText(m_lines.join(QLatin1Char('\n')));
    adjustSize();
    place();
    QFrame::show();
    raise();
    m_timer->start();
}

QString Toast::text() const
{
    return isVisible() ? m_title->text() + QLatin1Char('\n') + m_text->text() : QString();
}

void Toast::place()
{
    if (QWidget *w = parentWidget())
        move(w->width() - width() - 24, w->height() - height() - 36);
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void Toast::mousePressEvent(QMouseEvent *)
{
    m_timer->stop();
    hide();
    m_lines.clear();
}

} // namespace attain
