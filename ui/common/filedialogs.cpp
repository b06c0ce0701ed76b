// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/filedialogs.h"

#include <QFileDialog>

namespace attain {

namespace {
FileDialogs::Chooser &openChooser()
{
    static FileDialogs::Chooser chooser;
    return chooser;
}
FileDialogs::Chooser &saveChooser()
{
    static FileDialogs::Chooser chooser;
    return chooser;
}
} // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (openChooser())
        return openChooser()(parent, caption, dir, filter);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (saveChooser())
        return saveChooser()(parent, caption, dir, filter);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialogs::setOpenChooser(Chooser chooser)
{
    openChooser() = std::move(chooser);
}

void FileDialogs::setSaveChooser(Chooser chooser)
{
    saveChooser() = std::move(chooser);
}

} // namespace attain
