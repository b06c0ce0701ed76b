// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/recordpage.h"

namespace attain {

/// Follow-ups (跟进): who followed up with which customer, how and when.
class ActivitiesPage : public RecordPage
{
    Q_OBJECT

public:
    explicit ActivitiesPage(Session &session, QWidget *parent = nullptr);

protected:
    void createRecord() override;
    void editRecord(const QString &id) override;
    void deleteRecord(const QString &id) override;
};

} // namespace attain
