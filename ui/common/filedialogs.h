// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace attain {

/// File dialogs behind a seam, so tests can answer them (KeePassXC's idea).
class FileDialogs
{
public:
    using Chooser = std::function<QString(QWidget *parent, const QString &caption, const QString &dir,
                                          const QString &filter)>;
    static QString openFile(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter);
    /// Tests set these; empty functions mean the real dialogs.
    static void setOpenChooser(Chooser chooser);
    static void setSaveChooser(Chooser chooser);
};

} // namespace attain
