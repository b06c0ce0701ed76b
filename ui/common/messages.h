// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QMessageBox;
class QWidget;

namespace attain {

/// Error and information boxes behind a seam: tests read what a person would have been told.
class Messages
{
public:
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void info(QWidget *parent, const QString &title, const QString &text);
    /// Yes/No question; `yes` is the default answer in tests.
    static bool ask(QWidget *parent, const QString &title, const QString &text);
    /// A message with a choice of buttons (the last one closes it); returns the index of the button pressed.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons);
    /// The box choose() shows, for a look at it (tests take its picture).
    static std::unique_ptr<QMessageBox> choiceBox(QWidget *parent, const QString &title, const QString &text,
                                                  const QStringList &buttons);
    /// A line of text; nothing when cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &initial = QString());

    /// Tests install a recorder; messages then go to it instead of dialogs.
    struct Recorder
    {
        QStringList shown;
        bool answer = true;
        QString text;
        int choice = 0; // the button choose() presses
    };
    static void setRecorder(Recorder *recorder);
};

} // namespace attain
