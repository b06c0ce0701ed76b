// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace attain {

class RecordView;
class Session;

/// Ownership conflicts (业绩归属): deals entered on customers another member still protects. A manager
/// keeps the credit with the owner or moves the customer to the claimant; nobody is re-credited silently.
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPage(Session &session, QWidget *parent = nullptr);
    RecordView *view() const { return m_view; }
    /// Decides the selected conflict (asks for a note); true when decided.
    bool decide(bool keepWithOwner);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Session &m_session;
    RecordView *m_view;
    QLabel *m_explanation;
    QPushButton *m_keep;
    QPushButton *m_move;
};

} // namespace attain
