// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conflicts/conflictspage.h"

#include "core/services/ownershipservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/messages.h"
#include "ui/common/recordview.h"
#include "ui/common/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain {

ConflictsPage::ConflictsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_view = new RecordView(session, ViewSpec::conflicts(), QStringLiteral("views/conflicts"),
                            RecordView::StatusFilter | RecordView::PeriodFilter, this);
    m_view->setActionsVisible(false);
    m_view->setCountText([](int n) { return tr("%n conflict(s)", nullptr, n); });
    if (auto *status = m_view->findChild<QComboBox *>(QStringLiteral("statusFilter")))
        status->setCurrentIndex(std::max(0, status->findData(QStringLiteral("open"))));
    m_keep = new QPushButton(this);
    m_keep->setObjectName(QStringLiteral("keepWithOwner"));
    m_move = new QPushButton(this);
    m_move->setObjectName(QStringLiteral("moveToClaimant"));
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_move, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_view, &RecordView::currentChanged, this, &ConflictsPage::updateButtons);
    connect(&m_session, &Session::userChanged, this, &ConflictsPage::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keep);
    buttons->addWidget(m_move);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_explanation);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    retranslate();
    updateButtons();
}

void ConflictsPage::updateButtons()
{
    const auto conflict = OwnershipService(m_session.workspace()).find(m_view->currentId());
    const bool open = conflict && conflict->status == OwnershipConflict::Status::Open;
    m_keep->setEnabled(open && m_session.isManager());
    m_move->setEnabled(open && m_session.isManager());
}

bool ConflictsPage::decide(bool keepWithOwner)
{
    const QString id = m_view->currentId();
    if (id.isEmpty())
        return false;
    const auto note = Messages::askText(this, tr("Decision"), tr("A note for the record (optional):"));
    if (!note)
        return false;
    const Status st = ChangeCommand::perform(
        m_session,
        keepWithOwner ? tr("Keep the credit with the owner") : tr("Move the customer to the claimant"), [&] {
            return OwnershipService(m_session.workspace())
                .decide(id,
                        keepWithOwner ? OwnershipService::Decision::KeepWithOwner
                                      : OwnershipService::Decision::MoveToClaimant,
                        *note);
        });
    if (!st) {
        Messages::error(this, tr("Cannot decide"), st.message());
        return false;
    }
    updateButtons();
    return true;
}

void ConflictsPage::retranslate()
{
    const int days = OwnershipService(m_session.workspace()).protectionDays();
    m_explanation->setText(
        tr("A customer stays with its owner for %n day(s) after their last follow-up. A deal "
           "another member enters in that time waits here: keep the credit with the owner (the "
           "deal is re-credited to them), or move the customer to the member who closed it.",
           nullptr, days));
    m_keep->setText(tr("Keep with the owner"));
    m_move->setText(tr("Move customer to the claimant"));
    if (!m_session.isManager())
        m_keep->setToolTip(tr("Only a manager can decide"));
}

void ConflictsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace attain
