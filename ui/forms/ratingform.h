// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/rating.h"
#include "ui/forms/recordform.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace attain {

class CustomerPicker;
class MemberCombo;

/// Recording a customer's rating (客户满意度) of a member, 1 to 5 stars.
class RatingForm : public RecordForm
{
    Q_OBJECT

public:
    RatingForm(Session &session, std::optional<Rating> existing, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId);

protected:
    bool save() override;

private:
    void fillDeals(const QString &customerId);

    std::optional<Rating> m_existing;
    CustomerPicker *m_customer;
    MemberCombo *m_member;
    QComboBox *m_deal;
    QComboBox *m_score;
    QDateEdit *m_date;
    QLineEdit *m_comment;
    /// A manager's confirmation of a rating its own member entered (shown for those only).
    QCheckBox *m_confirmed = nullptr;
};

} // namespace attain
