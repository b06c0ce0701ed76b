// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace attain {

/// A figure with a caption and an optional note underneath, as on a dashboard.
class StatCard : public QFrame
{
    Q_OBJECT

public:
    explicit StatCard(QWidget *parent = nullptr);
    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setNote(const QString &note, const QColor &color = QColor());
    QString value() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace attain
