// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/statcard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace attain {

StatCard::StatCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("statCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#statCard { background: palette(base); border: 1px solid palette(midlight); "
                       "border-radius: 8px; }"));
    m_caption = new QLabel(this);
    m_caption->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 12px;"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("statValue"));
    m_value->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: 600;"));
    m_note = new QLabel(this);
    m_note->setStyleSheet(QStringLiteral("font-size: 12px;"));
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    setMinimumWidth(160);
}

void StatCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
}

QString StatCard::value() const
{
    return m_value->text();
}

void StatCard::setNote(const QString &note, const QColor &color)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_note->setStyleSheet(color.isValid() ? QStringLiteral("font-size: 12px; color: %1;").arg(color.name())
                                          : QStringLiteral("font-size: 12px; color: palette(mid);"));
}

} // namespace attain
