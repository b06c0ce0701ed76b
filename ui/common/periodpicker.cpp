// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/periodpicker.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace attain {

PeriodPicker::PeriodPicker(QWidget *parent) : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(QString(), int(Period::Kind::Month));
    m_kind->addItem(QString(), int(Period::Kind::Quarter));
    m_kind->addItem(QString(), int(Period::Kind::Year));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodChoice"));
    m_period->setMinimumContentsLength(10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_kind);
    layout->addWidget(m_period);
    retranslate();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fill();
        Q_EMIT periodChanged(period());
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT periodChanged(period()); });
    fill();
}

void PeriodPicker::retranslate()
{
    m_kind->setItemText(0, tr("Month"));
    m_kind->setItemText(1, tr("Quarter"));
    m_kind->setItemText(2, tr("Year"));
    const Period current = period();
    fill(current.isValid() ? std::optional<Period>(current) : std::nullopt);
}

void PeriodPicker::setToday(QDate today)
{
    m_today = today;
    fill(period());
}

void PeriodPicker::fill(std::optional<Period> select)
{
    const auto kind = Period::Kind(m_kind->currentData().toInt());
    QSignalBlocker block(m_period);
    m_period->clear();
    for (const Period &p : offered(kind))
        m_period->addItem(p.label(), p.toString());
    int index = select ? m_period->findData(select->toString()) : -1;
    if (select && index < 0 && select->kind() == kind) {
        m_period->addItem(select->label(), select->toString());
        index = m_period->count() - 1;
    }
    m_period->setCurrentIndex(qMax(0, index));
}

QList<Period> PeriodPicker::offered(Period::Kind kind) const
{
    Period p = kind == Period::Kind::Month     ? Period::monthOf(m_today)
               : kind == Period::Kind::Quarter ? Period::quarterOf(m_today)
                                               : Period::year(m_today.year());
    const int count = kind == Period::Kind::Month ? 36 : kind == Period::Kind::Quarter ? 12 : 5;
    QList<Period> out;
    for (int i = 0; i < count; ++i, p = p.previous())
        out << p;
    return out;
}

Period PeriodPicker::period() const
{
    const auto p = Period::parse(m_period->currentData().toString());
    return p ? *p : Period();
}

void PeriodPicker::setPeriod(const Period &period)
{
    {
        QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(period.kind()))));
    }
    fill(period);
    Q_EMIT periodChanged(this->period());
}

} // namespace attain
