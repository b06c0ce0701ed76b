// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/splitseditor.h"

#include "ui/common/membercombo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace attain {

SplitsEditor::SplitsEditor(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    m_sum = new QLabel(this);
    m_sum->setObjectName(QStringLiteral("splitSum"));
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add a share"), this);
    m_add->setObjectName(QStringLiteral("addSplit"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_rows->count() == 0 && !m_ownerId.isEmpty()) {
            addRow(m_ownerId, 50);
            addRow(QString(), 50);
        } else {
            addRow(QString(), std::max(0, 100 - sum()));
        }
    });
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_add);
    footer->addWidget(m_sum, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addLayout(footer);
    updateSum();
}

void SplitsEditor::addRow(const QString &memberId, int percent)
{
    auto *row = new QWidget(this);
    auto *member = new MemberCombo(m_workspace, MemberCombo::CreditableOnly, row);
    member->setObjectName(QStringLiteral("splitMember"));
    member->setMemberId(memberId);
    auto *share = new QSpinBox(row);
    share->setObjectName(QStringLiteral("splitPercent"));
    share->setRange(0, 100);
    share->setSuffix(QStringLiteral("%"));
    share->setValue(percent);
    auto *remove = new QToolButton(row);
    remove->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    remove->setToolTip(tr("Remove this share"));
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(member, 1);
    h->addWidget(share);
    h->addWidget(remove);
    m_rows->addWidget(row);
    connect(member, &QComboBox::currentIndexChanged, this, &SplitsEditor::updateSum);
    connect(share, &QSpinBox::valueChanged, this, &SplitsEditor::updateSum);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        m_rows->removeWidget(row); // out of the layout now, so splits() no longer counts it
        row->hide();
        row->deleteLater();
        updateSum();
    });
    updateSum();
}

QList<Split> SplitsEditor::splits() const
{
    QList<Split> out;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *row = m_rows->itemAt(i)->widget();
        if (!row)
            continue;
        out << Split{row->findChild<MemberCombo *>()->memberId(), row->findChild<QSpinBox *>()->value()};
    }
    return out;
}

void SplitsEditor::setSplits(const QList<Split> &splits)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Split &s : splits)
        addRow(s.memberId, s.percent);
    updateSum();
}

int SplitsEditor::sum() const
{
    int total = 0;
    for (const Split &s : splits())
        total += s.percent;
    return total;
}

void SplitsEditor::updateSum()
{
    const QList<Split> list = splits();
    if (list.isEmpty()) {
        m_sum->setText(tr("No split: the owner gets all the credit."));
        m_sum->setStyleSheet(QStringLiteral("color: palette(mid);"));
    } else {
        const int total = sum();
        m_sum->setText(total == 100 ? tr("Total %1% ✓").arg(total)
                                    : tr("Total %1% — must be 100%").arg(total));
        m_sum->setStyleSheet(total == 100 ? QStringLiteral("color: #15803d;")
                                          : QStringLiteral("color: #dc2626;"));
    }
    Q_EMIT changed();
}

} // namespace attain
