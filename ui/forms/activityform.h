// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"
#include "ui/forms/recordform.h"

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace attain {

class CustomerPicker;
class MemberCombo;

/// Recording a follow-up (跟进): who, with which customer (and deal), how, when, and notes.
class ActivityForm : public RecordForm
{
    Q_OBJECT

public:
    ActivityForm(Session &session, std::optional<Activity> existing, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId);

protected:
    bool save() override;

private:
    void fillDeals(const QString &customerId);

    std::optional<Activity> m_existing;
    MemberCombo *m_member;
    CustomerPicker *m_customer;
    QComboBox *m_deal;
    QComboBox *m_kind;
    QDateTimeEdit *m_at;
    QPlainTextEdit *m_notes;
};

} // namespace attain
