// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attain {

/// What the lock and note files beside a workspace need to know about processes: this computer's name and
/// whether a process on it still runs.
class ProcessInfo
{
public:
    static QString hostName();
    static qint64 currentPid();
    static bool isRunning(qint64 pid);
};

} // namespace attain
