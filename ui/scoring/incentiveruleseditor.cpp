// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/incentiveruleseditor.h"

#include "ui/common/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

IncentiveRulesEditor::IncentiveRulesEditor(QWidget *parent) : QWidget(parent)
{
    m_commissionKind = new QComboBox(this);
    m_commissionKind->setObjectName(QStringLiteral("commissionKind"));
    for (CommissionKind k : {CommissionKind::Graduated, CommissionKind::Tiered, CommissionKind::Flat})
        m_commissionKind->addItem(IncentiveRules::kindLabel(k), int(k));
    m_bands = new QTableWidget(0, 2, this);
    m_bands->setObjectName(QStringLiteral("commissionBands"));
    m_bands->setHorizontalHeaderLabels({tr("From % of target"), tr("Rate")});
    m_bands->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bands->verticalHeader()->hide();
    m_bands->setMaximumHeight(150);
    auto *addBandButton = new QPushButton(tr("Add Band"), this);
    auto *removeBandButton = new QPushButton(tr("Remove Band"), this);
    connect(addBandButton, &QPushButton::clicked, this, [this] {
        int from = 100;
        if (m_bands->rowCount() > 0)
            from = static_cast<QSpinBox *>(m_bands->cellWidget(m_bands->rowCount() - 1, 0))->value() + 50;
        addBand(from, 300);
        Q_EMIT changed();
    });
    connect(removeBandButton, &QPushButton::clicked, this, [this] {
        if (m_bands->rowCount() > 1) {
            m_bands->removeRow(m_bands->currentRow() > 0 ? m_bands->currentRow() : m_bands->rowCount() - 1);
            Q_EMIT changed();
        }
    });
    m_capOn = new QCheckBox(tr("Cap one period's commission at"), this);
    m_commissionCap = new MoneyEdit(this);
    m_commissionCap->setObjectName(QStringLiteral("commissionCap"));
    connect(m_capOn, &QCheckBox::toggled, m_commissionCap, &QWidget::setEnabled);
    auto makeMoney = [&](const char *name) {
        auto *edit = new MoneyEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setMinimumWidth(110);
        edit->setMaximumWidth(140);
        connect(edit, &QLineEdit::textChanged, this, [this] { Q_EMIT changed(); });
        return edit;
    };
    m_firstDeal = makeMoney("awardFirstDeal");
    m_fiveStar = makeMoney("awardFiveStar");
    m_tierAward = makeMoney("awardTier");
    m_followUps = new QSpinBox(this);
    m_followUps->setRange(0, 200);
    m_followUps->setSpecialValueText(tr("off"));
    m_followUpsAward = makeMoney("awardFollowUps");
    m_pool = makeMoney("awardTeamPool");
    m_poolSplit = new QComboBox(this);
    m_poolSplit->addItem(tr("shared equally"), int(PoolSplit::Equal));
    m_poolSplit->addItem(tr("shared by credited revenue"), int(PoolSplit::ByCredit));

    auto *bandButtons = new QHBoxLayout;
    bandButtons->addWidget(addBandButton);
    bandButtons->addWidget(removeBandButton);
    bandButtons->addStretch(1);
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(m_capOn);
    capRow->addWidget(m_commissionCap);
    capRow->addStretch(1);
    auto *commission = new QGroupBox(tr("Commission on credited won revenue"), this);
    auto *commissionLayout = new QVBoxLayout(commission);
    commissionLayout->addWidget(m_commissionKind);
    commissionLayout->addWidget(m_bands);
    commissionLayout->addLayout(bandButtons);
    commissionLayout->addLayout(capRow);

    auto *awards = new QGroupBox(tr("Instant awards (0: off)"), this);
    auto *awardsForm = new QFormLayout(awards);
    awardsForm->addRow(tr("First won deal of each month:"), m_firstDeal);
    awardsForm->addRow(tr("Each 5-star rating:"), m_fiveStar);
    awardsForm->addRow(tr("Each tier reached above the lowest:"), m_tierAward);
    auto *followRow = new QHBoxLayout;
    followRow->addWidget(m_followUps);
    followRow->addWidget(new QLabel(tr("follow-ups in a week pay"), awards));
    followRow->addWidget(m_followUpsAward);
    followRow->addStretch(1);
    awardsForm->addRow(tr("Follow-ups:"), followRow);
    auto *poolRow = new QHBoxLayout;
    poolRow->addWidget(m_pool);
    poolRow->addWidget(m_poolSplit);
    poolRow->addStretch(1);
    awardsForm->addRow(tr("Team pool when the team reaches its revenue target:"), poolRow);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(commission, 1);
    layout->addWidget(awards, 1);
    auto edited = [this] { Q_EMIT changed(); };
    connect(m_commissionKind, &QComboBox::currentIndexChanged, this, edited);
    connect(m_capOn, &QCheckBox::toggled, this, edited);
    connect(m_commissionCap, &QLineEdit::textChanged, this, edited);
    connect(m_followUps, &QSpinBox::valueChanged, this, edited);
    connect(m_poolSplit, &QComboBox::currentIndexChanged, this, edited);
}

void IncentiveRulesEditor::addBand(int fromPercent, int rateBasisPoints)
{
    const int row = m_bands->rowCount();
    m_bands->insertRow(row);
    auto *from = new QSpinBox(m_bands);
    from->setRange(0, 1000);
    from->setSuffix(QStringLiteral("%"));
    from->setValue(fromPercent);
    from->setFrame(false);
    auto *rate = new QDoubleSpinBox(m_bands);
    rate->setRange(0, 100);
    rate->setDecimals(2);
    rate->setSuffix(QStringLiteral("%"));
    rate->setValue(rateBasisPoints / 100.0);
    rate->setFrame(false);
    connect(from, &QSpinBox::valueChanged, this, [this] { Q_EMIT changed(); });
    connect(rate, &QDoubleSpinBox::valueChanged, this, [this] { Q_EMIT changed(); });
    m_bands->setCellWidget(row, 0, from);
    m_bands->setCellWidget(row, 1, rate);
}

void IncentiveRulesEditor::load(const IncentiveRules &rules)
{
    std::vector<std::unique_ptr<QSignalBlocker>> blocks;
    for (QObject *o :
         std::initializer_list<QObject *>{m_commissionKind, m_capOn, m_commissionCap, m_firstDeal, m_fiveStar,
                                          m_tierAward, m_followUps, m_followUpsAward, m_pool, m_poolSplit})
        blocks.push_back(std::make_unique<QSignalBlocker>(o));
    m_commissionKind->setCurrentIndex(m_commissionKind->findData(int(rules.commission.kind)));
    m_bands->setRowCount(0);
    for (const CommissionBand &b : rules.commission.bands)
        addBand(b.fromPercent, b.rateBasisPoints);
    m_capOn->setChecked(rules.commission.capMinor.has_value());
    m_commissionCap->setEnabled(rules.commission.capMinor.has_value());
    m_commissionCap->setValue(Money(rules.commission.capMinor.value_or(0)));
    m_firstDeal->setValue(Money(rules.firstDealAwardMinor));
    m_fiveStar->setValue(Money(rules.fiveStarAwardMinor));
    m_tierAward->setValue(Money(rules.tierAwardMinor));
    m_followUps->setValue(rules.followUpsPerWeek);
    m_followUpsAward->setValue(Money(rules.followUpsAwardMinor));
    m_pool->setValue(Money(rules.teamPoolMinor));
    m_poolSplit->setCurrentIndex(m_poolSplit->findData(int(rules.poolSplit)));
}

IncentiveRules IncentiveRulesEditor::rules() const
{
    IncentiveRules r;
    r.commission.kind = CommissionKind(m_commissionKind->currentData().toInt());
    r.commission.bands.clear();
    for (int row = 0; row < m_bands->rowCount(); ++row)
        r.commission.bands << CommissionBand{
            static_cast<QSpinBox *>(m_bands->cellWidget(row, 0))->value(),
            int(qRound(static_cast<QDoubleSpinBox *>(m_bands->cellWidget(row, 1))->value() * 100))};
    std::sort(r.commission.bands.begin(), r.commission.bands.end(),
              [](const CommissionBand &a, const CommissionBand &b) { return a.fromPercent < b.fromPercent; });
    auto minor = [](const MoneyEdit *edit) {
        const auto v = edit->value();
        return v ? v->minor() : 0;
    };
    if (m_capOn->isChecked())
        r.commission.capMinor = minor(m_commissionCap);
    r.firstDealAwardMinor = minor(m_firstDeal);
    r.fiveStarAwardMinor = minor(m_fiveStar);
    r.tierAwardMinor = minor(m_tierAward);
    r.followUpsPerWeek = m_followUps->value();
    r.followUpsAwardMinor = minor(m_followUpsAward);
    r.teamPoolMinor = minor(m_pool);
    r.poolSplit = PoolSplit(m_poolSplit->currentData().toInt());
    return r;
}

Problems IncentiveRulesEditor::problems() const
{
    Problems problems;
    const QList<QPair<const MoneyEdit *, QString>> edits{{m_firstDeal, tr("first won deal award")},
                                                         {m_fiveStar, tr("5-star award")},
                                                         {m_tierAward, tr("tier award")},
                                                         {m_followUpsAward, tr("follow-up award")},
                                                         {m_pool, tr("team pool")}};
    for (const auto &[edit, label] : edits)
        if (!edit->text().trimmed().isEmpty() && !edit->value())
            problems << Problem{QStringLiteral("awards"),
                                tr("%1: “%2” is not an amount").arg(label, edit->text())};
    if (m_capOn->isChecked() && !m_commissionCap->value())
        problems << Problem{QStringLiteral("cap"), tr("the commission cap is not an amount")};
    return problems;
}

} // namespace attain
