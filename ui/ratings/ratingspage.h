// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/recordpage.h"

namespace attain {

/// Customer ratings (客户满意度) of members.
class RatingsPage : public RecordPage
{
    Q_OBJECT

public:
    explicit RatingsPage(Session &session, QWidget *parent = nullptr);

protected:
    void createRecord() override;
    void editRecord(const QString &id) override;
    void deleteRecord(const QString &id) override;
};

} // namespace attain
